/**
 * The open-data contract: two datasets of every PUBLISHED evaluation — `evaluations` (one row per
 * evaluation) and `scores` (one row per scoring unit of each) — each in four formats at stable
 * addresses under /api/open-data/: CSV for machines (RFC 4180, UTF-8, `.` decimals), CSV for
 * Swedish Excel (BOM, `;`, decimal comma), XLSX, and JSON in pages (`next` links). The columns, their
 * types and descriptions (sv, nb, en) are declared here once: the files' header rows, the JSON keys,
 * the XLSX sheets, the OpenAPI document and the open-data page all come from them.
 * Decision record: docs/decisions/0015-open-data.md.
 */
import { z } from 'zod';
import { COUNTRIES } from '../domain/municipality.js';
import { defineOperation, type FileResponse } from './operation.js';

// ---------------------------------------------------------------------------------------------
// Licence and attribution

/** The licence of every file: Creative Commons Attribution 4.0 International. */
export const OPEN_DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const OPEN_DATA_LANGUAGES = ['sv', 'nb', 'en'] as const;
export type OpenDataLanguage = (typeof OPEN_DATA_LANGUAGES)[number];

/** The attribution to give when the data is used ("Källa: …"), in the file's language. */
export const OPEN_DATA_ATTRIBUTION: Record<OpenDataLanguage, string> = {
  sv: 'Källa: Kommunkompassen, publicerade utvärderingar i Kompass (CC BY 4.0)',
  nb: 'Kilde: Kommunekompasset, publiserte evalueringer i Kompass (CC BY 4.0)',
  en: 'Source: Kommunkompassen (Municipal Compass), published evaluations in Kompass (CC BY 4.0)',
};

// ---------------------------------------------------------------------------------------------
// Datasets and columns

export const OPEN_DATA_DATASETS = ['evaluations', 'scores'] as const;
export type OpenDataDataset = (typeof OPEN_DATA_DATASETS)[number];

/**
 * What a column holds: `decimal` is an exact decimal with up to two decimals (never a binary
 * float: text in CSV and JSON, a number cell in XLSX); `integer`; `boolean` (true/false);
 * `date` an ISO date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD); `url` an absolute URL;
 * `text`. An empty CSV field (JSON null) is an unknown or absent value.
 */
export type OpenDataColumnType = 'text' | 'integer' | 'decimal' | 'boolean' | 'date' | 'url';

export interface OpenDataColumn {
  /** The header in every format and the key in JSON rows (snake_case, stable). */
  id: string;
  type: OpenDataColumnType;
  description: Record<OpenDataLanguage, string>;
}

const column = (id: string, type: OpenDataColumnType, sv: string, nb: string, en: string): OpenDataColumn => ({ id, type, description: { sv, nb, en } });

/** Every model has eight areas, numbered 1–8; their titles depend on the model (see `model`). */
export const OPEN_DATA_AREA_COUNT = 8;
export const AREA_COLUMN_IDS = Array.from({ length: OPEN_DATA_AREA_COUNT }, (_, index) => `area_${index + 1}`);

const licenceColumns: OpenDataColumn[] = [
  column('licence', 'url', 'Licensen för datan (CC BY 4.0).', 'Lisensen for dataene (CC BY 4.0).', 'The licence of the data (CC BY 4.0).'),
  column('attribution', 'text', 'Källhänvisning att ange när datan används.', 'Kildehenvisning som skal oppgis når dataene brukes.', 'The attribution to give when the data is used.'),
];

