import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.js';
import { appendAudit } from '../db/audit.js';
import { passwordTokens } from '../db/schema.js';
import { AppError } from '../kernel/errors.js';
import { hashPassword, PASSWORD_PROBLEM_MESSAGES, passwordProblem } from './passwords.js';
import { deleteUserSessions } from './session-store.js';
import type { AuthSettings } from '../kernel/auth-settings.js';
import { newToken, tokenHash } from './tokens.js';
import { findUserById, updateUser, type UserRecord } from './users-repository.js';

/** The web app's page that takes a password link's token. */
const PASSWORD_PAGE = '/losenord';

export interface PasswordLink {
  url: string;
  expiresAt: Date;
}

/**
 * Creates a one-time link to set a password, replacing the user's earlier unused links.
 * Only the token's hash is stored; the link is shown once to whoever created it.
 */
export async function createPasswordLink(executor: Executor, user: UserRecord, actor: string, settings: AuthSettings): Promise<PasswordLink> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + settings.linkHours * 3_600_000);
  await executor.delete(passwordTokens).where(and(eq(passwordTokens.userId, user.id), isNull(passwordTokens.usedAt)));
  await executor.insert(passwordTokens).values({ tokenHash: tokenHash(token), userId: user.id, createdBy: actor, expiresAt });
  await appendAudit(executor, {
    actor,
    action: 'user.password-link',
    entityType: 'user',
    entityId: user.id,
    newValue: { email: user.email, expiresAt: expiresAt.toISOString() },
  });
  return { url: `${settings.publicUrl}${PASSWORD_PAGE}#${token}`, expiresAt };
}

const invalidLink = () =>
  new AppError('not_found', 'This password link is not valid: it is unknown, has been used or has expired. Ask an administrator for a new one.');

/** Whose password a link sets, if it is still usable (the page shows the e-mail address). */
export async function inspectPasswordLink(executor: Executor, token: string): Promise<UserRecord> {
  const [row] = await executor
    .select()
    .from(passwordTokens)
    .where(and(eq(passwordTokens.tokenHash, tokenHash(token)), isNull(passwordTokens.usedAt), sql`${passwordTokens.expiresAt} > now()`));
  const user = row ? await findUserById(executor, row.userId) : null;
  if (!user || user.disabled) throw invalidLink();
  return user;
}

/** Sets the password through a link, once; ends all of the user's sessions. */
export async function usePasswordLink(db: Database, token: string, password: string): Promise<UserRecord> {
  const problem = passwordProblem(password);
  if (problem) {
    const message = PASSWORD_PROBLEM_MESSAGES[problem];
    throw new AppError('validation', `Invalid input: body.password: ${message}`, [{ field: 'body.password', message }], { reason: problem });
  }
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const used = await tx
      .update(passwordTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordTokens.tokenHash, tokenHash(token)), isNull(passwordTokens.usedAt), sql`${passwordTokens.expiresAt} > now()`))
      .returning();
    const link = used[0];
    const user = link ? await findUserById(tx, link.userId) : null;
    if (!user || user.disabled) throw invalidLink();
    const updated = await updateUser(tx, user.id, user.version, { passwordHash });
    if (!updated) throw new AppError('conflict', 'The account changed at the same moment; open the link again');
    await deleteUserSessions(tx, user.id);
    await appendAudit(tx, { actor: user.email, action: 'user.password-set', entityType: 'user', entityId: user.id });
    return updated;
  });
}
