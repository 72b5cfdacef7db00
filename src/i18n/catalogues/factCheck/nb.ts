import type { sv } from './sv.js';

/** Norwegian (bokmål) texts of the factCheck feature; missing keys fall back to Swedish. */
export const nb: Partial<Record<keyof typeof sv, string>> = {

};
