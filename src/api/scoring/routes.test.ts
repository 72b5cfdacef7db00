import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { auditLog } from '../../db/schema.js';
import { listScoringUnits } from '../../domain/framework.js';

let world: TestWorld;
let admin: Client;
let unitCodes: string[];

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  unitCodes = listScoringUnits(world.context.catalogue.frameworks.get('kommunkompassen-2020')!).map((unit) => unit.code);
});
afterAll(async () => world?.close());

/** A 2020 draft with the given evaluators assigned. */
async function draftWith(...evaluators: Client[]): Promise<string> {
  const created = await admin.post('/api/evaluations', { municipalityId: 'se-0114', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03' });
  expect(created.statusCode).toBe(201);
  const id: string = created.json().id;
  for (const evaluator of evaluators) {
    const user = (await evaluator.get('/api/session')).json().user;
    expect((await admin.post(`/api/evaluations/${id}/evaluators`, { userId: user.id })).statusCode).toBe(200);
  }
  return id;
}

async function evaluatorPair() {
  const a = await signedInAs(world, 'evaluator');
  const b = await signedInAs(world, 'evaluator');
  return { a, b, id: await draftWith(a, b) };
}

/** Saves own scores for the given units (all at version 0), checking each save. */
async function scoreUnits(client: Client, id: string, scores: Record<string, number | string>, rationale = (code: string) => `Motivering ${code}`) {
  for (const [code, score] of Object.entries(scores)) {
    const response = await client.put(`/api/evaluations/${id}/my-scores/${code}`, { version: 0, score, rationale: rationale(code) });
    expect(response.statusCode, response.body).toBe(200);
  }
}

/** The criteria agreement of a version without criteria. */
const NO_CRITERIA = { pairs: 0, agreements: 0, agreementRate: null, meanAbsoluteDifference: null };

const everyUnit = (score: number, overrides: Record<string, number> = {}) => Object.fromEntries(unitCodes.map((code) => [code, overrides[code] ?? score]));

describe(`independent scoring (${testEngine})`, () => {
  it('lists every unit for an assigned evaluator and refuses admins and others', async () => {
    const { a, id } = await evaluatorPair();
    const response = await a.get(`/api/evaluations/${id}/my-scores`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.submittedAt).toBeNull();
    expect(body.items).toHaveLength(36);
    expect(body.items[0]).toEqual({ unitCode: '1.1', score: null, rationale: '', deviationReason: '', version: 0, takenOver: false });
    const refused = await admin.get(`/api/evaluations/${id}/my-scores`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Only the evaluators assigned to this evaluation have their own scores');
    expect((await admin.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 0, score: 1, rationale: '' })).statusCode).toBe(403);
    expect((await admin.post(`/api/evaluations/${id}/my-scores/submit`)).statusCode).toBe(403);
    const stranger = await signedInAs(world, 'evaluator');
    expect((await stranger.get(`/api/evaluations/${id}/my-scores`)).statusCode).toBe(404);
  });

  it('saves an own score with versions, refuses a stale one with the current item, and validates like agreed scores', async () => {
    const { a, id } = await evaluatorPair();
    const first = await a.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 0, score: '7,5', rationale: 'Tydliga **mål**.' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ unitCode: '1.1', score: '7.50', rationale: 'Tydliga **mål**.', deviationReason: '', version: 1, takenOver: false });
    const second = await a.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 1, score: 8, rationale: 'Ändrad.' });
    expect(second.json()).toMatchObject({ score: '8.00', version: 2 });
    const stale = await a.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 1, score: 3, rationale: 'Gammal flik.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      currentVersion: 2,
      current: { unitCode: '1.1', score: '8.00', rationale: 'Ändrad.', version: 2 },
    });
    const notNew = await a.put(`/api/evaluations/${id}/my-scores/1.2`, { version: 3, score: 1, rationale: '' });
    expect(notNew.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 0 });
    // A rationale may be saved before the score.
    expect((await a.put(`/api/evaluations/${id}/my-scores/1.3`, { version: 0, score: null, rationale: 'Utkast' })).json()).toMatchObject({ score: null, version: 1 });

    const outOfRange = await a.put(`/api/evaluations/${id}/my-scores/1.2`, { version: 0, score: 11, rationale: '' });
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json().error.details).toEqual([{ field: 'body.score', message: '11 is out of range: must be between 0 and 10 (the max of 1.2)' }]);
    const tooPrecise = await a.put(`/api/evaluations/${id}/my-scores/1.2`, { version: 0, score: '6.555', rationale: '' });
    expect(tooPrecise.json().error.details[0].field).toBe('body.score');
    const unknown = await a.put(`/api/evaluations/${id}/my-scores/9.9`, { version: 0, score: 1, rationale: '' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({ field: 'params.unitCode' });
    const long = await a.put(`/api/evaluations/${id}/my-scores/1.2`, { version: 0, score: 1, rationale: 'x'.repeat(20_001) });
    expect(long.json().error.details).toEqual([{ field: 'body.rationale', message: 'must be at most 20000 characters' }]);
  });

  it('refuses to submit while units lack a score or a rationale, naming them', async () => {
    const { a, id } = await evaluatorPair();
    await scoreUnits(a, id, everyUnit(5, {}), (code) => (code === '2.3' ? '   ' : `Motivering ${code}`));
    await a.put(`/api/evaluations/${id}/my-scores/4.4`, { version: 1, score: null, rationale: 'Motivering 4.4' });
    const refused = await a.post(`/api/evaluations/${id}/my-scores/submit`);
    expect(refused.statusCode).toBe(400);
    const { error } = refused.json();
    expect(error.code).toBe('validation');
    expect(error.missingUnits).toEqual(['2.3', '4.4']);
    expect(error.details).toEqual([
      { field: 'units.2.3', message: 'has no rationale' },
      { field: 'units.4.4', message: 'has no score' },
    ]);
    expect(error.message).toContain('2.3, 4.4');
    expect((await a.get(`/api/evaluations/${id}/my-scores`)).json().submittedAt).toBeNull();
  });

  it("hides a partner's scores until both have submitted, then shows both with the calibration figures", async () => {
    const { a, b, id } = await evaluatorPair();
    const secret = 'HEMLIG-MOTIVERING-A';
    await scoreUnits(a, id, everyUnit(5), (code) => `${secret} ${code}`);
    await scoreUnits(b, id, { '1.1': 8, '1.2': 5 });

    // Before anyone submits: each sees only their own, the admin sees nobody's.
    const bView = (await b.get(`/api/evaluations/${id}/calibration`)).json();
    expect(bView.revealed).toBe(false);
    expect(bView.units[0]).toMatchObject({ code: '1.1', areaCode: '1', max: 20, own: { score: '8.00' }, others: [], difference: null, agreed: null });
    expect(bView.units[2].own).toEqual({ score: null, rationale: '' });
    expect(bView.overall).toEqual({ meanAbsoluteDifference: null, maxDifference: null, unitsApart: 0, unitsAgreed: 0, units: 36, criteria: NO_CRITERIA });

    // A submits; B still sees nothing of A, anywhere B may look (including the audit trail).
    const submitted = await a.post(`/api/evaluations/${id}/my-scores/submit`);
    expect(submitted.statusCode).toBe(200);
    const submittedAt = submitted.json().submittedAt;
    expect(typeof submittedAt).toBe('string');
    for (const url of ['calibration', 'my-scores', 'audit?limit=200', '']) {
      const response = await b.get(`/api/evaluations/${id}${url ? `/${url}` : ''}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(secret);
    }
    const adminEarly = (await admin.get(`/api/evaluations/${id}/calibration`)).json();
    expect(adminEarly.revealed).toBe(false);
    expect(adminEarly.units.every((unit: { own: unknown; others: unknown[] }) => unit.own === null && unit.others.length === 0)).toBe(true);
    expect(adminEarly.evaluators.map((evaluator: { submittedAt: string | null }) => evaluator.submittedAt !== null).sort()).toEqual([false, true]);

    // A's own scores are locked now; submitting again changes nothing.
    const locked = await a.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 1, score: 6, rationale: 'Ny' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error).toMatchObject({ code: 'conflict', reason: 'submitted' });
    expect(locked.json().error.message).toContain('locked');
    expect((await a.post(`/api/evaluations/${id}/my-scores/submit`)).json()).toEqual({ submittedAt });
    expect((await a.get(`/api/evaluations/${id}/my-scores`)).json().submittedAt).toBe(submittedAt);

    // No agreed score before B has submitted.
    const early = await a.put(`/api/evaluations/${id}/scores/1.1`, { version: 0, score: 6, rationale: 'Överens' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'conflict', reason: 'awaiting-submissions' });

    // B completes: 1.1 is 3 apart, 1.3 half a point, 2.2 1.25; everything else equal.
    await b.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 1, score: 8, rationale: 'Motivering 1.1' });
    await scoreUnits(b, id, Object.fromEntries(Object.entries(everyUnit(5, { '1.3': 4.5, '2.2': 6.25 })).filter(([code]) => code !== '1.1' && code !== '1.2')));
    expect((await b.post(`/api/evaluations/${id}/my-scores/submit`)).statusCode).toBe(200);

    const aUser = (await a.get('/api/session')).json().user;
    const bUser = (await b.get('/api/session')).json().user;
    const revealed = (await b.get(`/api/evaluations/${id}/calibration`)).json();
    expect(revealed.revealed).toBe(true);
    expect(revealed.units[0]).toEqual({
      code: '1.1',
      areaCode: '1',
      title: expect.any(String),
      max: 20,
      own: { score: '8.00', rationale: 'Motivering 1.1' },
      others: [{ evaluatorId: aUser.id, score: '5.00', rationale: `${secret} 1.1` }],
      difference: '3.00',
      agreed: null,
      criteria: [],
      proposal: null,
    });
    expect(revealed.units.find((unit: { code: string }) => unit.code === '2.2').difference).toBe('1.25');
    expect(revealed.areas.slice(0, 3)).toEqual([
      { code: '1', title: expect.any(String), meanAbsoluteDifference: '0.70', maxDifference: '3.00', unitsApart: 2 },
      { code: '2', title: expect.any(String), meanAbsoluteDifference: '0.31', maxDifference: '1.25', unitsApart: 1 },
      { code: '3', title: expect.any(String), meanAbsoluteDifference: '0.00', maxDifference: '0.00', unitsApart: 0 },
    ]);
    // (3 + 0.5 + 1.25) / 36 = 0.1319… points.
    expect(revealed.overall).toEqual({ meanAbsoluteDifference: '0.13', maxDifference: '3.00', unitsApart: 3, unitsAgreed: 0, units: 36, criteria: NO_CRITERIA });

    const adminView = (await admin.get(`/api/evaluations/${id}/calibration`)).json();
    expect(adminView.units[0].own).toBeNull();
    expect(adminView.units[0].others.map((other: { evaluatorId: string }) => other.evaluatorId).sort()).toEqual([aUser.id, bUser.id].sort());
    expect(adminView.overall).toEqual(revealed.overall);

    const audit = (await admin.get(`/api/evaluations/${id}/audit?limit=200`)).json();
    const submissions = audit.items.filter((entry: { action: string }) => entry.action === 'evaluation.independent-scores.submit');
    expect(submissions.map((entry: { actor: string }) => entry.actor).sort()).toEqual([aUser.email, bUser.email].sort());
    // Each evaluator's own saves are audited too, under an entity the evaluation's trail does not list.
    const own = (await admin.get(`/api/audit?entityType=independent-score&entityId=${id}:${aUser.id}&limit=500`)).json();
    expect(own.total).toBeGreaterThanOrEqual(36);
    expect(own.items[0]).toMatchObject({ actor: aUser.email, action: 'independent-score.update', newValue: { version: expect.any(Number) } });
    expect(audit.items.some((entry: { action: string }) => entry.action.startsWith('independent-score'))).toBe(false);
  });
});

describe(`agreed scores (${testEngine})`, () => {
  it('autosaves one unit: version 0 creates, stale gets 409 with the current value, the detail shows the rationale', async () => {
    const id = await draftWith();
    const created = await admin.put(`/api/evaluations/${id}/scores/1.1`, { version: 0, score: 6.5, rationale: 'Paret enades om **6,5**.' });
    expect(created.statusCode).toBe(200);
    const saved = created.json();
    expect(saved).toEqual({ unitCode: '1.1', score: '6.50', rationale: 'Paret enades om **6,5**.', deviationReason: '', version: 2, evaluationVersion: 2 });

    const stale = await admin.put(`/api/evaluations/${id}/scores/1.1`, { version: 0, score: 9, rationale: 'Annan flik' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      currentVersion: 2,
      current: { unitCode: '1.1', score: '6.50', rationale: 'Paret enades om **6,5**.', version: 2 },
    });

    const detail = (await admin.get(`/api/evaluations/${id}`)).json();
    expect(detail.version).toBe(2);
    expect(detail.areas[0].subareas[0]).toMatchObject({ code: '1.1', score: '6.50', rationale: 'Paret enades om **6,5**.' });
    expect(detail.areas[0].subareas[1]).toMatchObject({ code: '1.2', score: null, rationale: null });

    // A write to another unit bumps the evaluation's version but leaves 1.1's version alone.
    expect((await admin.put(`/api/evaluations/${id}/scores/1.2`, { version: 0, score: 4, rationale: '' })).json()).toMatchObject({ version: 3 });
    expect((await admin.put(`/api/evaluations/${id}/scores/1.1`, { version: 2, score: 7, rationale: 'Höjd' })).json()).toMatchObject({ score: '7.00', version: 4 });

    const calibration = (await admin.get(`/api/evaluations/${id}/calibration`)).json();
    expect(calibration.evaluators).toEqual([]);
    expect(calibration.units[0].agreed).toEqual({ score: '7.00', rationale: 'Höjd', deviationReason: '', version: 4 });
    expect(calibration.overall.unitsAgreed).toBe(2);
    expect(calibration.areas[0].title).toBe('Samspel mellan förtroendevalda och medborgare');
    const norwegian = (await admin.get(`/api/evaluations/${id}/calibration?lang=nb`)).json();
    expect(norwegian.areas[0].title).toBe('Samspill mellom folkevalgte og innbyggere');
    expect(norwegian.units[3]).toMatchObject({ code: '1.4', title: 'Åpenhet om resultater' });

    const invalid = await admin.put(`/api/evaluations/${id}/scores/1.2`, { version: 3, score: 10.5, rationale: '' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details).toEqual([{ field: 'body.score', message: '10.5 is out of range: must be between 0 and 10 (the max of 1.2)' }]);
  });

  it('never reuses a version when a unit is cleared and set again, and audits old and new values', async () => {
    const id = await draftWith();
    const first = (await admin.put(`/api/evaluations/${id}/scores/3.1`, { version: 0, score: 5, rationale: 'Först' })).json();
    const refused = await admin.put(`/api/evaluations/${id}/scores/3.1`, { version: first.version, score: null, rationale: 'kvar' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].field).toBe('body.rationale');
    const cleared = (await admin.put(`/api/evaluations/${id}/scores/3.1`, { version: first.version, score: null, rationale: '' })).json();
    expect(cleared).toMatchObject({ score: null, rationale: '', version: 0 });
    const again = (await admin.put(`/api/evaluations/${id}/scores/3.1`, { version: 0, score: 5, rationale: 'Igen' })).json();
    expect(again.version).toBeGreaterThan(cleared.evaluationVersion - 1);
    expect(again.version).not.toBe(first.version);
    // A client still holding the first version cannot overwrite the new score.
    const old = await admin.put(`/api/evaluations/${id}/scores/3.1`, { version: first.version, score: 1, rationale: 'Gammal' });
    expect(old.statusCode).toBe(409);
    expect(old.json().error.current).toMatchObject({ score: '5.00', rationale: 'Igen', version: again.version });

    const entries = await world.context.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'evaluation.agreed-score.update')))
      .orderBy(auditLog.id);
    expect(entries.map((entry) => [entry.oldValue, entry.newValue])).toEqual([
      [
        { unitCode: '3.1', score: null, rationale: '', deviationReason: '', version: 0 },
        { unitCode: '3.1', score: '5.00', rationale: 'Först', deviationReason: '', version: first.version },
      ],
      [
        { unitCode: '3.1', score: '5.00', rationale: 'Först', deviationReason: '', version: first.version },
        { unitCode: '3.1', score: null, rationale: '', deviationReason: '', version: 0 },
      ],
      [
        { unitCode: '3.1', score: null, rationale: '', deviationReason: '', version: 0 },
        { unitCode: '3.1', score: '5.00', rationale: 'Igen', deviationReason: '', version: again.version },
      ],
    ]);
  });

  it('keeps the bulk score route working beside the per-unit one', async () => {
    const id = await draftWith();
    const unit = (await admin.put(`/api/evaluations/${id}/scores/4.1`, { version: 0, score: 5, rationale: 'Motiverad' })).json();
    const bulk = await admin.put(`/api/evaluations/${id}/scores`, { version: unit.evaluationVersion, scores: [{ code: '4.1', score: 6 }, { code: '4.2', score: 2 }] });
    expect(bulk.statusCode).toBe(200);
    const subareas = bulk.json().areas[3].subareas;
    expect(subareas[0]).toMatchObject({ score: '6.00', rationale: 'Motiverad' });
    expect(subareas[1]).toMatchObject({ score: '2.00', rationale: null });
    // The bulk write gave 4.1 a new version: the old one is stale now.
    expect((await admin.put(`/api/evaluations/${id}/scores/4.1`, { version: unit.version, score: 7, rationale: '' })).statusCode).toBe(409);
  });

  it('applies the "every evaluator submitted" rule to the bulk score route too', async () => {
    const { a, b, id } = await evaluatorPair();
    const version = (await admin.get(`/api/evaluations/${id}`)).json().version;
    const refused = await admin.put(`/api/evaluations/${id}/scores`, { version, scores: [{ code: '1.1', score: 6 }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'conflict', reason: 'awaiting-submissions' });
    expect(refused.json().error.waitingFor).toHaveLength(2);
    expect((await admin.get(`/api/evaluations/${id}`)).json().areas[0].subareas[0].score).toBeNull();

    for (const evaluator of [a, b]) {
      await scoreUnits(evaluator, id, everyUnit(5));
      expect((await evaluator.post(`/api/evaluations/${id}/my-scores/submit`, {})).statusCode).toBe(200);
    }
    const current = (await admin.get(`/api/evaluations/${id}`)).json().version;
    const accepted = await admin.put(`/api/evaluations/${id}/scores`, { version: current, scores: [{ code: '1.1', score: 6 }] });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().areas[0].subareas[0].score).toBe('6.00');
  });

  it('refuses agreed scores on a locked evaluation', async () => {
    const created = await admin.post('/api/evaluations', {
      municipalityId: 'se-0114',
      frameworkId: 'kommunkompassen-2020',
      reportDate: '2020',
      status: 'published',
      origin: 'archive',
    });
    const response = await admin.put(`/api/evaluations/${created.json().id}/scores/1.1`, { version: 0, score: 1, rationale: '' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('conflict');
  });
});
