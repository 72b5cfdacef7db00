/**
 * A PDF's pages as report text: prose lines as they are, tables as rebuilt rows with
 * tab-separated cells (the text form's table rows), and a blank line where a wide vertical gap
 * separates paragraphs. A table that runs over a page break is rebuilt as one table, so a row
 * split by the break comes out whole.
 */
import { groupLines, toItem, type PdfItem, type PdfLine, type TextItemLike } from './items.js';
import { pageNumberLines } from './page-numbers.js';
import { columnsOf, columnStarts, findTableBlocks, fits, rebuildRows } from './table-rows.js';

type Unit = { kind: 'line'; line: PdfLine } | { kind: 'table'; lines: PdfLine[] };

interface OutLine {
  text: string;
  top: number;
  bottom: number;
  size: number;
}

function plainLine(line: PdfLine): string {
  return line.segments.map((segment) => (segment.bullet ? `• ${segment.text}` : segment.text)).join('\t');
}

function unitsOf(lines: readonly PdfLine[]): Unit[] {
  const units: Unit[] = [];
  let next = 0;
  for (const block of findTableBlocks(lines)) {
    for (; next < block.start; next += 1) units.push({ kind: 'line', line: lines[next]! });
    units.push({ kind: 'table', lines: lines.slice(block.start, block.end) });
    next = block.end;
  }
  for (; next < lines.length; next += 1) units.push({ kind: 'line', line: lines[next]! });
  return units;
}

/**
 * True when the table at the top of a page goes on with the columns of the table that ended the
 * page before: every cell on the new page starts where a cell of the old one did, or — where a
 * cell's text is indented (a bulleted list in a cell) — every line on the new page lies inside
 * the old table's columns and every cell right of another starts at one of its column starts.
 */
export function continues(before: readonly PdfLine[], after: readonly PdfLine[]): boolean {
  const columns = columnsOf(before.filter((line) => line.segments.length > 1));
  if (columns.length < 2) return false;
  const starts = (lines: readonly PdfLine[]) => lines.flatMap((line) => line.segments.map((segment) => segment.x0));
  const known = starts(before);
  const near = (x0: number, edges: readonly number[]) => edges.some((edge) => Math.abs(edge - x0) <= 3);
  if (starts(after).every((x0) => near(x0, known))) return true;
  // The columns as far as their text reaches: a cell's text never starts left of its padding,
  // so a heading at the page margin above the next table does not fit.
  const cuts = columnStarts(before);
  const inner = after.flatMap((line) => line.segments.slice(1).map((segment) => segment.x0));
  return inner.length > 0 && inner.every((x0) => near(x0, cuts)) && after.every((line) => fits(columns, line));
}

function render(units: readonly Unit[]): string[] {
  const out: OutLine[] = [];
  for (const unit of units) {
    if (unit.kind === 'line') {
      out.push({ text: plainLine(unit.line), top: unit.line.y, bottom: unit.line.y, size: unit.line.size });
      continue;
    }
    const size = Math.max(...unit.lines.map((line) => line.size));
    for (const row of rebuildRows(unit.lines)) out.push({ text: row.cells.join('\t').replace(/\t+$/, ''), top: row.y, bottom: row.bottom, size });
  }
  const text: string[] = [];
  let previous: OutLine | null = null;
  for (const line of out) {
    if (previous && previous.bottom - line.top > Math.max(previous.size, line.size) * 1.75) text.push('');
    text.push(line.text);
    previous = line;
  }
  return text;
}

/**
 * Lines of every page from already positioned items (pure; the unit tests' entry point). Pages
 * are separated by a blank line.
 */
export function documentLines(pages: ReadonlyArray<readonly PdfItem[]>): string[] {
  const pageLinesOf = pages.map((items) => groupLines(items));
  const numbers = pageNumberLines(pageLinesOf);
  const pageUnits = pageLinesOf.map((lines) => unitsOf(lines.filter((line) => !numbers.has(line))));
  for (let page = 0; page + 1 < pageUnits.length; page += 1) {
    const last = pageUnits[page]!.at(-1);
    const next = pageUnits[page + 1]!;
    // Lines at the top of the new page that stand in the table's columns (the rest of a row the
    // break cut), then the table going on.
    let lead = 0;
    while (next[lead]?.kind === 'line' && lead < 3) lead += 1;
    const first = next[lead];
    if (last?.kind !== 'table' || first?.kind !== 'table') continue;
    const leading = next.slice(0, lead).flatMap((unit) => (unit.kind === 'line' ? [unit.line] : []));
    if (!continues(last.lines, [...leading, ...first.lines])) continue;
    // The new page's lines go on one line pitch below the old page's last line.
    const end = last.lines.at(-1)!;
    const moved = [...leading, ...first.lines];
    const offset = end.y - end.size * 1.2 - moved[0]!.y;
    last.lines.push(...moved.map((line) => ({ ...line, y: line.y + offset })));
    next.splice(0, lead + 1);
  }
  return pageUnits.flatMap((units, index) => [...(index > 0 ? [''] : []), ...render(units)]);
}

/** Lines of one page from already positioned items. */
export function pageLines(items: readonly PdfItem[]): string[] {
  return documentLines([items]);
}

/** Reads pdfjs' text items of one page. */
export function readItems(rawItems: readonly TextItemLike[]): PdfItem[] {
  return rawItems.map(toItem).filter((item): item is PdfItem => item !== null);
}

/** Lines of one page from pdfjs' text items. */
export function itemsToLines(rawItems: readonly TextItemLike[]): string[] {
  return pageLines(readItems(rawItems));
}
