/**
 * Text items of a PDF page (as pdfjs reports them) grouped into lines, and each line into
 * segments: runs of items without a wide gap. A segment is what one table cell shows on one
 * line, or a whole line of prose.
 */

/** One positioned piece of text; y is the baseline, growing upwards (PDF space). */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** pdfjs' TextItem, loosely: anything else (marked content) is ignored. */
export interface TextItemLike {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

/** Consecutive items of one line with no wide gap between them. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  /** The segment starts with a list bullet (a bullet character or a glyph without text). */
  bullet: boolean;
}

export interface PdfLine {
  y: number;
  size: number;
  segments: Segment[];
  /** The line's items, left to right, for cutting it again at known column starts. */
  items: PdfItem[];
}

const BULLETS = /^[•\u25cf\u25aa\u25e6\u2022\u2023\u2043\u2219\uf0b7\uf0a7\uf076]$/;

/** Reads a pdfjs text item; null for marked content and items without a position. */
export function toItem(raw: TextItemLike): PdfItem | null {
  if (typeof raw.str !== 'string' || !Array.isArray(raw.transform)) return null;
  const [a, b, , d, x, y] = raw.transform as number[];
  const size = Math.hypot(b ?? 0, d ?? 0) || Math.abs(a ?? 0) || Number(raw.height) || 10;
  const width = Number(raw.width) || 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  // A glyph drawn without any text mapping (a symbol-font bullet) is kept as a bullet mark.
  if (raw.str === '' && width > 0 && width < size) return { text: '•', x: x ?? 0, y: y ?? 0, width, size };
  if (raw.str.trim() === '') return null;
  return { text: raw.str, x: x ?? 0, y: y ?? 0, width, size };
}

/** A gap wider than this many font sizes separates segments (table cells, tab stops). */
const SEGMENT_GAP = 1.2;

/** Below a wide gap, a gap this wide still separates cells when the next item starts at a known column. */
const NARROW_GAP = 0.25;
/** Slack, in points, for an item to start at a column start. */
const CUT_SLACK = 2.5;

/**
 * Cuts a line's items (left to right) into segments: at every wide gap, and at a narrower gap
 * where an item starts exactly at one of `cuts` (the column starts of the table the line is in:
 * a name that fills its cell leaves less than a word's space before the next cell).
 */
export function segmentsOf(row: readonly PdfItem[], cuts: readonly number[] = []): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let pendingBullet = false;
  for (const item of row) {
    const isBullet = BULLETS.test(item.text.trim());
    const gap = current ? item.x - current.x1 : Number.POSITIVE_INFINITY;
    const atColumn = gap > item.size * NARROW_GAP && cuts.some((cut) => item.x >= cut - CUT_SLACK && item.x <= cut + CUT_SLACK * 2);
    if (!current || ((gap > item.size * SEGMENT_GAP || atColumn) && !pendingBullet)) {
      current = { text: isBullet ? '' : item.text, x0: item.x, x1: item.x + item.width, bullet: isBullet };
      segments.push(current);
    } else if (!isBullet || current.text !== '') {
      // A bullet's segment starts where its text starts, as the item's wrapped lines do.
      if (current.bullet && current.text === '') current.x0 = item.x;
      const space = pendingBullet || (gap > item.size * 0.15 && !current.text.endsWith(' ') && !item.text.startsWith(' ')) ? ' ' : '';
      current.text = current.text === '' ? item.text : `${current.text}${space}${item.text}`;
      current.x1 = Math.max(current.x1, item.x + item.width);
    }
    // The text after a bullet belongs to it however far the list indents it.
    pendingBullet = isBullet && current.text === '';
  }
  return segments
    .map((segment) => ({ ...segment, text: segment.text.replace(/\s+/g, ' ').trim() }))
    .filter((segment) => segment.text !== '');
}

/** Groups a page's items into lines (top to bottom) by baseline. */
export function groupLines(items: readonly PdfItem[]): PdfLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: PdfItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - item.y) <= Math.max(anchor.size, item.size) * 0.45) row.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) => {
      row.sort((p, q) => p.x - q.x);
      return { y: row[0]?.y ?? 0, size: Math.max(...row.map((item) => item.size)), segments: segmentsOf(row), items: row };
    })
    .filter((line) => line.segments.length > 0);
}