/** The columns of the evaluations dataset, in file order. */
export const EVALUATION_COLUMNS: readonly OpenDataColumn[] = [
  column('evaluation_id', 'text', 'Utvärderingens id (UUID).', 'Evalueringens id (UUID).', 'The evaluation id (UUID).'),
  column('municipality_id', 'text', 'Kommunens id: land och kod, t.ex. se-2029.', 'Kommunens id: land og kode, f.eks. no-0301.', 'The municipality id: country and code, e.g. se-2029.'),
  column('municipality_code', 'text', 'Kommunkod (SCB:s fyrsiffriga kod i Sverige, Kartverkets i Norge).', 'Kommunenummer (Kartverkets i Norge, SCBs i Sverige).', 'Municipality code (SCB in Sweden, Kartverket in Norway; four digits).'),
  column('municipality', 'text', 'Kommunens namn.', 'Kommunens navn.', 'The municipality name.'),
  column('county_id', 'text', 'Länets/fylkets id, t.ex. se-20.', 'Fylkets/länets id, f.eks. no-03.', 'The county id, e.g. se-20.'),
  column('county', 'text', 'Länets/fylkets namn.', 'Fylkets/länets navn.', 'The county name.'),
  column('country', 'text', 'Land: se (Sverige) eller no (Norge).', 'Land: se (Sverige) eller no (Norge).', 'Country: se (Sweden) or no (Norway).'),
  column('year', 'integer', 'Utvärderingens år (fältarbetets, annars rapportens).', 'Evalueringens år (feltarbeidets, ellers rapportens).', 'The year of the evaluation (of the fieldwork, else of the report).'),
  column(
    'model',
    'text',
    'Modellversionens id, t.ex. kommunkompassen-2020. Områdenas rubriker per modell: GET /api/frameworks/{id}. Jämförelser mellan modellversioner är bara delvis möjliga.',
    'Modellversjonens id, f.eks. kommunkompassen-2020. Områdenes titler per modell: GET /api/frameworks/{id}. Sammenligninger mellom modellversjoner er bare delvis mulige.',
    'The model version id, e.g. kommunkompassen-2020. The area titles of each model: GET /api/frameworks/{id}. Comparisons across model versions are only partly possible.',
  ),
  ...AREA_COLUMN_IDS.map((id, index) =>
    column(
      id,
      'decimal',
      `Exakt poäng för område ${index + 1} i utvärderingens modell (max 100); tomt om något av områdets delområden saknar poäng. Område ${index + 1} har olika rubrik i olika modeller.`,
      `Eksakt poengsum for område ${index + 1} i evalueringens modell (maks 100); tomt hvis et av områdets delområder mangler poeng. Område ${index + 1} har ulik tittel i ulike modeller.`,
      `Exact score of area ${index + 1} of the evaluation's model (max 100); empty when a sub-area of the area has no score. Area ${index + 1} has a different title in each model.`,
    ),
  ),
  column('total', 'decimal', 'Exakt totalpoäng (summan av områdena); tomt om någon poäng saknas.', 'Eksakt totalsum (summen av områdene); tomt hvis noen poeng mangler.', 'Exact total (the sum of the areas); empty when any score is missing.'),
  column('max', 'decimal', 'Modellens maxpoäng (800).', 'Modellens makspoeng (800).', 'The model maximum (800).'),
  column('complete', 'boolean', 'Om varje bedömningsenhet har en poäng.', 'Om hver vurderingsenhet har poeng.', 'Whether every scoring unit has a score.'),
  column('printed_total', 'text', 'Totalpoängen som den publicerade rapporten tryckte den (arkiverade rapporter), ordagrant.', 'Totalsummen slik den publiserte rapporten trykte den (arkiverte rapporter), ordrett.', 'The total as the published report printed it (archived reports), verbatim.'),
  column('report_date', 'date', 'Rapportens datum, så exakt som känt.', 'Rapportens dato, så nøyaktig som kjent.', 'The report date, as precise as known.'),
  column('fieldwork_start', 'date', 'Fältarbetets början.', 'Feltarbeidets start.', 'Start of the fieldwork.'),
  column('fieldwork_end', 'date', 'Fältarbetets slut.', 'Feltarbeidets slutt.', 'End of the fieldwork.'),
  column('origin', 'text', 'archive (inläst publicerad rapport) eller workspace (utvärdering gjord i Kompass).', 'archive (innlest publisert rapport) eller workspace (evaluering gjort i Kompass).', 'archive (an imported published report) or workspace (an evaluation made in Kompass).'),
  column('source', 'url', 'Utvärderingens sida.', 'Evalueringens side.', 'The page of the evaluation.'),
  column('report', 'url', 'Utvärderingens rapport (webbsida).', 'Evalueringens rapport (nettside).', 'The report of the evaluation (web page).'),
  ...licenceColumns,
];

