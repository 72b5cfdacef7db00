/**
 * The completeness invariant (docs/decisions/0005): an evaluation run in Kompass has an agreed
 * score for every scoring unit once it is at the fact check, final or published. Every move into
 * those statuses and every write that could remove a score is tried with a unit missing, through
 * the API and past it, straight into the database.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/kernel/errors.js';
import { refusalOfDatabaseError } from '../src/kernel/complete-scores-refusal.js';
import { signedInAs, type Client } from './support/accounts.js';
import { createTestWorld, type TestWorld } from './support/test-app.js';
import { testEngine } from './support/test-database.js';
import { allScores, createEvaluationAs, writeLegacyState } from './support/workflow.js';

let world: TestWorld;
let admin: Client;

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
});
afterAll(async () => world?.close());

const POLITISK_STYRNING = { code: '3.2', name: 'Politisk styrning' };
const withoutUnit = (code: string) => allScores(world).filter((score) => score.code !== code);
const evaluation = (status: string, scores = allScores(world)) => createEvaluationAs(admin, { municipalityId: 'se-2029', status, scores });
const statusOf = async (id: string) => (await admin.get(`/api/evaluations/${id}`)).json().status as string;
const agreedOf = async (id: string, code: string) =>
  ((await admin.get(`/api/evaluations/${id}`)).json().areas as Array<{ subareas: Array<{ code: string; score: string | null }> }>)
    .flatMap((area) => area.subareas)
    .find((unit) => unit.code === code)?.score;

/** The refusal every path gives: 409, the status the evaluation would have, the units by code and name. */
function expectRefusal(response: { statusCode: number; body: string; json(): { error: Record<string, unknown> } }, status: string, units = [POLITISK_STYRNING]) {
  expect(response.statusCode, response.body).toBe(409);
  const { error } = response.json();
  expect(error).toMatchObject({ code: 'conflict', reason: 'missing-scores', status, missingUnits: units });
  expect(error.details).toEqual(units.map((unit) => ({ field: `units.${unit.code}`, message: `${unit.name}: has no agreed score` })));
  expect(error.message).toContain(`An evaluation at ${status} must have an agreed score for every scoring unit`);
}

/** Runs a statement straight against the database and returns what it threw (translated as the app does). */
async function refusedWrite(write: (db: TestWorld['context']['database']['db']) => Promise<unknown>): Promise<AppError> {
  let thrown: unknown = null;
  try {
    await write(world.context.database.db);
  } catch (error) {
    thrown = error;
  }
  const refusal = refusalOfDatabaseError(thrown, world.context.catalogue);
  expect(refusal, `expected the database to refuse; it threw ${String(thrown)}`).toBeInstanceOf(AppError);
  return refusal as AppError;
}

