/** The comparison API as the web app uses it (see src/api/comparisons). */
import type { CreateReferenceAverageInput, EvaluationComparisonResponse, PeerGroupChoices, ReferenceAverage } from '../../contract/comparisons.js';
import type { Language } from '../../i18n/index.js';
import { getJson, send, type Query } from '../api/http.js';

export type { EvaluationComparisonResponse as EvaluationComparison, PeerGroupChoices, ReferenceAverage };
export type ComparisonGroup = EvaluationComparisonResponse['national'];
export type HistoryPoint = EvaluationComparisonResponse['history'][number];

/** What a reference average is stored with: the create request with the mean as typed. */
export type ReferenceAverageInput = Omit<CreateReferenceAverageInput, 'mean'> & { mean: string };

const enc = encodeURIComponent;

export const comparisonsApi = {
  /** The evaluation against the national average, a peer group, reference averages and its history. */
  comparison: (evaluationId: string, query: Query, lang: Language, signal?: AbortSignal) =>
    getJson<EvaluationComparisonResponse>(`/evaluations/${enc(evaluationId)}/comparison`, { ...query, lang }, signal),
  /** Every peer-group choice with its n, given the other criteria in `query`. */
  peerGroups: (evaluationId: string, query: Query, lang: Language, signal?: AbortSignal) =>
    getJson<PeerGroupChoices>(`/evaluations/${enc(evaluationId)}/peer-groups`, { ...query, lang }, signal),
  listReferenceAverages: (signal?: AbortSignal) => getJson<{ items: ReferenceAverage[] }>('/reference-averages', {}, signal),
  createReferenceAverage: (input: ReferenceAverageInput) => send<ReferenceAverage>('POST', '/reference-averages', input),
  changeReferenceAverage: (id: number, input: ReferenceAverageInput, version: number) =>
    send<ReferenceAverage>('PUT', `/reference-averages/${id}`, { ...input, version }),
  removeReferenceAverage: (id: number, version: number) => send<void>('DELETE', `/reference-averages/${id}`, undefined, { query: { version } }),
};
