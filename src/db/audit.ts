import type { Executor } from './client.js';
import { auditLog } from './schema.js';

export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  oldValue?: unknown;
  newValue?: unknown;
}

const rowOf = (entry: AuditEntry) => ({
  actor: entry.actor,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  oldValue: entry.oldValue ?? null,
  newValue: entry.newValue ?? null,
});

/** Appends to the audit log inside the caller's transaction, so the change and its record commit together. */
export async function appendAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await executor.insert(auditLog).values(rowOf(entry));
}

/** Appends several entries in one statement, in their order (a change of many parts at once). */
export async function appendAuditEntries(executor: Executor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length > 0) await executor.insert(auditLog).values(entries.map(rowOf));
}
