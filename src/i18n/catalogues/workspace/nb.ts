import type { sv } from './sv.js';

/** Norwegian (bokmål) texts of the workspace feature; missing keys fall back to Swedish. */
export const nb: Partial<Record<keyof typeof sv, string>> = {
  'workspace.previous.roundingNote': 'Poengene er avrundet til hele tall slik at områdene summerer seg til totalen, og forskjellen regnes av de viste poengene.',
  'workspace.previous.exactOf': '{column}, eksakt',
  // The completeness rule: every sub-area has an agreed score from the fact check on (issue 10)
  'workspace.status.reason.missingScores': 'Ikke ennå: alle delområder trenger en omforent poengsum først ({count} mangler).',
  'workspace.status.missingUnits': 'Vis delområdene uten omforent poengsum',
  'workspace.status.refusedMissingScores': 'Statusen kunne ikke endres: alle delområder trenger en omforent poengsum først. Mangler:',
  'workspace.status.reason.notATransition': 'Evalueringen kan ikke flyttes direkte fra sin nåværende status til denne.',
};
