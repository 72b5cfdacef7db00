/** The public good-example reads as the web app uses them (see src/contract/good-examples.ts). */
import { goodExamplesOperations as ops, type CitedAsGoodExample, type GoodExampleGroup, type GoodExampleOverview } from '../../contract/good-examples.js';
import type { Country } from '../../domain/municipality.js';
import type { Language } from '../../i18n/index.js';
import { callApi } from '../api/call.js';

export type { CitedAsGoodExample, GoodExampleGroup, GoodExampleOverview };

export const goodExamplesApi = {
  citedAs: (municipalityId: string, lang: Language, signal?: AbortSignal) => callApi(ops.getCitedAsGoodExample, { params: { id: municipalityId }, query: { lang } }, { signal }),
  overview: (filter: { model?: string; area?: string; country?: Country }, lang: Language, signal?: AbortSignal) =>
    callApi(ops.getGoodExampleOverview, { query: { ...filter, lang } }, { signal }),
};
