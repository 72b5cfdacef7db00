import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { actionPlans, improvementReviews, planActions, scores } from '../../db/schema.js';
import type { ActionStatus, ImprovementJudgement, PlanVisibility } from '../../domain/action-plan-values.js';
import { parseDecimal } from '../../domain/decimal.js';
import type { PreviousScore } from '../../domain/follow-up.js';

export type ImprovementReviewRow = typeof improvementReviews.$inferSelect;

/** An action of the baseline's plan that answers one of its improvement opportunities. */
export interface ImprovementActionRow {
  id: string;
  areaCode: string;
  improvementIndex: number;
  title: string;
  status: ActionStatus;
  progress: number;
  dueDate: string | null;
  statusReason: string;
}

/** The plan visibilities under which a follow-up's evaluators see the baseline's actions. */
export const SHARED_PLAN_VISIBILITIES: readonly PlanVisibility[] = ['evaluators', 'public'];

/** The agreed scores of an evaluation with their rationales, by unit code. */
export async function findAgreedScores(executor: Executor, evaluationId: string): Promise<Map<string, PreviousScore>> {
  const rows = await executor.select({ code: scores.unitCode, score: scores.score, rationale: scores.rationale }).from(scores).where(eq(scores.evaluationId, evaluationId));
  return new Map(rows.map((row) => [row.code, { score: parseDecimal(row.score) ?? 0, rationale: row.rationale }]));
}

/** Who the evaluation's action plan is shared with, or null when it has none. */
export async function findPlanVisibility(executor: Executor, evaluationId: string): Promise<PlanVisibility | null> {
  const [row] = await executor.select({ visibility: actionPlans.visibility }).from(actionPlans).where(eq(actionPlans.evaluationId, evaluationId));
  return row?.visibility ?? null;
}

/** The plan's actions that answer an improvement opportunity, in the plan's order. */
export async function findImprovementActions(executor: Executor, evaluationId: string): Promise<ImprovementActionRow[]> {
  const rows = await executor
    .select({
      id: planActions.id,
      areaCode: planActions.areaCode,
      improvementIndex: planActions.improvementIndex,
      title: planActions.title,
      status: planActions.status,
      progress: planActions.progress,
      dueDate: planActions.dueDate,
      statusReason: planActions.statusReason,
    })
    .from(planActions)
    .where(and(eq(planActions.evaluationId, evaluationId), isNotNull(planActions.improvementIndex), isNotNull(planActions.areaCode)))
    .orderBy(asc(planActions.position), asc(planActions.createdAt));
  return rows.flatMap((row) => (row.areaCode !== null && row.improvementIndex !== null ? [{ ...row, areaCode: row.areaCode, improvementIndex: row.improvementIndex }] : []));
}

/** A follow-up's judgements of its baseline's improvement opportunities. */
export async function findImprovementReviews(executor: Executor, evaluationId: string): Promise<ImprovementReviewRow[]> {
  return executor
    .select()
    .from(improvementReviews)
    .where(eq(improvementReviews.evaluationId, evaluationId))
    .orderBy(asc(improvementReviews.areaCode), asc(improvementReviews.improvementIndex));
}

export async function findImprovementReview(executor: Executor, evaluationId: string, areaCode: string, index: number): Promise<ImprovementReviewRow | null> {
  const [row] = await executor
    .select()
    .from(improvementReviews)
    .where(and(eq(improvementReviews.evaluationId, evaluationId), eq(improvementReviews.areaCode, areaCode), eq(improvementReviews.improvementIndex, index)));
  return row ?? null;
}

/** Writes a judgement at `version` (the evaluation's counter). */
export async function saveImprovementReview(
  executor: Executor,
  key: { evaluationId: string; areaCode: string; index: number },
  values: { judgement: ImprovementJudgement; comment: string },
  version: number,
): Promise<ImprovementReviewRow> {
  const [row] = await executor
    .insert(improvementReviews)
    .values({ evaluationId: key.evaluationId, areaCode: key.areaCode, improvementIndex: key.index, ...values, version })
    .onConflictDoUpdate({
      target: [improvementReviews.evaluationId, improvementReviews.areaCode, improvementReviews.improvementIndex],
      set: { ...values, version, updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error('upsert into improvement_reviews returned no row');
  return row;
}
