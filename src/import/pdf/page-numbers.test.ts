/**
 * Page numbers against lone figures at a page's edge, on made-up lines.
 */
import { describe, expect, it } from 'vitest';
import type { PdfLine } from './items.js';
import { pageNumberLines } from './page-numbers.js';

function line(text: string, y: number): PdfLine {
  return { y, size: 10, segments: [{ text, x0: 60, x1: 60 + text.length * 5, bullet: false }], items: [] };
}

/** A page of prose with an optional first and last line. */
function page(first: string | null, last: string | null): PdfLine[] {
  return [...(first ? [line(first, 800)] : []), line('Vanlig text på sidan.', 780), line('Mer text.', 766), ...(last ? [line(last, 40)] : [])];
}

describe('page numbers', () => {
  it('takes bare numbers that follow the pages as page numbers', () => {
    const pages = [page(null, '3'), page(null, '4'), page(null, '5')];
    const found = pageNumberLines(pages);
    expect(pages.map((lines) => found.has(lines.at(-1)!))).toEqual([true, true, true]);
  });

  it('keeps a lone score at the top of a page when it does not follow the pages (a score cut from its label)', () => {
    const pages = [page(null, 'Poäng'), page('51', null), page(null, null)];
    expect(pageNumberLines(pages).size).toBe(0);
  });

  it('keeps a lone score at a page top among real page numbers', () => {
    const pages = [page(null, '1'), page('51', '2'), page(null, '3')];
    const found = pageNumberLines(pages);
    expect(found.has(pages[1]![0]!)).toBe(false);
    expect(found.size).toBe(3);
  });

  it('always takes a labelled page number', () => {
    const pages = [page('Sida 7 av 12', null), page(null, null)];
    expect(pageNumberLines(pages).has(pages[0]![0]!)).toBe(true);
  });
});
