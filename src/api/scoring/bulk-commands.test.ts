import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { allScores, createEvaluationAs } from '../../../tests/support/workflow.js';
import { refusalOfDatabaseError } from '../../kernel/complete-scores-refusal.js';
import { AppError } from '../../kernel/errors.js';
import { saveAgreedScores, saveOwnScores } from './bulk-commands.js';
import { submitOwnScores } from './commands.js';

let world: TestWorld;
let admin: Client;
let evaluator: Client & { user: { id: string; email: string } };

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
});
afterAll(async () => world?.close());

const own = (score = 5) => allScores(world).map(({ code }) => ({ unitCode: code, version: 0, score, rationale: `Motivering ${code}` }));
const thrown = async (run: () => Promise<unknown>): Promise<unknown> => run().then(() => null, (error: unknown) => error);

describe(`many scores at once (${testEngine})`, () => {
  it("saves an evaluator's own scores of every unit in one go, audited unit by unit, and refuses a stale or bad one saving nothing", async () => {
    const id = await createEvaluationAs(admin, { municipalityId: 'se-2284', status: 'draft', evaluatorId: evaluator.user.id });
    const { db } = world.context.database;
    const key = { evaluationId: id, userId: evaluator.user.id };
    const saved = await saveOwnScores(db, world.context.catalogue, key, own(), evaluator.user.email);
    expect(saved).toHaveLength(36);
    expect(saved[0]).toEqual({ unitCode: '1.1', score: '5.00', rationale: 'Motivering 1.1', deviationReason: '', version: 1, takenOver: false });
    const mine = (await evaluator.get(`/api/evaluations/${id}/my-scores`)).json();
    expect(mine.items.every((item: { score: string }) => item.score === '5.00')).toBe(true);

    const stale = await thrown(() => saveOwnScores(db, world.context.catalogue, key, own(6), evaluator.user.email));
    expect(stale).toMatchObject({ code: 'version_conflict', extra: { currentVersion: 1 } });
    const bad = await thrown(() => saveOwnScores(db, world.context.catalogue, key, [{ unitCode: '1.1', version: 1, score: 99, rationale: '' }], evaluator.user.email));
    expect(bad).toMatchObject({ code: 'validation', details: [{ field: 'body.0.score' }] });
    expect((await evaluator.get(`/api/evaluations/${id}/my-scores`)).json().items[0].score).toBe('5.00');

    await submitOwnScores(db, world.context.catalogue, id, evaluator.user.id, evaluator.user.email);
    const locked = await thrown(() => saveOwnScores(db, world.context.catalogue, key, [{ unitCode: '1.1', version: 1, score: 4, rationale: 'x' }], evaluator.user.email));
    expect(locked).toMatchObject({ code: 'conflict', extra: { reason: 'submitted' } });
  });

  it('sets agreed scores once every evaluator has submitted, each at the evaluation’s new version, and removes them with null', async () => {
    const id = await createEvaluationAs(admin, { municipalityId: 'se-2284', status: 'draft', evaluatorId: evaluator.user.id });
    const { db } = world.context.database;
    const agreed = own(7);
    const waiting = await thrown(() => saveAgreedScores(db, world.context.catalogue, id, agreed, 'test'));
    expect(waiting).toMatchObject({ code: 'conflict', extra: { reason: 'awaiting-submissions' } });
    await saveOwnScores(db, world.context.catalogue, { evaluationId: id, userId: evaluator.user.id }, own(), evaluator.user.email);
    await submitOwnScores(db, world.context.catalogue, id, evaluator.user.id, evaluator.user.email);

    const saved = await saveAgreedScores(db, world.context.catalogue, id, agreed, 'test');
    const { version, total } = (await admin.get(`/api/evaluations/${id}`)).json();
    expect(total.score).toBe('252.00');
    expect(saved.every((entry) => entry.version === version && entry.evaluationVersion === version)).toBe(true);
    const entries = (await admin.get(`/api/evaluations/${id}/audit`)).json().items.filter((entry: { action: string }) => entry.action === 'evaluation.agreed-score.update');
    expect(entries).toHaveLength(36);

    const removed = await saveAgreedScores(db, world.context.catalogue, id, [{ unitCode: '3.2', version, score: null, rationale: '' }], 'test');
    expect(removed).toEqual([{ unitCode: '3.2', score: null, rationale: '', deviationReason: '', version: 0, evaluationVersion: version + 1 }]);
    // Written past the HTTP layer, which would clear the read cache itself.
    world.context.readCache?.clear();
    expect((await admin.get(`/api/evaluations/${id}`)).json()).toMatchObject({ complete: false, missingUnits: [{ code: '3.2' }] });
  });

  it('cannot take an agreed score from an evaluation at the fact check either: the database refuses it for this path too', async () => {
    const id = await createEvaluationAs(admin, { municipalityId: 'se-2284', status: 'fact_check', scores: allScores(world) });
    const { db } = world.context.database;
    const { version } = (await admin.get(`/api/evaluations/${id}`)).json();
    const refused = refusalOfDatabaseError(await thrown(() => saveAgreedScores(db, world.context.catalogue, id, [{ unitCode: '3.2', version, score: null, rationale: '' }], 'test')));
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'conflict', extra: { reason: 'missing-scores', status: 'fact_check', missingUnits: [{ code: '3.2' }] } });
  });
});
