import { and, count, desc, eq, type SQL } from 'drizzle-orm';
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

/** Audit entries, newest first. The log is only ever read here; the database refuses edits. */
export async function listAudit(executor: Executor, query: AuditQuery): Promise<{ rows: AuditRecord[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.actor) conditions.push(eq(auditLog.actor, query.actor));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const rows = await executor.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(query.limit).offset(query.offset);
  const [total] = await executor.select({ total: count() }).from(auditLog).where(where);
  return { rows, total: total?.total ?? 0 };
}
