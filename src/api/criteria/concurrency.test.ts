/**
 * Criterion saves under concurrency: two saves of the same criterion from the same version give
 * one 200 and one 409; a criterion save racing a score save of the same unit never loses either
 * (each is kept or refused with 409, and what is kept is consistent with the following rule).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { CRITERIA_FRAMEWORK_ID, installCriteriaFramework } from '../../../tests/support/criteria-framework.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';

let world: TestWorld;
let admin: Client;
beforeAll(async () => {
  world = await createTestWorld();
  await installCriteriaFramework(world);
  admin = await signedInAs(world, 'admin');
});
afterAll(async () => world?.close());

async function assignedDraft() {
  const evaluator = await signedInAs(world, 'evaluator');
  const id: string = (await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: CRITERIA_FRAMEWORK_ID, fieldworkStart: '2026-04' })).json().id;
  expect((await admin.post(`/api/evaluations/${id}/evaluators`, { userId: evaluator.user.id })).statusCode).toBe(200);
  return { evaluator, id };
}

describe(`criterion saves under concurrency (${testEngine})`, () => {
  it('accepts one of two saves of the same criterion from the same version and reports the other', async () => {
    const { evaluator, id } = await assignedDraft();
    for (let round = 0; round < 5; round += 1) {
      const version = round;
      const responses = await Promise.all(
        ['met', 'not_met'].map((value) => evaluator.put(`/api/evaluations/${id}/my-criteria/1.1.1`, { version, value, note: `runda ${round} ${value}` })),
      );
      const statuses = responses.map((response) => response.statusCode).sort();
      expect(statuses).toEqual([200, 409]);
      const accepted = responses.find((response) => response.statusCode === 200)!.json().assessment;
      const refused = responses.find((response) => response.statusCode === 409)!.json().error;
      expect(refused).toMatchObject({ code: 'version_conflict', currentVersion: version + 1, current: { value: accepted.value, note: accepted.note } });
      const stored = (await evaluator.get(`/api/evaluations/${id}/my-criteria`)).json().items[0];
      expect(stored).toMatchObject({ value: accepted.value, note: accepted.note, version: version + 1 });
    }
  });

  it('never loses a criterion save or a score save of the same unit racing each other', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 6; round += 1) {
      const { evaluator, id } = await assignedDraft();
      // 1.2 has two criteria: the first is assessed, the second completes the proposal (10).
      expect((await evaluator.put(`/api/evaluations/${id}/my-criteria/1.2.1`, { version: 0, value: 'all' })).statusCode).toBe(200);
      const [criterion, score] = await Promise.all([
        evaluator.put(`/api/evaluations/${id}/my-criteria/1.2.2`, { version: 0, value: 'met', note: 'Dokumenterad' }),
        evaluator.put(`/api/evaluations/${id}/my-scores/1.2`, { version: 0, score: 7, rationale: 'Egen', deviationReason: 'Rollerna följs inte' }),
      ]);
      const own = (await evaluator.get(`/api/evaluations/${id}/my-scores`)).json().items.find((item: { unitCode: string }) => item.unitCode === '1.2');
      const criteria = (await evaluator.get(`/api/evaluations/${id}/my-criteria`)).json().items;
      // The criterion save is always kept; the score save is kept or refused with 409, never lost silently.
      expect(criterion.statusCode, criterion.body).toBe(200);
      expect(criteria.find((item: { criterionCode: string }) => item.criterionCode === '1.2.2')).toMatchObject({ value: 'met', note: 'Dokumenterad', version: 1 });
      if (score.statusCode === 200) {
        // The score came first with its reason, so it did not follow the proposal.
        expect(own).toMatchObject({ score: '7.00', rationale: 'Egen', deviationReason: 'Rollerna följs inte', version: 1 });
        expect(criterion.json().followedScore).toBeNull();
        outcomes.add('score-first');
      } else {
        // The criterion came first: the own score followed the proposal, and the score save (version 0) is stale.
        expect(score.statusCode).toBe(409);
        expect(score.json().error).toMatchObject({ code: 'version_conflict', current: { score: '10.00', version: 1 } });
        expect(criterion.json().followedScore).toEqual({ unitCode: '1.2', score: '10.00', version: 1 });
        expect(own).toMatchObject({ score: '10.00', deviationReason: '', version: 1 });
        outcomes.add('criterion-first');
      }
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });
});
