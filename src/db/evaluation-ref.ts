import { eq } from 'drizzle-orm';
import type { EvaluationRef } from '../domain/access.js';
import type { Executor } from './client.js';
import { evaluationAssignments, evaluations } from './schema.js';

/** What access decisions need to know about an evaluation, or null when it does not exist. */
export async function findEvaluationRef(executor: Executor, id: string): Promise<EvaluationRef | null> {
  const [row] = await executor
    .select({ id: evaluations.id, municipalityId: evaluations.municipalityId, status: evaluations.status })
    .from(evaluations)
    .where(eq(evaluations.id, id));
  if (!row) return null;
  const assigned = await executor.select({ userId: evaluationAssignments.userId }).from(evaluationAssignments).where(eq(evaluationAssignments.evaluationId, id));
  return { ...row, evaluatorIds: assigned.map((entry) => entry.userId) };
}
