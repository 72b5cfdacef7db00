import { translate, type Language } from '../../i18n/index.js';

/**
 * A language's name in that language itself ("Svenska", "English", "Norsk (bokmål)"), whatever
 * the page's language: shown with `lang={language}`, so it is read out in its own language.
 */
export function languageName(language: Language): string {
  return translate(language, `language.${language}`);
}
