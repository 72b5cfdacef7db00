/**
 * Documents built to expand enormously are refused while they are read, before the Word or PDF
 * library holds them in memory: the bombs are made here (a few hundred KB that expand past the
 * limits) and must fail with ImportError `too-complex` naming the file.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';
import { docxBomb, docxParts, pdfBomb, pdfWithPages, pdfWithStreams, zipParts } from './fixtures/bombs.js';
import { ImportError } from './import-error.js';
import { checkPdfStreams } from './pdf-guard.js';
import { checkZipLimits, DEFAULT_ZIP_LIMITS } from './zip-guard.js';
import { deflateSync } from 'node:zlib';

async function failure(bytes: Uint8Array, file: string): Promise<ImportError> {
  const error = await extractText(bytes, file).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('Word (ZIP) limits', () => {
  it('a document.xml of 60 MB empty paragraphs (a ZIP bomb) is refused before Word reads it', async () => {
    const bomb = docxBomb(60 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await failure(bomb, 'bomb.docx');
    expect(error.code).toBe('too-complex');
    expect(error.message).toMatch(/^bomb\.docx: expands to 60\.0 MB \(the limit is 50\.0 MB\)/);
  });

  it('a bomb whose header declares a small size is stopped by its real size while inflating', async () => {
    const bomb = docxBomb(60 * 1024 * 1024, { declaredSize: 2000 });
    const error = await failure(bomb, 'liar.docx');
    expect(error.code).toBe('too-complex');
    expect(error.message).toMatch(/liar\.docx: has a part \(word\/document\.xml\) that expands more than 100 times/);
  });

  it('the total real size counts over all entries, even when each one is small enough', () => {
    const parts = docxParts('<w:p><w:r><w:t>Hej</w:t></w:r></w:p>');
    const filler = Array.from({ length: 6 }, (_, index) => ({ name: `word/media/x${index}.bin`, data: new Uint8Array(10 * 1024 * 1024), declaredSize: 1 }));
    const zip = zipParts([...parts, ...filler]);
    expect(() => checkZipLimits(zip, 'many.docx', { ...DEFAULT_ZIP_LIMITS, maxRatio: 1_000_000 })).toThrow(/many\.docx: expands to more than 50\.0 MB/);
  });

  it('too many entries are refused from the central directory', async () => {
    const parts = [...docxParts('<w:p/>'), ...Array.from({ length: 2001 }, (_, index) => ({ name: `x/${index}.xml`, data: new Uint8Array(1) }))];
    const error = await failure(zipParts(parts), 'parts.docx');
    expect(error.code).toBe('too-complex');
    expect(error.message).toMatch(/has 2004 parts \(the limit is 2000\)/);
  });

  it('a normal small Word document passes the checks and is read', async () => {
    const zip = zipParts(docxParts('<w:p><w:r><w:t>Område 1 Demokrati</w:t></w:r></w:p>'));
    expect(checkZipLimits(zip, 'ok.docx')).toBeGreaterThan(0);
    expect(await extractText(zip, 'ok.docx')).toBe('Område 1 Demokrati\n');
  });

  it('a ZIP cut off in its middle or with a broken entry is unreadable, not a crash', async () => {
    const zip = zipParts(docxParts('<w:p><w:r><w:t>Text</w:t></w:r></w:p>'));
    expect((await failure(zip.subarray(0, zip.length - 10), 'cut.docx')).code).toBe('unreadable');
    // The central directory names a compression method no Word file uses.
    const broken = zip.slice();
    const view = new DataView(broken.buffer);
    for (let at = broken.length - 22; at > 0; at -= 1) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 10, 12, true);
    }
    const error = await failure(broken, 'broken.docx');
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(/unknown compression method 12/);
  });
});

describe('PDF limits', () => {
  it('a 120 MB Flate content stream (a PDF bomb) is refused before pdfjs decodes it', async () => {
    const bomb = pdfBomb(120 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await failure(bomb, 'bomb.pdf');
    expect(error.code).toBe('too-complex');
    expect(error.message).toMatch(/^bomb\.pdf: has compressed content that expands to more than 100\.0 MB/);
  });

  it('the decoded size counts over all streams', () => {
    const stream = deflateSync(Buffer.alloc(30 * 1024 * 1024, 0x20));
    expect(() => checkPdfStreams(pdfWithStreams([stream, stream, stream, stream]), 'four.pdf')).toThrow(/four\.pdf: has compressed content/);
    expect(checkPdfStreams(pdfWithStreams([stream]), 'one.pdf')).toBe(30 * 1024 * 1024);
  });

  it('more pages than the limit are refused', async () => {
    const error = await failure(pdfWithPages(501), 'pages.pdf');
    expect(error.code).toBe('too-complex');
    expect(error.message).toMatch(/^pages\.pdf: has 501 pages \(the limit is 500\)/);
  });

  it('a small PDF passes the stream check', async () => {
    const pdf = pdfWithStreams([deflateSync(Buffer.from('BT /F1 12 Tf 72 712 Td (Hej) Tj ET'))]);
    expect(checkPdfStreams(pdf, 'ok.pdf')).toBeGreaterThan(0);
    expect(await extractText(pdf, 'ok.pdf')).toContain('Hej');
  });
});
