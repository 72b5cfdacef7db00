import type { sv } from './sv.js';

/** Norwegian (bokmål) texts of the scoring feature; missing keys fall back to Swedish. */
export const nb: Partial<Record<keyof typeof sv, string>> = {
  'scoring.error.missingScores': 'poengsummen kan ikke fjernes: når evalueringen har status «{status}», må hvert delområde ha en omforent poengsum.',
};
