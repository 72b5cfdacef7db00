import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { evaluations } from '../../db/schema.js';
import { isEditableStatus } from '../../domain/access.js';
import type { EvaluationStatus } from '../../domain/evaluation-status.js';
import { AppError, notFound } from '../../kernel/errors.js';

/**
 * Inside a change's transaction: the evaluation, locked against a concurrent status change,
 * and refused with 409 when it is final or published (its content can no longer change).
 */
export async function requireEditableEvaluation(tx: Executor, evaluationId: string): Promise<{ id: string; status: EvaluationStatus; frameworkId: string; municipalityCode: string }> {
  const [row] = await tx
    .select({ id: evaluations.id, status: evaluations.status, frameworkId: evaluations.frameworkId, municipalityCode: evaluations.municipalityCode })
    .from(evaluations)
    .where(eq(evaluations.id, evaluationId))
    .for('update');
  if (!row) throw notFound(`Evaluation ${evaluationId}`);
  const status = row.status;
  if (!isEditableStatus(status)) {
    throw new AppError('conflict', `The evaluation is ${status} and locked: its content can no longer change (an administrator can reopen it)`, [], { status });
  }
  return { ...row, status };
}

/**
 * Marks that the evaluation's content changed and returns its new version. Versioned parts of
 * an evaluation (agreed scores, texts) take this number as their own new version, so a part
 * deleted and created again never reuses a version a client may still hold.
 */
export async function touchEvaluation(tx: Executor, evaluationId: string): Promise<number> {
  const [row] = await tx
    .update(evaluations)
    .set({ version: sql`${evaluations.version} + 1`, updatedAt: sql`now()` })
    .where(eq(evaluations.id, evaluationId))
    .returning({ version: evaluations.version });
  if (!row) throw notFound(`Evaluation ${evaluationId}`);
  return row.version;
}
