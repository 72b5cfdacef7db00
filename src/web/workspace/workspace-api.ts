/**
 * The workspace's calls to the API (status flow, overview, presence) and starting an evaluation.
 * Response types come from the server's zod schemas (type-only imports).
 */
import type { Overview, TransitionList } from '../../contract/workflow.js';
import type { Language } from '../../i18n/index.js';
import { getJson, send } from '../api/http.js';
import type { AssignedEvaluator, EvaluationDetail } from '../api/types.js';

export type { Overview, TransitionList };
export type Transition = TransitionList['items'][number];
export type EvaluationStatus = EvaluationDetail['status'];
export type PreviousComparison = NonNullable<Overview['previous']>;
export type Completeness = NonNullable<Overview['completeness']>;

export interface PresentUser {
  userId: string;
  name: string;
  section: string;
  seenAt: string;
}

export interface NewEvaluation {
  municipalityCode: string;
  frameworkId: string;
  fieldworkStart?: string;
  fieldworkEnd?: string;
  /** Names as printed in the report. */
  evaluators?: string[];
}

const enc = encodeURIComponent;
const base = (id: string) => `/evaluations/${enc(id)}`;

export const workspaceApi = {
  overview: (id: string, lang: Language, signal?: AbortSignal) => getJson<Overview>(`${base(id)}/overview`, { lang }, signal),
  transitions: (id: string, signal?: AbortSignal) => getJson<TransitionList>(`${base(id)}/transitions`, {}, signal),
  changeStatus: (id: string, from: EvaluationStatus, to: EvaluationStatus) =>
    send<{ status: EvaluationStatus; version: number }>('POST', `${base(id)}/status`, { from, to }),
  /** Says which section this user has open; answers with the others seen in the last minute. */
  presence: (id: string, section: string, signal?: AbortSignal) =>
    send<{ others: PresentUser[] }>('PUT', `${base(id)}/presence`, { section }, { signal }),
  evaluators: (id: string, signal?: AbortSignal) => getJson<{ items: AssignedEvaluator[] }>(`${base(id)}/evaluators`, {}, signal),
  create: (input: NewEvaluation) => send<EvaluationDetail>('POST', '/evaluations', input),
};
