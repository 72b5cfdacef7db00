import { interpolate, type MessageParams } from './interpolate.js';
import type { Language } from './language.js';
import { en, nb, sv, type Catalogue, type MessageKey } from './ui-catalogue.js';

const catalogues: Record<Language, Catalogue> = { sv, en, nb };

/** The text for `key` in `language` (every language has every key), with its plural choices and `{name}` placeholders filled from `params` (see `interpolate`). */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return interpolate(catalogues[language][key], params, language);
}
