import type { Language } from '../domain/framework.js';

/**
 * The one `Language` of the app: the UI, the reports and the charts speak the languages the
 * framework catalogue localises its titles in (the domain names them, as it may import nothing
 * of ours; everything else takes the type from here).
 */
export type { Language };

export const LANGUAGES = ['sv', 'en', 'nb'] as const satisfies readonly Language[];
export const DEFAULT_LANGUAGE: Language = 'sv';

/** Fails to compile when the domain gains a language this list lacks. */
const everyLanguageListed: Exclude<Language, (typeof LANGUAGES)[number]> extends never ? true : never = true;
void everyLanguageListed;

/** True when `value` is one of the languages the app speaks. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the browser's preferred languages (`navigator.languages`, most wanted first) that
 * the app speaks: Norwegian in any form (nb, no, nn) is bokmål, any English is English, any
 * Swedish is Swedish; null when none is. Only a first visit without a stored choice uses it.
 */
export function languageFromBrowser(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
    if (primary === 'en') return 'en';
    if (primary === 'sv') return 'sv';
  }
  return null;
}