/** The columns of the scores dataset, in file order. */
export const SCORE_COLUMNS: readonly OpenDataColumn[] = [
  column('evaluation_id', 'text', 'Utvärderingens id (samma som i utvärderingsfilen).', 'Evalueringens id (samme som i evalueringsfilen).', 'The evaluation id (as in the evaluations file).'),
  column('municipality_id', 'text', 'Kommunens id, t.ex. se-2029.', 'Kommunens id, f.eks. no-0301.', 'The municipality id, e.g. se-2029.'),
  column('municipality', 'text', 'Kommunens namn.', 'Kommunens navn.', 'The municipality name.'),
  column('country', 'text', 'Land: se eller no.', 'Land: se eller no.', 'Country: se or no.'),
  column('year', 'integer', 'Utvärderingens år.', 'Evalueringens år.', 'The year of the evaluation.'),
  column('model', 'text', 'Modellversionens id.', 'Modellversjonens id.', 'The model version id.'),
  column('area', 'text', 'Områdets nummer (1–8).', 'Områdets nummer (1–8).', 'The area number (1–8).'),
  column('unit_code', 'text', 'Bedömningsenhetens kod: ett delområde (t.ex. 3.2) eller ett område i modeller som poängsätts per område.', 'Vurderingsenhetens kode: et delområde (f.eks. 3.2) eller et område i modeller som poengsettes per område.', 'The scoring unit code: a sub-area (e.g. 3.2), or an area in models scored per area.'),
  column('unit_title', 'text', 'Bedömningsenhetens rubrik i modellen.', 'Vurderingsenhetens tittel i modellen.', "The scoring unit's title in the model."),
  column('score', 'decimal', 'Exakt poäng; tomt om enheten saknar poäng.', 'Eksakt poengsum; tomt hvis enheten mangler poeng.', 'Exact score; empty when the unit has none.'),
  column('max', 'decimal', 'Enhetens maxpoäng; tomt där modellen inte anger det.', 'Enhetens makspoeng; tomt der modellen ikke oppgir det.', "The unit's maximum; empty where the model does not state it."),
  column('printed_score', 'text', 'Poängen som den publicerade rapporten tryckte den (arkiverade rapporter), ordagrant.', 'Poengsummen slik den publiserte rapporten trykte den (arkiverte rapporter), ordrett.', 'The score as the published report printed it (archived reports), verbatim.'),
  column('printed_max', 'text', 'Maxpoängen som rapporten tryckte den, ordagrant.', 'Makspoengene slik rapporten trykte dem, ordrett.', 'The maximum as the report printed it, verbatim.'),
  column('printed_percent', 'text', 'Procenten som rapporten tryckte den, ordagrant.', 'Prosenten slik rapporten trykte den, ordrett.', 'The percent as the report printed it, verbatim.'),
  ...licenceColumns,
];

export const OPEN_DATA_COLUMNS: Record<OpenDataDataset, readonly OpenDataColumn[]> = { evaluations: EVALUATION_COLUMNS, scores: SCORE_COLUMNS };

/** The datasets' titles (file names, sheet names, the open-data page). */
export const OPEN_DATA_TITLES: Record<OpenDataDataset, Record<OpenDataLanguage, string>> = {
  evaluations: { sv: 'Utvärderingar', nb: 'Evalueringer', en: 'Evaluations' },
  scores: { sv: 'Poäng', nb: 'Poeng', en: 'Scores' },
};

