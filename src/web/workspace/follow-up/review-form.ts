/**
 * Pure helpers of the judgements of a baseline's improvement opportunities: the form of one
 * judgement, comparing two, reading a 409's current record, and counting what is judged.
 */
import { IMPROVEMENT_JUDGEMENTS, type ImprovementJudgement } from '../../../domain/action-plan-values.js';

/** One improvement opportunity's judgement as the evaluators edit it; no judgement chosen yet is null. */
export interface ReviewForm {
  judgement: ImprovementJudgement | null;
  comment: string;
}

export const EMPTY_REVIEW: ReviewForm = { judgement: null, comment: '' };

const isJudgement = (value: unknown): value is ImprovementJudgement => typeof value === 'string' && (IMPROVEMENT_JUDGEMENTS as readonly string[]).includes(value);

export const sameReview = (a: ReviewForm, b: ReviewForm): boolean => a.judgement === b.judgement && a.comment === b.comment;

/** The form of a saved judgement (or of none, version 0). */
export function reviewFormOf(review: { judgement: string; comment: string; version: number } | null): { value: ReviewForm; version: number } {
  if (!review) return { value: EMPTY_REVIEW, version: 0 };
  return { value: { judgement: isJudgement(review.judgement) ? review.judgement : null, comment: review.comment }, version: review.version };
}

/** The judgement a 409 version_conflict carries as `current`, when it looks like one. */
export function reviewFromConflict(current: unknown): { value: ReviewForm; version: number } | null {
  if (typeof current !== 'object' || current === null) return null;
  const record = current as Record<string, unknown>;
  if (typeof record.version !== 'number' || !isJudgement(record.judgement) || typeof record.comment !== 'string') return null;
  return { value: { judgement: record.judgement, comment: record.comment }, version: record.version };
}

/** How many of the improvement opportunities have a judgement, of how many. */
export function judgedCount(reviews: ReadonlyArray<{ judgement: string } | null>): { done: number; total: number } {
  return { done: reviews.filter((review) => review !== null && isJudgement(review.judgement)).length, total: reviews.length };
}
