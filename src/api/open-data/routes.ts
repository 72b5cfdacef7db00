/**
 * Open data (public): every published evaluation and its unit scores as CSV, Swedish Excel CSV
 * and XLSX files, and as JSON pages. Files are made once per state of the published data and
 * streamed from disk (files.ts); every answer carries an ETag of that state and its filters and
 * answers a matching If-None-Match with 304, so clients and proxies keep a file until the next
 * publication. The licence is in a Link header and inside every file.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX } from '../../contract/operation.js';
import {
  OPEN_DATA_ATTRIBUTION,
  OPEN_DATA_FORMAT_INFO,
  OPEN_DATA_LICENCE,
  openDataOperations,
  type EvaluationRow,
  type OpenDataDataset,
  type OpenDataFormat,
  type ScoreRow,
} from '../../contract/open-data.js';
import type { RouteOptions } from '../../kernel/context.js';
import { readThrough } from '../../kernel/read-cache.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { publishedFingerprint } from '../published/fingerprint.js';
import { OPEN_DATA_FILE_REVISION, OpenDataFileCache, shortHash } from './files.js';
import { checkFilters, decodeCursor, readPage, writeExport } from './queries.js';
import type { OpenDataFilters } from './repository.js';

const LICENCE_LINK = `<${OPEN_DATA_LICENCE.url}>; rel="license"`;

/** Whether If-None-Match names this ETag (weak or strong, or `*`). */
function notModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

/** Headers of every open-data answer: revalidate with the ETag, the licence link. */
function setCommonHeaders(reply: FastifyReply, etag: string | undefined): void {
  reply.header('cache-control', 'public, no-cache');
  reply.header('link', LICENCE_LINK);
  if (etag) reply.header('etag', etag);
}

export const openDataRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { catalogue } = context;
  const db = context.database.db;
  const publicUrl = context.auth.publicUrl.replace(/\/+$/, '');
  // The files of this process; with several processes each keeps its own, named by the data's state.
  const files = new OpenDataFileCache(await mkdtemp(join(tmpdir(), 'kompass-open-data-')));
  app.addHook('onClose', async () => files.remove());

  /** The state of the published data (and of how files are written) as a short hash. */
  const state = async () =>
    shortHash(JSON.stringify([OPEN_DATA_FILE_REVISION, publicUrl, await readThrough(context.readCache, 'open-data:fingerprint', () => publishedFingerprint(db))]));

  const fileRoute = (
    operation:
      | typeof openDataOperations.openDataEvaluationsCsv
      | typeof openDataOperations.openDataEvaluationsExcelCsv
      | typeof openDataOperations.openDataEvaluationsXlsx
      | typeof openDataOperations.openDataScoresCsv
      | typeof openDataOperations.openDataScoresExcelCsv
      | typeof openDataOperations.openDataScoresXlsx,
    dataset: OpenDataDataset,
    format: Exclude<OpenDataFormat, 'json'>,
  ) =>
    app.get(operation.path, { config: { access: { public: true } }, schema: routeSchema(operation) }, async (request, reply) => {
      const filters = checkFilters(catalogue, request.query);
      const language = request.query.lang;
      const variant = JSON.stringify([dataset, format, filters, language]);
      const etag = OpenDataFileCache.etagOf(await state(), shortHash(variant));
      setCommonHeaders(reply, etag);
      if (notModified(request, etag)) return reply.code(304).send(null);
      const info = OPEN_DATA_FORMAT_INFO[format];
      const file = await files.open(variant, info.fileExtension, state, (sink) =>
        writeExport(db, { catalogue, publicUrl, language }, dataset, format, filters, sink),
      );
      // Streamed while it is written: no ETag yet (the next request gets the kept file with one).
      if (file.etag) reply.header('etag', file.etag);
      else reply.removeHeader('etag');
      if (file.size !== undefined) reply.header('content-length', file.size);
      return reply
        .type(info.mediaType)
        .header('content-disposition', `attachment; filename="kommunkompassen-${dataset}${info.suffix}"`)
        .send(file.stream);
    });

  fileRoute(openDataOperations.openDataEvaluationsCsv, 'evaluations', 'csv');
  fileRoute(openDataOperations.openDataEvaluationsExcelCsv, 'evaluations', 'excel-csv');
  fileRoute(openDataOperations.openDataEvaluationsXlsx, 'evaluations', 'xlsx');
  fileRoute(openDataOperations.openDataScoresCsv, 'scores', 'csv');
  fileRoute(openDataOperations.openDataScoresExcelCsv, 'scores', 'excel-csv');
  fileRoute(openDataOperations.openDataScoresXlsx, 'scores', 'xlsx');

  /** The address of the next page: the same filters and limit, after the cursor. */
  const nextLink = (path: string, filters: OpenDataFilters, language: string, limit: number, cursor: string): string => {
    const params = new URLSearchParams();
    if (filters.country) params.set('country', filters.country);
    if (filters.model) params.set('model', filters.model);
    if (filters.since !== undefined) params.set('since', String(filters.since));
    if (filters.until !== undefined) params.set('until', String(filters.until));
    params.set('lang', language);
    params.set('limit', String(limit));
    params.set('after', cursor);
    return `${API_PREFIX}${path}?${params.toString()}`;
  };

  /** A JSON page; the ETag covers the data's state, the filters and the page asked for. */
  async function page(request: FastifyRequest, reply: FastifyReply, dataset: OpenDataDataset, path: string, query: { lang: 'sv' | 'nb' | 'en'; limit: number; after?: string | undefined } & OpenDataFilters) {
    const filters = checkFilters(catalogue, query);
    const cursor = query.after !== undefined ? decodeCursor(query.after, dataset) : null;
    const etag = OpenDataFileCache.etagOf(await state(), shortHash(JSON.stringify([dataset, 'json', filters, query.lang, query.limit, query.after ?? null])));
    setCommonHeaders(reply, etag);
    if (notModified(request, etag)) {
      await reply.code(304).send(null);
      return null;
    }
    const result = await readPage(db, { catalogue, publicUrl, language: query.lang }, dataset, filters, query.limit, cursor);
    return {
      data: result.data,
      next: result.next === null ? null : nextLink(path, filters, query.lang, query.limit, result.next),
      licence: OPEN_DATA_LICENCE,
      source: OPEN_DATA_ATTRIBUTION[query.lang],
    };
  }

  const evaluationsJson = openDataOperations.openDataEvaluationsJson;
  app.get(evaluationsJson.path, { config: { access: { public: true } }, schema: routeSchema(evaluationsJson) }, async (request, reply) => {
    const answer = await page(request, reply, 'evaluations', evaluationsJson.path, request.query);
    return answer === null ? reply : { ...answer, data: answer.data as EvaluationRow[] };
  });

  const scoresJson = openDataOperations.openDataScoresJson;
  app.get(scoresJson.path, { config: { access: { public: true } }, schema: routeSchema(scoresJson) }, async (request, reply) => {
    const answer = await page(request, reply, 'scores', scoresJson.path, request.query);
    return answer === null ? reply : { ...answer, data: answer.data as ScoreRow[] };
  });
};
