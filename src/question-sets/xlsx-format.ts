/**
 * The XLSX workbook of a question set, for authoring it in a spreadsheet (documented in the README):
 * sheet 1 "Frågeunderlag" holds key/value rows (format, formatVersion, frameworkId, language,
 * title, description); sheet 2 "Frågor" one row per question with the columns of XLSX_COLUMNS
 * (English headers, found by name). A section's rows follow each other; its title and intro are on
 * its first row. A section with no questions is a row with empty question columns. Problems are
 * named by cell: `Frågor!F12`.
 */
import readXlsxFile from 'read-excel-file/node';
import { buildWorkbook, columnLetters, type XlsxCell } from '../report/xlsx/workbook.js';
import { checkZipLimits } from '../import/zip-guard.js';
import { checkDocument, QUESTION_SET_FILE_FORMAT, QUESTION_SET_FILE_FORMAT_VERSION, type FileProblem, type QuestionSetDocument, type ReadResult } from './document.js';

export const SET_SHEET = 'Frågeunderlag';
export const QUESTIONS_SHEET = 'Frågor';

/** The question sheet's columns: header and the field of a question (or section) it holds. */
export const XLSX_COLUMNS = [
  { heading: 'section key', width: 12 },
  { heading: 'section title', width: 30 },
  { heading: 'section intro', width: 40 },
  { heading: 'question key', width: 12 },
  { heading: 'type', width: 16 },
  { heading: 'text', width: 60 },
  { heading: 'help', width: 40 },
  { heading: 'required', width: 10 },
  { heading: 'sub-areas', width: 14 },
  { heading: 'options', width: 30 },
  { heading: 'condition question', width: 14 },
  { heading: 'condition values', width: 16 },
] as const;
type Heading = (typeof XLSX_COLUMNS)[number]['heading'];

const SET_KEYS = ['format', 'formatVersion', 'frameworkId', 'language', 'title', 'description'] as const;

/** Text as a cell keeps it: a literal `_xHHHH_` is escaped, since readers decode that form. */
const cellText = (text: string): XlsxCell => (text === '' ? null : text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_'));

/** The set as an XLSX workbook. */
export function questionSetToXlsx(set: QuestionSetDocument): Buffer {
  const setRows: XlsxCell[][] = [
    ['format', QUESTION_SET_FILE_FORMAT],
    ['formatVersion', QUESTION_SET_FILE_FORMAT_VERSION],
    ['frameworkId', cellText(set.frameworkId)],
    ['language', set.language],
    ['title', cellText(set.title)],
    ['description', cellText(set.description)],
  ];
  const questionRows: XlsxCell[][] = set.content.sections.flatMap((section) => {
    const sectionCells = (first: boolean): XlsxCell[] => [cellText(section.key), first ? cellText(section.title) : null, first ? cellText(section.intro) : null];
    if (section.questions.length === 0) return [[...sectionCells(true), null, null, null, null, null, null, null, null, null]];
    return section.questions.map((question, index) => [
      ...sectionCells(index === 0),
      cellText(question.key),
      question.type,
      cellText(question.text),
      cellText(question.help),
      question.required ? 'yes' : 'no',
      cellText(question.unitCodes.join(', ')),
      cellText(question.options.map((option) => `${option.key}: ${option.label}`).join('\n')),
      question.condition ? cellText(question.condition.question) : null,
      question.condition ? cellText(question.condition.anyOf.join(', ')) : null,
    ]);
  });
  return buildWorkbook({
    title: set.title,
    locale: set.language,
    sheets: [
      { name: SET_SHEET, columns: [{ heading: 'key', width: 16 }, { heading: 'value', width: 80 }], rows: setRows },
      { name: QUESTIONS_SHEET, columns: XLSX_COLUMNS, rows: questionRows },
    ],
  });
}

type Cell = string | number | boolean | Date | null | undefined;
type Row = readonly Cell[];

const asText = (cell: Cell): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
};
const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** Where each field of a question or a section is on the question sheet. */
const QUESTION_FIELD_COLUMN: Record<string, Heading> = {
  key: 'question key',
  type: 'type',
  text: 'text',
  help: 'help',
  required: 'required',
  unitCodes: 'sub-areas',
  options: 'options',
  condition: 'condition question',
  'condition.question': 'condition question',
  'condition.anyOf': 'condition values',
};
const SECTION_FIELD_COLUMN: Record<string, Heading> = { key: 'section key', title: 'section title', intro: 'section intro', questions: 'question key' };

