import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { evaluationAssignments, users } from '../db/schema.js';
import type { Role, SignedInUser } from '../domain/access.js';

export type UserRecord = typeof users.$inferSelect;

/** E-mail addresses are compared without case and surrounding space. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export function toSignedInUser(record: UserRecord): SignedInUser {
  return { id: record.id, email: record.email, name: record.name, role: record.role as Role, municipalityId: record.municipalityId };
}

export async function findUserByEmail(executor: Executor, email: string): Promise<UserRecord | null> {
  const rows = await executor.select().from(users).where(eq(users.email, normaliseEmail(email)));
  return rows[0] ?? null;
}

export async function findUserById(executor: Executor, id: string): Promise<UserRecord | null> {
  const rows = await executor.select().from(users).where(eq(users.id, id));
  return rows[0] ?? null;
}

export async function listUsers(executor: Executor): Promise<UserRecord[]> {
  return executor.select().from(users).orderBy(asc(users.name), asc(users.email));
}

export interface NewUser {
  email: string;
  name: string;
  organisation: string;
  role: Role;
  municipalityId: string | null;
  demo?: boolean;
  passwordHash?: string | null;
}

export async function insertUser(executor: Executor, user: NewUser): Promise<UserRecord> {
  const [row] = await executor
    .insert(users)
    .values({ ...user, email: normaliseEmail(user.email) })
    .returning();
  return row!;
}

export type UserChanges = Partial<Pick<UserRecord, 'name' | 'organisation' | 'role' | 'municipalityId' | 'disabled' | 'passwordHash'>>;

/** Updates a user if still at `version`; returns the new record, or null when the version is stale. */
export async function updateUser(executor: Executor, id: string, version: number, changes: UserChanges): Promise<UserRecord | null> {
  const rows = await executor
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** Sets a user's chosen language (outside the account's version); null when there is no such user. */
export async function setUserLanguage(executor: Executor, id: string, language: string): Promise<UserRecord | null> {
  const rows = await executor.update(users).set({ language }).where(eq(users.id, id)).returning();
  return rows[0] ?? null;
}

/** The evaluations a user is assigned to evaluate. */
export async function findAssignedEvaluationIds(executor: Executor, userId: string): Promise<string[]> {
  const rows = await executor.select({ id: evaluationAssignments.evaluationId }).from(evaluationAssignments).where(eq(evaluationAssignments.userId, userId));
  return rows.map((row) => row.id);
}
