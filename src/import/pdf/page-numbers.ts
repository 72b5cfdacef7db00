/**
 * Page numbers printed at the top or bottom of PDF pages, told apart from a figure that happens
 * to stand alone on a page's first or last line (a chapter's score cut from its label by a page
 * break: "Poäng" at the foot of one page, "51" at the head of the next). A bare number counts as
 * a page number only when it follows the pages' order — its value minus the page's index is the
 * same on at least one other page — or when the document has a single page; a labelled one
 * ("Sida 3", "3 av 12", "3/12") always counts.
 */
import type { PdfLine } from './items.js';

const BARE = /^\d{1,3}$/;
const LABELLED = /^(?:sid(?:a|an)?\s+\d{1,3}(?:\s*(?:av|\/)\s*\d{1,3})?|\d{1,3}\s*(?:av|\/|\()\s*\d{1,3}\)?)$/i;

interface Candidate {
  page: number;
  line: PdfLine;
  value: number | null;
}

function candidatesOf(lines: readonly PdfLine[], page: number): Candidate[] {
  if (lines.length < 2) return [];
  const edges = [lines[0]!, lines[lines.length - 1]!];
  return edges.flatMap((line): Candidate[] => {
    const text = line.segments.length === 1 ? line.segments[0]!.text.trim() : '';
    if (LABELLED.test(text)) return [{ page, line, value: null }];
    if (BARE.test(text)) return [{ page, line, value: Number(text) }];
    return [];
  });
}

/** The lines of each page that are page numbers (to be left out of the text). */
export function pageNumberLines(pages: ReadonlyArray<readonly PdfLine[]>): Set<PdfLine> {
  const candidates = pages.flatMap((lines, page) => candidatesOf(lines, page));
  const offsets = new Map<number, number>();
  for (const candidate of candidates) {
    if (candidate.value !== null) offsets.set(candidate.value - candidate.page, (offsets.get(candidate.value - candidate.page) ?? 0) + 1);
  }
  const found = new Set<PdfLine>();
  for (const candidate of candidates) {
    const inSequence = candidate.value === null || pages.length === 1 || (offsets.get(candidate.value - candidate.page) ?? 0) >= 2;
    if (inSequence) found.add(candidate.line);
  }
  return found;
}
