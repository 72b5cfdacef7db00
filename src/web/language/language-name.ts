import type { Language } from '../../i18n/index.js';

/**
 * Each language's name in that language itself: the `language.<code>` text of its own catalogue
 * (LanguageSwitcher.test.ts holds them equal), here so that the switcher needs no other catalogue.
 */
const OWN_NAMES: Record<Language, string> = { sv: 'Svenska', en: 'English', nb: 'Norsk (bokmål)' };

/**
 * A language's name in that language itself ("Svenska", "English", "Norsk (bokmål)"), whatever
 * the page's language: shown with `lang={language}`, so it is read out in its own language.
 */
export function languageName(language: Language): string {
  return OWN_NAMES[language];
}
