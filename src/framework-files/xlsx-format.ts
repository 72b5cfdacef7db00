/**
 * The XLSX workbook of a model version, for authoring it in a spreadsheet. Sheets (headers in
 * English, found by name): "Modell" key/value rows (format, formatVersion, id, titles per
 * language, revision, usedFrom, usedTo, current, scoreStep, basedOn, criteriaRule, example, note
 * per language); "Områden" (code, max, titles, aliases one per line); "Delområden" (code, area,
 * max, titles, aliases); "Kriterier" (code, sub-area, weight, scale met|levels, text, guidance and
 * typical evidence per language); "Nivåer" (criterion, code, points, label per language); "Kartor"
 * (from, to, kind area|subarea, from code, to code; a map without entries is a row with only from
 * and to); "Kartförbehåll" (to, caveat per language). Rows keep their order. Problems are named
 * by cell: `Kriterier!C4`.
 */
import readXlsxFile from 'read-excel-file/node';
import { checkZipLimits } from '../import/zip-guard.js';
import { buildWorkbook, columnLetters, type XlsxCell } from '../report/xlsx/workbook.js';
import type { DraftText } from '../domain/framework-draft.js';
import { checkDocument, documentOf, FRAMEWORK_FILE_FORMAT, FRAMEWORK_FILE_FORMAT_VERSION, type FileProblem, type FrameworkDocument, type ReadResult } from './document.js';

const LANGS = ['sv', 'en', 'nb'] as const;
const perLanguage = (name: string) => LANGS.map((language) => `${name} ${language}`);

export const SHEETS = {
  model: 'Modell',
  areas: 'Områden',
  subareas: 'Delområden',
  criteria: 'Kriterier',
  levels: 'Nivåer',
  maps: 'Kartor',
  caveats: 'Kartförbehåll',
} as const;

/** Each sheet's columns (headers), in order. */
export const COLUMNS = {
  model: ['key', 'value'],
  areas: ['code', 'max', ...perLanguage('title'), 'aliases'],
  subareas: ['code', 'area', 'max', ...perLanguage('title'), 'aliases'],
  criteria: ['code', 'sub-area', 'weight', 'scale', ...perLanguage('text'), ...perLanguage('guidance'), ...perLanguage('typical evidence')],
  levels: ['criterion', 'code', 'points', ...perLanguage('label')],
  maps: ['from', 'to', 'kind', 'from code', 'to code'],
  caveats: ['to', ...perLanguage('caveat')],
} as const satisfies Record<keyof typeof SHEETS, readonly string[]>;

const MODEL_KEYS = ['format', 'formatVersion', 'id', ...perLanguage('title'), 'revision', 'usedFrom', 'usedTo', 'current', 'scoreStep', 'basedOn', 'criteriaRule', 'example', ...perLanguage('note')];
const REQUIRED_MODEL_KEYS = ['format', 'formatVersion', 'id', 'usedFrom', 'current', 'scoreStep'];

