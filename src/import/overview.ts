/**
 * The overview of points ("Översikt av poängfördelning"): per area a table of sub-areas with
 * achieved points, max and sometimes a percent, closed by the area total row. Rows are read
 * from text so that tab-separated, pipe-table and PDF-extracted forms (where cells may be
 * separated only by spaces, and a long name may wrap onto the next line) all work.
 */
import { NUMBER_SOURCE, readNumber, type PrintedNumber } from './numbers.js';
import type { Line } from './lines.js';

interface OverviewRow {
  code: string | null;
  name: string;
  achieved: PrintedNumber;
  max: PrintedNumber | null;
  percent: PrintedNumber | null;
  line: number;
}

export interface OverviewTable {
  areaCode: string;
  title: string;
  hasPercentColumn: boolean;
  rows: OverviewRow[];
  total: { achieved: PrintedNumber; max: PrintedNumber | null; percent: PrintedNumber | null; line: number } | null;
  line: number;
}

export interface OverviewResult {
  tables: OverviewTable[];
  grandTotal: { value: PrintedNumber; line: number } | null;
}

const N = NUMBER_SOURCE;
const HEADER = /^(\d{1,2})\s*[.:)]?\s+(.+?)\s+(?:uppnått|uppnådd|poäng|resultat|erhållna?)(?:\s+poäng)?\s+max(?:imal)?(?:\s*poäng)?(\s+(?:procent|andel|%)(?:\s*\(%\))?)?\s*$/i;
const ROW_WITH_PERCENT = new RegExp(String.raw`^(?:(\d{1,2})\.(\d{1,2})\.?\s+)?(.*?)\s*(?:^|\s)(${N})\s+(${N})\s+(${N})\s*%?\s*$`);
const ROW_PERCENT_SIGN = new RegExp(String.raw`^(?:(\d{1,2})\.(\d{1,2})\.?\s+)?(.*?)\s*(?:^|\s)(${N})\s+(${N})\s+(${N})\s*%\s*$`);
const ROW = new RegExp(String.raw`^(?:(\d{1,2})\.(\d{1,2})\.?\s+)?(.*?)\s*(?:^|\s)(${N})\s+(${N})\s*$`);
const CODE_ONLY = /^(\d{1,2})\.(\d{1,2})\.?(?:\s+(.*))?$/;
const TOTAL_LABEL = /^(?:summa|totalt?|total\s*poäng|totalpoäng|områdets?\s+(?:summa|totalt?))\s*:?\s*/i;
const GRAND_TOTAL = new RegExp(String.raw`^(?:total(?:t|poäng|summa)?|summa\s+totalt?|totalsumma|samtliga\s+områden)\s*:?\s+(${N})(?:\s*(?:poäng|p))?(?:\s+(?:av\s+)?(?:800|${N}))?(?:\s+${N}\s*%)?\s*$`, 'i');
/** Longer lines are prose, never table rows; skipping them also keeps the regexes linear. */
const MAX_ROW_LENGTH = 600;

