import type { sv } from './sv.js';

/** English texts of the evidence feature; missing keys fall back to Swedish. */
export const en: Partial<Record<keyof typeof sv, string>> = {

};
