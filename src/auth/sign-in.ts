import { and, count, eq, gt, max, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { appendAudit } from '../db/audit.js';
import { versionedWrite } from '../kernel/versioned-write.js';
import { loginAttempts } from '../db/schema.js';
import { AppError } from '../kernel/errors.js';
import { verifyAgainstNothing, verifyPassword } from './passwords.js';
import { createSession, deleteSession } from './session-store.js';
import type { AuthSettings } from '../kernel/auth-settings.js';
import { findUserByEmail, normaliseEmail, type UserRecord } from './users-repository.js';

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  /** The hash of the session the browser presented, if any: it is ended, never reused. */
  previousSessionHash?: string;
}

export interface SignedIn {
  user: UserRecord;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

const WRONG = 'Wrong e-mail address or password';

async function failuresSince(db: Database, column: 'email' | 'ip', value: string, since: Date) {
  const [row] = await db
    .select({ failures: count(), latest: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts[column], value), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return { failures: row?.failures ?? 0, latest: row?.latest ?? null };
}

async function lastSuccess(db: Database, email: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true)));
  return row?.at ?? null;
}

const secondsUntil = (latest: Date | null, minutes: number) =>
  Math.max(1, Math.ceil(((latest?.getTime() ?? Date.now()) + minutes * 60_000 - Date.now()) / 1000));

function lockedError(settings: AuthSettings, retryAfterSeconds: number): AppError {
  return new AppError(
    'locked',
    `The account is locked after ${settings.lockAfterFailures} failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
    [],
    { retryAfterSeconds },
  );
}

/**
 * Checks an e-mail and password and starts a new session. Failures are counted per e-mail
 * address (known or not, so locking reveals nothing) and per client address; after too many
 * the address is locked for a while and told so. Every attempt is audited.
 */
export async function signIn(db: Database, input: SignInInput, settings: AuthSettings): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const windowStart = new Date(Date.now() - settings.lockMinutes * 60_000);

  const fromIp = await failuresSince(db, 'ip', input.ip, windowStart);
  if (fromIp.failures >= settings.ipFailureLimit) {
    const retryAfterSeconds = secondsUntil(fromIp.latest, settings.lockMinutes);
    throw new AppError('rate_limited', `Too many failed sign-ins from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`, [], { retryAfterSeconds });
  }
  const success = await lastSuccess(db, email);
  const since = success && success > windowStart ? success : windowStart;
  const forEmail = await failuresSince(db, 'email', email, since);
  if (forEmail.failures >= settings.lockAfterFailures) {
    throw lockedError(settings, secondsUntil(forEmail.latest, settings.lockMinutes));
  }

  const user = await findUserByEmail(db, email);
  const canSignIn = user && user.passwordHash && !user.disabled && (!user.demo || settings.demoMode);
  const matches = canSignIn ? await verifyPassword(input.password, user.passwordHash!) : await verifyAgainstNothing(input.password);

  const signedIn = await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ email, ip: input.ip, succeeded: matches });
    await appendAudit(tx, {
      actor: matches ? email : `anonymous@${input.ip}`,
      action: matches ? 'session.sign-in' : 'session.sign-in-failed',
      entityType: 'user',
      entityId: user?.id ?? email,
      newValue: { email, ip: input.ip },
    });
    if (!matches || !user) return null;
    // A session id from before the sign-in is never carried over (session fixation).
    if (input.previousSessionHash) await deleteSession(tx, input.previousSessionHash);
    const session = await createSession(tx, user.id, settings);
    return { user, ...session };
  });
  // The failure is recorded (committed) before it is reported.
  if (signedIn) return signedIn;
  if (forEmail.failures + 1 >= settings.lockAfterFailures) throw lockedError(settings, settings.lockMinutes * 60);
  throw new AppError('unauthorized', WRONG);
}

/** Deletes sign-in attempts older than a day; they matter only within the lock window. */
export async function purgeOldAttempts(db: Database): Promise<void> {
  await db.delete(loginAttempts).where(sql`${loginAttempts.at} < now() - interval '1 day'`);
}

/** Ends a session on the server, audited as the user's sign-out. */
export async function signOut(db: Database, session: { tokenHash: string; userId: string }, actor: string): Promise<void> {
  await versionedWrite(db, {
    write: async ({ tx }) => {
      await deleteSession(tx, session.tokenHash);
      return { result: undefined, audit: { actor, action: 'session.sign-out', entityType: 'user', entityId: session.userId } };
    },
  });
}
