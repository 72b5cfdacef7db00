import { CsvError as ParseError, parse } from 'csv-parse/sync';

/** A CSV problem with the line it was found on (1-based). */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

/** A record as csv-parse's `info` option gives it: the fields and the line the record ends on. */
interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Guesses the separator from the header line: Swedish CSV uses ";" (Excel with a Swedish
 * locale), international CSV ",", and tab-separated exports a tab.
 */
function detectSeparator(headerLine: string): string {
  const counts = [';', ',', '\t'].map((separator) => ({ separator, count: headerLine.split(separator).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0] && counts[0].count > 0 ? counts[0].separator : ',';
}

/**
 * Parses CSV with a header row into records keyed by the (trimmed, lower-cased) header names,
 * each with the line its row starts on. The parsing is csv-parse's (RFC 4180 quoting, CRLF, LF
 * or CR, an optional UTF-8 BOM); the separator is detected from the first line, rows may be
 * short, a quote inside an unquoted field is kept as text, and blank rows are left out.
 */
export function parseCsvRecords(text: string): Array<{ line: number; values: Record<string, string> }> {
  const source = text.replace(/^\uFEFF/, '');
  const firstLineEnd = source.search(/\r?\n|\r/);
  const delimiter = detectSeparator(firstLineEnd === -1 ? source : source.slice(0, firstLineEnd));
  let parsed: ParsedRecord[];
  try {
    const options = { delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true, info: true };
    parsed = parse(source, options) as unknown as ParsedRecord[];
  } catch (error) {
    if (error instanceof ParseError) {
      const line = typeof error.lines === 'number' ? error.lines : 1;
      throw new CsvError(line, error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is not closed' : error.message);
    }
    throw error;
  }
  // csv-parse reports the line each record ends on; a record starts on the line after the one before it.
  let previousEnd = 0;
  const rows = parsed
    .map(({ record, info }) => {
      const row = { line: previousEnd + 1, fields: record };
      previousEnd = info.lines;
      return row;
    })
    .filter(({ fields }) => fields.some((value) => value.trim() !== ''));
  const header = rows[0]?.fields.map((name) => name.trim().toLowerCase());
  if (!header) throw new CsvError(1, 'the file is empty');
  return rows.slice(1).map(({ line, fields }) => ({
    line,
    values: Object.fromEntries(header.map((name, column) => [name, (fields[column] ?? '').trim()])),
  }));
}
