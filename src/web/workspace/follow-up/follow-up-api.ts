/**
 * The follow-up API: starting a follow-up of a published evaluation, its baseline (the previous
 * evaluation's scores, texts and the municipality's actions), taking over a previous score or
 * text, and judging the previous improvement opportunities. Types come from the contract
 * (src/contract/follow-ups.ts).
 */
import { followUpsOperations as ops, type ActionBrief, type Baseline, type ImprovementReview, type SaveImprovementReviewInput, type TakenOver } from '../../../contract/follow-ups.js';
import type { Language } from '../../../i18n/index.js';
import { callApi } from '../../api/call.js';

export type { ActionBrief, Baseline, ImprovementReview };
export type BaselineUnit = Baseline['units'][number];
export type BaselineArea = Baseline['areas'][number];
export type PreviousArea = BaselineArea['previous'][number];
export type PreviousImprovement = PreviousArea['improvements'][number];

/** What a take-over of `kind` wrote. */
type TakenOverOf<Kind extends TakenOver['kind']> = Extract<TakenOver, { kind: Kind }>;

/** The answer of a take-over, checked to be the kind asked for (the contract answers any of them). */
function ofKind<Kind extends TakenOver['kind']>(kind: Kind, answer: TakenOver): TakenOverOf<Kind> {
  if (answer.kind !== kind) throw new Error(`A take-over of ${kind} answered ${answer.kind}`);
  return answer as TakenOverOf<Kind>;
}

export const followUpApi = {
  create: (baselineId: string, frameworkId: string) => callApi(ops.createFollowUp, { params: { id: baselineId }, body: { frameworkId } }),
  baseline: (id: string, lang: Language, signal?: AbortSignal) => callApi(ops.getBaseline, { params: { id }, query: { lang } }, { signal }),
  takeOverScore: async (id: string, unitCode: string, version: number) =>
    ofKind('own-score', await callApi(ops.takeOverFromBaseline, { params: { id }, body: { kind: 'own-score', unitCode, version } })),
  takeOverAreaText: async (id: string, areaCode: string, version: number) =>
    ofKind('area-text', await callApi(ops.takeOverFromBaseline, { params: { id }, body: { kind: 'area-text', areaCode, version } })),
  takeOverSubareaText: async (id: string, unitCode: string, version: number) =>
    ofKind('subarea-text', await callApi(ops.takeOverFromBaseline, { params: { id }, body: { kind: 'subarea-text', unitCode, version } })),
  saveReview: (id: string, areaCode: string, index: number, input: SaveImprovementReviewInput) =>
    callApi(ops.saveImprovementReview, { params: { id, areaCode, index }, body: input }),
};