function flat(line: Line): string {
  return line.text.replace(/\t+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** True when the line starts an area table of the overview (area code, title, achieved, max). */
export function isOverviewHeader(line: Line): boolean {
  return !line.blank && line.text.length <= MAX_ROW_LENGTH && /max/i.test(line.text) && /^\s*\d/.test(line.text) && HEADER.test(flat(line));
}

interface RowParts {
  code: string | null;
  name: string;
  numbers: PrintedNumber[];
  percent: PrintedNumber | null;
}

function readRow(text: string, hasPercentColumn: boolean): RowParts | null {
  const withPercent = (hasPercentColumn ? ROW_WITH_PERCENT : ROW_PERCENT_SIGN).exec(text);
  const match = withPercent ?? ROW.exec(text);
  if (!match) return null;
  const code = match[1] !== undefined && match[2] !== undefined ? `${match[1]}.${match[2]}` : null;
  const achieved = readNumber(match[4] ?? '');
  const max = readNumber(match[5] ?? '');
  if (!achieved || !max) return null;
  const percentText = withPercent ? (match[6] ?? '') : '';
  const percent = withPercent ? readNumber(percentText, { percent: true }) : null;
  const percentVerbatim = withPercent ? /\d[\d.,]*\s*%?$/.exec(text)?.[0] ?? percentText : '';
  return {
    code,
    name: (match[3] ?? '').trim(),
    numbers: [achieved, max],
    percent: percent ? { ...percent, verbatim: percentVerbatim } : null,
  };
}

/**
 * Reads every overview table between `start` and `end` (line indexes), plus a grand total
 * when one is printed as such ("Totalt 552").
 */
export function parseOverview(lines: readonly Line[], start: number, end: number): OverviewResult {
  const tables: OverviewTable[] = [];
  let grandTotal: OverviewResult['grandTotal'] = null;
  let table: OverviewTable | null = null;
  let pending: { code: string | null; name: string; line: number } | null = null;
  let blankSinceRow = false;

  const closeTable = () => {
    table = null;
    pending = null;
  };

  for (let index = start; index < end; index += 1) {
    const line = lines[index];
    if (!line) continue;
    if (line.blank) {
      blankSinceRow = true;
      continue;
    }
    if (line.text.length > MAX_ROW_LENGTH) {
      if (table) closeTable();
      continue;
    }
    const text = flat(line);
    const header = HEADER.exec(text);
    if (header) {
      table = {
        areaCode: header[1] ?? '',
        title: (header[2] ?? '').trim(),
        hasPercentColumn: header[3] !== undefined,
        rows: [],
        total: null,
        line: line.no,
      };
      tables.push(table);
      pending = null;
      blankSinceRow = false;
      continue;
    }
    const grand = GRAND_TOTAL.exec(text);
    if (grand) {
      const value = readNumber(grand[1] ?? '');
      if (value && value.value > 10000) grandTotal = { value, line: line.no };
      closeTable();
      continue;
    }
    const current: OverviewTable | null = table;
    if (!current) continue;
    if (current.total) {
      closeTable();
      continue;
    }
    const labelled = TOTAL_LABEL.exec(text);
    const body = labelled ? text.slice(labelled[0].length) : text;
    const row = readRow(body, current.hasPercentColumn);
    if (row && (labelled || (row.code === null && row.name === ''))) {
      if (pending && !labelled) {
        // Numbers of a row whose wrapped name came on the line(s) before.
        current.rows.push({ code: pending.code, name: pending.name, achieved: row.numbers[0]!, max: row.numbers[1] ?? null, percent: row.percent, line: pending.line });
        pending = null;
      } else {
        current.total = { achieved: row.numbers[0]!, max: row.numbers[1] ?? null, percent: row.percent, line: line.no };
      }
      blankSinceRow = false;
      continue;
    }
    if (row) {
      if (pending && row.code === null) row.name = `${pending.name} ${row.name}`.trim();
      current.rows.push({ code: row.code ?? pending?.code ?? null, name: row.name, achieved: row.numbers[0]!, max: row.numbers[1] ?? null, percent: row.percent, line: pending?.line ?? line.no });
      pending = null;
      blankSinceRow = false;
      continue;
    }
    const codeOnly = CODE_ONLY.exec(text);
    if (codeOnly) {
      pending = { code: `${codeOnly[1]}.${codeOnly[2]}`, name: (codeOnly[3] ?? '').trim(), line: line.no };
      blankSinceRow = false;
      continue;
    }
    if (pending) {
      pending.name = `${pending.name} ${text}`.trim();
      continue;
    }
    if (current.rows.length === 0 && !/\d/.test(text)) {
      // The area title wrapped onto a second line (PDF text).
      current.title = `${current.title} ${text}`.trim();
      continue;
    }
    const last = current.rows.at(-1);
    if (last && !blankSinceRow && !/\d\s*%?$/.test(text)) {
      // A long name wrapped below its numbers (PDF text, top-aligned cells).
      last.name = `${last.name} ${text}`.trim();
      continue;
    }
    if (blankSinceRow) closeTable();
  }
  return { tables, grandTotal };
}
