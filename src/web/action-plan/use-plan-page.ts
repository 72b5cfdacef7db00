import { useQuery } from '@tanstack/react-query';
import type { EvaluationDetail, User } from '../api/types.js';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery, type ApiState } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { actionPlanQuery, type ActionPlan } from './action-plan-api.js';

/**
 * Whether the user may start the plan of a published evaluation: its municipality's users and the
 * administrators (the server decides; this only chooses what to offer).
 */
export function mayStartPlan(user: User | null, evaluation: Pick<EvaluationDetail, 'status' | 'municipality'>): boolean {
  if (!user || evaluation.status !== 'published') return false;
  return user.role === 'admin' || (user.role === 'municipality' && user.municipalityId === evaluation.municipality.id);
}

/** What a page of the plan shows: the evaluation, and its plan or none (404: none, or not shared with the reader). */
export type PlanPageData = { evaluation: EvaluationDetail; plan: ActionPlan | null };

/** The evaluation (in the UI language) and its action plan, read together. */
export function usePlanPage(evaluationId: string): { state: ApiState<PlanPageData>; retry: () => void } {
  const { language } = useTranslation();
  const evaluation = useApiQuery({ queryKey: queryKeys.evaluation(evaluationId).detail(language), queryFn: ({ signal }) => api.getEvaluation(evaluationId, language, signal) });
  const plan = useQuery(actionPlanQuery(evaluationId));
  const retry = () => {
    evaluation.retry();
    void plan.refetch();
  };
  const planMissing = plan.isError && plan.error instanceof ApiError && plan.error.isNotFound;
  if (evaluation.state.status !== 'ok') return { state: evaluation.state.status === 'error' ? evaluation.state : { status: 'loading', previous: undefined }, retry };
  if (planMissing) return { state: { status: 'ok', data: { evaluation: evaluation.state.data, plan: null } }, retry };
  if (plan.isError && !plan.isFetching) return { state: { status: 'error', error: plan.error }, retry };
  if (plan.data === undefined) return { state: { status: 'loading', previous: undefined }, retry };
  return { state: { status: 'ok', data: { evaluation: evaluation.state.data, plan: plan.data } }, retry };
}
