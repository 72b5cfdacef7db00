import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { createQuestionSetSchema } from '../contract/question-sets.js';
import { buildWorkbook } from '../report/xlsx/workbook.js';
import type { QuestionSetDocument, ReadResult } from './document.js';
import { questionSetToJson, readQuestionSetJson } from './json-format.js';
import { QUESTIONS_SHEET, SET_SHEET, XLSX_COLUMNS, questionSetToXlsx, readQuestionSetXlsx } from './xlsx-format.js';

/** A set with every question type, conditions, an empty section and awkward text. */
const SET: QuestionSetDocument = createQuestionSetSchema.parse({
  frameworkId: 'kommunkompassen-2020',
  language: 'sv',
  title: 'Frågor före besöket: "2026" & <mer>',
  description: '  Inledning med **fetstil**\r\n\n- punkt\n- _x0041_ bokstavligt\n\n',
  content: {
    sections: [
      {
        key: '1',
        title: 'Styrning',
        intro: 'Om *styrningen*.\n\nTvå stycken.\n',
        questions: [
          { key: '1.1', type: 'yes_no', text: 'Finns en plan?', help: '\tIndragen hjälp', required: true, unitCodes: ['1.1', '1.2'], options: [], condition: null },
          { key: '1.2', type: 'text', text: 'Beskriv planen', help: '', required: false, unitCodes: ['1.1'], options: [], condition: { question: '1.1', anyOf: ['yes'] } },
          {
            key: '1.3',
            type: 'single_choice',
            text: 'Hur ofta följs den upp?',
            help: 'Välj ett: a, b',
            required: true,
            unitCodes: ['1.3'],
            options: [
              { key: 'ar', label: 'Varje år: i budgeten' },
              { key: 'kvartal', label: 'Varje kvartal' },
            ],
            condition: null,
          },
        ],
      },
      { key: 'tom', title: 'Ett avsnitt utan frågor', intro: '', questions: [] },
      {
        key: '2',
        title: 'Dokument',
        intro: '',
        questions: [
          {
            key: '2.1',
            type: 'multiple_choice',
            text: 'Vilka finns?',
            help: '',
            required: false,
            unitCodes: ['2.1'],
            options: [
              { key: 'a', label: 'Alfa' },
              { key: 'b', label: 'Beta' },
              { key: 'c', label: 'Gamma' },
            ],
            condition: { question: '1.3', anyOf: ['ar', 'kvartal'] },
          },
          { key: '2.2', type: 'number', text: 'Antal?', help: '', required: false, unitCodes: ['2.1'], options: [], condition: { question: '2.1', anyOf: ['c'] } },
          { key: '2.3', type: 'date', text: 'När antogs den?', help: '', required: false, unitCodes: ['2.2'], options: [], condition: null },
          { key: '2.4', type: 'documents', text: 'Bifoga styrdokument', help: 'Flera filer går bra.', required: true, unitCodes: ['2.2', '2.3'], options: [], condition: null },
          { key: '2_5-x', type: 'links', text: 'Länkar till webben', help: '', required: false, unitCodes: ['2.3'], options: [], condition: null },
        ],
      },
    ],
  },
});

