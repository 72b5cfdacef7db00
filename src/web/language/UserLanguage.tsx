import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Language } from '../../i18n/index.js';
import { api } from '../api/client.js';
import { useSession } from '../session/session-context.js';
import { rememberSignedInUser } from '../session/session-store.js';
import { LanguageContext, useTranslation } from './language-context.js';

/**
 * The language follows the signed-in user: the language saved with their account is applied when
 * the session first shows it (at sign-in, or when the app opens already signed in) and whenever it
 * changes on the server (chosen in another browser); a choice made here while signed in is saved
 * with the account. Anonymous visitors keep the choice of this browser only. Must sit inside both
 * the LanguageProvider and the SessionProvider.
 */
export function UserLanguage({ children }: { children: ReactNode }) {
  const outer = useTranslation();
  const { user } = useSession();
  const { setLanguage: setLocalLanguage } = outer;
  /** The last user language the server showed (by user), so only a change of it is applied. */
  const seen = useRef<string | null>(null);

  useEffect(() => {
    // Signed out: the next sign-in applies the account's language again, whoever it is.
    if (!user) seen.current = null;
    if (!user?.language) return;
    const key = `${user.id}:${user.language}`;
    if (seen.current === key) return;
    seen.current = key;
    setLocalLanguage(user.language);
  }, [user, setLocalLanguage]);

  const userId = user?.id ?? null;
  const setLanguage = useCallback(
    (next: Language) => {
      setLocalLanguage(next);
      if (userId === null) return;
      // What the server answers becomes the session's user, so the choice is what `seen` holds
      // once it lands; a failed save leaves the choice in this browser and says nothing.
      seen.current = `${userId}:${next}`;
      api.setMyLanguage(next).then(rememberSignedInUser, () => undefined);
    },
    [setLocalLanguage, userId],
  );

  const value = useMemo(() => ({ ...outer, setLanguage }), [outer, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
