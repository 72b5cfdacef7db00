/**
 * Table rows rebuilt from positions. Word and LibreOffice lay a table out cell by cell: a long
 * name wraps over several lines inside its cell while the numbers of the row stand on one line —
 * the first line when cells are top-aligned, the middle when they are centred vertically. Read
 * line by line such a row falls apart into fragments; here the lines of a table are put back
 * into rows: the cells of a row share a vertical band, and a wrapped name's lines belong to the
 * row whose numbers they surround.
 */
import { segmentsOf, type PdfLine, type Segment } from './items.js';

/** A column of a table: the horizontal extent its cells' text takes. */
export interface Column {
  x0: number;
  x1: number;
}

/** One rebuilt row: a text per column ('' for an empty cell), top to bottom order kept. */
export interface TableRow {
  cells: string[];
  /** Baselines of the row's first and last line. */
  y: number;
  bottom: number;
}

/** Lines further apart than this many font sizes are not in the same table. */
const MAX_LINE_GAP = 2.6;
/** A cell's next line is at most this many font sizes further down (the line pitch and a little). */
const CELL_LINE_GAP = 1.45;
/** Slack, in points, when deciding whether a segment lies inside a column. */
const SLACK = 2;

/** Columns of a group of lines: the union of overlapping segment extents. */
export function columnsOf(lines: readonly PdfLine[]): Column[] {
  const spans = lines.flatMap((line) => line.segments.map((segment) => ({ x0: segment.x0, x1: segment.x1 }))).sort((a, b) => a.x0 - b.x0);
  const columns: Column[] = [];
  for (const span of spans) {
    const last = columns.at(-1);
    if (last && span.x0 < last.x1 - SLACK) last.x1 = Math.max(last.x1, span.x1);
    else columns.push({ ...span });
  }
  return columns;
}

/**
 * Where cells start: the left edges of segments that are not the first of their line (a cell
 * right of another). A name that fills its cell may run into the next cell's
 * text with less than the usual gap; these edges cut it off again. Edges closer than a column
 * can be narrow are one edge (tables above each other whose columns differ a little).
 */
export function columnStarts(lines: readonly PdfLine[]): number[] {
  const edges = lines.flatMap((line) => line.segments.slice(1).map((segment) => segment.x0)).sort((a, b) => a - b);
  const size = Math.max(1, ...lines.map((line) => line.size));
  const starts: number[] = [];
  let group: number[] = [];
  const flush = () => {
    const last = starts.at(-1);
    if (group.length > 0 && (last === undefined || group[0]! - last >= size * 1.5)) starts.push(group[0]!);
    group = [];
  };
  for (const edge of edges) {
    if (group.length > 0 && edge - group[group.length - 1]! > SLACK) flush();
    group.push(edge);
  }
  flush();
  return starts;
}

/** Columns between consecutive cell starts (the first from the left edge of the page). */
function columnsFromStarts(starts: readonly number[]): Column[] {
  return [Number.NEGATIVE_INFINITY, ...starts].map((x0, index) => ({ x0, x1: starts[index] ?? Number.POSITIVE_INFINITY }));
}

function columnIndex(columns: readonly Column[], segment: Segment): number {
  let best = 0;
  // The cut tolerance of segmentsOf: an item a little right of an edge still starts that cell.
  for (let index = 0; index < columns.length; index += 1) if ((columns[index]?.x0 ?? 0) <= segment.x0 + SLACK * 1.25) best = index;
  return best;
}

/**
 * True when every segment of the line lies inside one column (no segment straddles two), or
 * wholly left of the first: where a table's first row with several cells holds only figures (a
 * centred name wrapped above and below them), its name column shows only in lone lines.
 */
export function fits(columns: readonly Column[], line: PdfLine): boolean {
  return line.segments.every((segment) => {
    const index = columnIndex(columns, segment);
    const column = columns[index];
    const next = columns[index + 1];
    if (column === undefined) return false;
    if (index === 0 && segment.x1 <= column.x0 + SLACK) return true;
    return segment.x0 >= column.x0 - SLACK && (next === undefined || segment.x1 <= next.x0 + SLACK);
  });
}

