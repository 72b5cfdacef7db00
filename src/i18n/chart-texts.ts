import { sv } from './catalogues/charts/sv.js';
import { en } from './catalogues/charts/en.js';
import { nb } from './catalogues/charts/nb.js';
import { interpolate, type MessageParams } from './interpolate.js';
import type { Language } from './language.js';

/** A key of the chart texts (`catalogues/charts/`). */
export type ChartTextKey = keyof typeof sv;

const catalogues: Record<Language, Record<ChartTextKey, string>> = { sv, en, nb };

/** The chart text for `key` in `language` with `{name}` placeholders filled in. */
export function chartText(language: Language, key: ChartTextKey, params?: MessageParams): string {
  return interpolate(catalogues[language][key], params, language);
}

/** The chart catalogue in the three languages (for the coverage tests). */
export const CHART_TEXTS = { sv, en, nb } as const;
