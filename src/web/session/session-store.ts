import { api } from '../api/client.js';
import { connectSession } from '../api/http.js';
import type { Session, User } from '../api/types.js';

/** Where the session stands in this tab. */
export interface SessionSnapshot {
  /** `loading` until the first answer; `error` when the session could never be read. */
  status: 'loading' | 'ready' | 'error';
  /** The last session the server confirmed (null before the first answer). */
  session: Session | null;
  error: unknown;
  /** A change was refused because the session had ended; cleared by signing in again. */
  ended: boolean;
  /**
   * Whose session ended without a sign-out here (it ran out, or ended on the server). Pages
   * keep showing what they showed for this user, so nothing typed is lost; a change then fails
   * and says so.
   */
  endedUser: User | null;
  /**
   * Counts sign-ins and sign-outs made in this tab. The pages are shown anew when it changes,
   * so nothing read for the previous user stays on screen; a session that ends on its own does
   * not change it, so what the user typed is kept.
   */
  epoch: number;
}

export const INITIAL_SESSION: SessionSnapshot = { status: 'loading', session: null, error: null, ended: false, endedUser: null, epoch: 0 };

let snapshot: SessionSnapshot = INITIAL_SESSION;
const listeners = new Set<() => void>();
/** Bumped by every sign-in and sign-out, so an answer to an older read cannot overwrite them. */
let generation = 0;

function update(change: Partial<SessionSnapshot>): void {
  snapshot = { ...snapshot, ...change };
  for (const listener of listeners) listener();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const sessionSnapshot = (): SessionSnapshot => snapshot;

/** Reads the session from the server; resolves to it, or to null when it could not be read. */
export async function refreshSession(): Promise<Session | null> {
  const started = generation;
  try {
    const session = await api.getSession();
    if (started !== generation) return snapshot.session;
    const signedOut = session.user === null;
    const lost = snapshot.status === 'ready' ? (snapshot.session?.user ?? null) : null;
    const next = {
      status: 'ready' as const,
      session,
      error: null,
      ended: snapshot.ended && signedOut,
      endedUser: signedOut ? (snapshot.endedUser ?? lost) : null,
    };
    if (snapshot.status !== 'ready' || !same(snapshot.session, next.session) || next.ended !== snapshot.ended || !same(snapshot.endedUser, next.endedUser)) {
      update(next);
    }
    return session;
  } catch (error) {
    if (started === generation && snapshot.status !== 'ready') update({ status: 'error', error });
    return null;
  }
}

/** Signs in; the answer carries the new session's CSRF token. Throws the API's error. */
export async function signIn(email: string, password: string): Promise<Session> {
  const session = await api.signIn(email, password);
  generation += 1;
  update({ status: 'ready', session, error: null, ended: false, endedUser: null, epoch: snapshot.epoch + 1 });
  return session;
}

/** Signs out on the server, forgets the user here, then reads the session again. */
export async function signOut(): Promise<void> {
  try {
    await api.signOut();
  } finally {
    generation += 1;
    const demoMode = snapshot.session?.demoMode ?? false;
    update({ status: 'ready', session: { user: null, csrfToken: null, expiresAt: null, demoMode }, ended: false, endedUser: null, epoch: snapshot.epoch + 1 });
    void refreshSession();
  }
}

/**
 * Takes the signed-in user as a change of their own answered it (e.g. their language), without
 * a new epoch: the same user goes on, so nothing read for them is thrown away. Ignored when
 * someone else is signed in by now.
 */
export function rememberSignedInUser(user: User): void {
  const session = snapshot.session;
  if (!session?.user || session.user.id !== user.id || same(session.user, user)) return;
  update({ session: { ...session, user } });
}

/** Hides the "session ended" message. */
export function dismissSessionEnded(): void {
  update({ ended: false });
}

connectSession({
  csrfToken: () => snapshot.session?.csrfToken ?? null,
  refresh: async () => (await refreshSession())?.csrfToken ?? null,
  ended: () => {
    update({ ended: true });
    void refreshSession();
  },
});
