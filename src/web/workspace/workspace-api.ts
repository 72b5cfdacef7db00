/**
 * The workspace's calls to the API (status flow, overview, presence) and starting an evaluation.
 * Types come from the contract (src/contract).
 */
import { evaluationsOperations, type NewEvaluation } from '../../contract/evaluations.js';
import { workflowOperations as ops, type Overview, type PresenceView, type TransitionList } from '../../contract/workflow.js';
import type { Language } from '../../i18n/index.js';
import { callApi } from '../api/call.js';
import type { EvaluationDetail } from '../api/types.js';

export type { NewEvaluation, Overview, TransitionList };
export type Transition = TransitionList['items'][number];
export type EvaluationStatus = EvaluationDetail['status'];
export type PreviousComparison = NonNullable<Overview['previous']>;
export type Completeness = NonNullable<Overview['completeness']>;
export type PresentUser = PresenceView['others'][number];

export const workspaceApi = {
  overview: (id: string, lang: Language, signal?: AbortSignal) => callApi(ops.getOverview, { params: { id }, query: { lang } }, { signal }),
  transitions: (id: string, signal?: AbortSignal) => callApi(ops.getTransitions, { params: { id } }, { signal }),
  changeStatus: (id: string, from: EvaluationStatus, to: EvaluationStatus) => callApi(ops.changeStatus, { params: { id }, body: { from, to } }),
  /** Says which section this user has open; answers with the others seen in the last minute. */
  presence: (id: string, section: string, signal?: AbortSignal) => callApi(ops.reportPresence, { params: { id }, body: { section } }, { signal }),
  evaluators: (id: string, signal?: AbortSignal) => callApi(evaluationsOperations.listEvaluators, { params: { id } }, { signal }),
  create: (input: NewEvaluation) => callApi(evaluationsOperations.createEvaluation, { body: input }),
};
