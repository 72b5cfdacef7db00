import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { createEvaluationSchema } from '../../contract/evaluations.js';
import { EVALUATION_COLUMNS, OPEN_DATA_LICENCE, SCORE_COLUMNS } from '../../contract/open-data.js';
import { listScoringUnits } from '../../domain/framework.js';
import { createEvaluation } from '../evaluations/commands.js';
import { saveArchivedEvaluation } from '../imports/save-archive.js';
import { archiveInput } from '../../../tests/support/archive-input.js';

const F2020 = 'kommunkompassen-2020';
const F2010 = 'kommunkompassen-2010';
/** A name with everything CSV must quote: separators of both dialects, a quote, a line break. */
const AWKWARD_NAME = 'Prov; "kommun", med\nradbrytning';

let world: TestWorld;
const ids: Record<string, string> = {};

const units = (framework: string) => listScoringUnits(world.context.catalogue.frameworks.get(framework)!);

async function add(
  name: string,
  input: { municipalityId: string; fieldworkStart: string; frameworkId?: string; status?: 'published' | 'draft'; scores: Array<{ code: string; score: number }>; published?: unknown },
) {
  const parsed = createEvaluationSchema.parse({ frameworkId: F2020, status: 'published', origin: 'archive', ...input });
  ids[name] = (await createEvaluation(world.context.database.db, world.context.catalogue, parsed, 'test')).id;
  world.context.readCache?.clear();
}

const get = (url: string, headers: Record<string, string> = {}) => world.app.inject({ method: 'GET', url, headers });

