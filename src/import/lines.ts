/**
 * The first step of parsing: the text is normalised and cut into classified lines. Everything
 * after this works on `Line` objects and never on raw characters, so the three input routes
 * (plain text, Word, PDF) only have to agree on this line form.
 */
import { hasItemMarkup, splitItems, stripTags } from './html-fragments.js';

export interface Line {
  /** 1-based line number in the normalised text, used in "where" messages. */
  no: number;
  raw: string;
  /** Plain text: markup, heading markers and bullets removed; cells joined by tabs. */
  text: string;
  /** Plain text of each cell when the line is a table row (tab- or pipe-separated), else null. */
  cells: string[] | null;
  /** Raw cells, markup kept (items inside a cell are split from these). */
  rawCells: string[] | null;
  /** Markdown heading level, 0 when none. */
  heading: number;
  /** The whole line is bold (`**x**`, `<b>x</b>`): a heading in many converted reports. */
  bold: boolean;
  /** A list item ("- x", "• x", "* x"). */
  bullet: boolean;
  blank: boolean;
}

/**
 * Normalises line ends, non-breaking and zero-width spaces and Unicode composition, so that
 * "Ö" typed two ways compares equal.
 */
function normaliseText(text: string): string {
  let result = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  result = result.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u200b-\u200d\u2060\u00ad]/g, '');
  return result.normalize('NFC');
}

const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*•\u25cf\u25aa\uf0b7–]\s+/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function stripInlineMarkdown(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1').replace(/(^|[\s(])\*(\S[^*]*?)\*(?=$|[\s.,;:)])/g, '$1$2');
}

const NEEDS_CLEANING = /[<&*_\t]|\s{2}/;

function plain(text: string): string {
  // Most lines are clean prose; skip the regex passes for them (this is the hot path).
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return stripInlineMarkdown(stripTags(text)).replace(/\s+/g, ' ').trim();
}

function wholeLineBold(raw: string): boolean {
  const trimmed = raw.trim();
  return /^\*\*[^*].*\*\*$/.test(trimmed) || /^<(b|strong)>.*<\/\1>$/i.test(trimmed);
}

/** Splits a row into raw cells: tabs first, else a Markdown pipe table row. */
function rowCells(raw: string): string[] | null {
  if (raw.includes('\t')) return raw.split('\t');
  const trimmed = raw.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 2) {
    return trimmed.slice(1, -1).split('|');
  }
  return null;
}

/** Cuts normalised text into classified lines. Markdown table separator rows are dropped. */
export function toLines(text: string): Line[] {
  const rawLines = normaliseText(text).split('\n');
  const lines: Line[] = [];
  for (let index = 0; index < rawLines.length; index += 1) {
    const raw = rawLines[index] ?? '';
    const no = index + 1;
    if (raw.trim() === '') {
      lines.push({ no, raw, text: '', cells: null, rawCells: null, heading: 0, bold: false, bullet: false, blank: true });
      continue;
    }
    if (PIPE_SEPARATOR.test(raw) && raw.includes('-') && raw.includes('|')) continue;
    const rawCells = rowCells(raw);
    if (rawCells) {
      const cells = rawCells.map((cell) => plain(cell));
      if (cells.some((cell) => cell !== '')) {
        lines.push({ no, raw, text: cells.join('\t'), cells, rawCells, heading: 0, bold: false, bullet: false, blank: false });
        continue;
      }
      lines.push({ no, raw, text: '', cells: null, rawCells: null, heading: 0, bold: false, bullet: false, blank: true });
      continue;
    }
    const heading = MD_HEADING.exec(raw);
    if (heading) {
      const body = heading[2] ?? '';
      lines.push({ no, raw, text: plain(body), cells: null, rawCells: null, heading: (heading[1] ?? '#').length, bold: wholeLineBold(body), bullet: false, blank: plain(body) === '' });
      continue;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) {
      lines.push({ no, raw, text: plain(raw.slice(bullet[0].length)), cells: null, rawCells: null, heading: 0, bold: false, bullet: true, blank: false });
      continue;
    }
    // A line that is an HTML list (no tab) becomes one bullet line per item.
    if (/^\s*<(?:ul|ol|li)\b/i.test(raw) && hasItemMarkup(raw)) {
      for (const item of splitItems(raw)) {
        lines.push({ no, raw, text: item, cells: null, rawCells: null, heading: 0, bold: false, bullet: true, blank: false });
      }
      continue;
    }
    const text = plain(raw);
    lines.push({ no, raw, text, cells: null, rawCells: null, heading: 0, bold: wholeLineBold(raw), bullet: false, blank: text === '' });
  }
  return lines;
}

/** Items of a raw cell (list items, paragraphs, bullets), markup removed. */
export function cellItems(rawCell: string): string[] {
  return splitItems(rawCell).map((item) => stripInlineMarkdown(item).trim()).filter((item) => item !== '');
}
