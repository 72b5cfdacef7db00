/**
 * SQL of the stored reference averages (figures from published sources, with source and date,
 * versioned): listing, reading one for a change, and the versioned writes.
 */
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { referenceAverages } from '../../db/schema.js';
import { parseDecimal } from '../../domain/decimal.js';
import type { ReferenceFigure } from '../../domain/comparison/references.js';

export type ReferenceAverageRecord = typeof referenceAverages.$inferSelect;

/** Stored reference averages, newest source first; all, or those of one framework. */
export async function listReferenceAverages(executor: Executor, frameworkId?: string): Promise<ReferenceAverageRecord[]> {
  const condition: SQL | undefined = frameworkId ? eq(referenceAverages.frameworkId, frameworkId) : undefined;
  return executor
    .select()
    .from(referenceAverages)
    .where(condition)
    .orderBy(desc(referenceAverages.publishedOn), asc(referenceAverages.label), asc(referenceAverages.areaCode), asc(referenceAverages.id));
}

/** A stored row as a domain figure. */
export const toReferenceFigure = (row: ReferenceAverageRecord): ReferenceFigure => ({
  id: row.id,
  frameworkId: row.frameworkId,
  label: row.label,
  scope: row.scope,
  areaCode: row.areaCode,
  mean: parseDecimal(row.mean) ?? 0,
  n: row.n,
  source: row.source,
  publishedOn: row.publishedOn,
});

export async function findReferenceAverage(executor: Executor, id: number): Promise<ReferenceAverageRecord | null> {
  const rows = await executor.select().from(referenceAverages).where(eq(referenceAverages.id, id)).for('update');
  return rows[0] ?? null;
}

export async function insertReferenceAverage(executor: Executor, record: typeof referenceAverages.$inferInsert): Promise<ReferenceAverageRecord> {
  const [row] = await executor.insert(referenceAverages).values(record).returning();
  if (!row) throw new Error('insert into reference_averages returned no row');
  return row;
}

/** Replaces the row's fields and moves it to the next version if, and only if, it is still at `version`; null otherwise. */
export async function updateReferenceAverage(
  executor: Executor,
  id: number,
  version: number,
  fields: Omit<typeof referenceAverages.$inferInsert, 'id' | 'createdBy' | 'createdAt' | 'version'>,
): Promise<ReferenceAverageRecord | null> {
  const [row] = await executor
    .update(referenceAverages)
    .set({ ...fields, version: version + 1 })
    .where(and(eq(referenceAverages.id, id), eq(referenceAverages.version, version)))
    .returning();
  return row ?? null;
}

/** Deletes the row if, and only if, it is still at `version`; false otherwise. */
export async function deleteReferenceAverage(executor: Executor, id: number, version: number): Promise<boolean> {
  const rows = await executor
    .delete(referenceAverages)
    .where(and(eq(referenceAverages.id, id), eq(referenceAverages.version, version)))
    .returning({ id: referenceAverages.id });
  return rows.length > 0;
}
