import { interpolate, type MessageParams } from './interpolate.js';
import type { Language } from './language.js';
import { en, nb, sv, type MessageKey, type PartialCatalogue } from './ui-catalogue.js';

const catalogues: Record<Language, PartialCatalogue> = { sv, en, nb };

/**
 * The text for `key` in `language`, Swedish when that language lacks it, with `{name}`
 * placeholders replaced by `params` (see `interpolate`).
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return interpolate(catalogues[language][key] ?? sv[key], params, language);
}

/** True when `language` has its own text for `key` (otherwise the Swedish text is shown). */
export function hasTranslation(language: Language, key: MessageKey): boolean {
  return catalogues[language][key] !== undefined;
}
