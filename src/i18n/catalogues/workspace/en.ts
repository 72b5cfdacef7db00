import type { sv } from './sv.js';

/** English texts of the workspace feature; missing keys fall back to Swedish. */
export const en: Partial<Record<keyof typeof sv, string>> = {
  'workspace.previous.roundingNote': 'Points are rounded to whole numbers so that the areas add up to the total, and the difference is calculated from the shown points.',
  'workspace.previous.exactOf': '{column}, exact',
  // The completeness rule: every sub-area has an agreed score from the fact check on (issue 10)
  'workspace.status.reason.missingScores': 'Not yet: every sub-area needs an agreed score first ({count} missing).',
  'workspace.status.missingUnits': 'Show the sub-areas without an agreed score',
  'workspace.status.refusedMissingScores': 'The status could not be changed: every sub-area needs an agreed score first. Missing:',
  'workspace.status.reason.notATransition': 'The evaluation cannot move straight from its current status to this one.',
};
