/** The comparison API as the web app uses it (see src/contract/comparisons.ts). */
import {
  comparisonsOperations as ops,
  type CreateReferenceAverageInput,
  type EvaluationComparisonResponse,
  type PeerGroupChoices,
  type ReferenceAverage,
} from '../../contract/comparisons.js';
import type { Language } from '../../i18n/index.js';
import { callApi } from '../api/call.js';
import type { Query } from '../api/http.js';

export type { EvaluationComparisonResponse as EvaluationComparison, PeerGroupChoices, ReferenceAverage };
export type ComparisonGroup = EvaluationComparisonResponse['national'];
export type HistoryPoint = EvaluationComparisonResponse['history'][number];

/** What a reference average is stored with: the create request with the mean as typed. */
export type ReferenceAverageInput = Omit<CreateReferenceAverageInput, 'mean'> & { mean: string };

export const comparisonsApi = {
  /** The evaluation against the national average, a peer group, reference averages and its history. */
  comparison: (evaluationId: string, query: Query, lang: Language, signal?: AbortSignal) =>
    callApi(ops.getEvaluationComparison, { params: { id: evaluationId }, query: { ...query, lang } as never }, { signal }),
  /** Every peer-group choice with its n, given the other criteria in `query`. */
  peerGroups: (evaluationId: string, query: Query, lang: Language, signal?: AbortSignal) =>
    callApi(ops.getPeerGroupChoices, { params: { id: evaluationId }, query: { ...query, lang } as never }, { signal }),
  listReferenceAverages: (signal?: AbortSignal) => callApi(ops.listReferenceAverages, {}, { signal }),
  createReferenceAverage: (input: ReferenceAverageInput) => callApi(ops.createReferenceAverage, { body: input }),
  changeReferenceAverage: (id: number, input: ReferenceAverageInput, version: number) =>
    callApi(ops.updateReferenceAverage, { params: { id }, body: { ...input, version } }),
  removeReferenceAverage: (id: number, version: number) => callApi(ops.deleteReferenceAverage, { params: { id }, query: { version } }),
};
