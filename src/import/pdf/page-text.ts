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

/** Lines of one cell follow at most this many font sizes apart. */
const CELL_LINE_PITCH = 1.45;

/** The smallest distance between two lines of a table that are not one line: its line pitch. */
export function linePitch(lines: readonly PdfLine[]): number {
  const size = Math.max(...lines.map((line) => line.size));
  let pitch = size * 1.2;
  for (let index = 1; index < lines.length; index += 1) {
    const distance = lines[index - 1]!.y - lines[index]!.y;
    if (distance >= size * 0.8) pitch = Math.min(pitch, distance);
  }
  return pitch;
}

/**
 * How many lines at the top of a page go on with the table that ended the page before (the rest
 * of a row the break cut, then the table's further rows): lines in the table's font size that lie
 * inside its columns as far as their text reaches — a cell's text never starts left of its
 * padding, so a heading at the page margin does not — and whose cells right of another start
 * where the table's do. The first line that does not (the next table's header with other
 * columns, a paragraph) ends the run, and the run must reach a line with several cells.
 */
export function continuingLines(before: readonly PdfLine[], after: readonly PdfLine[]): number {
  const columns = columnsOf(before.filter((line) => line.segments.length > 1));
  if (columns.length < 2) return 0;
  const size = Math.max(...before.map((line) => line.size));
  const edges = [...columnStarts(before), ...before.flatMap((line) => line.segments.map((segment) => segment.x0))];
  const near = (x0: number) => edges.some((edge) => Math.abs(edge - x0) <= 3);
  let count = 0;
  for (const line of after) {
    const sameSize = Math.abs(line.size - size) <= size * 0.1;
    if (!sameSize || !fits(columns, line) || !line.segments.slice(1).every((segment) => near(segment.x0))) break;
    count += 1;
  }
  // The run must reach a line with several cells: lone lines alone may as well be a heading and
  // prose that happen to sit inside the first column. After the last such line, only lines at a
  // cell's line pitch (the row's wrapped text) go on.
  let end = after.slice(0, count).findLastIndex((line) => line.segments.length > 1) + 1;
  if (end === 0) return 0;
  while (end < count && after[end - 1]!.y - after[end]!.y <= size * CELL_LINE_PITCH) end += 1;
  return end;
}

/** Lines of one list item follow at most this many font sizes apart. */
const ITEM_LINE_PITCH = 1.45;

/**
 * True when `line` is a wrapped line of the bulleted item above: one segment without a bullet,
 * starting where the item's text starts (right of the bullet), at the line pitch below. A new
 * item starts with a bullet; prose after the list starts at the margin, left of the item text.
 */
function continuesItem(item: { indent: number; bottom: number; size: number }, line: PdfLine): boolean {
  const segment = line.segments.length === 1 ? line.segments[0]! : null;
  return segment !== null && !segment.bullet && Math.abs(segment.x0 - item.indent) <= 2 && item.bottom - line.y <= Math.max(item.size, line.size) * ITEM_LINE_PITCH;
}

function render(units: readonly Unit[]): string[] {
  const out: OutLine[] = [];
  // The bulleted item the last line belongs to: where its text starts.
  let item: { indent: number; bottom: number; size: number } | null = null;
  for (const unit of units) {
    if (unit.kind === 'line') {
      const { line } = unit;
      const last = out.at(-1);
      if (item && last && continuesItem(item, line)) {
        const piece = line.segments[0]!.text;
        // A hyphen that ends a word part ("överskott-" / "underskott") keeps no space, as in table cells.
        const joined = /\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(piece) && !/^(?:och|eller|samt|respektive)\b/.test(piece);
        last.text = joined ? `${last.text}${piece}` : `${last.text} ${piece}`;
        last.bottom = line.y;
        item.bottom = line.y;
        continue;
      }
      const first = line.segments[0];
      item = line.segments.length === 1 && first?.bullet ? { indent: first.x0, bottom: line.y, size: line.size } : null;
      out.push({ text: plainLine(line), top: line.y, bottom: line.y, size: line.size });
      continue;
    }
    item = null;
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
  const pageLines = pageLinesOf.map((lines) => lines.filter((line) => !numbers.has(line)));
  const pageUnits: Unit[][] = [];
  for (let page = 0; page < pageLines.length; page += 1) {
    const units = unitsOf(pageLines[page]!);
    pageUnits.push(units);
    const last = units.at(-1);
    const next = pageLines[page + 1];
    if (last?.kind !== 'table' || !next) continue;
    const count = continuingLines(last.lines, next);
    if (count === 0) continue;
    // The new page's lines go on one line pitch of the table below the old page's last line, so
    // that the rest of a cell the break cut reads as the cell's next line.
    const end = last.lines.at(-1)!;
    const offset = end.y - linePitch(last.lines) - next[0]!.y;
    last.lines.push(...next.slice(0, count).map((line) => ({ ...line, y: line.y + offset })));
    pageLines[page + 1] = next.slice(count);
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
