/** The municipality start page's read as the web app uses it (see src/contract/my-municipality.ts). */
import { myMunicipalityOperations as ops, type DueAction, type MyMunicipality } from '../../contract/my-municipality.js';
import type { Language } from '../../i18n/index.js';
import { callApi } from '../api/call.js';

export type { DueAction, MyMunicipality };
export type HomePlan = NonNullable<MyMunicipality['plan']>;

export const myMunicipalityApi = {
  /** The signed-in municipality user's own page, or (administrators) the page of `municipality`. */
  get: (municipality: string | undefined, lang: Language, signal?: AbortSignal) => callApi(ops.getMyMunicipality, { query: { municipality, lang } }, { signal }),
};
