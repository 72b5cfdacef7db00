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

/**
 * Guesses the separator from the header line: Swedish CSV uses ";" (Excel with a Swedish
 * locale), international CSV ",", and tab-separated exports a tab.
 */
export function detectSeparator(headerLine: string): string {
  const counts = [';', ',', '\t'].map((separator) => ({ separator, count: headerLine.split(separator).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0] && counts[0].count > 0 ? counts[0].separator : ',';
}

/**
 * Parses CSV text (RFC 4180 quoting, CRLF or LF, optional UTF-8 BOM) into rows of fields.
 * The separator is detected from the first line unless given.
 */
export function parseCsv(text: string, separator?: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLineEnd = source.search(/\r?\n/);
  const sep = separator ?? detectSeparator(firstLineEnd === -1 ? source : source.slice(0, firstLineEnd));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === sep) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line += 1;
    } else {
      field += char;
    }
  }
  if (quoted) throw new CsvError(line, 'a quoted field is not closed');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((fields) => fields.some((value) => value.trim() !== ''));
}

/** Parses CSV with a header row into records keyed by the (trimmed, lower-cased) header names. */
export function parseCsvRecords(text: string): Array<{ line: number; values: Record<string, string> }> {
  const rows = parseCsv(text);
  const header = rows[0]?.map((name) => name.trim().toLowerCase());
  if (!header) throw new CsvError(1, 'the file is empty');
  return rows.slice(1).map((fields, index) => ({
    line: index + 2,
    values: Object.fromEntries(header.map((name, column) => [name, (fields[column] ?? '').trim()])),
  }));
}