async function ok(url: string) {
  const response = await get(url);
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

const csvRows = (text: string, delimiter = ','): Array<Record<string, string>> => parse(text, { columns: true, delimiter, bom: true, relax_quotes: false });

beforeAll(async () => {
  world = await createTestWorld();
  await world.context.database.db.execute(sql`update municipalities set name = ${AWKWARD_NAME} where id = 'se-0114'`);
  // 2020 model, every unit at 7.25 (area 1 has five sub-areas: 36.25), printed figures kept.
  await add('full', {
    municipalityId: 'se-2284',
    fieldworkStart: '2023-04',
    scores: units(F2020).map((unit) => ({ code: unit.code, score: 7.25 })),
    published: { total: '261', subareas: { '1.1': { score: '7', max: '20', percent: '36' } } },
  });
  await add('awkward', { municipalityId: 'se-0114', fieldworkStart: '2021-09', scores: units(F2020).map((unit) => ({ code: unit.code, score: 1 })) });
  // 2010 model, scored per area, area 8 missing: area_8 and total empty.
  await add('old', { municipalityId: 'se-2281', fieldworkStart: '2012-03', frameworkId: F2010, scores: units(F2010).slice(0, 7).map((unit) => ({ code: unit.code, score: 50.5 })) });
  await add('norway', { municipalityId: 'no-0301', fieldworkStart: '2022-05', scores: units(F2020).map((unit) => ({ code: unit.code, score: 2 })) });
  await add('draft', { municipalityId: 'se-2283', fieldworkStart: '2024-01', status: 'draft', scores: units(F2020).map((unit) => ({ code: unit.code, score: 9 })) });
});
afterAll(async () => world?.close());

const PUBLISHED = ['full', 'awkward', 'old', 'norway'];

describe(`open data (${testEngine})`, () => {
  it('CSV: RFC 4180 with a header of the column ids, exact decimals with a point, quoting, licence in every row; no drafts', async () => {
    const response = await ok('/api/open-data/evaluations.csv');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.link).toBe(`<${OPEN_DATA_LICENCE.url}>; rel="license"`);
    expect(response.headers['content-disposition']).toContain('kommunkompassen-evaluations.csv');
    expect(response.body.charCodeAt(0)).not.toBe(0xfeff);
    expect(response.body.split('\r\n')[0]).toBe(EVALUATION_COLUMNS.map((column) => column.id).join(','));
    const rows = csvRows(response.body);
    expect(rows.map((row) => row.evaluation_id).sort()).toEqual(PUBLISHED.map((name) => ids[name]).sort());
    expect(response.body).not.toContain(ids.draft);
    const full = rows.find((row) => row.evaluation_id === ids.full)!;
    expect(full).toMatchObject({ municipality_id: 'se-2284', municipality_code: '2284', country: 'se', year: '2023', model: F2020, area_1: '36.25', max: '800', complete: 'true', printed_total: '261', origin: 'archive' });
    expect(full.total).toBe(String(units(F2020).length * 7.25));
    expect(full.source).toMatch(new RegExp(`/utvarderingar/${ids.full}$`));
    expect(full.licence).toBe(OPEN_DATA_LICENCE.url);
    expect(full.attribution).toMatch(/^Källa: /);
    expect(rows.find((row) => row.evaluation_id === ids.awkward)!.municipality).toBe(AWKWARD_NAME);
    const old = rows.find((row) => row.evaluation_id === ids.old)!;
    expect(old).toMatchObject({ model: F2010, area_1: '50.5', area_7: '50.5', area_8: '', total: '', complete: 'false' });
  });

  it('Excel CSV: BOM, semicolons, decimal comma, the same rows', async () => {
    const response = await ok('/api/open-data/evaluations-excel.csv');
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(response.body, ';');
    expect(rows).toHaveLength(PUBLISHED.length);
    expect(rows.find((row) => row.evaluation_id === ids.full)).toMatchObject({ area_1: '36,25', max: '800' });
    expect(rows.find((row) => row.evaluation_id === ids.awkward)!.municipality).toBe(AWKWARD_NAME);
  });

  it('scores: one row per scoring unit of each published evaluation, with printed figures where archived', async () => {
    const rows = csvRows((await ok('/api/open-data/scores.csv')).body);
    expect(rows).toHaveLength(3 * units(F2020).length + units(F2010).length);
    expect(rows.some((row) => row.evaluation_id === ids.draft)).toBe(false);
    expect(rows.find((row) => row.evaluation_id === ids.full && row.unit_code === '1.1')).toMatchObject({
      area: '1',
      unit_title: 'Strategi för demokratiutveckling och information',
      score: '7.25',
      max: '20',
      printed_score: '7',
      printed_max: '20',
      printed_percent: '36',
      licence: OPEN_DATA_LICENCE.url,
    });
    expect(rows.find((row) => row.evaluation_id === ids.old && row.unit_code === '8')).toMatchObject({ area: '8', score: '', max: '100' });
    const english = csvRows((await ok('/api/open-data/scores-excel.csv?lang=en')).body, ';');
    expect(english.find((row) => row.evaluation_id === ids.full && row.unit_code === '1.1')).toMatchObject({ score: '7,25', attribution: expect.stringMatching(/^Source: /) });
  });

  it('XLSX: opens with a reader, numbers as numbers, and an "about" sheet with licence and source', async () => {
    const response = await ok('/api/open-data/evaluations.xlsx');
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const buffer = response.rawPayload;
    const sheets = await readXlsxFile(buffer);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Utvärderingar', 'Om datan']);
    const data = sheets[0]!.data;
    expect(data[0]).toEqual(EVALUATION_COLUMNS.map((column) => column.id));
    expect(data).toHaveLength(PUBLISHED.length + 1);
    const header = data[0] as string[];
    const full = data.find((row) => row[0] === ids.full)!;
    expect(full[header.indexOf('area_1')]).toBe(36.25);
    expect(full[header.indexOf('year')]).toBe(2023);
    expect(full[header.indexOf('complete')]).toBe(true);
    expect(data.find((row) => row[0] === ids.awkward)![header.indexOf('municipality')]).toBe(AWKWARD_NAME);
    const about = sheets[1]!.data.flat().map(String).join('\n');
    expect(about).toContain(OPEN_DATA_LICENCE.url);
    expect(about).toContain('Källa: ');
    const scoreSheets = await readXlsxFile((await ok('/api/open-data/scores.xlsx?lang=nb')).rawPayload);
    expect(scoreSheets.map((sheet) => sheet.sheet)).toEqual(['Poeng', 'Om dataene']);
    const scores = scoreSheets[0]!.data;
    expect(scores[0]).toEqual(SCORE_COLUMNS.map((column) => column.id));
    expect(scores).toHaveLength(3 * units(F2020).length + units(F2010).length + 1);
  });

  it('JSON pages: following next until null gives every row exactly once, also when the limit does not divide n', async () => {
    const all = async (first: string) => {
      const rows: Array<Record<string, unknown>> = [];
      let url: string | null = first;
      let pages = 0;
      while (url) {
        const body = (await ok(url)).json() as { data: Array<Record<string, unknown>>; next: string | null; licence: { url: string }; source: string };
        expect(body.licence.url).toBe(OPEN_DATA_LICENCE.url);
        expect(body.source).toMatch(/^Källa: /);
        rows.push(...body.data);
        url = body.next;
        pages += 1;
        expect(pages).toBeLessThan(200);
      }
      return { rows, pages };
    };
    const csv = csvRows((await ok('/api/open-data/scores.csv')).body).map((row) => `${row.evaluation_id}/${row.unit_code}`);
    for (const limit of [1, 7, 36, 37, 1000]) {
      const { rows } = await all(`/api/open-data/scores.json?limit=${limit}`);
      expect(rows.map((row) => `${row.evaluation_id}/${row.unit_code}`)).toEqual(csv);
    }
    const evaluations = await all('/api/open-data/evaluations.json?limit=3');
    expect(evaluations.pages).toBe(2);
    expect(evaluations.rows.map((row) => row.evaluation_id)).toEqual(csvRows((await ok('/api/open-data/evaluations.csv')).body).map((row) => row.evaluation_id));
    expect(evaluations.rows.find((row) => row.evaluation_id === ids.full)).toMatchObject({ area_1: '36.25', year: 2023, complete: true });
    const exact = await all('/api/open-data/evaluations.json?limit=4');
    expect(exact.rows).toHaveLength(4);
  });

  it('filters: country, model, since and until', async () => {
    const idsOf = async (query: string) => csvRows((await ok(`/api/open-data/evaluations.csv?${query}`)).body).map((row) => row.evaluation_id).sort();
    expect(await idsOf('country=no')).toEqual([ids.norway]);
    expect(await idsOf(`model=${F2010}`)).toEqual([ids.old]);
    expect(await idsOf('since=2021&until=2022')).toEqual([ids.awkward, ids.norway].sort());
    const page = (await ok('/api/open-data/scores.json?country=se&since=2020&limit=40')).json() as { data: Array<{ country: string; year: number }>; next: string };
    expect(page.data.every((row) => row.country === 'se' && row.year >= 2020)).toBe(true);
    expect(page.next).toMatch(/^\/api\/open-data\/scores\.json\?country=se&since=2020&lang=sv&limit=40&after=[\w-]+$/);
  });

  it('answers bad filters and paging with 400', async () => {
    const scoresCursor = ((await ok('/api/open-data/scores.json?limit=1')).json() as { next: string }).next.split('after=')[1];
    for (const url of [
      '/api/open-data/evaluations.csv?country=dk',
      '/api/open-data/evaluations.xlsx?since=abc',
      '/api/open-data/scores.csv?since=2022&until=2020',
      '/api/open-data/scores-excel.csv?model=kommunkompassen-1999',
      '/api/open-data/evaluations.csv?lang=de',
      '/api/open-data/evaluations.json?limit=0',
      '/api/open-data/evaluations.json?limit=1001',
      '/api/open-data/evaluations.json?limit=2.5',
      '/api/open-data/evaluations.json?after=not!a!cursor',
      `/api/open-data/evaluations.json?after=${Buffer.from('["x"]').toString('base64url')}`,
      `/api/open-data/evaluations.json?after=${scoresCursor}`,
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.code, url).toBe('validation');
    }
  });

  it('ETag and 304 until the next publication; a publication and an archive re-import change it', async () => {
    await ok('/api/open-data/evaluations.csv');
    const first = await ok('/api/open-data/evaluations.csv');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await get('/api/open-data/evaluations.csv', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // Another filter is another file with another ETag (the first download streams as it is written, without one).
    expect((await ok('/api/open-data/evaluations.csv?country=se')).headers.etag).toBeUndefined();
    const filtered = await ok('/api/open-data/evaluations.csv?country=se');
    expect(filtered.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(filtered.headers.etag).not.toBe(etag);
    expect(Number(filtered.headers['content-length'])).toBe(filtered.rawPayload.length);

    await add('later', { municipalityId: 'se-2260', fieldworkStart: '2024-02', scores: units(F2020).map((unit) => ({ code: unit.code, score: 3 })) });
    const afterPublication = await get('/api/open-data/evaluations.csv', { 'if-none-match': etag });
    expect(afterPublication.statusCode).toBe(200);
    expect(csvRows(afterPublication.body).map((row) => row.evaluation_id)).toContain(ids.later);
    const newEtag = (await ok('/api/open-data/evaluations.csv')).headers.etag;
    expect(newEtag).toMatch(/^"[\w-]+"$/);
    expect(newEtag).not.toBe(etag);

    const archived = archiveInput({
      municipalityId: 'se-1880',
      frameworkId: F2010,
      fieldworkStart: '2014-02',
      scores: units(F2010).map((unit) => ({ code: unit.code, score: 4_000 })),
      published: { areaTotals: { '1': '40' }, chapterScores: {}, subareas: {} },
    });
    const db = world.context.database.db;
    const saved = await db.transaction((tx) => saveArchivedEvaluation(tx, world.context.catalogue, archived, 'rapport.pdf', 'test'));
    await db.execute(sql`update evaluations set status = 'published' where id = ${saved.id}`);
    world.context.readCache?.clear();
    await ok('/api/open-data/scores.csv');
    const beforeReimport = await ok('/api/open-data/scores.csv');
    const reimportEtag = beforeReimport.headers.etag as string;
    expect(csvRows(beforeReimport.body).find((row) => row.evaluation_id === saved.id && row.unit_code === '1')).toMatchObject({ score: '40', printed_score: '40' });

    await db.transaction((tx) =>
      saveArchivedEvaluation(tx, world.context.catalogue, { ...archived, scores: archived.scores.map((score) => ({ ...score, score: 4_150 })), published: { ...archived.published, areaTotals: { '1': '41,5' } } }, 'rapport.pdf', 'test'),
    );
    world.context.readCache?.clear();
    const afterReimport = await get('/api/open-data/scores.csv', { 'if-none-match': reimportEtag });
    expect(afterReimport.statusCode).toBe(200);
    expect((await ok('/api/open-data/scores.csv')).headers.etag).not.toBe(reimportEtag);
    expect(csvRows(afterReimport.body).find((row) => row.evaluation_id === saved.id && row.unit_code === '1')).toMatchObject({ score: '41.5', printed_score: '41,5' });
  });

  it('JSON pages carry an ETag and answer 304 too', async () => {
    const first = await ok('/api/open-data/evaluations.json?limit=2');
    const etag = first.headers.etag as string;
    expect((await get('/api/open-data/evaluations.json?limit=2', { 'if-none-match': etag })).statusCode).toBe(304);
    expect((await ok('/api/open-data/evaluations.json?limit=3')).headers.etag).not.toBe(etag);
  });

  it('is documented in the OpenAPI document with the files\u2019 media types', async () => {
    const document = (await ok('/api/docs/json')).json() as { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, unknown> }> } }> };
    expect(Object.keys(document.paths['/api/open-data/evaluations.csv']!.get.responses['200']!.content!)).toEqual(['text/csv']);
    expect(Object.keys(document.paths['/api/open-data/scores.xlsx']!.get.responses['200']!.content!)).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(document.paths['/api/open-data/evaluations.json']!.get.responses['200']!.content!['application/json']).toBeDefined();
  });
});
