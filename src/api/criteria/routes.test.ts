import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import type { UserRecord } from '../../auth/users-repository.js';
import { CRITERIA_FRAMEWORK_ID, installCriteriaFramework } from '../../../tests/support/criteria-framework.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { evaluatorScores } from '../../db/schema.js';
import { saveAgreedScores, saveOwnScores } from '../scoring/bulk-commands.js';

let world: TestWorld;
let admin: Client;

beforeAll(async () => {
  world = await createTestWorld();
  await installCriteriaFramework(world);
  admin = await signedInAs(world, 'admin');
});
afterAll(async () => world?.close());

/** A draft on the test version with criteria, the given evaluators assigned. */
async function draftWith(...evaluators: Array<Client & { user: UserRecord }>): Promise<string> {
  const created = await admin.post('/api/evaluations', { municipalityId: 'se-0114', frameworkId: CRITERIA_FRAMEWORK_ID, fieldworkStart: '2026-03' });
  expect(created.statusCode, created.body).toBe(201);
  const id: string = created.json().id;
  for (const evaluator of evaluators) expect((await admin.post(`/api/evaluations/${id}/evaluators`, { userId: evaluator.user.id })).statusCode).toBe(200);
  return id;
}

async function evaluatorPair() {
  const a = await signedInAs(world, 'evaluator');
  const b = await signedInAs(world, 'evaluator');
  return { a, b, id: await draftWith(a, b) };
}

/** Assesses criteria (each at version 0); returns the last answer. */
async function assess(client: Client, id: string, values: Record<string, string>) {
  let last: Record<string, unknown> = {};
  for (const [code, value] of Object.entries(values)) {
    const response = await client.put(`/api/evaluations/${id}/my-criteria/${code}`, { version: 0, value, note: `Not ${code}` });
    expect(response.statusCode, response.body).toBe(200);
    last = response.json();
  }
  return last;
}

/** Gives every unit a rationale, keeping the scores there are (5 where none), so the evaluator can submit. */
async function completeScores(client: Client, id: string) {
  const own = (await client.get(`/api/evaluations/${id}/my-scores`)).json();
  for (const item of own.items as Array<{ unitCode: string; score: string | null; version: number }>) {
    const response = await client.put(`/api/evaluations/${id}/my-scores/${item.unitCode}`, {
      version: item.version,
      score: item.score ?? 5,
      rationale: `Motivering ${item.unitCode}`,
    });
    expect(response.statusCode, response.body).toBe(200);
  }
}

const A_VALUES = { '1.1.1': 'met', '1.1.2': 'met', '1.1.3': 'not_met', '1.1.4': 'met', '1.2.1': 'most', '1.2.2': 'met', '2.1.1': 'met', '2.1.2': 'partly' };
const B_VALUES = { '1.1.1': 'met', '1.1.2': 'met', '1.1.3': 'partly', '1.1.4': 'met', '1.2.1': 'all', '1.2.2': 'na', '2.1.1': 'met', '2.1.2': 'partly' };

