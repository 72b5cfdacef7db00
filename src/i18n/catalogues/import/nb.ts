import type { sv } from './sv.js';

/** Norwegian (bokmål) texts of the import feature; missing keys fall back to Swedish. */
export const nb: Partial<Record<keyof typeof sv, string>> = {

  'import.error.missing-scores': 'Rapporten {file} mangler poeng for noen delområder, så evalueringen ville blitt ufullstendig. Ingenting ble lagret.',
};
