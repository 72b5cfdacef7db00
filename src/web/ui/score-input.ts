/**
 * The score and rationale of one scoring unit as a form holds them (the score as typed, with a
 * decimal comma allowed), checked the way the server checks them: 0..max, in the framework's step.
 */
import { formatPoints, parseDecimal, type Hundredths } from '../../domain/decimal.js';
import { decimalSeparator, type Language } from '../../i18n/index.js';

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

/** An API score ("7.50") as a form shows it in the language ("7,5" in Swedish, "7.5" in English); '' for none. */
export function scoreToInput(score: string | null, language: Language): string {
  if (score === null) return '';
  const value = parseDecimal(score);
  return value === null ? score : formatPoints(value, decimalSeparator(language));
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
