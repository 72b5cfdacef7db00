import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE, isLanguage, languageFromBrowser, type Language, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { loadCatalogue, loadedCatalogue, textOf } from './catalogues.js';
import { LanguageContext } from './language-context.js';

const STORAGE_KEY = 'kompass.language';

/** The browser's own preference, for a first visit: a Norwegian browser opens Kompass in Norwegian. */
function browserLanguage(): Language {
  return languageFromBrowser(window.navigator.languages ?? [window.navigator.language]) ?? DEFAULT_LANGUAGE;
}

/** The language the app opens in: the stored choice, else the browser's (main.tsx fetches its catalogue before rendering). */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : browserLanguage();
  } catch {
    // Storage can be blocked (private mode, strict settings); the browser's language is used then.
    return browserLanguage();
  }
}

/** Holds the UI language, remembers the choice and keeps `<html lang>` in step with it. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const catalogue = loadedCatalogue(language);
  const latestChoice = useRef<Language>(language);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered when storage is blocked; the choice still holds for this visit.
    }
    // The page changes language once its texts are there. Should they fail to load (the app
    // was deployed anew since), a reload opens the new version in the chosen language.
    // The latest choice wins, whichever language's texts arrive first.
    latestChoice.current = next;
    loadCatalogue(next).then(
      () => {
        if (latestChoice.current === next) setLanguageState(next);
      },
      () => window.location.reload(),
    );
  }, []);

  const value = useMemo(
    () => ({ language, setLanguage, t: (key: MessageKey, params?: MessageParams) => textOf(catalogue, language, key, params) }),
    [language, catalogue, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