/** The line cut again at the given column starts (see `segmentsOf`). */
function recut(line: PdfLine, starts: readonly number[]): PdfLine {
  if (line.segments.length !== 1 || starts.length === 0 || line.items.length < 2) return line;
  return { ...line, segments: segmentsOf(line.items, starts) };
}

/**
 * True when the lone line at `index` starts a row of the table whose columns are `columns`: it
 * and the lone lines under it sit inside the columns at a cell's line pitch, down to a line with
 * several cells that also fits the columns (a centred row: the name's first lines stand above
 * its figures, after the cell padding that separates it from the row before).
 */
function leadsIntoRow(lines: readonly PdfLine[], index: number, columns: readonly Column[]): boolean {
  if (columns.length < 2) return false;
  for (let at = index; at < lines.length; at += 1) {
    const line = lines[at]!;
    if (!fits(columns, line)) return false;
    if (line.segments.length > 1) return at > index;
    const below = lines[at + 1];
    if (!below || line.y - below.y > line.size * CELL_LINE_GAP || Math.abs(below.size - line.size) > line.size * 0.1) return false;
  }
  return false;
}

/**
 * Splits a page's lines into runs: tables (lines with at least two segments, and the lines
 * around them that sit inside one of their columns without a paragraph's gap) and other lines.
 */
export function findTableBlocks(lines: readonly PdfLine[]): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || line.segments.length < 2) {
      index += 1;
      continue;
    }
    let start = index;
    let end = index + 1;
    let widestGap = line.size * CELL_LINE_GAP;
    // Forward: multi-segment lines and single lines inside the columns found so far.
    while (end < lines.length) {
      // A cell's text may run close to the next cell's (a list item's last word and the row's
      // points): cut the line again at the column starts the table shows so far.
      const next = recut(lines[end]!, columnStarts(lines.slice(start, end)));
      const previous = lines[end - 1]!;
      const gap = previous.y - next.y;
      if (gap > Math.max(previous.size, next.size) * MAX_LINE_GAP) break;
      const columns = columnsOf(lines.slice(start, end).filter((candidate) => candidate.segments.length > 1));
      // A lone line further down than any row so far is a paragraph after the table — unless it
      // is the first line of a centred row's wrapped name, which leads into the row's figures.
      if (next.segments.length === 1 && gap > widestGap + line.size * 0.25 && !leadsIntoRow(lines, end, columns)) break;
      widestGap = Math.max(widestGap, gap);
      // A line in another size (a heading) or outside the columns ends the table.
      if (next.segments.length === 1 && (!fits(columns, next) || Math.abs(next.size - line.size) > line.size * 0.1)) break;
      end += 1;
    }
    // A cell's wrapped lines follow at the line pitch and in the table's font size; a heading or
    // a paragraph before or after the table is further away or in another size.
    const size = Math.max(...lines.slice(start, end).filter((candidate) => candidate.segments.length > 1).map((candidate) => candidate.size));
    const closeTo = (upper: PdfLine, lower: PdfLine) => upper.y - lower.y <= size * CELL_LINE_GAP && Math.abs(upper.size - size) <= size * 0.1 && Math.abs(lower.size - size) <= size * 0.1;
    while (end - 1 > start && lines[end - 1]!.segments.length === 1 && !closeTo(lines[end - 2]!, lines[end - 1]!)) end -= 1;
    // Backward: wrapped lines above the first row (centred cells).
    const columns = columnsOf(lines.slice(start, end).filter((candidate) => candidate.segments.length > 1));
    const floor = blocks.at(-1)?.end ?? 0;
    while (start > floor) {
      const above = lines[start - 1]!;
      if (above.segments.length !== 1 || !closeTo(above, lines[start]!) || !fits(columns, above)) break;
      start -= 1;
    }
    blocks.push({ start, end });
    index = end;
  }
  return blocks;
}

