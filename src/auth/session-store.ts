import { eq, lt, or, sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Executor } from '../db/client.js';
import { sessions, users } from '../db/schema.js';
import { TOUCH_INTERVAL_MS, type AuthSettings } from '../kernel/auth-settings.js';
import { readThrough, type ReadCache } from '../kernel/read-cache.js';
import { newToken, tokenHash } from './tokens.js';
import type { UserRecord } from './users-repository.js';

export interface OpenSession {
  tokenHash: string;
  csrfToken: string;
  user: UserRecord;
  lastSeenAt: Date;
  expiresAt: Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session the request came with, set by the server's access control. */
    session: OpenSession | null;
  }
}

/** Starts a session; returns the cookie's token (only its hash is stored). */
export async function createSession(executor: Executor, userId: string, settings: AuthSettings): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + settings.absoluteHours * 3_600_000);
  await executor.insert(sessions).values({ tokenHash: tokenHash(token), userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

interface SessionRow {
  session: typeof sessions.$inferSelect;
  user: UserRecord;
}

async function findSessionRow(executor: Executor, hash: string): Promise<SessionRow | undefined> {
  const rows = await executor
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hash));
  return rows[0];
}

const cacheKey = (hash: string) => `session:${hash}`;

/** Neither run out (idle or absolute) nor of a user who may no longer sign in. */
function isOpen(row: SessionRow, settings: AuthSettings): boolean {
  const now = Date.now();
  const idleEnd = row.session.lastSeenAt.getTime() + settings.idleMinutes * 60_000;
  const usable = !row.user.disabled && (!row.user.demo || settings.demoMode);
  return now < row.session.expiresAt.getTime() && now < idleEnd && usable;
}

/**
 * The session a cookie's token opens, or null when there is none, it has run out (idle or
 * absolute), or its user may no longer sign in. An expired session is deleted on sight.
 *
 * With the read cache the session and its user are read once and then checked from memory: every
 * successful change clears the cache before its answer leaves (in every app process sharing a
 * PostgreSQL, by the database's epoch), signing out, disabling a user or changing a role
 * included, so such a change ends the session for the very next request, on any process. Expiry
 * is checked on every request; a cached copy that looks run out is read again before the session
 * is ended (another process may have seen it used since).
 */
export async function findSession(executor: Executor, token: string, settings: AuthSettings, cache?: ReadCache, since?: number): Promise<OpenSession | null> {
  const hash = tokenHash(token);
  let row = await readThrough(cache, cacheKey(hash), () => findSessionRow(executor, hash), since);
  // A cached copy may carry an older last use than another app process has recorded since.
  if (row && cache && !isOpen(row, settings)) row = await findSessionRow(executor, hash);
  if (!row) return null;
  if (!isOpen(row, settings)) {
    cache?.delete(cacheKey(hash));
    await executor.delete(sessions).where(eq(sessions.tokenHash, hash));
    return null;
  }
  return { tokenHash: hash, csrfToken: row.session.csrfToken, user: row.user, lastSeenAt: row.session.lastSeenAt, expiresAt: row.session.expiresAt };
}

/** Records use of a session, at most once a minute (and in the cached copy, so it is not repeated). */
export async function touchSession(executor: Executor, session: OpenSession, cache?: ReadCache): Promise<void> {
  if (Date.now() - session.lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return;
  const [touched] = await executor
    .update(sessions)
    .set({ lastSeenAt: sql`now()` })
    .where(eq(sessions.tokenHash, session.tokenHash))
    .returning({ lastSeenAt: sessions.lastSeenAt });
  const key = cacheKey(session.tokenHash);
  const cached = cache?.get<SessionRow>(key);
  if (cache && cached && touched) cache.set(key, { ...cached, session: { ...cached.session, lastSeenAt: touched.lastSeenAt } });
}

export async function deleteSession(executor: Executor, hash: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.tokenHash, hash));
}

/** Ends every session of a user (password set, account disabled, role changed). */
export async function deleteUserSessions(executor: Executor, userId: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes sessions that have run out; called now and then so the table does not grow. */
export async function purgeExpiredSessions(executor: Executor, settings: AuthSettings): Promise<void> {
  const idleCutoff = new Date(Date.now() - settings.idleMinutes * 60_000);
  await executor.delete(sessions).where(or(lt(sessions.expiresAt, sql`now()`), lt(sessions.lastSeenAt, idleCutoff)));
}
