import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE, isLanguage, translate, type Language, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { LanguageContext } from './language-context.js';

const STORAGE_KEY = 'kompass.language';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, strict settings); Swedish is the default then.
    return DEFAULT_LANGUAGE;
  }
}

/** Holds the UI language, remembers the choice and keeps `<html lang>` in step with it. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered when storage is blocked; the choice still holds for this visit.
    }
  }, []);

  const value = useMemo(
    () => ({ language, setLanguage, t: (key: MessageKey, params?: MessageParams) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