/** A column whose cells are all short single words or figures: one line per row. */
function isAnchorColumn(lines: readonly PdfLine[], columns: readonly Column[], index: number): number {
  let count = 0;
  for (const line of lines) {
    for (const segment of line.segments) {
      if (columnIndex(columns, segment) !== index) continue;
      if (segment.text.length > 12) return 0;
      count += 1;
    }
  }
  return count;
}

type Mode = 'top' | 'middle' | 'bottom';
const MODES: readonly Mode[] = ['top', 'middle', 'bottom'];
/** A hair of cost for the rarer alignments, so that an undecided table reads as top-aligned. */
const MODE_BIAS: Record<Mode, number> = { top: 0, middle: 0.001, bottom: 0.002 };

/** Cost, in points, of a row that goes against the cell structure the lines show. */
const STRUCTURE_PENALTY = 8;
/** Slack, in points, on the line pitch inside one cell. */
const PITCH_SLACK = 0.3;
/** A numbered row ("3.4 …", "12. …") starts with its number. */
const ROW_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?(?:\s|$)/;

/**
 * What the rows are split by. Lines of one cell follow each other at the font's line pitch;
 * the cells of two rows are further apart (cell padding, borders), however little.
 */
interface Structure {
  lines: readonly PdfLine[];
  /** Column of each segment of each line. */
  occupied: ReadonlyArray<ReadonlySet<number>>;
  /** For each line and column: the previous line with text in that column, or -1. */
  previousInColumn: ReadonlyArray<ReadonlyMap<number, number>>;
  /** The line pitch inside a cell, or Infinity when no cell has two lines. */
  pitch: number;
  numbered: readonly boolean[];
}

function structureOf(lines: readonly PdfLine[], columns: readonly Column[]): Structure {
  const occupied = lines.map((line) => new Set(line.segments.map((segment) => columnIndex(columns, segment))));
  const last = new Map<number, number>();
  const previousInColumn = occupied.map((set, index) => {
    const map = new Map<number, number>();
    for (const column of set) {
      map.set(column, last.get(column) ?? -1);
      last.set(column, index);
    }
    return map;
  });
  let pitch = Number.POSITIVE_INFINITY;
  previousInColumn.forEach((map, index) => {
    for (const previous of map.values()) {
      if (previous < 0) continue;
      const distance = lines[previous]!.y - lines[index]!.y;
      if (distance >= lines[index]!.size * 0.8) pitch = Math.min(pitch, distance);
    }
  });
  const numbered = lines.map((line) => ROW_NUMBER.test(line.segments[0]?.text ?? ''));
  return { lines, occupied, previousInColumn, pitch, numbered };
}

/** Two lines of the same column this close are lines of one cell. */
function sameCell(structure: Structure, upper: number, lower: number): boolean {
  return structure.lines[upper]!.y - structure.lines[lower]!.y <= structure.pitch + PITCH_SLACK;
}

/**
 * The cost of lines [start, end) forming one row around `anchor`: how far the anchor is from
 * where the alignment puts it, plus a penalty for each sign that the row is not one row — two
 * lines of a column further apart than a cell's line pitch, a numbered line that does not start
 * the row, or a cell cut in two at the row's start.
 */
function rowCost(structure: Structure, start: number, end: number, anchor: number, mode: Mode): number {
  const { lines } = structure;
  const top = lines[start]!.y;
  const bottom = lines[end - 1]!.y;
  const y = lines[anchor]!.y;
  let cost = mode === 'top' ? Math.abs(top - y) : mode === 'bottom' ? Math.abs(bottom - y) : Math.abs((top + bottom) / 2 - y);
  for (let index = start; index < end; index += 1) {
    if (index > start && structure.numbered[index] && index !== anchor) cost += STRUCTURE_PENALTY;
    for (const previous of structure.previousInColumn[index]!.values()) {
      if (previous < 0) continue;
      // Inside the row a column's lines are one cell's; across the row's start they are not.
      if (previous >= start ? !sameCell(structure, previous, index) : sameCell(structure, previous, index)) cost += STRUCTURE_PENALTY;
    }
  }
  return cost;
}

