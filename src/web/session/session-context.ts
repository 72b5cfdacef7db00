import { createContext, useContext } from 'react';
import type { Session, User } from '../api/types.js';
import { dismissSessionEnded, INITIAL_SESSION, refreshSession, signIn, signOut, type SessionSnapshot } from './session-store.js';

export interface SessionContextValue extends SessionSnapshot {
  /** The signed-in user; null for the public and while the session is being read. */
  user: User | null;
  isAdmin: boolean;
  /**
   * The user whose pages are shown: the signed-in user, or the one whose session just ended
   * (so an open form keeps what was typed). What the server allows is decided by `user`.
   */
  pageUser: User | null;
  refresh(): Promise<Session | null>;
  signIn(email: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
  dismissEnded(): void;
}

const actions = { refresh: refreshSession, signIn, signOut, dismissEnded: dismissSessionEnded };

/** The context value for a snapshot of the session store. */
export function sessionValue(snapshot: SessionSnapshot): SessionContextValue {
  const user = snapshot.session?.user ?? null;
  return { ...snapshot, ...actions, user, isAdmin: user?.role === 'admin', pageUser: user ?? snapshot.endedUser };
}

export const SessionContext = createContext<SessionContextValue>(sessionValue(INITIAL_SESSION));

/** Who is signed in, and signing in and out. */
export function useSession(): SessionContextValue {
  return useContext(SessionContext);
}
