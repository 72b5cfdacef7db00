/**
 * Table rows rebuilt from positioned items, on made-up pages: names wrapped over several lines
 * with the figures on the middle line (centred cells) or the first line (top-aligned cells), and
 * a table that goes on over a page break.
 */
import { describe, expect, it } from 'vitest';
import type { PdfItem } from './items.js';
import { documentLines, pageLines } from './page-text.js';

const SIZE = 10;
/** Line pitch inside a cell, and the extra space cell padding puts between two rows. */
const PITCH = 12;
const PADDING = 4;

function item(text: string, x: number, y: number): PdfItem {
  return { text, x, y, width: text.length * 5, size: SIZE };
}

/** A row: name lines in a 90 pt column at x 60, the figures at x 200 and 240. */
function row(top: number, name: readonly string[], figures: readonly string[], align: 'top' | 'middle'): PdfItem[] {
  const bottom = top - (name.length - 1) * PITCH;
  const figuresY = align === 'top' ? top : (top + bottom) / 2;
  return [
    ...name.map((line, index) => item(line, 60, top - index * PITCH)),
    ...figures.map((figure, index) => item(figure, 200 + index * 40, figuresY)),
  ];
}

function table(rows: ReadonlyArray<[string[], string[]]>, align: 'top' | 'middle', top = 700, padding = PADDING): PdfItem[] {
  const items: PdfItem[] = [];
  let y = top;
  for (const [name, figures] of rows) {
    items.push(...row(y, name, figures, align));
    y -= name.length * PITCH + padding;
  }
  return items;
}

const ROWS: Array<[string[], string[]]> = [
  [['1. Styrning'], ['Uppnått', 'Max']],
  [['1.1 Strategi för', 'demokratiutveckling', 'och information'], ['9', '20']],
  [['1.2 Kommunens', 'information'], ['7', '10']],
  [['1.3 Transparens'], ['2', '10']],
  [['1.4 Förutsättningar', 'för politiken'], ['22', '30']],
  [[''], ['40', '70']],
];
const EXPECTED = ['1. Styrning\tUppnått\tMax', '1.1 Strategi för demokratiutveckling och information\t9\t20', '1.2 Kommunens information\t7\t10', '1.3 Transparens\t2\t10', '1.4 Förutsättningar för politiken\t22\t30', '\t40\t70'];