function document(result: ReadResult): QuestionSetDocument {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problems)}`);
  return result.document;
}

const problems = (result: ReadResult) => (result.ok ? [] : result.problems);

describe('question set files', () => {
  it('JSON: export then import gives the identical set', () => {
    const json = questionSetToJson(SET);
    expect(JSON.parse(json)).toMatchObject({ format: 'kompass-question-set', formatVersion: 1, frameworkId: 'kommunkompassen-2020', language: 'sv' });
    expect(document(readQuestionSetJson(new TextEncoder().encode(json)))).toEqual(SET);
  });

  it('XLSX: export then import gives the identical set', async () => {
    const bytes = questionSetToXlsx(SET);
    expect(document(await readQuestionSetXlsx(bytes))).toEqual(SET);
  });

  it('XLSX: the sheets are as documented, with English headers and a row per question', async () => {
    const sheets = await readXlsxFile(questionSetToXlsx(SET));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([SET_SHEET, QUESTIONS_SHEET]);
    expect(sheets[0]!.data.map((row) => row[0])).toEqual(['key', 'format', 'formatVersion', 'frameworkId', 'language', 'title', 'description']);
    const [header, ...rows] = sheets[1]!.data;
    expect(header).toEqual(XLSX_COLUMNS.map((column) => column.heading));
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual(['1', 'Styrning', 'Om *styrningen*.\n\nTvå stycken.', '1.1', 'yes_no', 'Finns en plan?', 'Indragen hjälp', 'yes', '1.1, 1.2', null, null, null]);
    expect(rows[3]!.slice(0, 4)).toEqual(['tom', 'Ett avsnitt utan frågor', null, null]);
    expect(rows[4]!.slice(9, 12)).toEqual(['a: Alfa\nb: Beta\nc: Gamma', '1.3', 'ar, kvartal']);
  });

  it('JSON: names the path of each problem', () => {
    const bad = JSON.parse(questionSetToJson(SET));
    bad.formatVersion = 2;
    bad.content.sections[0].questions[1].type = 'essay';
    const result = readQuestionSetJson(new TextEncoder().encode(JSON.stringify(bad)));
    expect(problems(result).map((problem) => problem.field)).toEqual(['formatVersion', 'content.sections.0.questions.1.type']);
    expect(problems(readQuestionSetJson(new TextEncoder().encode('{ nope')))).toEqual([{ field: '(file)', message: expect.stringContaining('must be JSON') }]);
  });

  it('XLSX: names the sheet, row and column of each problem, and locates rule problems by cell', async () => {
    const rows = [
      ['1', 'Styrning', '', '1.1', 'yes_no', 'Finns en plan?', '', 'kanske', '1.1', '', '', ''],
      ['1', '', '', '1.2', 'essay', 'Beskriv', '', 'no', '1.1', 'bara text', '', ''],
      ['2', '', '', '', '', 'Text utan nyckel', '', '', '', '', '', ''],
    ];
    const file = buildWorkbook({
      title: 't',
      locale: 'sv',
      sheets: [
        { name: SET_SHEET, columns: [{ heading: 'key', width: 10 }, { heading: 'value', width: 10 }], rows: [['format', 'kompass-question-set'], ['formatVersion', 1], ['frameworkId', 'kommunkompassen-2020'], ['language', 'sv'], ['title', '']] },
        { name: QUESTIONS_SHEET, columns: XLSX_COLUMNS, rows },
      ],
    });
    expect(problems(await readQuestionSetXlsx(file)).map((problem) => problem.field)).toEqual(['Frågor!H2', 'Frågor!J3', 'Frågor!D4']);

    const valid = await readQuestionSetXlsx(questionSetToXlsx({ ...SET, title: '' }));
    expect(problems(valid)).toEqual([{ field: 'Frågeunderlag!B6', message: 'must not be empty' }]);
    const read = await readQuestionSetXlsx(questionSetToXlsx(SET));
    if (!read.ok) throw new Error('not read');
    expect(read.locate('content.sections.2.questions.1.condition.anyOf.0')).toBe('Frågor!L7');
    expect(read.locate('content.sections.2.questions.0.options.1.key')).toBe('Frågor!J6');
    expect(read.locate('content.sections.1.key')).toBe('Frågor!A5');
    expect(read.locate('content.sections.0.questions.2.unitCodes.0')).toBe('Frågor!I4');
  });

  it('XLSX: refuses a file that is not a workbook', async () => {
    expect(problems(await readQuestionSetXlsx(new TextEncoder().encode('not a zip')))).toEqual([{ field: '(file)', message: expect.stringContaining('XLSX') }]);
  });
});
