/** SQL of a follow-up report's baseline: which evaluation it follows up, the judgements, the public plan's actions. */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { actionPlans, evaluations, improvementReviews, planActions } from '../../db/schema.js';
import type { PlanVisibility } from '../../domain/action-plan-values.js';
import type { ReportImprovementReview, ReportPlanAction } from '../../report/baseline.js';

/** The evaluation that `evaluationId` follows up; null when it follows up none (or does not exist). */
export async function findBaselineId(executor: Executor, evaluationId: string): Promise<string | null> {
  const [row] = await executor.select({ baselineId: evaluations.baselineEvaluationId }).from(evaluations).where(eq(evaluations.id, evaluationId));
  return row?.baselineId ?? null;
}

/** The follow-up evaluators' judgements of the baseline's improvement opportunities. */
export async function findImprovementReviews(executor: Executor, evaluationId: string): Promise<ReportImprovementReview[]> {
  return executor
    .select({ areaCode: improvementReviews.areaCode, index: improvementReviews.improvementIndex, judgement: improvementReviews.judgement, comment: improvementReviews.comment })
    .from(improvementReviews)
    .where(eq(improvementReviews.evaluationId, evaluationId))
    .orderBy(asc(improvementReviews.areaCode), asc(improvementReviews.improvementIndex));
}

/** Who may read the evaluation's action plan; null when it has none. */
export async function findPlanVisibility(executor: Executor, evaluationId: string): Promise<PlanVisibility | null> {
  const [row] = await executor.select({ visibility: actionPlans.visibility }).from(actionPlans).where(eq(actionPlans.evaluationId, evaluationId));
  return row?.visibility ?? null;
}

/** The plan's actions that answer an improvement opportunity, in the plan's order. */
export async function findImprovementActions(executor: Executor, evaluationId: string): Promise<ReportPlanAction[]> {
  const rows = await executor
    .select({
      areaCode: planActions.areaCode,
      index: planActions.improvementIndex,
      title: planActions.title,
      status: planActions.status,
      progress: planActions.progress,
      statusReason: planActions.statusReason,
    })
    .from(planActions)
    .where(and(eq(planActions.evaluationId, evaluationId), isNotNull(planActions.improvementIndex), isNotNull(planActions.areaCode)))
    .orderBy(asc(planActions.position), asc(planActions.id));
  // The table's check keeps an area beside every improvement index; the filter above selects only those rows.
  return rows.flatMap((row) => (row.areaCode === null || row.index === null ? [] : [{ ...row, areaCode: row.areaCode, index: row.index }]));
}
