/**
 * The scoring API: each evaluator's own scores, submitting them, the calibration view and the
 * agreed scores. Types come from the contract (src/contract/scoring.ts).
 */
import { scoringOperations as ops, type AgreedScore, type CalibrationView, type OwnScore, type OwnScores, type ScoreChange } from '../../../contract/scoring.js';
import type { Language } from '../../../i18n/index.js';
import { callApi } from '../../api/call.js';

export type { AgreedScore, CalibrationView, OwnScore, OwnScores, ScoreChange };
export type CalibrationUnit = CalibrationView['units'][number];

export const scoringApi = {
  myScores: (id: string, signal?: AbortSignal) => callApi(ops.getMyScores, { params: { id } }, { signal }),
  saveMyScore: (id: string, unitCode: string, change: ScoreChange) => callApi(ops.saveMyScore, { params: { id, unitCode }, body: change }),
  submit: (id: string) => callApi(ops.submitMyScores, { params: { id } }),
  calibration: (id: string, lang: Language, signal?: AbortSignal) => callApi(ops.getCalibration, { params: { id }, query: { lang } }, { signal }),
  saveAgreedScore: (id: string, unitCode: string, change: ScoreChange) => callApi(ops.saveAgreedScore, { params: { id, unitCode }, body: change }),
};
