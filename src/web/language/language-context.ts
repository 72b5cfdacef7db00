import { createContext, useContext } from 'react';
import { DEFAULT_LANGUAGE, type Language, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { loadedCatalogue, textOf } from './catalogues.js';

export interface LanguageContextValue {
  language: Language;
  setLanguage(language: Language): void;
  /** `translate` bound to the chosen language. */
  t(key: MessageKey, params?: MessageParams): string;
}

export const LanguageContext = createContext<LanguageContextValue>({
  language: DEFAULT_LANGUAGE,
  setLanguage: () => undefined,
  t: (key, params) => textOf(loadedCatalogue(DEFAULT_LANGUAGE), DEFAULT_LANGUAGE, key, params),
});

/** The UI language and the translate function for it. */
export function useTranslation(): LanguageContextValue {
  return useContext(LanguageContext);
}