interface Path {
  cost: number;
  starts: number[];
}

/**
 * Chooses where each row starts: every line between two anchors goes to the row above or below,
 * so that the rows' anchors sit where the table's vertical alignment puts them (dynamic
 * programming over the split points). One alignment holds from one header row (`resets`) to the
 * next, so two tables without a paragraph between them may differ.
 */
function splitRows(structure: Structure, anchors: readonly number[], resets: ReadonlySet<number>): number[] {
  const { lines } = structure;
  // State: (where the current row starts, the alignment in force) → cheapest path.
  let states = new Map<string, { start: number; mode: Mode; path: Path }>();
  for (const mode of MODES) states.set(`0:${mode}`, { start: 0, mode, path: { cost: MODE_BIAS[mode], starts: [0] } });
  for (let k = 0; k < anchors.length; k += 1) {
    const anchor = anchors[k]!;
    const nextAnchor = anchors[k + 1];
    const ends = nextAnchor === undefined ? [lines.length] : Array.from({ length: nextAnchor - anchor }, (_, offset) => anchor + 1 + offset);
    const next = new Map<string, { start: number; mode: Mode; path: Path }>();
    for (const state of states.values()) {
      const modes = k > 0 && resets.has(k) ? MODES : [state.mode];
      for (const mode of modes) {
        const switchCost = mode === state.mode ? 0 : MODE_BIAS[mode];
        for (const end of ends) {
          const cost = state.path.cost + switchCost + rowCost(structure, state.start, end, anchor, mode);
          const key = `${end}:${mode}`;
          const known = next.get(key);
          if (!known || cost < known.path.cost) next.set(key, { start: end, mode, path: { cost, starts: [...state.path.starts, end] } });
        }
      }
    }
    states = next;
  }
  let best: Path | null = null;
  for (const state of states.values()) if (!best || state.path.cost < best.cost) best = state.path;
  return best?.starts ?? [0, lines.length];
}

/** A line that ends like this goes on in the next line. */
const OPEN_END = /(?:[-,/(–]|\s(?:och|eller|samt|i|av|för|med|till|på|om|som|den|det|de|en|ett))$/u;

/**
 * Joins a cell's lines. A bulleted cell keeps its bullets (items are split there later). In a
 * cell without bullets a line that starts in upper case after a line that does not end open
 * starts a new item or paragraph (kept apart by a `<br>`, which plain text reads as a space); the
 * rest are wrapped lines. A hyphen at a line end that ends a word part ("styr-") keeps no space.
 */
function joinCellLines(parts: readonly Segment[]): string {
  const bulleted = parts.some((part) => part.bullet);
  let text = '';
  for (const part of parts) {
    const piece = part.bullet ? `• ${part.text}` : part.text;
    if (text === '') text = piece;
    else if (text.endsWith('/') || piece.startsWith('/')) text = `${text}${piece}`;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(piece) && !/^(?:och|eller|samt|respektive)\b/.test(piece)) text = `${text}${piece}`;
    else if (!bulleted && /^[\p{Lu}\d]/u.test(piece) && !OPEN_END.test(text)) text = `${text}<br>${piece}`;
    else text = `${text} ${piece}`;
  }
  return text;
}

function rowOf(lines: readonly PdfLine[], columns: readonly Column[]): TableRow {
  const parts: Segment[][] = columns.map(() => []);
  for (const line of lines) for (const segment of line.segments) parts[columnIndex(columns, segment)]?.push(segment);
  return { cells: parts.map(joinCellLines), y: lines[0]?.y ?? 0, bottom: lines.at(-1)?.y ?? 0 };
}

