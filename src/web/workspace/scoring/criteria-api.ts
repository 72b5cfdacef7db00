/**
 * The criteria API: the caller's own criterion assessments, the agreed assessments in calibration
 * and the agreement statistics across evaluations. Types come from the contract (src/contract/criteria.ts).
 */
import {
  criteriaOperations as ops,
  type CriteriaAgreement,
  type CriteriaStatistics,
  type CriterionAssessment,
  type SaveAgreedCriterionInput,
  type SaveCriterionAssessmentInput,
} from '../../../contract/criteria.js';
import type { Language } from '../../../i18n/index.js';
import { callApi } from '../../api/call.js';

export type { CriteriaAgreement, CriteriaStatistics, CriterionAssessment };

export const criteriaApi = {
  mine: (id: string, signal?: AbortSignal) => callApi(ops.getMyCriteria, { params: { id } }, { signal }),
  saveMine: (id: string, criterionCode: string, input: SaveCriterionAssessmentInput) => callApi(ops.saveMyCriterion, { params: { id, criterionCode }, body: input }),
  saveAgreed: (id: string, criterionCode: string, input: SaveAgreedCriterionInput) => callApi(ops.saveAgreedCriterion, { params: { id, criterionCode }, body: input }),
  statistics: (framework: string, lang: Language, signal?: AbortSignal) => callApi(ops.getCriteriaStatistics, { query: { framework, lang } }, { signal }),
};
