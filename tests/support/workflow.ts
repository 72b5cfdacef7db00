/** Helpers of the workflow routes' tests (src/api/workflow). */
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Client } from './accounts.js';
import type { TestWorld } from './test-app.js';
import { listScoringUnits } from '../../src/domain/framework.js';

/** Agreed scores for every unit of the 2020 model (5 points each). */
export function allScores(world: TestWorld): Array<{ code: string; score: number }> {
  const framework = world.context.catalogue.frameworks.get('kommunkompassen-2020')!;
  return listScoringUnits(framework).map((unit) => ({ code: unit.code, score: 5 }));
}

/** An evaluation of the 2020 model created by an administrator, with the given evaluator assigned. */
export async function createEvaluationAs(
  admin: Client,
  options: { municipalityId: string; status: string; evaluatorId?: string; fieldworkStart?: string; scores?: Array<{ code: string; score: number }> },
): Promise<string> {
  const response = await admin.post('/api/evaluations', {
    municipalityId: options.municipalityId,
    frameworkId: 'kommunkompassen-2020',
    fieldworkStart: options.fieldworkStart ?? '2026-03',
    status: options.status,
    scores: options.scores ?? [],
  });
  expect(response.statusCode, response.body).toBe(201);
  const id: string = response.json().id;
  if (options.evaluatorId) expect((await admin.post(`/api/evaluations/${id}/evaluators`, { userId: options.evaluatorId })).statusCode).toBe(200);
  return id;
}

/**
 * The assigned evaluator scores every unit on their own and submits, so agreed scores may be set
 * (they wait for every assigned evaluator's submission).
 */
export async function submitOwnScores(world: TestWorld, evaluator: Client, id: string): Promise<void> {
  for (const { code, score } of allScores(world)) {
    const saved = await evaluator.put(`/api/evaluations/${id}/my-scores/${code}`, { version: 0, score, rationale: `Egen motivering ${code}` });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  const submitted = await evaluator.post(`/api/evaluations/${id}/my-scores/submit`, {});
  expect(submitted.statusCode, submitted.body).toBe(200);
}

/**
 * Puts an evaluation into a state only data from before the completeness rule can be in: the
 * given status with the given agreed scores removed. The database's triggers are off for this
 * one transaction (session_replication_role), so the app's own refusals can be tested alone.
 */
export async function writeLegacyState(world: TestWorld, id: string, state: { status: string; removeScores: readonly string[] }): Promise<void> {
  await world.context.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`delete from scores where evaluation_id = ${id} and unit_code = any(${`{${state.removeScores.join(',')}}`}::text[])`);
    await tx.execute(sql`update evaluations set status = ${state.status} where id = ${id}`);
  });
  world.context.readCache?.clear();
}