describe(`own criterion assessments (${testEngine})`, () => {
  it('lists every criterion for an assigned evaluator and refuses admins and strangers', async () => {
    const { a, id } = await evaluatorPair();
    const response = await a.get(`/api/evaluations/${id}/my-criteria`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((item: { criterionCode: string }) => item.criterionCode)).toEqual(Object.keys(A_VALUES));
    expect(items[0]).toEqual({ criterionCode: '1.1.1', unitCode: '1.1', value: null, note: '', evidenceIds: [], version: 0 });
    expect((await admin.get(`/api/evaluations/${id}/my-criteria`)).statusCode).toBe(403);
    expect((await admin.put(`/api/evaluations/${id}/my-criteria/1.1.1`, { version: 0, value: 'met' })).statusCode).toBe(403);
    const stranger = await signedInAs(world, 'evaluator');
    expect((await stranger.get(`/api/evaluations/${id}/my-criteria`)).statusCode).toBe(404);
  });

  it('saves with versions, validates the value against the scale, the criterion and the evidence', async () => {
    const { a, id } = await evaluatorPair();
    const evidence = await a.post(`/api/evaluations/${id}/evidence`, {
      kind: 'interview',
      occurredOn: '2026-03-10',
      intervieweeGroup: 'politician_opposition',
      people: 2,
      title: 'Samtal',
      notes: '',
      unitCodes: ['1.1'],
    });
    expect(evidence.statusCode, evidence.body).toBe(201);
    const evidenceId: string = evidence.json().id;
    const first = await a.put(`/api/evaluations/${id}/my-criteria/1.1.1`, { version: 0, value: 'partly', note: 'Visionen finns i **utkast**.', evidenceIds: [evidenceId, evidenceId] });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      assessment: { criterionCode: '1.1.1', unitCode: '1.1', value: 'partly', note: 'Visionen finns i **utkast**.', evidenceIds: [evidenceId], version: 1 },
      followedScore: null,
    });
    const stale = await a.put(`/api/evaluations/${id}/my-criteria/1.1.1`, { version: 0, value: 'met' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 1, current: { value: 'partly', version: 1 } });
    // Cleared with null, kept as a version.
    expect((await a.put(`/api/evaluations/${id}/my-criteria/1.1.1`, { version: 1, value: null })).json().assessment).toMatchObject({ value: null, note: '', evidenceIds: [], version: 2 });

    const wrongScale = await a.put(`/api/evaluations/${id}/my-criteria/1.2.1`, { version: 0, value: 'partly' });
    expect(wrongScale.statusCode).toBe(400);
    expect(wrongScale.json().error.details).toEqual([{ field: 'body.value', message: 'must be one of none, some, most, all, na (the scale of 1.2.1), or null' }]);
    expect((await a.put(`/api/evaluations/${id}/my-criteria/1.1.2`, { version: 0, value: 'most' })).statusCode).toBe(400);
    expect((await a.put(`/api/evaluations/${id}/my-criteria/1.2.1`, { version: 0, value: 'all' })).statusCode).toBe(200);

    for (const code of ['1.3.1', '9.9.9', '1.1.9', 'x']) {
      const unknown = await a.put(`/api/evaluations/${id}/my-criteria/${code}`, { version: 0, value: 'met' });
      expect(unknown.statusCode, code).toBe(404);
      expect(unknown.json().error.code).toBe('not_found');
    }

    const other = await draftWith(a);
    const foreign = await a.post(`/api/evaluations/${other}/evidence`, { kind: 'observation', channel: 'website', occurredOn: '2026-03-11', title: 'Annan', notes: '', unitCodes: ['1.1'] });
    expect(foreign.statusCode, foreign.body).toBe(201);
    const missing = crypto.randomUUID();
    const refused = await a.put(`/api/evaluations/${id}/my-criteria/1.1.2`, { version: 0, value: 'met', evidenceIds: [foreign.json().id, missing] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([{ field: 'body.evidenceIds', message: `are not evidence items of this evaluation: ${foreign.json().id}, ${missing}` }]);
    expect((await a.get(`/api/evaluations/${id}/my-criteria`)).json().items[1]).toMatchObject({ criterionCode: '1.1.2', value: null, version: 0 });
  });

  it('lets the own score follow the proposal until it carries a deviation reason, and refuses an unexplained deviation', async () => {
    const { a, id } = await evaluatorPair();
    // A score and rationale written before the criteria are assessed.
    expect((await a.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 0, score: 4, rationale: 'Tidig bedömning' })).statusCode).toBe(200);
    const partial = await assess(a, id, { '1.1.1': 'met', '1.1.2': 'met', '1.1.3': 'not_met' });
    expect(partial.followedScore).toBeNull();
    // Weights 1, 1, 2, 1: three of five → 12 of 20.
    const last = await assess(a, id, { '1.1.4': 'met' });
    expect(last.followedScore).toEqual({ unitCode: '1.1', score: '12.00', version: 2 });
    expect((await a.get(`/api/evaluations/${id}/my-scores`)).json().items[0]).toEqual({
      unitCode: '1.1',
      score: '12.00',
      rationale: 'Tidig bedömning',
      deviationReason: '',
      version: 2,
      takenOver: false,
    });

    const unexplained = await a.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 2, score: 14, rationale: 'Högre' });
    expect(unexplained.statusCode).toBe(409);
    expect(unexplained.json().error).toMatchObject({
      code: 'deviation_unexplained',
      unitCode: '1.1',
      proposal: '12.00',
      details: [{ field: 'body.deviationReason', message: 'is required: the score departs from the proposal 12.00' }],
    });
    expect((await a.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 2, score: 12, rationale: 'Som förslaget' })).statusCode).toBe(200);
    const explained = await a.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 3, score: 14, rationale: 'Högre', deviationReason: 'Arbetet är i gång' });
    expect(explained.statusCode).toBe(200);
    expect(explained.json()).toMatchObject({ score: '14.00', deviationReason: 'Arbetet är i gång', version: 4 });

    // With a reason, the score stays when the criteria change.
    const changed = await a.put(`/api/evaluations/${id}/my-criteria/1.1.3`, { version: 1, value: 'partly' });
    expect(changed.json().followedScore).toBeNull();
    expect((await a.get(`/api/evaluations/${id}/my-scores`)).json().items[0]).toMatchObject({ score: '14.00', version: 4 });
    // Without a reason again, it follows the next change (1.1.3 met: all met, 20).
    expect((await a.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 4, score: 16, rationale: 'Högre', deviationReason: '' })).statusCode).toBe(200);
    const followed = await a.put(`/api/evaluations/${id}/my-criteria/1.1.3`, { version: 2, value: 'met' });
    expect(followed.json().followedScore).toEqual({ unitCode: '1.1', score: '20.00', version: 6 });

    // A level scale and not applicable: "all" is full marks, "na" leaves the denominator.
    const levels = await assess(a, id, { '1.2.1': 'all', '1.2.2': 'na' });
    expect(levels.followedScore).toEqual({ unitCode: '1.2', score: '10.00', version: 1 });
    // Units without criteria work as before.
    expect((await a.put(`/api/evaluations/${id}/my-scores/1.3`, { version: 0, score: 17, rationale: 'Utan kriterier' })).statusCode).toBe(200);

    const aUser = a.user;
    const own = (await admin.get(`/api/audit?entityType=independent-score&entityId=${id}:${aUser.id}&limit=100`)).json();
    const actions = own.items.map((entry: { action: string }) => entry.action);
    expect(actions.filter((action: string) => action === 'independent-criterion.update')).toHaveLength(8);
    // The followed score is audited as a change of the score.
    expect(own.items.find((entry: { action: string; newValue: { score?: string } | null }) => entry.action === 'independent-score.update' && entry.newValue?.score === '20.00')).toBeTruthy();
    const trail = (await a.get(`/api/evaluations/${id}/audit?limit=200`)).json();
    expect(trail.items.some((entry: { action: string }) => entry.action.startsWith('independent-'))).toBe(false);
  });

  it('refuses to submit while criteria are unassessed or a deviation is unexplained', async () => {
    const { a, id } = await evaluatorPair();
    await assess(a, id, { '1.1.1': 'met', '1.1.2': 'met', '1.1.3': 'met', '1.1.4': 'met', '1.2.1': 'some' });
    await completeScores(a, id);
    // Saving many own scores at once keeps the rule too (1.1's criteria propose 20).
    const own11 = (await a.get(`/api/evaluations/${id}/my-scores`)).json().items[0];
    await expect(
      saveOwnScores(world.context.database.db, world.context.catalogue, { evaluationId: id, userId: a.user.id }, [{ unitCode: '1.1', version: own11.version, score: 18, rationale: 'Lägre' }], 'test'),
    ).rejects.toMatchObject({ code: 'deviation_unexplained', details: [{ field: 'body.0.deviationReason' }] });
    const incomplete = await a.post(`/api/evaluations/${id}/my-scores/submit`);
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().error).toMatchObject({
      code: 'criteria_incomplete',
      missingCriteria: ['1.2.2', '2.1.1', '2.1.2'],
      details: [
        { field: 'criteria.1.2.2', message: 'is not assessed' },
        { field: 'criteria.2.1.1', message: 'is not assessed' },
        { field: 'criteria.2.1.2', message: 'is not assessed' },
      ],
    });
    await assess(a, id, { '1.2.2': 'not_met', '2.1.1': 'met', '2.1.2': 'met' });
    // A deviation written without a reason by another way than this API (e.g. an import).
    await world.context.database.db
      .update(evaluatorScores)
      .set({ score: '3.00', deviationReason: '' })
      .where(and(eq(evaluatorScores.evaluationId, id), eq(evaluatorScores.userId, a.user.id), eq(evaluatorScores.unitCode, '2.1')));
    const unexplained = await a.post(`/api/evaluations/${id}/my-scores/submit`);
    expect(unexplained.statusCode).toBe(409);
    expect(unexplained.json().error).toMatchObject({ code: 'deviation_unexplained', unexplainedUnits: [{ unitCode: '2.1', proposal: '15.00' }] });
    const current = (await a.get(`/api/evaluations/${id}/my-scores`)).json().items.find((item: { unitCode: string }) => item.unitCode === '2.1');
    expect((await a.put(`/api/evaluations/${id}/my-scores/2.1`, { version: current.version, score: 3, rationale: 'Motivering', deviationReason: 'Svarstiden hålls inte' })).statusCode).toBe(200);
    expect((await a.post(`/api/evaluations/${id}/my-scores/submit`)).statusCode).toBe(200);
    // Submitted: the criteria are locked like the scores.
    const locked = await a.put(`/api/evaluations/${id}/my-criteria/1.1.1`, { version: 1, value: 'not_met' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error).toMatchObject({ code: 'conflict', reason: 'submitted' });
  });
});