describe('table rows from positions', () => {
  it('joins wrapped names to the row whose figures stand on their middle line (centred cells)', () => {
    expect(pageLines(table(ROWS, 'middle'))).toEqual(EXPECTED);
  });

  it('joins wrapped names to the row whose figures stand on their first line (top-aligned cells)', () => {
    expect(pageLines(table(ROWS, 'top'))).toEqual(EXPECTED);
  });

  it('tells centred from top-aligned rows without cell padding, by the line pitch inside a cell', () => {
    const items = table(ROWS, 'middle').map((entry) => entry);
    // Rows closer together: the padding is only a hair more than the pitch.
    const tight = items.map((entry) => ({ ...entry }));
    expect(pageLines(tight)).toEqual(EXPECTED);
  });

  it('keeps a centred row whose name starts a wide cell padding below the row before (its first line alone)', () => {
    // 5.5 pt padding: the gap above a row's first name line is wider than any gap the table showed before.
    expect(pageLines(table(ROWS, 'middle', 700, 5.5))).toEqual(EXPECTED);
  });

  it('keeps a paragraph after the table out of it', () => {
    const items = [...table(ROWS, 'top'), item('Text efter tabellen som är en vanlig mening.', 60, 520)];
    expect(pageLines(items).at(-1)).toBe('Text efter tabellen som är en vanlig mening.');
  });

  it('rebuilds a row that a page break splits (top-aligned: the rest of the name on the next page)', () => {
    const first = [...row(700, ['1. Styrning'], ['Uppnått', 'Max'], 'top'), ...row(684, ['1.1 Strategi för', 'demokratiutveckling'], ['9', '20'], 'top')];
    const second = [...row(800, ['och information'], [], 'top'), ...row(784, ['1.2 Kommunens'], ['7', '10'], 'top')];
    expect(documentLines([first, second])).toEqual(['1. Styrning\tUppnått\tMax', '1.1 Strategi för demokratiutveckling och information\t9\t20', '1.2 Kommunens\t7\t10', '']);
  });

  it('rebuilds a centred row at the top of a page whose only line with several cells holds figures', () => {
    // The page ends with the table's header row.
    const first = row(700, ['1. Styrning'], ['Poäng', 'Max'], 'top');
    // Two-line names: the figures stand between the lines, alone on a line of their own.
    const second = [...row(800, ['1.1 Strategi för', 'demokratiutveckling'], ['9', '20'], 'middle'), ...row(800 - 2 * PITCH - 5.5, ['1.2 Kommunens', 'information'], ['7', '10'], 'middle')];
    expect(documentLines([first, second])).toEqual(['1. Styrning\tPoäng\tMax', '1.1 Strategi för demokratiutveckling\t9\t20', '1.2 Kommunens information\t7\t10', '']);
  });

  it('keeps a list cell in its table when its first item runs close to the points beside it', () => {
    const items = [
      item('Rubriker', 60, 700),
      item('Poäng', 200, 700),
      item('•', 60, 684),
      // Ends 5 pt before the points: pdfjs gives one line segment, the header's column start cuts it.
      { ...item('Strategi för chefs', 70, 684), width: 125 },
      item('61', 200, 684),
      item('•', 60, 672),
      item('Intern kommunikation', 70, 672),
    ];
    expect(pageLines(items)).toEqual(['Rubriker\tPoäng', '• Strategi för chefs • Intern kommunikation\t61']);
  });

  it('goes on with a table over a page break when the new page holds an indented list cell', () => {
    const first = [item('Rubriker', 60, 60), item('Poäng', 200, 60)];
    const second = [item('•', 64, 800), item('Första punkten', 76, 800), item('54', 200, 800), item('•', 64, 788), item('Andra punkten', 76, 788)];
    expect(documentLines([first, second])).toEqual(['Rubriker\tPoäng', '• Första punkten • Andra punkten\t54', '']);
  });

  it('does not take a heading at the page margin over a page break into the table before it', () => {
    const first = [item('Rubriker', 60, 100), item('Poäng', 200, 100), item('•', 64, 88), item('Första punkten', 76, 88), item('54', 200, 88)];
    const second = [item('Område 2', 50, 800), item('Rubriker', 60, 786), item('Poäng', 200, 786), item('•', 64, 774), item('Andra punkten', 76, 774), item('61', 200, 774)];
    expect(documentLines([first, second])).toEqual(['Rubriker\tPoäng', '• Första punkten\t54', '', 'Område 2', 'Rubriker\tPoäng', '• Andra punkten\t61']);
  });

  it('lets a table with a code column switch alignment at its next header row ("3." beside "Poäng", "Max")', () => {
    const coded = (top: number, code: string, name: string[], figures: string[], align: 'top' | 'middle') => {
      const bottom = top - (name.length - 1) * PITCH;
      return [item(code, 20, align === 'top' ? top : (top + bottom) / 2), ...row(top, name, figures, align)];
    };
    const rows: Array<[string, string[], string[], 'top' | 'middle']> = [
      ['2.', ['Brukarfokus'], ['Poäng', 'Max'], 'middle'],
      ['2.1', ['Finns det en', 'strategi?'], ['6', '15'], 'middle'],
      ['2.2', ['Hur arbetar', 'kommunen?'], ['20', '25'], 'middle'],
      ['3.', ['Styrning'], ['Poäng', 'Max'], 'top'],
      ['3.1', ['Genomsyras hela', 'organisationen?'], ['11', '15'], 'top'],
      ['3.2', ['Styrs kommunen', 'av mål?'], ['13', '25'], 'top'],
      ['3.3', ['Rapporterar', 'förvaltningen?'], ['17', '25'], 'top'],
      ['3.4', ['Finns det en', 'delegation?'], ['14', '15'], 'top'],
      ['4.', ['Ledarskap'], ['Poäng', 'Max'], 'middle'],
      ['4.1', ['Finns en', 'strategi?'], ['12', '15'], 'middle'],
      ['4.2', ['Vilket ansvar', 'har enheterna?'], ['5', '10'], 'middle'],
      ['4.3', ['Beskrivs', 'samarbete?'], ['15', '20'], 'middle'],
    ];
    const items: PdfItem[] = [];
    let y = 700;
    for (const [code, name, figures, align] of rows) {
      items.push(...coded(y, code, name, figures, align));
      y -= name.length * PITCH + PADDING;
    }
    expect(pageLines(items)).toEqual([
      '2.\tBrukarfokus\tPoäng\tMax',
      '2.1\tFinns det en strategi?\t6\t15',
      '2.2\tHur arbetar kommunen?\t20\t25',
      '3.\tStyrning\tPoäng\tMax',
      '3.1\tGenomsyras hela organisationen?\t11\t15',
      '3.2\tStyrs kommunen av mål?\t13\t25',
      '3.3\tRapporterar förvaltningen?\t17\t25',
      '3.4\tFinns det en delegation?\t14\t15',
      '4.\tLedarskap\tPoäng\tMax',
      '4.1\tFinns en strategi?\t12\t15',
      '4.2\tVilket ansvar har enheterna?\t5\t10',
      '4.3\tBeskrivs samarbete?\t15\t20',
    ]);
  });

  it('reads a table of two lists as one row under its header, the lists indented under their headings', () => {
    const items = [
      item('Styrkor', 60, 700),
      item('Förbättringar', 200, 700),
      // Cell padding below the header; the lists' lines follow at the line pitch.
      item('•', 64, 684),
      item('Första styrkan', 76, 684),
      item('•', 204, 684),
      item('Bättre styrning', 216, 684),
      item('fortsätter', 76, 672),
      item('av 2030', 216, 672),
      item('•', 64, 660),
      item('Andra', 76, 660),
    ];
    expect(pageLines(items)).toEqual(['Styrkor\tFörbättringar', '• Första styrkan fortsätter • Andra\t• Bättre styrning av 2030']);
  });

  it('reads a list table without cell padding: lines before the lists stay rows, the lists are one row', () => {
    const items = [
      item('Poäng', 60, 724),
      item('52', 60, 712),
      item('Styrkor', 60, 700),
      item('Förbättringar', 200, 700),
      item('•', 64, 688),
      item('Första styrkan', 76, 688),
      item('•', 204, 688),
      item('Bättre styrning', 216, 688),
      item('Agenda', 76, 676),
      item('2030 och mer', 216, 676),
    ];
    expect(pageLines(items)).toEqual(['Poäng', '52', 'Styrkor\tFörbättringar', '• Första styrkan Agenda\t• Bättre styrning 2030 och mer']);
  });

  it('cuts a name that runs close to the next cell at the column start the other rows show', () => {
    const items = [...row(700, ['1. Styrning'], ['Uppnått', 'Max'], 'top'), item('1.1 Ett mycket långt namn', 60, 684), item('9', 200, 684), item('20', 240, 684)];
    // The name ends 4 pt before the figures: less than the usual gap between cells.
    items[items.length - 3] = { ...item('1.1 Ett mycket långt namn', 60, 684), width: 136 };
    expect(pageLines(items)).toEqual(['1. Styrning\tUppnått\tMax', '1.1 Ett mycket långt namn\t9\t20']);
  });
});