/** The words of the sheet about the data in XLSX files (and of the open-data page, if it likes). */
export const OPEN_DATA_ABOUT_TEXTS: Record<
  OpenDataLanguage,
  { sheet: string; dataset: string; licence: string; attribution: string; note: string; noteText: string; column: string; type: string; description: string }
> = {
  sv: {
    sheet: 'Om datan',
    dataset: 'Datamängd',
    licence: 'Licens',
    attribution: 'Källa',
    note: 'Att tänka på',
    noteText:
      'Endast publicerade utvärderingar. Poängen är exakta; rapporternas tabeller visar avrundade tal. Områdena 1–8 har olika rubriker i olika modellversioner, och jämförelser mellan versioner är bara delvis möjliga.',
    column: 'Kolumn',
    type: 'Typ',
    description: 'Beskrivning',
  },
  nb: {
    sheet: 'Om dataene',
    dataset: 'Datasett',
    licence: 'Lisens',
    attribution: 'Kilde',
    note: 'Merk',
    noteText:
      'Bare publiserte evalueringer. Poengene er eksakte; rapportenes tabeller viser avrundede tall. Områdene 1–8 har ulike titler i ulike modellversjoner, og sammenligninger mellom versjoner er bare delvis mulige.',
    column: 'Kolonne',
    type: 'Type',
    description: 'Beskrivelse',
  },
  en: {
    sheet: 'About',
    dataset: 'Dataset',
    licence: 'Licence',
    attribution: 'Source',
    note: 'Note',
    noteText:
      "Published evaluations only. Scores are exact; the reports' tables show rounded figures. Areas 1–8 have different titles in each model version, and comparisons across versions are only partly possible.",
    column: 'Column',
    type: 'Type',
    description: 'Description',
  },
};

// ---------------------------------------------------------------------------------------------
// Formats

export const OPEN_DATA_FORMATS = ['csv', 'excel-csv', 'xlsx', 'json'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

/** Per format: the address's suffix after the dataset (`evaluations.csv`) and the media type. */
export const OPEN_DATA_FORMAT_INFO: Record<OpenDataFormat, { suffix: string; mediaType: string; fileExtension: string }> = {
  csv: { suffix: '.csv', mediaType: 'text/csv; charset=utf-8; header=present', fileExtension: 'csv' },
  'excel-csv': { suffix: '-excel.csv', mediaType: 'text/csv; charset=utf-8; header=present', fileExtension: 'csv' },
  xlsx: { suffix: '.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileExtension: 'xlsx' },
  json: { suffix: '.json', mediaType: 'application/json', fileExtension: 'json' },
};

/** The path (under API_PREFIX) of a dataset in a format: `/open-data/evaluations-excel.csv`. */
export const openDataPath = (dataset: OpenDataDataset, format: OpenDataFormat): string => `/open-data/${dataset}${OPEN_DATA_FORMAT_INFO[format].suffix}`;

// ---------------------------------------------------------------------------------------------
// Query and paging

const year = z.coerce
  .number({ message: 'must be a year such as 2018' })
  .int('must be a year such as 2018')
  .min(1900, 'must be a year such as 2018')
  .max(2200, 'must be a year such as 2018');

export const OPEN_DATA_PAGE_DEFAULT = 100;
export const OPEN_DATA_PAGE_MAX = 1000;

const filterFields = {
  country: z.enum(COUNTRIES, { message: 'must be se or no' }).optional(),
  model: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, 'must be a model version id such as kommunkompassen-2020')
    .optional(),
  since: year.optional(),
  until: year.optional(),
  lang: z.enum(OPEN_DATA_LANGUAGES, { message: 'must be sv, nb or en' }).default('sv'),
};

const yearsInOrder = (query: { since?: number | undefined; until?: number | undefined }): boolean =>
  query.since === undefined || query.until === undefined || query.since <= query.until;
const YEARS_IN_ORDER = { message: 'since must not be after until', path: ['until'] };

/**
 * The filters of every open-data address: `country` (se|no), `model` (a model version id), `since`
 * and `until` (years, inclusive), and `lang` (the language of unit titles and of the attribution;
 * default sv).
 */
export const openDataQuerySchema = z.object(filterFields).refine(yearsInOrder, YEARS_IN_ORDER);
export type OpenDataQuery = z.output<typeof openDataQuerySchema>;

/** The paging of the JSON addresses: `limit` rows (1–1000, default 100) after the cursor `after`. */
export const openDataPageQuerySchema = z
  .object({
    ...filterFields,
    limit: z.coerce
      .number({ message: `must be a whole number from 1 to ${OPEN_DATA_PAGE_MAX}` })
      .int(`must be a whole number from 1 to ${OPEN_DATA_PAGE_MAX}`)
      .min(1, `must be a whole number from 1 to ${OPEN_DATA_PAGE_MAX}`)
      .max(OPEN_DATA_PAGE_MAX, `must be a whole number from 1 to ${OPEN_DATA_PAGE_MAX}`)
      .default(OPEN_DATA_PAGE_DEFAULT),
    /** The opaque cursor of the `next` link; absent for the first page. */
    after: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,400}$/, 'must be the cursor of a next link')
      .optional(),
  })
  .refine(yearsInOrder, YEARS_IN_ORDER);
