import type { sv } from './sv.js';

/** English texts of the scoring feature; missing keys fall back to Swedish. */
export const en: Partial<Record<keyof typeof sv, string>> = {
  'scoring.error.missingScores': 'the score cannot be removed: while the evaluation has the status “{status}”, every sub-area must have an agreed score.',
};
