/**
 * The score and rationale of one scoring unit as a form holds them (the score as typed, with a
 * decimal comma allowed), checked the way the server checks them: 0..max, in the framework's step.
 */
import { formatPoints, parseDecimal, type Hundredths } from '../../../domain/decimal.js';
import { showScores } from '../../../domain/display-figures.js';
import type { FrameworkDetail } from '../../api/types.js';

export interface ScoreForm {
  /** The score as typed ("6,5"); '' for none. */
  score: string;
  rationale: string;
}

export type ScoreProblem = { kind: 'notNumber' } | { kind: 'tooHigh'; max: number } | { kind: 'step'; step: string };

/** The score of a form in hundredths; null when empty or not a number. */
export function scoreHundredths(text: string): Hundredths | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : parseDecimal(trimmed);
}

/** What is wrong with a typed score, or null when it is empty or fine. */
export function scoreProblem(text: string, max: number, step: string): ScoreProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = parseDecimal(trimmed);
  if (value === null) return { kind: 'notNumber' };
  if (value > max * 100) return { kind: 'tooHigh', max };
  const stepHundredths = parseDecimal(step) ?? 1;
  if (stepHundredths > 0 && value % stepHundredths !== 0) return { kind: 'step', step };
  return null;
}

/** An API score ("7.50") as a form shows it ("7,5"); '' for none. */
export function scoreToInput(score: string | null): string {
  if (score === null) return '';
  const value = parseDecimal(score);
  return value === null ? score : formatPoints(value, ',');
}

/** The score to send: null when empty, otherwise the trimmed text (the server reads "6,5"). */
export function scoreToSend(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** Same score (6,5 = 6.50) and the same rationale. */
export function sameScoreForm(a: ScoreForm, b: ScoreForm): boolean {
  if (a.rationale !== b.rationale) return false;
  const left = scoreHundredths(a.score);
  const right = scoreHundredths(b.score);
  if (left === null || right === null) return left === right && a.score.trim() === b.score.trim();
  return left === right;
}

/** Has both a score and a rationale (what submitting needs). */
export function isScored(form: ScoreForm): boolean {
  return scoreHundredths(form.score) !== null && form.rationale.trim() !== '';
}

export interface ScoringUnit {
  code: string;
  areaCode: string;
  title: string;
  max: number;
}

export interface ScoringArea {
  code: string;
  title: string;
  max: number;
  units: ScoringUnit[];
}

/** The framework's scoring units per area: its sub-areas, or the area itself when it is scored whole. */
export function scoringAreas(framework: FrameworkDetail): ScoringArea[] {
  return framework.areas.map((area) => ({
    code: area.code,
    title: area.title,
    max: area.max,
    units:
      area.scoredBy === 'subarea' && area.subareas.length > 0
        ? area.subareas.map((subarea) => ({ code: subarea.code, areaCode: area.code, title: subarea.title, max: subarea.max ?? 0 }))
        : [{ code: area.code, areaCode: area.code, title: area.title, max: area.max }],
  }));
}

/** An element id for a unit's field ("1.2" → "poang-1-2"). */
export const fieldId = (prefix: string, code: string) => `${prefix}-${code.replace(/[^A-Za-z0-9]+/g, '-')}`;

export interface AreaTotal {
  code: string;
  /** Exact sum of the scored units, in hundredths. */
  exact: Hundredths;
  /** The whole number shown, rounded as the evaluation rounds (parts add up to the total). */
  shown: number;
  /** Units without a score. */
  missing: number;
}

/**
 * Area totals of the given unit scores, shown as the server shows the evaluation (`showScores`:
 * largest remainder, so shown areas add up to the shown total); missing units count as zero.
 */
export function areaTotals(areas: readonly ScoringArea[], scores: ReadonlyMap<string, Hundredths>): { areas: AreaTotal[]; total: number } {
  const shown = showScores({
    areas: areas.map((area) => {
      const whole = area.units.length === 1 && area.units[0]?.code === area.code;
      return {
        code: area.code,
        max: area.max,
        score: whole ? (scores.get(area.code) ?? null) : null,
        subareas: whole ? [] : area.units.map((unit) => ({ code: unit.code, max: unit.max, score: scores.get(unit.code) ?? null })),
      };
    }),
  });
  return {
    total: shown.total.shown,
    areas: areas.map((area, index) => ({
      code: area.code,
      exact: shown.areas[index]?.exact ?? 0,
      shown: shown.areas[index]?.shown ?? 0,
      missing: area.units.filter((unit) => !scores.has(unit.code)).length,
    })),
  };
}
