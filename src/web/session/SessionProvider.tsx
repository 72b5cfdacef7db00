import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { SessionContext, sessionValue } from './session-context.js';
import { refreshSession, sessionSnapshot, subscribeSession } from './session-store.js';

/**
 * Reads the session when the app starts and again whenever the window gets focus (the user may
 * have signed in or out in another tab), and offers it to every component through useSession().
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const snapshot = useSyncExternalStore(subscribeSession, sessionSnapshot);

  useEffect(() => {
    void refreshSession();
    const onFocus = () => void refreshSession();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const value = useMemo(() => sessionValue(snapshot), [snapshot]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
