import { createHash } from 'node:crypto';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { canonicalJson, diffValues, type JsonValue } from '../domain/value-diff.js';
import type { Executor } from './client.js';
import { auditLog } from './schema.js';

export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  oldValue?: unknown;
  newValue?: unknown;
  /**
   * The record within the entity that is saved again and again (e.g. `text.area/1`). Entries of
   * a subject are chained: one that follows on from the previous entry of its subject keeps only
   * what changed (see `appendChained`).
   */
  subject?: string;
}

/**
 * A chain keeps full copies again once the changes since the last copy add up to this many times
 * the value's size, so rebuilding a version never replays more than that.
 */
export const FULL_COPY_AFTER = 16;

const rowOf = (entry: AuditEntry) => ({
  actor: entry.actor,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  oldValue: entry.oldValue ?? null,
  newValue: entry.newValue ?? null,
});

/** A value as JSON keeps it (undefined keys dropped, dates as text); null for nothing. */
const asJson = (value: unknown): JsonValue => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue));

/** A 48-bit hash of a value (whatever its key order), stored with each chained entry. */
export function valueHash(value: unknown): number {
  return Number.parseInt(createHash('sha256').update(canonicalJson((value ?? null) as JsonValue)).digest('hex').slice(0, 12), 16);
}

/** Saves of one subject by one actor at most this far apart continue one burst… */
export const BURST_GAP = '5 minutes';
/** …and a burst is closed once its first save is this old. */
export const BURST_SPAN = '30 minutes';

/** The latest entry of an entity, or of one subject of it, with what the next entry needs to know. */
async function latestEntry(executor: Executor, entry: AuditEntry, subject?: string) {
  const [latest] = await executor
    .select({
      id: auditLog.id,
      actor: auditLog.actor,
      action: auditLog.action,
      subject: auditLog.subject,
      afterHash: auditLog.afterHash,
      chainBytes: auditLog.chainBytes,
      burstOf: auditLog.burstOf,
      /** Written within BURST_GAP, in a burst that began within BURST_SPAN. */
      open: sql<boolean>`${auditLog.at} >= now() - ${BURST_GAP}::interval
        and (select first.at >= now() - ${BURST_SPAN}::interval from audit_log as first where first.id = coalesce(audit_log.burst_of, audit_log.id))`,
    })
    .from(auditLog)
    .where(
      subject === undefined
        ? and(eq(auditLog.entityType, entry.entityType), eq(auditLog.entityId, entry.entityId))
        : and(eq(auditLog.entityType, entry.entityType), eq(auditLog.entityId, entry.entityId), eq(auditLog.subject, subject), isNotNull(auditLog.subject)),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  return latest;
}

/**
 * Appends an entry of a subject. When the subject's previous entry ended with this entry's old
 * value (its hash says so) and the changes since the last full copy are still small, only the
 * change is stored (old_value and new_value stay null); otherwise the entry keeps full copies and
 * starts the chain again. An entry that follows on continues its actor's burst when the previous
 * entry is the entity's latest, by the same actor with the same action, written within BURST_GAP
 * in a burst that began within BURST_SPAN. Writers of one record are serialised by the caller's
 * lock (the evaluation row in versionedWrite), so two of them never follow on from the same entry.
 * Nothing is ever updated: every save is a row of its own; a burst is how the log groups them.
 */
async function appendChained(executor: Executor, entry: AuditEntry & { subject: string }): Promise<void> {
  // The values as the database will keep them (JSON: no undefined keys), so hashes and changes match on reading.
  const after = asJson(entry.newValue);
  const afterHash = valueHash(after);
  const afterBytes = Buffer.byteLength(JSON.stringify(after), 'utf8');
  const full = { ...rowOf(entry), subject: entry.subject, afterHash, chainBytes: 0 };
  if (entry.oldValue === undefined || entry.oldValue === null) {
    await executor.insert(auditLog).values(full);
    return;
  }
  // Usually the entity's latest entry is this subject's previous one (a burst); otherwise look it up.
  const latest = await latestEntry(executor, entry);
  const previous = latest?.subject === entry.subject ? latest : await latestEntry(executor, entry, entry.subject);
  const before = asJson(entry.oldValue);
  if (!previous || previous.afterHash !== valueHash(before)) {
    await executor.insert(auditLog).values(full);
    return;
  }
  const continuesBurst = latest !== undefined && latest.id === previous.id && latest.actor === entry.actor && latest.action === entry.action && latest.open;
  const burstOf = continuesBurst ? (latest.burstOf ?? latest.id) : null;
  const change = diffValues(before, after);
  const changeBytes = Buffer.byteLength(JSON.stringify(change), 'utf8');
  const chainBytes = (previous.chainBytes ?? 0) + changeBytes;
  if (changeBytes >= afterBytes || chainBytes > FULL_COPY_AFTER * afterBytes) {
    await executor.insert(auditLog).values({ ...full, burstOf });
    return;
  }
  await executor.insert(auditLog).values({ ...rowOf(entry), oldValue: null, newValue: null, subject: entry.subject, change, afterHash, chainBytes, burstOf });
}

/** Appends to the audit log inside the caller's transaction, so the change and its record commit together. */
export async function appendAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await appendAuditEntries(executor, [entry]);
}

/** Appends several entries, in their order (a change of many parts at once); plain ones in one statement. */
export async function appendAuditEntries(executor: Executor, entries: readonly AuditEntry[]): Promise<void> {
  let plain: AuditEntry[] = [];
  const flush = async () => {
    if (plain.length > 0) await executor.insert(auditLog).values(plain.map(rowOf));
    plain = [];
  };
  for (const entry of entries) {
    if (entry.subject === undefined) {
      plain.push(entry);
      continue;
    }
    await flush();
    await appendChained(executor, entry as AuditEntry & { subject: string });
  }
  await flush();
}
