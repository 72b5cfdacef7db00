import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, max, or, type SQL } from 'drizzle-orm';
import { applyChange, type JsonValue, type ValueChange } from '../domain/value-diff.js';
import { valueHash } from './audit.js';
import type { Executor } from './client.js';
import { auditLog } from './schema.js';

export type AuditRecord = typeof auditLog.$inferSelect;

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actor?: string;
  limit: number;
  offset: number;
}

/** The entries of one subject's chain, by their key. */
const chainKey = (row: Pick<AuditRecord, 'entityType' | 'entityId' | 'subject'>) => JSON.stringify([row.entityType, row.entityId, row.subject]);

/**
 * Fills in the old and new values of entries stored as changes: from the subject's last full copy
 * before each, the changes are replayed in order (one replay serves the entries of a subject that
 * share a copy), and each rebuilt value must hash to what was stored when it was written, so a
 * broken chain fails loudly rather than showing a wrong history.
 */
export async function resolveChanges(executor: Executor, rows: readonly AuditRecord[]): Promise<AuditRecord[]> {
  const chains = new Map<string, AuditRecord[]>();
  for (const row of rows) {
    if (row.change === null || row.subject === null) continue;
    const key = chainKey(row);
    chains.set(key, [...(chains.get(key) ?? []), row]);
  }
  const rebuilt = new Map<number, { oldValue: JsonValue; newValue: JsonValue }>();
  for (const needed of chains.values()) {
    const first = needed[0]!;
    const subjectOf = and(eq(auditLog.entityType, first.entityType), eq(auditLog.entityId, first.entityId), eq(auditLog.subject, first.subject!));
    let position = 0;
    let value = null as JsonValue;
    for (const row of [...needed].sort((a, b) => a.id - b.id)) {
      if (rebuilt.has(row.id)) continue;
      const [base] = await executor
        .select({ id: max(auditLog.id) })
        .from(auditLog)
        .where(and(subjectOf, isNull(auditLog.change), lt(auditLog.id, row.id)));
      if (!base?.id) throw new Error(`Audit entry ${row.id} is a change with no full copy before it`);
      const from = base.id > position ? base.id : position + 1;
      const chain = await executor
        .select({ id: auditLog.id, newValue: auditLog.newValue, change: auditLog.change, afterHash: auditLog.afterHash })
        .from(auditLog)
        .where(and(subjectOf, gte(auditLog.id, from), lte(auditLog.id, row.id)))
        .orderBy(asc(auditLog.id));
      for (const link of chain) {
        if (link.change === null) {
          value = link.newValue as JsonValue;
        } else {
          const next = applyChange(value, link.change as ValueChange);
          if (link.afterHash !== null && valueHash(next) !== link.afterHash) throw new Error(`Audit entry ${link.id} does not follow on from the entries before it`);
          rebuilt.set(link.id, { oldValue: value, newValue: next });
          value = next;
        }
        position = link.id;
      }
    }
  }
  return rows.map((row) => {
    const values = rebuilt.get(row.id);
    return values ? { ...row, ...values } : row;
  });
}

/** One change as the log shows it: an entry, or a burst of saves from its first to its last. */
export interface AuditListing extends AuditRecord {
  /** How many saves it holds (1 for an entry on its own). */
  saves: number;
  /** When its last save was made (its own time for an entry on its own). */
  lastAt: Date;
}

/**
 * Audit entries, newest first, with the values of changes rebuilt. A burst (entries with
 * `burst_of`) is listed once, at its first entry, with the old value before its first save and the
 * new value after its last; `burst` lists the saves of one burst instead. The log is only ever read
 * here; the database refuses edits.
 */
export async function listAudit(executor: Executor, query: AuditQuery & { burst?: number }): Promise<{ rows: AuditListing[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.actor) conditions.push(eq(auditLog.actor, query.actor));
  conditions.push(query.burst === undefined ? isNull(auditLog.burstOf) : or(eq(auditLog.id, query.burst), eq(auditLog.burstOf, query.burst))!);
  const where = and(...conditions);
  const rows = await executor.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(query.limit).offset(query.offset);
  const [total] = await executor.select({ total: count() }).from(auditLog).where(where);
  const heads = query.burst === undefined ? rows.map((row) => row.id) : [];
  const bursts =
    heads.length === 0
      ? []
      : await executor
          .select({ head: auditLog.burstOf, saves: count(), lastId: max(auditLog.id) })
          .from(auditLog)
          .where(inArray(auditLog.burstOf, heads))
          .groupBy(auditLog.burstOf);
  const lastIds = bursts.map((burst) => burst.lastId!).filter((id) => id !== null);
  const lasts = lastIds.length === 0 ? [] : await executor.select().from(auditLog).where(inArray(auditLog.id, lastIds));
  const resolved = new Map((await resolveChanges(executor, [...rows, ...lasts])).map((row) => [row.id, row]));
  const burstOf = new Map(bursts.map((burst) => [burst.head!, burst]));
  return {
    rows: rows.map((row) => {
      const first = resolved.get(row.id)!;
      const burst = burstOf.get(row.id);
      const last = burst ? resolved.get(burst.lastId!) : undefined;
      if (!burst || !last) return { ...first, saves: 1, lastAt: first.at };
      return { ...first, newValue: last.newValue, saves: burst.saves + 1, lastAt: last.at };
    }),
    total: total?.total ?? 0,
  };
}
