import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { draftFromBase } from '../domain/framework-new-version.js';
import { draftOfFramework, draftOfMap } from '../domain/framework-draft-convert.js';
import { buildWorkbook, type XlsxCell } from '../report/xlsx/workbook.js';
import { documentOf, type FrameworkDocument, type ReadResult } from './document.js';
import { frameworkToJson, readFrameworkJson } from './json-format.js';
import { COLUMNS, SHEETS, frameworkToXlsx, readFrameworkXlsx } from './xlsx-format.js';

const catalogue = loadCatalogue();
const shipped = (id: string): FrameworkDocument => ({
  definition: draftOfFramework(catalogue.frameworks.get(id)!),
  maps: catalogue.areaMaps.filter((map) => map.from === id).map(draftOfMap),
});
const text = (word: string) => ({ sv: `${word} på svenska`, en: `${word} in English`, nb: `${word} på norsk` });

/** A version with criteria of both scales, levels, guidance, typical evidence, awkward text and sub-area maps. */
function authored(): FrameworkDocument {
  const base = shipped('kommunkompassen-2020');
  const made = draftFromBase({ definition: base.definition, maps: [], authored: false }, { id: 'kommunkompassen-2030', title: text('Kompass "2030" & <mer>'), year: 2030 });
  made.definition.note = { sv: '  Inledning\r\n\n- punkt _x0041_', en: 'Note', nb: 'Merknad' };
  made.definition.example = true;
  made.definition.revision = '2030';
  made.definition.areas[0]!.aliases = ['Styrning', 'Demokrati, dialog'];
  made.definition.areas[0]!.subareas[0]!.criteria = [
    { code: '1.1.1', text: text('Det finns en plan'), guidance: text('Läs planen\n\nnoga'), typicalEvidence: text('Planen'), weight: 3, scale: { kind: 'met' } },
    {
      code: '1.1.2',
      text: { sv: '\tIndragen', en: '', nb: 'Bare norsk' },
      weight: 1,
      scale: {
        kind: 'levels',
        levels: [
          { code: 'ingen', label: text('Ingen'), points: 0 },
          { code: 'delvis', label: text('Delvis'), points: 1 },
          { code: 'full', label: text('Full'), points: 4 },
        ],
      },
    },
  ];
  made.definition.areas[1]!.subareas[2]!.criteria = [{ code: '2.3.1', text: text('Medborgardialog'), weight: 10, scale: { kind: 'met' } }];
  delete made.maps[0]!.subareas['2.3'];
  made.maps[0]!.subareas['1.1'] = '1.2';
  made.maps.push({ from: 'kommunkompassen-2030', to: 'kommunkompassen-2016', areas: { 1: '1', 2: '8' }, subareas: { '1.1': '1.3' }, caveat: text('Förbehåll') });
  made.maps.push({ from: 'kommunkompassen-2030', to: 'kommunkompassen-2010', areas: {}, subareas: {} });
  return documentOf(made);
}

const documentOfRead = (result: ReadResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
};

describe('model version files', () => {
  it.each([
    ['the shipped 2020 version', () => shipped('kommunkompassen-2020')],
    ['the shipped 2010 version (no sub-area maxima)', () => shipped('kommunkompassen-2010')],
    ['a version with criteria of both scales and sub-area maps', authored],
  ])('give %s back unchanged through JSON and XLSX', async (_name, make) => {
    const document = make();
    expect(documentOfRead(readFrameworkJson(new TextEncoder().encode(frameworkToJson(document))))).toEqual(document);
    expect(documentOfRead(await readFrameworkXlsx(frameworkToXlsx(document)))).toEqual(document);
  });

  it('writes the sheets the spec names', async () => {
    const sheets = (await readXlsxFile(frameworkToXlsx(authored()))) as Array<{ sheet: string; data: unknown[][] }>;
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(Object.values(SHEETS));
    const levels = sheets.find((sheet) => sheet.sheet === SHEETS.levels)!.data;
    expect(levels[0]).toEqual([...COLUMNS.levels]);
    expect(levels[3]).toEqual(['1.1.2', 'full', 4, 'Full på svenska', 'Full in English', 'Full på norsk']);
  });

  it('names the problems of a JSON file by path', () => {
    const document = authored() as unknown as { definition: { areas: Array<{ max: unknown }> } };
    document.definition.areas[2]!.max = 'hundra';
    const result = readFrameworkJson(new TextEncoder().encode(JSON.stringify({ format: 'kompass-framework', formatVersion: 2, ...document })));
    expect(result).toEqual({ ok: false, problems: [{ field: 'formatVersion', message: 'must be 1' }, { field: 'definition.areas.2.max', message: expect.any(String) }] });
    expect(readFrameworkJson(new TextEncoder().encode('{'))).toMatchObject({ ok: false, problems: [{ field: '(file)' }] });
  });

  it('names the problems of a workbook by cell', async () => {
    const sheets = (await readXlsxFile(frameworkToXlsx(authored()))) as Array<{ sheet: string; data: XlsxCell[][] }>;
    const edit = (name: string, change: (rows: XlsxCell[][]) => void) => change(sheets.find((sheet) => sheet.sheet === name)!.data);
    edit(SHEETS.criteria, (rows) => {
      rows[2]![2] = 'tung'; // weight of 1.1.2
    });
    edit(SHEETS.levels, (rows) => {
      rows[1]![2] = -1; // points of the first level
    });
    const rebuild = () =>
      buildWorkbook({
        title: 't',
        locale: 'sv',
        sheets: sheets.map((sheet) => ({ name: sheet.sheet, columns: sheet.data[0]!.map((heading) => ({ heading: String(heading), width: 10 })), rows: sheet.data.slice(1) })),
      });
    const result = await readFrameworkXlsx(rebuild());
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.field)).toEqual(['Kriterier!C3', 'Nivåer!C2']);
    edit(SHEETS.criteria, (rows) => {
      rows[2]![2] = 1;
      rows[2]![1] = '9.9';
    });
    const unknown = await readFrameworkXlsx(rebuild());
    expect(unknown.ok ? [] : unknown.problems).toEqual([
      { field: 'Kriterier!B3', message: expect.stringContaining("'9.9' is not") },
      ...['Nivåer!A2', 'Nivåer!A3', 'Nivåer!A4'].map((field) => ({ field, message: expect.stringContaining("'1.1.2' is not") })),
    ]);
    expect(await readFrameworkXlsx(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false, problems: [{ field: '(file)' }] });
  });
});
