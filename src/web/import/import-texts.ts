/**
 * The importer's findings (discrepancies, notes, errors) as sentences in the UI language. The
 * importer reports them as data (kind, area, stated, derived …) with an English message; the
 * sentences here are built from the data with the i18n catalogue. The English message is only
 * used for a kind this build of the web app does not know.
 */
import { formatNumber, formatPartialDate, type Language, type MessageKey, type MessageParams } from '../../i18n/index.js';
import type { DiscrepancyKind } from '../api/types.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A discrepancy as the API gives it: typed in a job's report, loosely typed in an evaluation's import report. */
export interface DiscrepancyData {
  kind: string;
  area?: string;
  subarea?: string;
  stated?: number | string;
  derived?: number | string;
  explainableByRounding?: boolean;
  where?: string;
  message?: string;
}

export interface NoteData {
  kind: string;
  area?: string;
  subarea?: string;
  printed?: string;
  matched?: string;
  where?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const figure = (value: unknown): number | string | undefined => (typeof value === 'number' || typeof value === 'string' ? value : undefined);

/** Reads a discrepancy from loosely typed JSON (an evaluation's stored import report). */
export function toDiscrepancy(record: Record<string, unknown>): DiscrepancyData {
  return {
    kind: text(record.kind) ?? 'unknown',
    area: text(record.area),
    subarea: text(record.subarea),
    stated: figure(record.stated),
    derived: figure(record.derived),
    explainableByRounding: record.explainableByRounding === true,
    where: text(record.where),
    message: text(record.message),
  };
}

/** Reads a note from loosely typed JSON. */
export function toNote(record: Record<string, unknown>): NoteData {
  return {
    kind: text(record.kind) ?? 'unknown',
    area: text(record.area),
    subarea: text(record.subarea),
    printed: text(record.printed),
    matched: text(record.matched),
    where: text(record.where),
  };
}

/** Kinds whose numeric `stated`/`derived` are years, not points: no thousands separator. */
const YEAR_KINDS = new Set(['annex-year', 'date-conflict', 'framework-period']);

/** A figure for a sentence: numbers with the language's decimal sign, years as they are, dates in words. */
function shownValue(value: number | string | undefined, language: Language, kind: string): string {
  if (value === undefined) return '–';
  if (typeof value === 'number') return YEAR_KINDS.has(kind) ? String(value) : formatNumber(value, language);
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return formatPartialDate(value, language);
  return value;
}

/** The year an annex finding is about ("annex, 2015" → "2015"). */
function yearIn(where: string | undefined, t: Translate): string {
  const match = where ? /\b(\d{4})\b/.exec(where) : null;
  return match?.[1] ?? t('discrepancy.yearUnknown');
}

const isAnnex = (where: string | undefined) => Boolean(where?.startsWith('annex'));

/**
 * Points with their noun in the UI language ("552 poäng", "1 point"). The count goes to the
 * catalogue's plural choice as a number, rounded to two decimals like `formatNumber`.
 */
export function pointsText(value: number, t: Translate): string {
  return t('import.points', { value: Math.round(value * 100) / 100 });
}

/** A framework id ("kommunkompassen-2020") in words, when no title from the API is at hand. */
export function frameworkName(id: string, t: Translate, titles?: ReadonlyMap<string, string>): string {
  const title = titles?.get(id);
  if (title) return title;
  const year = /^kommunkompassen-(\d{4})$/.exec(id)?.[1];
  return year ? t('import.frameworkFromId', { year }) : id;
}

function place(discrepancy: DiscrepancyData, t: Translate): string {
  if (discrepancy.subarea) return t('discrepancy.place.subarea', { code: discrepancy.subarea });
  if (discrepancy.area) return t('discrepancy.place.area', { code: discrepancy.area });
  return t('discrepancy.place.report');
}

type SentenceBuilder = (discrepancy: DiscrepancyData, values: { stated: string; derived: string; area: string; subarea: string }, t: Translate) => string;

/** One sentence per kind the importer reports; the type makes sure no kind is forgotten. */
const SENTENCES: Record<DiscrepancyKind, SentenceBuilder> = {
  'area-sum': (_, values, t) => t('discrepancy.area-sum', values),
  // The importer gives the table's figure as `stated` and the chapter's as `derived`.
  'chapter-vs-table': (_, values, t) => t('discrepancy.chapter-vs-table', { area: values.area, chapter: values.derived, table: values.stated }),
  percent: (discrepancy, values, t) => t('discrepancy.percent', { ...values, place: place(discrepancy, t) }),
  'total-sum': (_, values, t) => t('discrepancy.total-sum', values),
  'date-conflict': (discrepancy, values, t) =>
    isAnnex(discrepancy.where) || typeof discrepancy.stated === 'number' ? t('discrepancy.date-conflict.annex', values) : t('discrepancy.date-conflict', values),
  'annex-year': (_, values, t) => t('discrepancy.annex-year', values),
  'earlier-total': (discrepancy, values, t) => t('discrepancy.earlier-total', { ...values, year: yearIn(discrepancy.where, t) }),
  'unknown-name': (discrepancy, values, t) => {
    if (discrepancy.subarea && discrepancy.derived !== undefined && discrepancy.stated !== undefined) return t('discrepancy.unknown-name.matched', values);
    if (discrepancy.subarea && discrepancy.stated !== undefined) return t('discrepancy.unknown-name.subarea', values);
    if (discrepancy.area && discrepancy.stated !== undefined) return t('discrepancy.unknown-name.area', values);
    if (discrepancy.area) return t('discrepancy.unknown-name.noName', values);
    return t('discrepancy.unknown-name');
  },
  'area-name': (_, values, t) => t('discrepancy.area-name', values),
  'unknown-municipality': (_, _values, t) => t('discrepancy.unknown-municipality'),
  'missing-area': (discrepancy, values, t) => {
    if (isAnnex(discrepancy.where)) return t('discrepancy.missing-area.annex', { ...values, year: yearIn(discrepancy.where, t) });
    if (discrepancy.where?.includes('chapter')) return t('discrepancy.missing-area.chapter', values);
    return t('discrepancy.missing-area.table', values);
  },
  'missing-subarea': (_, values, t) => t('discrepancy.missing-subarea', values),
  'max-mismatch': (discrepancy, values, t) => t('discrepancy.max-mismatch', { ...values, place: place(discrepancy, t) }),
  'framework-period': (discrepancy, values, t) => {
    const period = typeof discrepancy.derived === 'string' && discrepancy.derived.endsWith('–')
      ? t('discrepancy.framework-period.open', { from: discrepancy.derived.slice(0, -1) })
      : values.derived;
    return t('discrepancy.framework-period', { ...values, period });
  },
  'framework-ambiguous': (discrepancy, _values, t) =>
    t('discrepancy.framework-ambiguous', { framework: frameworkName(String(discrepancy.stated ?? ''), t) }),
  duplicate: (discrepancy, values, t) => {
    if (discrepancy.subarea) return t('discrepancy.duplicate.subarea', values);
    if (discrepancy.area) return t('discrepancy.duplicate.area', values);
    return t('discrepancy.duplicate');
  },
};

function isKnownKind(kind: string): kind is DiscrepancyKind {
  return Object.hasOwn(SENTENCES, kind);
}

/**
 * The discrepancy as a sentence in the UI language, or null for a kind this web app does not
 * know (the caller then shows the importer's English message).
 */
export function describeDiscrepancy(discrepancy: DiscrepancyData, t: Translate, language: Language): string | null {
  if (!isKnownKind(discrepancy.kind)) return null;
  const values = {
    stated: shownValue(discrepancy.stated, language, discrepancy.kind),
    derived: shownValue(discrepancy.derived, language, discrepancy.kind),
    area: discrepancy.area ?? '–',
    subarea: discrepancy.subarea ?? '–',
  };
  return SENTENCES[discrepancy.kind](discrepancy, values, t);
}

/** A note (a name spelt differently from the model, a good example naming no known municipality) as a sentence. */
export function describeNote(note: NoteData, t: Translate): string {
  const values = { area: note.area ?? '–', subarea: note.subarea ?? '–', printed: note.printed ?? '', matched: note.matched ?? '' };
  if (note.kind === 'example-without-municipality') {
    return note.subarea ? t('note.example-without-municipality.subarea', values) : t('note.example-without-municipality.area', values);
  }
  if (note.subarea) return t('note.name-variant.subarea', values);
  if (note.area) return t('note.name-variant.area', values);
  return t('note.name-variant', values);
}

const ERROR_KEYS: Record<string, MessageKey> = {
  empty: 'import.error.empty',
  'too-large': 'import.error.too-large',
  binary: 'import.error.binary',
  unreadable: 'import.error.unreadable',
  'not-a-report': 'import.error.not-a-report',
  'unknown-framework': 'import.error.unknown-framework',
  'unknown-municipality': 'import.error.unknown-municipality',
  'invalid-scores': 'import.error.invalid-scores',
  'missing-scores': 'import.error.missing-scores',
  'too-complex': 'import.error.too-complex',
  'out-of-memory': 'import.error.out-of-memory',
  'timed-out': 'import.error.timed-out',
  'interrupted': 'import.error.interrupted',
  internal: 'import.error.internal',
  upload: 'import.error.upload',
};

/** Why a file could not be imported, in the UI language, naming the file. */
export function describeImportError(code: string, file: string, t: Translate): string {
  return t(ERROR_KEYS[code] ?? 'import.error.unknown', { file });
}

/** Moved to `src/i18n/format.ts`; the workspace panels still take it from here until they import it from `i18n`. */
export { formatDateTime } from '../../i18n/index.js';
