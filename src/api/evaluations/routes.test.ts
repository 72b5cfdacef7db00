import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';

let world: TestWorld;
let admin: Client;
beforeAll(async () => {
  world = await createTestWorld({ demo: true });
  admin = await signedInAs(world, 'admin');
});
afterAll(async () => world?.close());

const get = (url: string) => admin.get(url);
const post = (url: string, payload: unknown) => admin.post(url, payload);
const put = (url: string, payload: unknown) => admin.put(url, payload);

async function createDraft(scores: Array<{ code: string; score: number | string | null }> = []) {
  const response = await post('/api/evaluations', {
    municipalityId: 'se-0114',
    frameworkId: 'kommunkompassen-2020',
    fieldworkStart: '2026-03',
    evaluators: ['A', 'B'],
    scores,
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe(`evaluations API (${testEngine})`, () => {
  it('lists evaluations with derived totals, filterable by municipality', async () => {
    const response = await get('/api/evaluations?municipality=se-2284');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(3);
    expect(body.items.map((item: { year: number; total: { shown: number }; position: number }) => [item.year, item.total.shown, item.position])).toEqual([
      [2017, 552, 3],
      [2015, 551, 2],
      [2013, 441, 1],
    ]);
  });

  it('returns one evaluation with areas, sub-areas, percent and the published differences', async () => {
    const list = (await get('/api/evaluations?municipality=se-2284&framework=kommunkompassen-2016')).json();
    const response = await get(`/api/evaluations/${list.items[0].id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toEqual({ score: '552.00', shown: 552, max: 800, percent: 69, rounded: false });
    expect(body.areas[2].subareas[1]).toMatchObject({ code: '3.2', score: '13.00', shown: 13, max: 25, percent: 52 });
    expect(body.areas[2]).toMatchObject({ code: '3', title: 'Politisk styrning och kontroll', score: '72.00', shown: 72 });
    expect(body.differences).toEqual([
      { kind: 'area-sum', area: '3', stated: '73', derived: '72.00', where: 'overview-table, area 3' },
      { kind: 'area-sum', area: '6', stated: '76', derived: '77.00', where: 'overview-table, area 6' },
    ]);
    expect(body.published.areaTotals['3']).toBe('73');
  });

  it('creates an evaluation with exact decimal scores and shows rounded parts that add up', async () => {
    const body = await createDraft([
      { code: '1.1', score: 6.5 },
      { code: '1.2', score: '6,5' },
      { code: '1.3', score: '7' },
    ]);
    expect(body.status).toBe('draft');
    expect(body.version).toBe(1);
    expect(body.areas[0].score).toBe('20.00');
    expect(body.areas[0].subareas.slice(0, 3).map((unit: { score: string }) => unit.score)).toEqual(['6.50', '6.50', '7.00']);
    expect(body.areas[0].subareas.reduce((sum: number, unit: { shown: number | null }) => sum + (unit.shown ?? 0), 0)).toBe(body.areas[0].shown);
    expect(body.complete).toBe(false);
    // Each percent is the shown points of the max; rounded figures say so; highest and lowest follow the shown percents.
    expect(body.areas[0].subareas.map((unit: { code: string; shown: number | null; percent: number | null; rounded: boolean }) => [unit.code, unit.shown, unit.percent, unit.rounded])).toEqual([
      ['1.1', 7, 35, true],
      ['1.2', 6, 60, true],
      ['1.3', 7, 23, false],
      ['1.4', null, null, false],
      ['1.5', null, null, false],
    ]);
    expect(body.areas[0]).toMatchObject({ shown: 20, percent: 20, rounded: false, extremes: { highest: ['1.2'], lowest: ['1.3'] } });
    expect(body.total).toEqual({ score: '20.00', shown: 20, max: 800, percent: 3, rounded: false });
    const listed = (await get('/api/evaluations?status=draft&limit=500')).json().items.find((item: { id: string }) => item.id === body.id);
    expect(listed.total).toEqual(body.total);
  });

  it('lists a new evaluation at once, even while the same list is being read many times over', async () => {
    const listUrl = '/api/evaluations?municipality=se-0114&status=draft&limit=100&lang=sv';
    const before = (await get(listUrl)).json().total;
    const reading = Array.from({ length: 20 }, () => get(listUrl));
    const created = await createDraft();
    await Promise.all(reading);
    const after = (await get(listUrl)).json();
    expect(after.total).toBe(before + 1);
    expect(after.items.map((item: { id: string }) => item.id)).toContain(created.id);
    // The public list reads through the same cache and never shows the draft.
    const anonymous = await world.app.inject({ method: 'GET', url: listUrl });
    expect(anonymous.json().items.map((item: { id: string }) => item.id)).not.toContain(created.id);
  });

  it('updates scores with the version read and refuses a stale version with 409', async () => {
    const created = await createDraft();
    expect((await get(`/api/evaluations/${created.id}`)).json().areas[1].subareas[1].score).toBeNull();
    const first = await put(`/api/evaluations/${created.id}/scores`, { version: 1, scores: [{ code: '2.2', score: 17.25 }] });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2 });
    // A read after a write never shows the old state.
    expect((await get(`/api/evaluations/${created.id}`)).json().areas[1].subareas[1].score).toBe('17.25');
    const stale = await put(`/api/evaluations/${created.id}/scores`, { version: 1, scores: [{ code: '2.2', score: 3 }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const cleared = await put(`/api/evaluations/${created.id}/scores`, { version: 2, scores: [{ code: '2.2', score: null }] });
    expect(cleared.json().areas[1].subareas[1].score).toBeNull();
  });

  it('keeps every accepted write when many writers race on one evaluation', async () => {
    const created = await createDraft();
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, index) => put(`/api/evaluations/${created.id}/scores`, { version: 1, scores: [{ code: '4.1', score: index }] })),
    );
    const accepted = attempts.filter((response) => response.statusCode === 200);
    expect(accepted).toHaveLength(1);
    expect(attempts.filter((response) => response.statusCode === 409)).toHaveLength(19);
    const final = (await get(`/api/evaluations/${created.id}`)).json();
    expect(final.version).toBe(2);
    expect(final.areas[3].subareas[0].score).toBe(accepted[0]!.json().areas[3].subareas[0].score);
  });

  it('names the field and the allowed range for a score out of range', async () => {
    const created = await createDraft();
    const response = await put(`/api/evaluations/${created.id}/scores`, {
      version: 1,
      scores: [{ code: '1.2', score: 11 }, { code: '9.9', score: 1 }, { code: '1.1', score: '6.555' }],
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation');
    expect(error.details).toEqual([
      { field: 'body.scores.0.score', message: '11 is out of range: must be between 0 and 10 (the max of 1.2)' },
      { field: 'body.scores.1.code', message: '"9.9" is not a scored unit of kommunkompassen-2020 (allowed: 1.1 … 8.4)' },
      { field: 'body.scores.2.score', message: 'must be a number between 0 and 20 (the max of 1.1) with at most two decimals' },
    ]);
    expect((await get(`/api/evaluations/${created.id}`)).json().version).toBe(1);
  });

  it('rejects bad create input naming the fields', async () => {
    const response = await post('/api/evaluations', {
      municipalityId: '12',
      frameworkId: 'kommunkompassen-2020',
      fieldworkStart: '2026-13',
      interviewees: -1,
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['body.municipalityId', 'body.fieldworkStart', 'body.interviewees']));
    const unknown = await post('/api/evaluations', { municipalityId: 'se-9999', frameworkId: 'kommunkompassen-2020' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([{ field: 'body.municipalityId', message: 'no municipality has the id se-9999' }]);
    const badFramework = await post('/api/evaluations', { municipalityId: 'se-0114', frameworkId: 'kk-1999' });
    expect(badFramework.json().error.details[0].field).toBe('body.frameworkId');
  });

  it('answers 404 for an unknown evaluation and 400 for a malformed id', async () => {
    const missing = await get('/api/evaluations/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Evaluation 00000000-0000-4000-8000-000000000000 was not found');
    const stale = await put('/api/evaluations/00000000-0000-4000-8000-000000000000/scores', { version: 1, scores: [{ code: '1.1', score: 1 }] });
    expect(stale.statusCode).toBe(404);
    const malformed = await get('/api/evaluations/not-a-uuid');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].field).toBe('params.id');
  });

  it('writes an audit entry for every change', async () => {
    const created = await createDraft([{ code: '1.1', score: 5 }]);
    await put(`/api/evaluations/${created.id}/scores`, { version: 1, scores: [{ code: '1.1', score: 6 }] });
    const { auditLog } = await import('../../db/schema.js');
    const { eq } = await import('drizzle-orm');
    const entries = await world.context.database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(entries.map((entry) => entry.action)).toEqual(['evaluation.create', 'evaluation.scores.update']);
    expect(entries[1]).toMatchObject({ oldValue: { '1.1': '5.00' }, newValue: { '1.1': '6.00' } });
  });
});
