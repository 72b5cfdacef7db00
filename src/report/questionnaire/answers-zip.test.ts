import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { entryLevel, renderAnswersZip } from './answers-zip.js';

describe('the answers ZIP', () => {
  it('stores compressed formats as they are and deflates the rest, every entry read back whole', async () => {
    expect([entryLevel('plan.PDF'), entryLevel('bild.jpeg'), entryLevel('mål.docx'), entryLevel('notes.txt'), entryLevel('data.csv')]).toEqual([0, 0, 0, 1, 1]);
    const text = new TextEncoder().encode('Protokoll\n'.repeat(1000));
    const pdf = Uint8Array.from({ length: 5000 }, (_, index) => (index * 7919) % 256);
    const archive = await JSZip.loadAsync(
      await renderAnswersZip('svar.docx', new Uint8Array([1, 2, 3]), [
        { questionKey: '1.2', fileName: 'protokoll.txt', content: text },
        { questionKey: '1.2', fileName: 'plan.pdf', content: pdf },
      ]),
    );
    const names = Object.keys(archive.files).filter((name) => !archive.files[name]!.dir);
    expect(names).toHaveLength(3);
    const read = async (suffix: string) => new Uint8Array(await archive.file(names.find((name) => name.endsWith(suffix))!)!.async('uint8array'));
    expect(await read('protokoll.txt')).toEqual(text);
    expect(await read('plan.pdf')).toEqual(pdf);
    expect(await read('svar.docx')).toEqual(new Uint8Array([1, 2, 3]));
  });
});