interface SheetRead {
  problems: FileProblem[];
  raw: Record<string, unknown>;
  locate: (path: string) => string;
}

function readSetSheet(rows: readonly Row[], name: string): { values: Map<string, Cell>; rowOf: Map<string, number>; problems: FileProblem[] } {
  const values = new Map<string, Cell>();
  const rowOf = new Map<string, number>();
  const problems: FileProblem[] = [];
  rows.forEach((row, index) => {
    const key = asText(row[0]).trim();
    if (index === 0 && key.toLowerCase() === 'key') return; // the header
    if (key === '') return;
    if (!(SET_KEYS as readonly string[]).includes(key)) {
      problems.push({ field: `${name}!A${index + 1}`, message: `must be one of ${SET_KEYS.join(', ')}` });
      return;
    }
    values.set(key, row[1] ?? null);
    rowOf.set(key, index + 1);
  });
  for (const key of SET_KEYS) {
    if (!rowOf.has(key) && key !== 'description') problems.push({ field: `${name}!A`, message: `must have a row '${key}'` });
  }
  return { values, rowOf, problems };
}

function readQuestionSheet(rows: readonly Row[], name: string): { sections: unknown[]; problems: FileProblem[]; cellOf: (section: number, question: number | null, heading: Heading) => string } {
  const problems: FileProblem[] = [];
  const header = (rows[0] ?? []).map((cell) => asText(cell).trim().toLowerCase());
  const columnOf = new Map<Heading, number>();
  for (const { heading } of XLSX_COLUMNS) {
    const index = header.indexOf(heading);
    if (index < 0) problems.push({ field: `${name}!1`, message: `must have a column headed '${heading}'` });
    else columnOf.set(heading, index);
  }
  const cellRef = (heading: Heading, row: number) => `${name}!${columnLetters(columnOf.get(heading) ?? 0)}${row}`;
  const sectionRows: number[] = [];
  const questionRows: number[][] = [];
  const sections: Array<{ key: string; title: string; intro: string; questions: unknown[] }> = [];
  if (problems.length > 0) return { sections, problems, cellOf: () => name };
  const at = (row: Row, heading: Heading): Cell => row[columnOf.get(heading)!];
  rows.forEach((row, index) => {
    if (index === 0) return;
    const rowNumber = index + 1;
    if (row.every((cell) => asText(cell) === '')) return;
    const sectionKey = asText(at(row, 'section key')).trim();
    const title = asText(at(row, 'section title'));
    const intro = asText(at(row, 'section intro'));
    let section = sections.at(-1);
    if (!section || sectionKey !== section.key) {
      section = { key: sectionKey, title, intro, questions: [] };
      sections.push(section);
      sectionRows.push(rowNumber);
      questionRows.push([]);
    } else {
      if (title !== '' && title !== section.title) problems.push({ field: cellRef('section title', rowNumber), message: "must be empty or the section's title on its first row" });
      if (intro !== '' && intro !== section.intro) problems.push({ field: cellRef('section intro', rowNumber), message: "must be empty or the section's intro on its first row" });
    }
    const questionKey = asText(at(row, 'question key')).trim();
    const questionHeadings = XLSX_COLUMNS.slice(3).map((column) => column.heading);
    if (questionKey === '') {
      const filled = questionHeadings.find((heading) => asText(at(row, heading)) !== '');
      if (filled) problems.push({ field: cellRef('question key', rowNumber), message: 'must name the question (the row has question columns filled in)' });
      return;
    }
    const requiredText = asText(at(row, 'required')).trim().toLowerCase();
    const required = ['yes', 'ja', 'true', '1'].includes(requiredText) ? true : ['no', 'nej', 'nei', 'false', '0', ''].includes(requiredText) ? false : undefined;
    if (required === undefined) problems.push({ field: cellRef('required', rowNumber), message: "must be 'yes' or 'no'" });
    const options: Array<{ key: string; label: string }> = [];
    asText(at(row, 'options'))
      .split(/\r?\n/)
      .forEach((line) => {
        if (line.trim() === '') return;
        const match = /^\s*([^:\s]+)\s*:\s?(.*)$/u.exec(line);
        if (!match) problems.push({ field: cellRef('options', rowNumber), message: `must hold one option per line as 'key: label' ('${line.slice(0, 40)}' is not)` });
        else options.push({ key: match[1]!, label: match[2]! });
      });
    const conditionQuestion = asText(at(row, 'condition question')).trim();
    const conditionValues = splitList(asText(at(row, 'condition values')));
    if (conditionQuestion === '' && conditionValues.length > 0) problems.push({ field: cellRef('condition question', rowNumber), message: 'must name the earlier question the condition values belong to' });
    section.questions.push({
      key: questionKey,
      type: asText(at(row, 'type')).trim(),
      text: asText(at(row, 'text')),
      help: asText(at(row, 'help')),
      required: required ?? false,
      unitCodes: splitList(asText(at(row, 'sub-areas'))),
      options,
      condition: conditionQuestion === '' ? null : { question: conditionQuestion, anyOf: conditionValues },
    });
    questionRows.at(-1)!.push(rowNumber);
  });
  const cellOf = (section: number, question: number | null, heading: Heading) => {
    const row = question === null ? sectionRows[section] : questionRows[section]?.[question];
    return row === undefined ? name : cellRef(heading, row);
  };
  return { sections, problems, cellOf };
}

