import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { UserLanguage } from '../language/UserLanguage.js';
import { SessionContext, sessionValue } from './session-context.js';
import { refreshSession, sessionSnapshot, subscribeSession } from './session-store.js';

/**
 * Reads the session when the app starts and again whenever the window gets focus (the user may
 * have signed in or out in another tab), and offers it to every component through useSession().
 * A sign-in or sign-out here empties the query cache before the pages are shown anew, so nothing
 * read for the previous user is shown to the next. The language follows the signed-in user
 * (UserLanguage), so it needs the LanguageProvider around it.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const snapshot = useSyncExternalStore(subscribeSession, sessionSnapshot);
  const queryClient = useQueryClient();

  useEffect(() => {
    void refreshSession();
    const onFocus = () => void refreshSession();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  useEffect(() => {
    let epoch = sessionSnapshot().epoch;
    // Called as the store changes, before React shows the pages again for the new epoch.
    return subscribeSession(() => {
      const next = sessionSnapshot().epoch;
      if (next === epoch) return;
      epoch = next;
      queryClient.clear();
    });
  }, [queryClient]);

  const value = useMemo(() => sessionValue(snapshot), [snapshot]);
  return (
    <SessionContext.Provider value={value}>
      <UserLanguage>{children}</UserLanguage>
    </SessionContext.Provider>
  );
}