/** Text as a cell keeps it: a literal `_xHHHH_` is escaped, since readers decode that form. */
const cellText = (text: string | undefined): XlsxCell => (text === undefined || text === '' ? null : text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_'));
const texts = (text: DraftText | undefined): XlsxCell[] => LANGS.map((language) => cellText(text?.[language]));

/** The version as an XLSX workbook. */
export function frameworkToXlsx(input: FrameworkDocument): Buffer {
  const { definition, maps } = documentOf(input);
  const model: XlsxCell[][] = [
    ['format', FRAMEWORK_FILE_FORMAT],
    ['formatVersion', FRAMEWORK_FILE_FORMAT_VERSION],
    ['id', cellText(definition.id)],
    ...LANGS.map((language): XlsxCell[] => [`title ${language}`, cellText(definition.title[language])]),
    ['revision', cellText(definition.revision)],
    ['usedFrom', definition.usedFrom],
    ['usedTo', definition.usedTo],
    ['current', definition.current],
    ['scoreStep', definition.scoreStep],
    ['basedOn', cellText(definition.basedOn)],
    ['criteriaRule', definition.criteriaRule],
    ['example', definition.example],
    ...LANGS.map((language): XlsxCell[] => [`note ${language}`, cellText(definition.note?.[language])]),
  ];
  const areas = definition.areas.map((area): XlsxCell[] => [cellText(area.code), area.max, ...texts(area.title), cellText(area.aliases.join('\n'))]);
  const subareas = definition.areas.flatMap((area) =>
    area.subareas.map((subarea): XlsxCell[] => [cellText(subarea.code), cellText(area.code), subarea.max ?? null, ...texts(subarea.title), cellText(subarea.aliases.join('\n'))]),
  );
  const criteria = definition.areas.flatMap((area) =>
    area.subareas.flatMap((subarea) =>
      subarea.criteria.map((criterion): XlsxCell[] => [
        cellText(criterion.code),
        cellText(subarea.code),
        criterion.weight,
        criterion.scale.kind,
        ...texts(criterion.text),
        ...texts(criterion.guidance),
        ...texts(criterion.typicalEvidence),
      ]),
    ),
  );
  const levels = definition.areas.flatMap((area) =>
    area.subareas.flatMap((subarea) =>
      subarea.criteria.flatMap((criterion) =>
        criterion.scale.kind === 'levels' ? criterion.scale.levels.map((level): XlsxCell[] => [cellText(criterion.code), cellText(level.code), level.points, ...texts(level.label)]) : [],
      ),
    ),
  );
  const mapRows = maps.flatMap((map) => {
    const rows: XlsxCell[][] = [
      ...Object.entries(map.areas).map(([from, to]): XlsxCell[] => [cellText(map.from), cellText(map.to), 'area', cellText(from), cellText(to)]),
      ...Object.entries(map.subareas).map(([from, to]): XlsxCell[] => [cellText(map.from), cellText(map.to), 'subarea', cellText(from), cellText(to)]),
    ];
    return rows.length > 0 ? rows : [[cellText(map.from), cellText(map.to), null, null, null]];
  });
  const caveats = maps.filter((map) => map.caveat).map((map): XlsxCell[] => [cellText(map.to), ...texts(map.caveat)]);
  const sheet = (key: keyof typeof SHEETS, rows: XlsxCell[][]) => ({
    name: SHEETS[key],
    columns: COLUMNS[key].map((heading) => ({ heading, width: /text|guidance|evidence|caveat|value/.test(heading) ? 50 : /title|label|aliases/.test(heading) ? 30 : 12 })),
    rows,
  });
  return buildWorkbook({
    title: definition.title.sv || definition.id,
    locale: 'sv',
    sheets: [
      sheet('model', model),
      sheet('areas', areas),
      sheet('subareas', subareas),
      sheet('criteria', criteria),
      sheet('levels', levels),
      sheet('maps', mapRows),
      sheet('caveats', caveats),
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
/** A number cell (or a number written as text); empty → undefined; anything else as it is, for the schema to name. */
const asNumber = (cell: Cell): unknown => {
  if (typeof cell === 'number') return cell;
  const text = asText(cell).trim();
  if (text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
};
const asBoolean = (cell: Cell): unknown => {
  if (typeof cell === 'boolean') return cell;
  const text = asText(cell).trim().toLowerCase();
  if (['true', 'yes', 'ja', '1'].includes(text)) return true;
  if (['false', 'no', 'nej', 'nei', '0'].includes(text)) return false;
  return text === '' ? undefined : text;
};
const textOf = (cells: Record<string, Cell>, name: string): DraftText => ({ sv: asText(cells[`${name} sv`]), en: asText(cells[`${name} en`]), nb: asText(cells[`${name} nb`]) });
const isBlankText = (text: DraftText) => LANGS.every((language) => text[language] === '');
const lines = (cell: Cell): string[] =>
  asText(cell)
    .split(/\r?\n/)
    .filter((line) => line !== '');

/** Where an entry of the document is in the workbook: its sheet, row and each field's column. */
interface Place {
  sheet: string;
  row: number;
  columns: Record<string, number>;
}

/** A sheet's rows as records by header, with their row numbers; a missing header is a problem. */
function readSheet(sheets: ReadonlyArray<{ sheet: string; data: Row[] }>, key: keyof typeof SHEETS, problems: FileProblem[]) {
  const name = SHEETS[key];
  const found = sheets.find((sheet) => sheet.sheet === name);
  if (!found) {
    problems.push({ field: '(file)', message: `must have a sheet '${name}'` });
    return { name, rows: [] as Array<{ row: number; cells: Record<string, Cell> }>, columnOf: new Map<string, number>() };
  }
  const header = (found.data[0] ?? []).map((cell) => asText(cell).trim().toLowerCase());
  const columnOf = new Map<string, number>();
  for (const heading of COLUMNS[key]) {
    const index = header.indexOf(heading);
    if (index < 0) problems.push({ field: `${name}!1`, message: `must have a column headed '${heading}'` });
    else columnOf.set(heading, index);
  }
  const rows = found.data
    .map((row, index) => ({ row: index + 1, cells: Object.fromEntries([...columnOf].map(([heading, column]) => [heading, row[column]])) as Record<string, Cell> }))
    .slice(1)
    .filter(({ cells }) => Object.values(cells).some((cell) => asText(cell) !== ''));
  return { name, rows, columnOf };
}

/** Reads an XLSX file's bytes (refused before opening when it would expand too much). */
export async function readFrameworkXlsx(bytes: Uint8Array): Promise<ReadResult> {
  let sheets: Array<{ sheet: string; data: Row[] }>;
  try {
    checkZipLimits(bytes, 'file', { maxEntries: 200, maxTotalBytes: 20 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024 });
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { trim: false })) as Array<{ sheet: string; data: Row[] }>;
  } catch {
    return { ok: false, problems: [{ field: '(file)', message: 'must be an XLSX workbook that opens (and expands to at most 20 MB)' }] };
  }
  const problems: FileProblem[] = [];
  const read = {
    model: readSheet(sheets, 'model', problems),
    areas: readSheet(sheets, 'areas', problems),
    subareas: readSheet(sheets, 'subareas', problems),
    criteria: readSheet(sheets, 'criteria', problems),
    levels: readSheet(sheets, 'levels', problems),
    maps: readSheet(sheets, 'maps', problems),
    caveats: readSheet(sheets, 'caveats', problems),
  };
  if (problems.length > 0) return { ok: false, problems };
  const places = new Map<string, Place>();
  const place = (path: string, sheet: keyof typeof read, row: number) => places.set(path, { sheet: read[sheet].name, row, columns: Object.fromEntries(read[sheet].columnOf) });
  const cell = (sheet: keyof typeof read, heading: string, row: number) => `${read[sheet].name}!${columnLetters(read[sheet].columnOf.get(heading) ?? 0)}${row}`;

  // The model sheet: one row per key.
  const model = new Map<string, Cell>();
  const modelRow = new Map<string, number>();
  for (const { row, cells } of read.model.rows) {
    const key = asText(cells.key).trim();
    if (key === '') continue;
    if (!MODEL_KEYS.includes(key)) problems.push({ field: cell('model', 'key', row), message: `must be one of ${MODEL_KEYS.join(', ')}` });
    else if (modelRow.has(key)) problems.push({ field: cell('model', 'key', row), message: `repeats the key '${key}'` });
    else {
      model.set(key, cells.value);
      modelRow.set(key, row);
    }
  }
  for (const key of REQUIRED_MODEL_KEYS) if (!modelRow.has(key)) problems.push({ field: `${read.model.name}!A`, message: `must have a row '${key}'` });
  const modelCell = (key: string) => `${read.model.name}!B${modelRow.get(key) ?? ''}`;
  if (modelRow.has('format') && asText(model.get('format')).trim() !== FRAMEWORK_FILE_FORMAT) problems.push({ field: modelCell('format'), message: `must be '${FRAMEWORK_FILE_FORMAT}'` });
  if (modelRow.has('formatVersion') && asText(model.get('formatVersion')).trim() !== String(FRAMEWORK_FILE_FORMAT_VERSION)) {
    problems.push({ field: modelCell('formatVersion'), message: `must be ${FRAMEWORK_FILE_FORMAT_VERSION}` });
  }
  const modelText = (name: string): DraftText => ({ sv: asText(model.get(`${name} sv`)), en: asText(model.get(`${name} en`)), nb: asText(model.get(`${name} nb`)) });
  const note = modelText('note');
  const basedOn = asText(model.get('basedOn')).trim();
  const usedTo = asNumber(model.get('usedTo'));

  const areas = read.areas.rows.map(({ row, cells }) => ({
    row,
    value: { code: asText(cells.code).trim(), max: asNumber(cells.max), title: textOf(cells, 'title'), aliases: lines(cells.aliases), subareas: [] as Array<Record<string, unknown>> },
  }));
  const subareas: Array<{ row: number; code: string; area: number; index: number; value: { criteria: Array<Record<string, unknown>> } & Record<string, unknown> }> = [];
  for (const { row, cells } of read.subareas.rows) {
    const areaCode = asText(cells.area).trim();
    const area = areas.findIndex((candidate) => candidate.value.code === areaCode);
    if (area < 0) {
      problems.push({ field: cell('subareas', 'area', row), message: `must be the code of an area on the sheet '${read.areas.name}' ('${areaCode}' is not)` });
      continue;
    }
    const code = asText(cells.code).trim();
    const value = { code, title: textOf(cells, 'title'), max: asNumber(cells.max), aliases: lines(cells.aliases), criteria: [] as Array<Record<string, unknown>> };
    subareas.push({ row, code, area, index: areas[area]!.value.subareas.length, value });
    areas[area]!.value.subareas.push(value);
  }
  const criteria: Array<{ row: number; code: string; path: string; value: Record<string, unknown> & { scale: { kind: string; levels?: unknown[] } } }> = [];
  for (const { row, cells } of read.criteria.rows) {
    const subareaCode = asText(cells['sub-area']).trim();
    const subarea = subareas.find((candidate) => candidate.code === subareaCode);
    if (!subarea) {
      problems.push({ field: cell('criteria', 'sub-area', row), message: `must be the code of a sub-area on the sheet '${read.subareas.name}' ('${subareaCode}' is not)` });
      continue;
    }
    const kind = asText(cells.scale).trim() || 'met';
    const optional = (name: string) => {
      const text = textOf(cells, name);
      return isBlankText(text) ? undefined : text;
    };
    const code = asText(cells.code).trim();
    const value = {
      code,
      text: textOf(cells, 'text'),
      guidance: optional('guidance'),
      typicalEvidence: optional('typical evidence'),
      weight: asNumber(cells.weight),
      scale: kind === 'levels' ? { kind, levels: [] as unknown[] } : { kind },
    };
    const path = `definition.areas.${subarea.area}.subareas.${subarea.index}.criteria.${subarea.value.criteria.length}`;
    subarea.value.criteria.push(value);
    criteria.push({ row, code, path, value });
    place(path, 'criteria', row);
  }
  for (const { row, cells } of read.levels.rows) {
    const criterionCode = asText(cells.criterion).trim();
    const criterion = criteria.find((candidate) => candidate.code === criterionCode);
    if (!criterion) {
      problems.push({ field: cell('levels', 'criterion', row), message: `must be the code of a criterion on the sheet '${read.criteria.name}' ('${criterionCode}' is not)` });
      continue;
    }
    if (!criterion.value.scale.levels) {
      problems.push({ field: cell('levels', 'criterion', row), message: `names criterion ${criterionCode}, whose scale is not 'levels'` });
      continue;
    }
    const index = criterion.value.scale.levels.length;
    criterion.value.scale.levels.push({ code: asText(cells.code).trim(), points: asNumber(cells.points), label: textOf(cells, 'label') });
    place(`${criterion.path}.scale.levels.${index}`, 'levels', row);
  }

  const maps: Array<{ from: string; to: string; areas: Record<string, string>; subareas: Record<string, string>; caveat?: DraftText }> = [];
  const mapOf = (from: string, to: string, row: number, sheet: 'maps' | 'caveats') => {
    let index = maps.findIndex((map) => map.from === from && map.to === to);
    if (index < 0) {
      index = maps.push({ from, to, areas: {}, subareas: {} }) - 1;
      place(`maps.${index}`, sheet, row);
    }
    return index;
  };
  for (const { row, cells } of read.maps.rows) {
    const index = mapOf(asText(cells.from).trim(), asText(cells.to).trim(), row, 'maps');
    const kind = asText(cells.kind).trim();
    const fromCode = asText(cells['from code']).trim();
    const toCode = asText(cells['to code']).trim();
    if (kind === '' && fromCode === '' && toCode === '') continue;
    if (kind !== 'area' && kind !== 'subarea') {
      problems.push({ field: cell('maps', 'kind', row), message: "must be 'area' or 'subarea'" });
      continue;
    }
    const entries = kind === 'area' ? maps[index]!.areas : maps[index]!.subareas;
    if (fromCode in entries) problems.push({ field: cell('maps', 'from code', row), message: `maps ${fromCode} a second time` });
    entries[fromCode] = toCode;
    place(`maps.${index}.${kind === 'area' ? 'areas' : 'subareas'}.${fromCode}`, 'maps', row);
  }
  const id = asText(model.get('id')).trim();
  for (const { row, cells } of read.caveats.rows) {
    const to = asText(cells.to).trim();
    const existing = maps.findIndex((map) => map.to === to);
    const index = existing >= 0 ? existing : mapOf(id, to, row, 'caveats');
    const caveat = textOf(cells, 'caveat');
    if (maps[index]!.caveat) problems.push({ field: cell('caveats', 'to', row), message: `gives the map to ${to} a second caveat` });
    if (!isBlankText(caveat)) maps[index]!.caveat = caveat;
    place(`maps.${index}.caveat`, 'caveats', row);
  }
  if (problems.length > 0) return { ok: false, problems };

  areas.forEach((area, a) => place(`definition.areas.${a}`, 'areas', area.row));
  subareas.forEach((subarea) => place(`definition.areas.${subarea.area}.subareas.${subarea.index}`, 'subareas', subarea.row));
  for (const key of MODEL_KEYS) {
    const [field, language] = key.split(' ');
    if (modelRow.has(key)) places.set(language ? `definition.${field}.${language}` : `definition.${field}`, { sheet: read.model.name, row: modelRow.get(key)!, columns: { '': 1 } });
  }
  const raw = {
    definition: {
      id,
      title: modelText('title'),
      revision: asText(model.get('revision')).trim(),
      usedFrom: asNumber(model.get('usedFrom')),
      usedTo: usedTo === undefined ? null : usedTo,
      current: asBoolean(model.get('current')),
      scoreStep: asText(model.get('scoreStep')).trim(),
      ...(isBlankText(note) ? {} : { note }),
      ...(basedOn === '' ? {} : { basedOn }),
      criteriaRule: asText(model.get('criteriaRule')).trim() || undefined,
      example: asBoolean(model.get('example')),
      areas: areas.map((area) => area.value),
    },
    maps,
  };
  return checkDocument(raw, (path) => locate(path, places, read.model.name));
}

/** The cell of a path into the document (the nearest entry that has a place, then the field's column). */
function locate(path: string, places: ReadonlyMap<string, Place>, modelSheet: string): string {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const found = places.get(parts.slice(0, length).join('.'));
    if (!found) continue;
    const rest = parts.slice(length);
    const column =
      found.columns[rest.join(' ')] ??
      found.columns[rest.map((part) => (part === 'typicalEvidence' ? 'typical evidence' : part)).join(' ')] ??
      found.columns[rest[0] === 'typicalEvidence' ? 'typical evidence' : (rest[0] ?? '')] ??
      found.columns[rest[0] === 'scale' ? 'scale' : ''] ??
      0;
    return `${found.sheet}!${columnLetters(column)}${found.row}`;
  }
  return parts[0] === 'maps' ? SHEETS.maps : modelSheet;
}
