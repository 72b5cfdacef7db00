/** The life of an evaluation, in order. */
export const EVALUATION_STATUSES = ['draft', 'review', 'fact_check', 'final', 'published'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** Where an evaluation came from: run in Kompass, or brought in from a published report. */
export const EVALUATION_ORIGINS = ['workspace', 'archive'] as const;
export type EvaluationOrigin = (typeof EVALUATION_ORIGINS)[number];
