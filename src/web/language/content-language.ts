import { createContext, useContext } from 'react';
import { DEFAULT_LANGUAGE, type Language } from '../../i18n/index.js';

/**
 * The language texts written by people in an evaluation are in (analyses, rationales, comments,
 * notes): the evaluated municipality's, whatever language the UI speaks. Marked with `lang` so
 * screen readers pronounce them and spell checkers check them in that language.
 */
export const ContentLanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

/** The language of the written texts of the evaluation being shown. */
export function useContentLanguage(): Language {
  return useContext(ContentLanguageContext);
}
