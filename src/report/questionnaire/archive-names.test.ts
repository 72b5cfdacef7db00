import { describe, expect, it } from 'vitest';
import { archivePaths, safeSegment } from './archive-names.js';

describe('the paths of the uploaded documents in the answers’ ZIP', () => {
  it('keeps ordinary names, Swedish letters and spaces as they are', () => {
    expect(safeSegment('Budget 2026 – översikt.pdf')).toBe('Budget 2026 – översikt.pdf');
    expect(safeSegment('1.2')).toBe('1.2');
  });

  it('never lets a name leave its folder, hide or carry characters a file system refuses', () => {
    expect(safeSegment('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeSegment('..')).toBe('dokument');
    expect(safeSegment('.hidden')).toBe('hidden');
    expect(safeSegment('a\\b:c*d?e"f<g>h|i\u0000j.txt')).toBe('a_b_c_d_e_f_g_h_i_j.txt');
    expect(safeSegment('name. . ')).toBe('name');
    expect(safeSegment('   ')).toBe('dokument');
  });

  it('shortens a long name but keeps its extension', () => {
    const long = `${'a'.repeat(300)}.docx`;
    const safe = safeSegment(long);
    expect(safe.length).toBeLessThanOrEqual(120);
    expect(safe.endsWith('.docx')).toBe(true);
  });

  it('puts each file under its question and numbers names already taken in a folder, ignoring case', () => {
    expect(
      archivePaths('dokument', [
        { questionKey: '1.2', fileName: 'plan.pdf' },
        { questionKey: '1.2', fileName: 'Plan.pdf' },
        { questionKey: '1.2', fileName: 'plan.pdf' },
        { questionKey: '3.2', fileName: 'plan.pdf' },
        { questionKey: '3.2', fileName: 'README' },
        { questionKey: '3.2', fileName: 'README' },
      ]),
    ).toEqual(['dokument/1.2/plan.pdf', 'dokument/1.2/Plan (2).pdf', 'dokument/1.2/plan (3).pdf', 'dokument/3.2/plan.pdf', 'dokument/3.2/README', 'dokument/3.2/README (2)']);
  });
});