export type OpenDataPageQuery = z.output<typeof openDataPageQuerySchema>;

const decimal = z.string().regex(/^\d+(\.\d{1,2})?$/);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const openDataLicenceSchema = z.object({ id: z.literal(OPEN_DATA_LICENCE.id), name: z.string(), url: z.string() });

const licenceFields = { licence: z.string(), attribution: z.string() };

export const evaluationRowSchema = z.object({
  evaluation_id: z.string(),
  municipality_id: z.string(),
  municipality_code: z.string(),
  municipality: z.string(),
  county_id: z.string(),
  county: z.string(),
  country: z.enum(COUNTRIES),
  year: z.number().int().nullable(),
  model: z.string(),
  area_1: decimal.nullable(),
  area_2: decimal.nullable(),
  area_3: decimal.nullable(),
  area_4: decimal.nullable(),
  area_5: decimal.nullable(),
  area_6: decimal.nullable(),
  area_7: decimal.nullable(),
  area_8: decimal.nullable(),
  total: decimal.nullable(),
  max: decimal,
  complete: z.boolean(),
  printed_total: z.string().nullable(),
  report_date: partialDate.nullable(),
  fieldwork_start: partialDate.nullable(),
  fieldwork_end: partialDate.nullable(),
  origin: z.enum(['archive', 'workspace']),
  source: z.string(),
  report: z.string(),
  ...licenceFields,
});
export type EvaluationRow = z.output<typeof evaluationRowSchema>;

export const scoreRowSchema = z.object({
  evaluation_id: z.string(),
  municipality_id: z.string(),
  municipality: z.string(),
  country: z.enum(COUNTRIES),
  year: z.number().int().nullable(),
  model: z.string(),
  area: z.string(),
  unit_code: z.string(),
  unit_title: z.string(),
  score: decimal.nullable(),
  max: decimal.nullable(),
  printed_score: z.string().nullable(),
  printed_max: z.string().nullable(),
  printed_percent: z.string().nullable(),
  ...licenceFields,
});
export type ScoreRow = z.output<typeof scoreRowSchema>;

/** A JSON page: its rows, the address of the next page (null on the last), licence and attribution. */
const pageOf = <R extends z.ZodType>(row: R) =>
  z.object({
    data: z.array(row),
    /** The absolute path (with query) of the next page; null when this page is the last. */
    next: z.string().nullable(),
    licence: openDataLicenceSchema,
    /** The attribution to give ("Källa: …"), in the requested language. */
    source: z.string(),
  });