describe(`calibration and agreed criteria (${testEngine})`, () => {
  it('reveals the criteria once both submitted, agrees per criterion with the agreed score following, and counts agreement', async () => {
    const { a, b, id } = await evaluatorPair();
    await assess(a, id, A_VALUES);
    await assess(b, id, B_VALUES);

    const early = (await a.get(`/api/evaluations/${id}/calibration`)).json();
    const early11 = early.units.find((unit: { code: string }) => unit.code === '1.1');
    expect(early11.criteria[2]).toEqual({ code: '1.1.3', own: { value: 'not_met', note: 'Not 1.1.3' }, others: [], differs: false, agreed: null });
    expect(early11.proposal).toBeNull();
    expect(early.units.find((unit: { code: string }) => unit.code === '1.3').criteria).toEqual([]);
    expect(early.overall.criteria).toEqual({ pairs: 0, agreements: 0, agreementRate: null, meanAbsoluteDifference: null });
    expect((await a.put(`/api/evaluations/${id}/agreed-criteria/1.1.1`, { version: 0, value: 'met' })).json().error).toMatchObject({
      code: 'conflict',
      reason: 'awaiting-submissions',
    });

    await completeScores(a, id);
    await completeScores(b, id);
    expect((await a.post(`/api/evaluations/${id}/my-scores/submit`)).statusCode).toBe(200);
    // Before the partner submits, nothing of theirs shows.
    const half = (await a.get(`/api/evaluations/${id}/calibration`)).json();
    expect(half.units.every((unit: { criteria: Array<{ others: unknown[] }> }) => unit.criteria.every((criterion) => criterion.others.length === 0))).toBe(true);
    expect(JSON.stringify(half)).not.toContain('"all"');
    expect((await b.post(`/api/evaluations/${id}/my-scores/submit`)).statusCode).toBe(200);

    const view = (await a.get(`/api/evaluations/${id}/calibration`)).json();
    const unit12 = view.units.find((unit: { code: string }) => unit.code === '1.2');
    expect(unit12.criteria).toEqual([
      { code: '1.2.1', own: { value: 'most', note: 'Not 1.2.1' }, others: [{ evaluatorId: b.user.id, value: 'all', note: 'Not 1.2.1' }], differs: true, agreed: null },
      { code: '1.2.2', own: { value: 'met', note: 'Not 1.2.2' }, others: [{ evaluatorId: b.user.id, value: 'na', note: 'Not 1.2.2' }], differs: true, agreed: null },
    ]);
    expect(view.units.find((unit: { code: string }) => unit.code === '2.1').criteria.map((criterion: { differs: boolean }) => criterion.differs)).toEqual([false, false]);
    // 8 pairs, 5 alike; shares differ by 0.5 (1.1.3) and 0.5 (1.2.1) over the 7 applicable: 1/7.
    expect(view.overall.criteria).toEqual({ pairs: 8, agreements: 5, agreementRate: '0.63', meanAbsoluteDifference: '0.14' });
    const adminView = (await admin.get(`/api/evaluations/${id}/calibration`)).json();
    expect(adminView.overall.criteria).toEqual(view.overall.criteria);
    expect(adminView.units.find((unit: { code: string }) => unit.code === '1.2').criteria[0].own).toBeNull();

    // Agree 1.1 criterion by criterion; the agreed score follows when the last one is set.
    let evaluationVersion = (await admin.get(`/api/evaluations/${id}`)).json().version;
    let followed: unknown = null;
    for (const [code, value] of Object.entries({ '1.1.1': 'met', '1.1.2': 'met', '1.1.3': 'partly', '1.1.4': 'met' })) {
      const saved = await b.put(`/api/evaluations/${id}/agreed-criteria/${code}`, { version: 0, value, note: `Enade om ${code}` });
      expect(saved.statusCode, saved.body).toBe(200);
      const body = saved.json();
      expect(body.evaluationVersion).toBe(evaluationVersion + 1);
      expect(body).toMatchObject({ criterionCode: code, unitCode: '1.1', value, version: body.evaluationVersion });
      evaluationVersion = body.evaluationVersion;
      followed = body.followedScore;
    }
    expect(followed).toEqual({ score: '16.00', version: evaluationVersion });
    const stale = await a.put(`/api/evaluations/${id}/agreed-criteria/1.1.1`, { version: 0, value: 'not_met' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', current: { value: 'met' } });
    expect((await a.put(`/api/evaluations/${id}/agreed-criteria/1.1.1`, { version: evaluationVersion - 3, value: 'unknown' })).statusCode).toBe(400);
    expect((await a.put(`/api/evaluations/${id}/agreed-criteria/4.4.1`, { version: 0, value: 'met' })).statusCode).toBe(404);

    const agreed11 = (await a.get(`/api/evaluations/${id}/calibration`)).json().units.find((unit: { code: string }) => unit.code === '1.1');
    expect(agreed11.agreed).toEqual({ score: '16.00', rationale: '', deviationReason: '', version: evaluationVersion });
    expect(agreed11.proposal).toBe('16.00');
    expect(agreed11.criteria[2].agreed).toEqual({ value: 'partly', note: 'Enade om 1.1.3', version: evaluationVersion - 1 });

    const unexplained = await a.put(`/api/evaluations/${id}/scores/1.1`, { version: evaluationVersion, score: 15, rationale: 'Enade' });
    expect(unexplained.statusCode).toBe(409);
    expect(unexplained.json().error).toMatchObject({ code: 'deviation_unexplained', proposal: '16.00' });
    const explained = await a.put(`/api/evaluations/${id}/scores/1.1`, { version: evaluationVersion, score: 15, rationale: 'Enade', deviationReason: 'Målen är nya' });
    expect(explained.statusCode, explained.body).toBe(200);
    expect(explained.json()).toMatchObject({ score: '15.00', deviationReason: 'Målen är nya' });
    const kept = await a.put(`/api/evaluations/${id}/agreed-criteria/1.1.3`, { version: agreed11.criteria[2].agreed.version, value: 'met' });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().followedScore).toBeNull();
    const after = (await a.get(`/api/evaluations/${id}/calibration`)).json().units.find((unit: { code: string }) => unit.code === '1.1');
    expect(after).toMatchObject({ proposal: '20.00', agreed: { score: '15.00', deviationReason: 'Målen är nya' } });

    const trail = (await admin.get(`/api/evaluations/${id}/audit?limit=200`)).json();
    const criterionEntries = trail.items.filter((entry: { action: string }) => entry.action === 'evaluation.agreed-criterion.update');
    expect(criterionEntries).toHaveLength(5);
    expect(trail.items.filter((entry: { action: string; newValue: { score?: string } | null }) => entry.action === 'evaluation.agreed-score.update' && entry.newValue?.score === '16.00')).toHaveLength(1);

    // The bulk score routes keep the rule: 2.1's agreed criteria propose 15, its score follows without a reason.
    let version = (await admin.get(`/api/evaluations/${id}`)).json().version;
    for (const code of ['2.1.1', '2.1.2']) {
      const saved = await a.put(`/api/evaluations/${id}/agreed-criteria/${code}`, { version: 0, value: 'met' });
      expect(saved.statusCode, saved.body).toBe(200);
      version = saved.json().evaluationVersion;
    }
    const bulkRoute = await admin.put(`/api/evaluations/${id}/scores`, { version, scores: [{ code: '2.1', score: 10 }, { code: '2.2', score: 10 }] });
    expect(bulkRoute.statusCode).toBe(409);
    expect(bulkRoute.json().error).toMatchObject({ code: 'deviation_unexplained', unitCode: '2.1', details: [{ field: 'body.scores.0.score' }] });
    const agreed21 = (await a.get(`/api/evaluations/${id}/calibration`)).json().units.find((unit: { code: string }) => unit.code === '2.1').agreed;
    expect(agreed21).toMatchObject({ score: '15.00', deviationReason: '' });
    const { db } = world.context.database;
    await expect(saveAgreedScores(db, world.context.catalogue, id, [{ unitCode: '2.1', version: agreed21.version, score: 10, rationale: 'Import' }], 'test')).rejects.toMatchObject({
      code: 'deviation_unexplained',
      details: [{ field: 'body.0.deviationReason' }],
    });
    const bulkSaved = await saveAgreedScores(db, world.context.catalogue, id, [{ unitCode: '2.1', version: agreed21.version, score: 10, rationale: 'Import', deviationReason: 'Enligt importen' }], 'test');
    expect(bulkSaved[0]).toMatchObject({ score: '10.00', deviationReason: 'Enligt importen' });
    world.context.readCache?.clear();

    // Statistics across evaluations of the version: this one, revealed.
    const statistics = await admin.get(`/api/criteria-statistics?framework=${CRITERIA_FRAMEWORK_ID}&lang=en`);
    expect(statistics.statusCode, statistics.body).toBe(200);
    const body = statistics.json();
    expect(body).toMatchObject({
      frameworkId: CRITERIA_FRAMEWORK_ID,
      frameworkTitle: 'Municipal Compass 2020 with test criteria',
      overall: { evaluations: 1, pairs: 8, agreements: 5, agreementRate: '0.63', meanAbsoluteDifference: '0.14' },
    });
    expect(body.evaluations).toEqual([
      { evaluationId: id, municipalityId: 'se-0114', municipalityName: expect.any(String), status: 'draft', pairs: 8, agreements: 5, agreementRate: '0.63', meanAbsoluteDifference: '0.14' },
    ]);
    expect(body.criteria.slice(0, 3)).toEqual([
      { code: '1.1.3', unitCode: '1.1', text: 'Goals are followed up yearly', pairs: 1, disagreements: 1, disagreementRate: '1.00' },
      { code: '1.2.1', unitCode: '1.2', text: 'Politicians steer by goals', pairs: 1, disagreements: 1, disagreementRate: '1.00' },
      { code: '1.2.2', unitCode: '1.2', text: 'The division of roles is documented', pairs: 1, disagreements: 1, disagreementRate: '1.00' },
    ]);
    expect(body.criteria).toHaveLength(8);
    expect((await admin.get('/api/criteria-statistics?framework=kommunkompassen-2020')).json()).toMatchObject({ overall: { evaluations: 0, pairs: 0, agreementRate: null } });
    expect((await admin.get('/api/criteria-statistics?framework=ingen-sadan')).statusCode).toBe(404);
    expect((await a.get(`/api/criteria-statistics?framework=${CRITERIA_FRAMEWORK_ID}`)).statusCode).toBe(403);
  });
});