/**
 * Joins neighbouring columns that no line has text in both of: one cell seen at two starts (a
 * header over an indented list — "Förbättringsmöjligheter" above its bullets' text — or the
 * same column of two tables above each other set a little apart).
 */
function mergeApartColumns(columns: readonly Column[], lines: readonly PdfLine[]): Column[] {
  const merged = [...columns];
  for (let index = 0; index + 1 < merged.length; ) {
    const together = lines.some((line) => {
      const used = new Set(line.segments.map((segment) => columnIndex(merged, segment)));
      return used.has(index) && used.has(index + 1);
    });
    if (together) index += 1;
    else merged.splice(index, 2, { x0: merged[index]!.x0, x1: merged[index + 1]!.x1 });
  }
  return merged;
}

/**
 * Rows of a table without figures (lists side by side): a gap clearly wider than the closest
 * (cell padding, a border) starts a new row; so does every line after a row without bullets (a
 * header row over its lists, in a table without padding). Lines after a bulleted line go on with
 * its row (a list's further items and wrapped lines). Where every gap is alike and no line has a
 * bullet, each line is a row.
 */
function rowsByGap(lines: readonly PdfLine[]): PdfLine[][] {
  if (lines.length === 0) return [];
  const size = Math.max(...lines.map((line) => line.size));
  const gaps = lines.slice(1).map((line, index) => lines[index]!.y - line.y);
  const closest = Math.min(...gaps);
  const wide = (gap: number) => gap > closest + size * 0.25;
  const bulleted = (line: PdfLine) => line.segments.some((segment) => segment.bullet);
  if (!gaps.some(wide) && !lines.some(bulleted)) return lines.map((line) => [line]);
  const rows: PdfLine[][] = [[lines[0]!]];
  gaps.forEach((gap, index) => {
    const line = lines[index + 1]!;
    const row = rows.at(-1)!;
    if (wide(gap) || !row.some(bulleted)) rows.push([line]);
    else row.push(line);
  });
  return rows;
}

/**
 * Rebuilds the rows of one table block. When a column holds only short figures or words (the
 * points, a percent, a code), each of its lines marks one row and the other lines are shared out
 * by the table's vertical alignment; otherwise every line is a row of its own.
 */
export function rebuildRows(blockLines: readonly PdfLine[]): TableRow[] {
  // Cut every line again at the column starts the block shows, then find the columns anew.
  const cuts = columnStarts(blockLines);
  const lines = blockLines.map((line) => ({ ...line, segments: segmentsOf(line.items, cuts) }));
  const columns = mergeApartColumns(columnsFromStarts(cuts), lines);
  const anchorColumns = new Set(columns.flatMap((_, index) => (isAnchorColumn(lines, columns, index) >= 2 ? [index] : [])));
  const inAnchorColumn = (segment: Segment) => anchorColumns.has(columnIndex(columns, segment));
  let rows: TableRow[];
  if (anchorColumns.size === 0 || columns.length < 2) {
    rows = rowsByGap(lines).map((slice) => rowOf(slice, columns));
  } else {
    const anchors = lines.flatMap((line, index) => (line.segments.some(inAnchorColumn) ? [index] : []));
    // A header row (a word without figures — "Uppnått", "Max" — in a short column, even beside
    // the area's number in a code column) may start a table of another alignment.
    const resets = new Set(anchors.flatMap((line, k) => (lines[line]!.segments.filter(inAnchorColumn).some((segment) => !/\d/.test(segment.text)) ? [k] : [])));
    const starts = splitRows(structureOf(lines, columns), anchors, resets);
    rows = [];
    for (let index = 0; index + 1 < starts.length; index += 1) {
      const slice = lines.slice(starts[index], starts[index + 1]);
      if (slice.length > 0) rows.push(rowOf(slice, columns));
    }
  }
  // Columns no row uses (edges of another table in the same block) are left out.
  const used = columns.map((_, index) => rows.some((row) => row.cells[index] !== ''));
  return rows.map((row) => ({ ...row, cells: row.cells.filter((_, index) => used[index]) }));
}
