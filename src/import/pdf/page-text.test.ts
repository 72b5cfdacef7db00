/**
 * Tables over a page break, on made-up lines: how many lines at the top of the new page go on
 * with the table, and where they are put.
 */
import { describe, expect, it } from 'vitest';
import { groupLines, type PdfItem } from './items.js';
import { continuingLines, documentLines, linePitch } from './page-text.js';

function item(text: string, x: number, y: number): PdfItem {
  return { text, x, y, width: text.length * 5, size: 10 };
}

const TABLE = [item('1. Styrning', 60, 700), item('Poäng', 200, 700), item('Max', 240, 700), item('1.1 Strategi för', 60, 684), item('9', 200, 684), item('20', 240, 684), item('demokratiutveckling', 60, 673)];

describe('tables over a page break', () => {
  it('takes the rest of a cut row and the rows after it, and stops at a table with other columns', () => {
    const next = [item('och information', 60, 800), item('29', 200, 786), item('40', 240, 786), item('2. Annat', 60, 760), item('Poäng', 150, 760), item('Max', 190, 760)];
    expect(continuingLines(groupLines(TABLE), groupLines(next))).toBe(2);
    const lines = documentLines([TABLE, next]);
    expect(lines).toContain('1.1 Strategi för demokratiutveckling och information\t9\t20');
    expect(lines).toContain('\t29\t40');
    expect(lines.at(-1)).toBe('2. Annat\tPoäng\tMax');
  });

  it('takes nothing when the new page starts with a heading at the page margin', () => {
    expect(continuingLines(groupLines(TABLE), groupLines([item('Område 2', 50, 800), item('Text', 50, 786)]))).toBe(0);
  });

  it('takes nothing when only lone lines inside the first column follow (a heading and a short line, no row)', () => {
    expect(continuingLines(groupLines(TABLE), groupLines([item('Allmänt', 60, 800), item('Kort rad.', 60, 780)]))).toBe(0);
  });

  it('measures the line pitch inside the table (the smallest distance between two lines)', () => {
    expect(linePitch(groupLines(TABLE))).toBe(11);
  });
});

describe('bullet lists outside tables', () => {
  it('joins a wrapped line that starts with a capital to its item, and keeps prose at the margin apart', () => {
    const page = [
      item('•', 64, 700),
      item('Fortsatt utveckling av resultat. Se gärna på', 76, 700),
      item('Exempelstad med flera.', 76, 688),
      item('•', 64, 676),
      item('Nästa punkt', 76, 676),
      item('Text efter listan.', 60, 664),
    ];
    expect(documentLines([page])).toEqual(['• Fortsatt utveckling av resultat. Se gärna på Exempelstad med flera.', '• Nästa punkt', 'Text efter listan.']);
  });

  it('joins a word part cut at a hyphen without a space', () => {
    const page = [item('•', 64, 700), item('Vinst i överskott-', 76, 700), item('underskott?', 76, 688)];
    expect(documentLines([page])).toEqual(['• Vinst i överskott-underskott?']);
  });
});