export const evaluationPageSchema = pageOf(evaluationRowSchema);
export const scorePageSchema = pageOf(scoreRowSchema);
export type EvaluationPage = z.output<typeof evaluationPageSchema>;
export type ScorePage = z.output<typeof scorePageSchema>;

// ---------------------------------------------------------------------------------------------
// Operations

const textFile = (description: string): FileResponse => ({ description, content: { 'text/csv': { schema: z.string() } } });
const xlsxFile = (description: string): FileResponse => ({
  description,
  content: { [OPEN_DATA_FORMAT_INFO.xlsx.mediaType]: { schema: z.string().meta({ format: 'binary' }) } },
});

/** 304: the If-None-Match names the current ETag; the client's copy is current. */
const NOT_MODIFIED = z.null().describe('Not modified: the ETag sent in If-None-Match is current (no body)');

const FILE_NOTE =
  'Only published evaluations. The licence (CC BY 4.0) is in the `Link: <…>; rel="license"` header and in every file (the licence and attribution columns; an "About" sheet in XLSX). ' +
  'Cached until the next publication: answers carry an ETag and answer If-None-Match with 304.';

const fileOperation = <P extends string>(path: P, summary: string, response: FileResponse) =>
  defineOperation({ method: 'GET', path, tags: ['open-data'], summary, description: FILE_NOTE, query: openDataQuerySchema, response: { 200: response, 304: NOT_MODIFIED } });

/** The open-data API's operations (public; every one answers published evaluations only). */
export const openDataOperations = {
  openDataEvaluationsCsv: fileOperation(
    '/open-data/evaluations.csv',
    'Every published evaluation, one row each, as CSV (RFC 4180, UTF-8, comma-separated, `.` decimals)',
    textFile('CSV: a header row with the column ids, then one row per evaluation'),
  ),
  openDataEvaluationsExcelCsv: fileOperation(
    '/open-data/evaluations-excel.csv',
    'Every published evaluation as CSV for Swedish Excel (UTF-8 with BOM, `;`-separated, decimal comma)',
    textFile('CSV for Excel: BOM, header row, `;` separators, decimal comma, CRLF'),
  ),
  openDataEvaluationsXlsx: fileOperation(
    '/open-data/evaluations.xlsx',
    'Every published evaluation as an Excel workbook (numbers as numbers; a second sheet about the data and its licence)',
    xlsxFile('XLSX workbook'),
  ),
  openDataEvaluationsJson: defineOperation({
    method: 'GET',
    path: '/open-data/evaluations.json',
    tags: ['open-data'],
    summary: 'Published evaluations as JSON, one page of `limit` rows at a time; follow `next` until it is null',
    description: FILE_NOTE,
    query: openDataPageQuerySchema,
    response: { 200: evaluationPageSchema, 304: NOT_MODIFIED },
  }),
  openDataScoresCsv: fileOperation(
    '/open-data/scores.csv',
    'Every scoring unit of every published evaluation, one row each, as CSV (RFC 4180, UTF-8, `.` decimals)',
    textFile('CSV: a header row with the column ids, then one row per scoring unit'),
  ),
  openDataScoresExcelCsv: fileOperation(
    '/open-data/scores-excel.csv',
    'Every scoring unit of every published evaluation as CSV for Swedish Excel (BOM, `;`, decimal comma)',
    textFile('CSV for Excel: BOM, header row, `;` separators, decimal comma, CRLF'),
  ),
  openDataScoresXlsx: fileOperation(
    '/open-data/scores.xlsx',
    'Every scoring unit of every published evaluation as an Excel workbook',
    xlsxFile('XLSX workbook'),
  ),
  openDataScoresJson: defineOperation({
    method: 'GET',
    path: '/open-data/scores.json',
    tags: ['open-data'],
    summary: 'Scoring units of published evaluations as JSON, one page of `limit` rows at a time; follow `next` until it is null',
    description: FILE_NOTE,
    query: openDataPageQuerySchema,
    response: { 200: scorePageSchema, 304: NOT_MODIFIED },
  }),
};
