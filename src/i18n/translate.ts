import { en } from './en.js';
import { nb } from './nb.js';
import { sv, type MessageKey, type PartialCatalogue } from './sv.js';

export const LANGUAGES = ['sv', 'en', 'nb'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

/** Values filled into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Language, PartialCatalogue> = { sv, en, nb };

/** True when `value` is one of the languages the UI speaks. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The text for `key` in `language`, Swedish when that language lacks it, with `{name}`
 * placeholders replaced by `params` (a placeholder without a value is left as it is, so a
 * missing parameter is visible rather than silently empty).
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[language][key] ?? sv[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** True when `language` has its own text for `key` (otherwise the Swedish text is shown). */
export function hasTranslation(language: Language, key: MessageKey): boolean {
  return catalogues[language][key] !== undefined;
}
