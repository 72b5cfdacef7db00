/**
 * The scoring API: each evaluator's own scores, submitting them, the calibration view and the
 * agreed scores. Response types come from the server's zod schemas (type-only imports).
 */
import type { AgreedScore, CalibrationView, OwnScore } from '../../../contract/scoring.js';
import { getJson, send } from '../../api/http.js';

export type { AgreedScore, CalibrationView, OwnScore };
export type CalibrationUnit = CalibrationView['units'][number];
export type CalibrationArea = CalibrationView['areas'][number];

export interface OwnScores {
  submittedAt: string | null;
  items: OwnScore[];
}

/** A score as sent: the text typed (the server accepts "6,5"), or null for none. */
export interface ScoreChange {
  version: number;
  score: string | null;
  rationale: string;
}

const enc = encodeURIComponent;
const base = (id: string) => `/evaluations/${enc(id)}`;

export const scoringApi = {
  myScores: (id: string, signal?: AbortSignal) => getJson<OwnScores>(`${base(id)}/my-scores`, {}, signal),
  saveMyScore: (id: string, unitCode: string, change: ScoreChange) => send<OwnScore>('PUT', `${base(id)}/my-scores/${enc(unitCode)}`, change),
  submit: (id: string) => send<{ submittedAt: string }>('POST', `${base(id)}/my-scores/submit`),
  calibration: (id: string, signal?: AbortSignal) => getJson<CalibrationView>(`${base(id)}/calibration`, {}, signal),
  saveAgreedScore: (id: string, unitCode: string, change: ScoreChange) => send<AgreedScore>('PUT', `${base(id)}/scores/${enc(unitCode)}`, change),
};
