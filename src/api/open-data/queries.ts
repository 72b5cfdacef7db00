/**
 * Reads of the open data: a whole export written batch by batch to a writer, and JSON pages
 * with opaque keyset cursors. The state of the published data (its fingerprint) decides the ETag
 * and the file cache.
 */
import {
  OPEN_DATA_ABOUT_TEXTS,
  OPEN_DATA_ATTRIBUTION,
  OPEN_DATA_COLUMNS,
  OPEN_DATA_LICENCE,
  OPEN_DATA_TITLES,
  type OpenDataDataset,
  type OpenDataFormat,
  type OpenDataLanguage,
} from '../../contract/open-data.js';
import type { Executor } from '../../db/client.js';
import { MUNICIPALITY_ID_PATTERN } from '../../domain/municipality.js';
import type { Catalogue } from '../../domain/framework.js';
import { invalid } from '../../kernel/errors.js';
import { evaluationRowOf, scoreRowsOf, type RowSettings } from './presenter.js';
import { findPublishedBatch, type EvaluationKey, type OpenDataFilters, type PublishedEvaluationRecord } from './repository.js';
import { fileWriter, type ChunkSink, type Row } from './writers.js';

/** Evaluations read per statement: a few hundred kilobytes of rows at a time. */
export const EXPORT_BATCH = 500;

/** The filters, with a model the catalogue does not know refused as bad input. */
export function checkFilters(catalogue: Catalogue, filters: OpenDataFilters): OpenDataFilters {
  if (filters.model !== undefined && !catalogue.frameworks.has(filters.model)) {
    throw invalid('query.model', `unknown model "${filters.model}"; use one of ${[...catalogue.frameworks.keys()].join(', ')}`);
  }
  return { country: filters.country, model: filters.model, since: filters.since, until: filters.until };
}

const rowsOf = (dataset: OpenDataDataset, batch: readonly PublishedEvaluationRecord[], settings: RowSettings): Row[] =>
  dataset === 'evaluations' ? batch.map((record) => evaluationRowOf(record, settings)) : batch.flatMap((record) => scoreRowsOf(record, settings));

/** Lines of the "about" sheet: dataset, licence, attribution, a note. */
export function aboutLines(dataset: OpenDataDataset, language: OpenDataLanguage): Array<[string, string]> {
  const words = OPEN_DATA_ABOUT_TEXTS[language];
  return [
    [words.dataset, OPEN_DATA_TITLES[dataset][language]],
    [words.licence, `${OPEN_DATA_LICENCE.name}: ${OPEN_DATA_LICENCE.url}`],
    [words.attribution, OPEN_DATA_ATTRIBUTION[language]],
    [words.note, words.noteText],
  ];
}

/** Writes a whole export (every matching published evaluation) to the sink, one batch at a time. */
export async function writeExport(
  executor: Executor,
  settings: RowSettings,
  dataset: OpenDataDataset,
  format: Exclude<OpenDataFormat, 'json'>,
  filters: OpenDataFilters,
  sink: ChunkSink,
  batchSize = EXPORT_BATCH,
): Promise<void> {
  const words = OPEN_DATA_ABOUT_TEXTS[settings.language];
  const writer = fileWriter(format, OPEN_DATA_COLUMNS[dataset], OPEN_DATA_TITLES[dataset][settings.language], {
    name: words.sheet,
    lines: aboutLines(dataset, settings.language),
    columnHeadings: [words.column, words.type, words.description],
    language: settings.language,
  }, sink);
  let after: EvaluationKey | null = null;
  for (;;) {
    const batch = await findPublishedBatch(executor, filters, after, batchSize);
    await writer.rows(rowsOf(dataset, batch, settings));
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) break;
    after = last;
  }
  await writer.end();
}

// ---------------------------------------------------------------------------------------------
// JSON pages

/** Where a page ends: the last evaluation, and for scores the index of its last unit given. */
export interface PageCursor extends EvaluationKey {
  unit?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATED = /^(\d{4}(-\d{2}(-\d{2})?)?)?$/;

export const encodeCursor = (cursor: PageCursor): string =>
  Buffer.from(JSON.stringify([cursor.municipalityId, cursor.dated, cursor.id, ...(cursor.unit !== undefined ? [cursor.unit] : [])])).toString('base64url');

/** The cursor of a `next` link; anything else is a 400 naming `after`. */
export function decodeCursor(text: string, dataset: OpenDataDataset): PageCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  if (Array.isArray(parts) && parts.length === (dataset === 'scores' ? 4 : 3)) {
    const [municipalityId, dated, id, unit] = parts as unknown[];
    if (
      typeof municipalityId === 'string' &&
      MUNICIPALITY_ID_PATTERN.test(municipalityId) &&
      typeof dated === 'string' &&
      DATED.test(dated) &&
      typeof id === 'string' &&
      UUID.test(id) &&
      (dataset === 'evaluations' || (typeof unit === 'number' && Number.isInteger(unit) && unit >= 0 && unit < 1000))
    ) {
      return { municipalityId, dated, id, ...(dataset === 'scores' ? { unit: unit as number } : {}) };
    }
  }
  throw invalid('query.after', 'must be the cursor of a next link of this dataset');
}

export interface Page {
  data: Row[];
  /** The cursor of the next page, or null when this page is the last. */
  next: string | null;
}

/**
 * One page of `limit` rows after the cursor. Evaluations: keyset on the evaluation. Scores: the
 * page may end inside an evaluation, so the cursor also names the last unit given, and the next
 * page starts at that evaluation again, from the unit after it.
 */
export async function readPage(
  executor: Executor,
  settings: RowSettings,
  dataset: OpenDataDataset,
  filters: OpenDataFilters,
  limit: number,
  after: PageCursor | null,
): Promise<Page> {
  if (dataset === 'evaluations') {
    const batch = await findPublishedBatch(executor, filters, after, limit + 1);
    const data = batch.slice(0, limit).map((record) => evaluationRowOf(record, settings));
    const last = batch[limit - 1];
    return { data, next: batch.length > limit && last ? encodeCursor(last) : null };
  }
  const data: Row[] = [];
  let key: EvaluationKey | null = after;
  let inclusive = after !== null;
  let position: PageCursor | null = null;
  // Enough evaluations for a page even of 2010-model evaluations (8 units each), and one more.
  const batchSize = Math.min(EXPORT_BATCH, Math.ceil(limit / 8) + 2);
  for (;;) {
    const batch = await findPublishedBatch(executor, filters, key, batchSize, inclusive);
    for (const record of batch) {
      const resume = after && record.id === after.id ? (after.unit ?? -1) + 1 : 0;
      const rows = scoreRowsOf(record, settings, resume);
      if (rows.length === 0) continue;
      // A full page with rows still to come: the next page starts after the last row given.
      if (data.length === limit && position) return { data, next: encodeCursor(position) };
      const room = limit - data.length;
      const taken = rows.slice(0, room);
      data.push(...taken);
      position = { municipalityId: record.municipalityId, dated: record.dated, id: record.id, unit: resume + taken.length - 1 };
      if (rows.length > room) return { data, next: encodeCursor(position) };
    }
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) return { data, next: null };
    key = last;
    inclusive = false;
  }
}
