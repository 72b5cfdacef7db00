/**
 * A small XLSX workbook written whole in memory (for files of a few hundred rows, such as an
 * action plan): several sheets of typed cells — text as inline strings, numbers, dates as date
 * cells in the reader's own short date format, shares as percent cells — each with a bold,
 * frozen header row and column widths. Zipped with fflate, with fixed entry dates, so the same
 * workbook gives the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';

/** Text as XML character data: escaped, and without the characters XML 1.0 cannot hold. */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing exactly the characters XML cannot hold
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell: text, a number, true/false, a calendar date ("2026-03-01"), a whole percent, or empty. */
export type XlsxCell = string | number | boolean | { date: string } | { percent: number } | null;

export interface XlsxSheet {
  name: string;
  columns: ReadonlyArray<{ heading: string; width: number }>;
  rows: ReadonlyArray<readonly XlsxCell[]>;
}

export interface XlsxWorkbook {
  title: string;
  /** BCP 47 tag of the workbook's language. */
  locale: string;
  sheets: readonly XlsxSheet[];
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Cell styles (cellXfs): normal, bold header, date (built-in 14, the reader's short date), percent (built-in 9), wrapped text. */
const STYLE = { header: 1, date: 2, percent: 3, wrapped: 4 } as const;
const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Days since 1899-12-30, the spreadsheet's date serial. */
function dateSerial(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) throw new Error(`Not a calendar date: ${iso}`);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function cellXml(reference: string, value: XlsxCell, header: boolean): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return `<c r="${reference}"><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${reference}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'object' && 'date' in value) return `<c r="${reference}" s="${STYLE.date}"><v>${dateSerial(value.date)}</v></c>`;
  if (typeof value === 'object') return `<c r="${reference}" s="${STYLE.percent}"><v>${value.percent / 100}</v></c>`;
  const style = header ? STYLE.header : value.includes('\n') || value.length > 60 ? STYLE.wrapped : 0;
  return `<c r="${reference}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const letters = sheet.columns.map((_, index) => columnLetters(index));
  const row = (cells: readonly XlsxCell[], number: number, header: boolean) =>
    `<row r="${number}">${cells.map((value, index) => cellXml(`${letters[index] ?? columnLetters(index)}${number}`, value, header)).join('')}</row>`;
  const rows = [row(sheet.columns.map((column) => column.heading), 1, true), ...sheet.rows.map((cells, index) => row(cells, index + 2, false))];
  const cols = sheet.columns.map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`).join('');
  const last = `${letters.at(-1) ?? 'A'}${sheet.rows.length + 1}`;
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetViews><sheetView workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>` +
    (sheet.rows.length > 0 ? `<autoFilter ref="A1:${last}"/>` : '') +
    '</worksheet>'
  );
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** 1980-01-01, the earliest date a ZIP entry carries (local time: fflate writes the local fields). */
const ZIP_DATE = new Date(1980, 0, 1);

/** The autofilters' ranges, named as Excel itself names them (nothing when no sheet has rows). */
function filterNames(sheets: readonly XlsxSheet[]): string {
  const names = sheets.flatMap((sheet, index) => {
    if (sheet.rows.length === 0) return [];
    const quoted = `'${xmlText(sheetName(sheet.name)).replace(/'/g, "''")}'`;
    return [`<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${quoted}!$A$1:$${columnLetters(sheet.columns.length - 1)}$${sheet.rows.length + 1}</definedName>`];
  });
  return names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '';
}

/** The workbook as an .xlsx file. */
export function buildWorkbook(workbook: XlsxWorkbook): Buffer {
  const sheets = workbook.sheets.map((sheet, index) => ({ sheet, path: `xl/worksheets/sheet${index + 1}.xml`, rid: `rId${index + 1}` }));
  const parts: Array<[string, string]> = [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map(({ path }) => `<Override PartName="/${path}" ContentType="${SHEET_TYPE}"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    ],
    [
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:title>${xmlText(workbook.title)}</dc:title><dc:language>${xmlText(workbook.locale)}</dc:language><dc:creator>Kompass</dc:creator></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
        sheets.map(({ sheet, rid }, index) => `<sheet name="${xmlText(sheetName(sheet.name))}" sheetId="${index + 1}" r:id="${rid}"/>`).join('') +
        '</sheets>' +
        filterNames(workbook.sheets) +
        '</workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
        sheets.map(({ path, rid }) => `<Relationship Id="${rid}" Type="${REL_NS}/worksheet" Target="${path.slice(3)}"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES_XML],
    ...sheets.map(({ sheet, path }): [string, string] => [path, sheetXml(sheet)]),
  ];
  const entries: Zippable = {};
  const encoder = new TextEncoder();
  for (const [path, text] of parts) entries[path] = [encoder.encode(text), { level: 6, mtime: ZIP_DATE }];
  const bytes = zipSync(entries);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
