/**
 * The one way a command changes versioned data: inside one transaction it locks the evaluation
 * and refuses a final or published one (when the record belongs to an evaluation), reads the
 * current record, refuses a stale version with 409 and the current record, writes, takes the new
 * version from the evaluation's counter (where the record's versions come from there) and
 * appends the audit entries, so the change and its record commit together.
 */
import { eq, sql } from 'drizzle-orm';
import { appendAuditEntries, type AuditEntry } from '../db/audit.js';
import type { Database, Executor } from '../db/client.js';
import { evaluations } from '../db/schema.js';
import { isEditableStatus } from '../domain/access.js';
import type { EvaluationStatus } from '../domain/evaluation-status.js';
import { AppError, notFound, staleVersion } from './errors.js';

/** The evaluation row a change holds locked. */
export interface LockedEvaluation {
  id: string;
  status: EvaluationStatus;
  frameworkId: string;
  municipalityId: string;
}

/**
 * Inside a change's transaction: the evaluation, locked against a concurrent status change,
 * and refused with 409 when it is final or published (its content can no longer change).
 */
async function requireEditableEvaluation(tx: Executor, evaluationId: string): Promise<LockedEvaluation> {
  const [row] = await tx
    .select({ id: evaluations.id, status: evaluations.status, frameworkId: evaluations.frameworkId, municipalityId: evaluations.municipalityId })
    .from(evaluations)
    .where(eq(evaluations.id, evaluationId))
    .for('update');
  if (!row) throw notFound(`Evaluation ${evaluationId}`);
  if (!isEditableStatus(row.status)) {
    throw new AppError('conflict', `The evaluation is ${row.status} and locked: its content can no longer change (an administrator can reopen it)`, [], { status: row.status });
  }
  return row;
}

/**
 * Marks that the evaluation's content changed and returns its new version. Versioned parts of
 * an evaluation (agreed scores, texts) take this number as their own new version, so a part
 * deleted and created again never reuses a version a client may still hold.
 */
async function touchEvaluation(tx: Executor, evaluationId: string): Promise<number> {
  const [row] = await tx
    .update(evaluations)
    .set({ version: sql`${evaluations.version} + 1`, updatedAt: sql`now()` })
    .where(eq(evaluations.id, evaluationId))
    .returning({ version: evaluations.version });
  if (!row) throw notFound(`Evaluation ${evaluationId}`);
  return row.version;
}

/**
 * One version the client sent, against the current one. A mismatch is refused with
 * `staleVersion(what, sent, current, shown)` (409 with the current record), or with `refuse`
 * where a record answers its conflict in words of its own.
 */
interface VersionCheck {
  what: string;
  sent: number | string;
  current: number | string;
  /** The current record as the client gets it in the 409. */
  shown?: unknown;
  refuse?: () => AppError | Promise<AppError>;
}

interface WriteScope<T, E extends LockedEvaluation | null> {
  tx: Executor;
  /** The locked evaluation (null for records that belong to none, e.g. users). */
  evaluation: E;
  /** What `read` returned. */
  current: T;
  /** With `bumpEvaluation`, the evaluation's new version, which the written record takes. */
  version: number;
}

type EvaluationTarget = string | { id: string; editable: false };

export interface VersionedWrite<T, R, E extends LockedEvaluation | null> {
  /** Reads the current record (and checks what must hold before a change); returns its version checks. */
  read?: (tx: Executor, evaluation: E) => Promise<{ current: T; check?: VersionCheck | readonly VersionCheck[] }>;
  /** Take the written record's new version from the evaluation's counter (after the checks). */
  bumpEvaluation?: boolean;
  /** The change itself; returns the result and its audit entries. */
  write: (scope: WriteScope<T, E>) => Promise<{ result: R; audit: AuditEntry | readonly AuditEntry[] | null }>;
}

async function lockEvaluation(tx: Executor, target: EvaluationTarget | undefined): Promise<LockedEvaluation | null> {
  if (target === undefined) return null;
  if (typeof target === 'string') return requireEditableEvaluation(tx, target);
  const [row] = await tx
    .select({ id: evaluations.id, status: evaluations.status, frameworkId: evaluations.frameworkId, municipalityId: evaluations.municipalityId })
    .from(evaluations)
    .where(eq(evaluations.id, target.id))
    .for('update');
  if (!row) throw notFound(`Evaluation ${target.id}`);
  return row;
}

/** Throws the refusal of the first check whose sent version is not the current one. */
async function checkVersions(check: VersionCheck | readonly VersionCheck[] | undefined): Promise<void> {
  const checks: readonly VersionCheck[] = check === undefined ? [] : Array.isArray(check) ? check : [check as VersionCheck];
  const stale = checks.find((one) => one.sent !== one.current);
  if (!stale) return;
  if (stale.refuse) throw await stale.refuse();
  throw staleVersion(stale.what, Number(stale.sent), Number(stale.current), stale.shown);
}

/**
 * Runs one versioned change (see the module comment); the transaction rolls back on any refusal.
 * `evaluation` names the evaluation the record belongs to: locked, and refused when it is final
 * or published (`editable: false`: locked only, for the status flow that reopens it).
 */
export function versionedWrite<T, R>(db: Database, change: VersionedWrite<T, R, LockedEvaluation> & { evaluation: EvaluationTarget }): Promise<R>;
export function versionedWrite<T, R>(db: Database, change: VersionedWrite<T, R, null> & { evaluation?: undefined }): Promise<R>;
export async function versionedWrite<T, R>(
  db: Database,
  overloaded: VersionedWrite<T, R, never> & { evaluation?: EvaluationTarget },
): Promise<R> {
  // The overloads tie the evaluation's type to whether one was named.
  const change = overloaded as unknown as VersionedWrite<T, R, LockedEvaluation | null> & { evaluation?: EvaluationTarget };
  return db.transaction(async (tx) => {
    const evaluation = await lockEvaluation(tx, change.evaluation);
    const { current, check } = change.read ? await change.read(tx, evaluation) : { current: undefined as T, check: undefined };
    await checkVersions(check);
    const version = change.bumpEvaluation && evaluation ? await touchEvaluation(tx, evaluation.id) : 0;
    const { result, audit } = await change.write({ tx, evaluation, current, version });
    if (audit) await appendAuditEntries(tx, Array.isArray(audit) ? audit : [audit as AuditEntry]);
    return result;
  });
}