describe(`every move into fact_check, final or published needs every agreed score (${testEngine})`, () => {
  const moves: Array<{ from: string; to: string; legacy: boolean }> = [
    { from: 'review', to: 'fact_check', legacy: false },
    { from: 'fact_check', to: 'final', legacy: true },
    { from: 'final', to: 'published', legacy: true },
    { from: 'final', to: 'fact_check', legacy: true },
  ];

  for (const { from, to, legacy } of moves) {
    it(`refuses ${from} → ${to} with a unit missing, naming it, and lists the move as not allowed`, async () => {
      // An evaluation already at fact_check or final cannot lack a score any more: data from before the rule can.
      const id = legacy ? await evaluation(from) : await evaluation(from, withoutUnit('3.2'));
      if (legacy) await writeLegacyState(world, id, { status: from, removeScores: ['3.2'] });
      const listed = (await admin.get(`/api/evaluations/${id}/transitions`)).json().items.find((item: { to: string }) => item.to === to);
      expect(listed).toMatchObject({ allowed: false, reason: { code: 'missing-scores' }, missingUnits: [POLITISK_STYRNING] });
      expectRefusal(await admin.post(`/api/evaluations/${id}/status`, { from, to }), to);
      expect(await statusOf(id)).toBe(from);
      // The database alone refuses the same move.
      const refusal = await refusedWrite((db) => db.execute(sql`update evaluations set status = ${to} where id = ${id}`));
      expect(refusal.extra).toEqual({ reason: 'missing-scores', status: to, missingUnits: [POLITISK_STYRNING] });
    });
  }

  it('lets an incomplete final evaluation go back to review, where the unit can be scored again', async () => {
    const id = await evaluation('final');
    await writeLegacyState(world, id, { status: 'final', removeScores: ['3.2'] });
    expect((await admin.post(`/api/evaluations/${id}/status`, { from: 'final', to: 'review' })).statusCode).toBe(200);
    const { version } = (await admin.get(`/api/evaluations/${id}`)).json();
    expect((await admin.put(`/api/evaluations/${id}/scores`, { version, scores: [{ code: '3.2', score: 12 }] })).statusCode).toBe(200);
    expect((await admin.post(`/api/evaluations/${id}/status`, { from: 'review', to: 'fact_check' })).statusCode).toBe(200);
  });

  it('refuses to create an evaluation at fact_check, final or published without every score', async () => {
    const created: string[] = [];
    for (const status of ['fact_check', 'final', 'published']) {
      const body = { municipalityId: 'se-2029', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03', status, scores: withoutUnit('3.2') };
      expectRefusal(await admin.post('/api/evaluations', body), status);
      const none = await admin.post('/api/evaluations', { ...body, scores: [] });
      expect(none.statusCode).toBe(409);
      expect(none.json().error.missingUnits).toHaveLength(36);
      expect(none.json().error.message).toMatch(/36 of 36 would have none: 1\.1, 1\.2, /);
      const complete = await admin.post('/api/evaluations', { ...body, scores: allScores(world) });
      expect(complete.statusCode).toBe(201);
      created.push(complete.json().id);
    }
    const listed = (await admin.get('/api/evaluations?municipality=se-2029&limit=500')).json().items as Array<{ id: string; status: string; complete: boolean }>;
    const statuses = listed.filter((item) => created.includes(item.id)).map((item) => [item.status, item.complete]);
    expect(statuses.sort()).toEqual([
      ['fact_check', true],
      ['final', true],
      ['published', true],
    ]);
  });
});

describe(`no write can take an agreed score from an evaluation at fact_check or later (${testEngine})`, () => {
  it('refuses clearing a score through the bulk route, and keeps it', async () => {
    const id = await evaluation('fact_check');
    const { version } = (await admin.get(`/api/evaluations/${id}`)).json();
    expectRefusal(await admin.put(`/api/evaluations/${id}/scores`, { version, scores: [{ code: '3.2', score: null }] }), 'fact_check');
    expect(await agreedOf(id, '3.2')).toBe('5.00');
    // Changing a score (not removing it) is a fact-check correction and stays possible.
    expect((await admin.put(`/api/evaluations/${id}/scores`, { version, scores: [{ code: '3.2', score: 6 }] })).statusCode).toBe(200);
  });

  it('refuses clearing a score through the unit route, and keeps it', async () => {
    const id = await evaluation('fact_check');
    const unit = (await admin.get(`/api/evaluations/${id}/calibration`)).json().units.find((entry: { code: string }) => entry.code === '3.2');
    const cleared = await admin.put(`/api/evaluations/${id}/scores/3.2`, { version: unit.agreed.version, score: null, rationale: '' });
    expectRefusal(cleared, 'fact_check');
    expect(await agreedOf(id, '3.2')).toBe('5.00');
    expect((await admin.get(`/api/evaluations/${id}/audit`)).json().items.some((entry: { action: string }) => entry.action === 'evaluation.agreed-score.update')).toBe(false);
  });

  it('lets scores be cleared before the fact check', async () => {
    const id = await evaluation('review');
    const { version } = (await admin.get(`/api/evaluations/${id}`)).json();
    expect((await admin.put(`/api/evaluations/${id}/scores`, { version, scores: [{ code: '3.2', score: null }] })).statusCode).toBe(200);
    expect((await admin.get(`/api/evaluations/${id}`)).json()).toMatchObject({ complete: false, missingUnits: [POLITISK_STYRNING] });
  });

  it('refuses, in the database itself, every write that would leave a unit without a score', async () => {
    const id = await evaluation('final');
    const deleted = await refusedWrite((db) => db.execute(sql`delete from scores where evaluation_id = ${id} and unit_code in ('3.2', '8.4')`));
    expect(deleted.message).toMatch(/^An evaluation at final must have an agreed score for every scoring unit; 2 of 36 would have none: 3\.2 Politisk styrning; 8\.4 /);
    const renamed = await refusedWrite((db) => db.execute(sql`update scores set unit_code = '9.9' where evaluation_id = ${id} and unit_code = '3.2'`));
    expect(renamed.extra).toMatchObject({ status: 'final', missingUnits: [POLITISK_STYRNING] });
    const inserted = await refusedWrite((db) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into evaluations (municipality_id, framework_id, status, origin) values ('se-2029', 'kommunkompassen-2020', 'published', 'workspace')`);
      }),
    );
    expect(inserted.extra).toMatchObject({ status: 'published' });
    expect((inserted.extra.missingUnits as unknown[]).length).toBe(36);
    expect(await agreedOf(id, '3.2')).toBe('5.00');
  });

  it('checks at commit, on the evaluation as it then is', async () => {
    const id = await evaluation('published');
    const db = world.context.database.db;
    // A score removed and written again in one transaction never leaves the evaluation incomplete.
    await db.transaction(async (tx) => {
      await tx.execute(sql`delete from scores where evaluation_id = ${id} and unit_code = '3.2'`);
      await tx.execute(sql`insert into scores (evaluation_id, unit_code, score) values (${id}, '3.2', 4)`);
    });
    expect(await agreedOf(id, '3.2')).toBe('4.00');
    // Removing an evaluation removes its scores with it.
    await db.execute(sql`delete from evaluations where id = ${id}`);
    world.context.readCache?.clear();
    expect((await admin.get(`/api/evaluations/${id}`)).statusCode).toBe(404);
  });

  it('leaves archived reports as printed: a missing figure is allowed and marked', async () => {
    const created = await admin.post('/api/evaluations', {
      municipalityId: 'se-2029',
      frameworkId: 'kommunkompassen-2020',
      reportDate: '2019',
      status: 'published',
      origin: 'archive',
      scores: withoutUnit('3.2'),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ complete: false, missingUnits: [POLITISK_STYRNING] });
    await world.context.database.db.execute(sql`delete from scores where evaluation_id = ${created.json().id} and unit_code = '8.4'`);
  });

  it.skipIf(testEngine !== 'postgres')('makes a removal of a score wait for a status change in flight, then refuses it (no write skew)', async () => {
    const id = await evaluation('review');
    const db = world.context.database.db;
    let moved!: () => void;
    const statusChanged = new Promise<void>((resolve) => (moved = resolve));
    let release!: () => void;
    const statusMayCommit = new Promise<void>((resolve) => (release = resolve));
    // A removes a score while the evaluation is in review; B moves it to the fact check meanwhile.
    const removal = db.transaction(async (tx) => {
      await tx.execute(sql`delete from scores where evaluation_id = ${id} and unit_code = '3.2'`);
      await statusChanged;
      // A commits while B still holds the evaluation: A's check waits for B, then sees fact_check.
      setTimeout(release, 200);
    });
    const move = db.transaction(async (tx) => {
      await tx.execute(sql`update evaluations set status = 'fact_check' where id = ${id}`);
      moved();
      await statusMayCommit;
    });
    await expect(move).resolves.toBeUndefined();
    const refusal = refusalOfDatabaseError(await removal.then(() => null, (error: unknown) => error), world.context.catalogue);
    expect(refusal).toBeInstanceOf(AppError);
    world.context.readCache?.clear();
    expect(await statusOf(id)).toBe('fact_check');
    expect(await agreedOf(id, '3.2')).toBe('5.00');
  });
});