/** Reads an XLSX file's bytes (refused before opening when it would expand too much). */
export async function readQuestionSetXlsx(bytes: Uint8Array): Promise<ReadResult> {
  let sheets: Array<{ sheet: string; data: Row[] }>;
  try {
    checkZipLimits(bytes, 'file', { maxEntries: 200, maxTotalBytes: 20 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024 });
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { trim: false })) as Array<{ sheet: string; data: Row[] }>;
  } catch {
    return { ok: false, problems: [{ field: '(file)', message: 'must be an XLSX workbook that opens (and expands to at most 20 MB)' }] };
  }
  const setSheet = sheets.find((sheet) => sheet.sheet === SET_SHEET) ?? sheets[0];
  const questionSheet = sheets.find((sheet) => sheet.sheet === QUESTIONS_SHEET) ?? sheets[1];
  if (!setSheet || !questionSheet) return { ok: false, problems: [{ field: '(file)', message: `must have the sheets '${SET_SHEET}' and '${QUESTIONS_SHEET}'` }] };
  const setRead = readSetSheet(setSheet.data, setSheet.sheet);
  const questionRead = readQuestionSheet(questionSheet.data, questionSheet.sheet);
  const problems = [...setRead.problems, ...questionRead.problems];
  const format = asText(setRead.values.get('format')).trim();
  const formatVersion = asText(setRead.values.get('formatVersion')).trim();
  const setCell = (key: string) => `${setSheet.sheet}!B${setRead.rowOf.get(key) ?? ''}`;
  if (setRead.rowOf.has('format') && format !== QUESTION_SET_FILE_FORMAT) problems.push({ field: setCell('format'), message: `must be '${QUESTION_SET_FILE_FORMAT}'` });
  if (setRead.rowOf.has('formatVersion') && formatVersion !== String(QUESTION_SET_FILE_FORMAT_VERSION)) problems.push({ field: setCell('formatVersion'), message: `must be ${QUESTION_SET_FILE_FORMAT_VERSION}` });
  if (problems.length > 0) return { ok: false, problems };
  const raw: SheetRead['raw'] = {
    frameworkId: asText(setRead.values.get('frameworkId')).trim(),
    language: asText(setRead.values.get('language')).trim(),
    title: asText(setRead.values.get('title')),
    description: asText(setRead.values.get('description')),
    content: { sections: questionRead.sections },
  };
  const locate = (path: string): string => {
    const parts = path.split('.');
    if (parts[0] !== 'content') return (SET_KEYS as readonly string[]).includes(parts[0] ?? '') ? setCell(parts[0]!) : setSheet.sheet;
    if (parts[1] !== 'sections' || parts[2] === undefined) return questionSheet.sheet;
    const section = Number(parts[2]);
    if (parts[3] === 'questions' && parts[4] !== undefined) {
      const rest = parts.slice(5).filter((part) => !/^\d+$/.test(part));
      const field = rest.length > 1 && rest[0] === 'condition' ? `condition.${rest[1]}` : (rest[0] ?? 'key');
      return questionRead.cellOf(section, Number(parts[4]), QUESTION_FIELD_COLUMN[field] ?? 'question key');
    }
    return questionRead.cellOf(section, null, SECTION_FIELD_COLUMN[parts[3] ?? 'key'] ?? 'section key');
  };
  return checkDocument(raw, locate);
}
