/** SQL of the authored model versions (framework_versions) and of their use by evaluations. */
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { evaluations, frameworkVersions } from '../../db/schema.js';
import type { DraftFramework, DraftMap } from '../../domain/framework-draft.js';

export type FrameworkVersionRecord = Omit<typeof frameworkVersions.$inferSelect, 'definition' | 'maps'> & { definition: DraftFramework; maps: DraftMap[] };

const asRecord = (row: typeof frameworkVersions.$inferSelect): FrameworkVersionRecord => row as FrameworkVersionRecord;

/** Every authored version, oldest first. */
export async function listVersionRows(executor: Executor): Promise<FrameworkVersionRecord[]> {
  return (await executor.select().from(frameworkVersions).orderBy(asc(frameworkVersions.createdAt), asc(frameworkVersions.id))).map(asRecord);
}

/** The published authored versions in the order they were published (a map's target comes first). */
export async function listPublishedVersionRows(executor: Executor): Promise<FrameworkVersionRecord[]> {
  return (
    await executor
      .select()
      .from(frameworkVersions)
      .where(eq(frameworkVersions.status, 'published'))
      .orderBy(asc(frameworkVersions.publishedAt), asc(frameworkVersions.id))
  ).map(asRecord);
}

/** The ids of the published versions (a light check for ones published elsewhere). */
export async function listPublishedVersionIds(executor: Executor): Promise<string[]> {
  const rows = await executor.select({ id: frameworkVersions.id }).from(frameworkVersions).where(eq(frameworkVersions.status, 'published'));
  return rows.map((row) => row.id);
}

export async function findVersionRow(executor: Executor, id: string): Promise<FrameworkVersionRecord | null> {
  const [row] = await executor.select().from(frameworkVersions).where(eq(frameworkVersions.id, id));
  return row ? asRecord(row) : null;
}

/** The version's row, locked for a change (null when there is none). */
export async function lockVersionRow(executor: Executor, id: string): Promise<FrameworkVersionRecord | null> {
  const [row] = await executor.select().from(frameworkVersions).where(eq(frameworkVersions.id, id)).for('update');
  return row ? asRecord(row) : null;
}

/** The ids of every authored version (drafts included). */
export async function listVersionIds(executor: Executor): Promise<string[]> {
  return (await executor.select({ id: frameworkVersions.id }).from(frameworkVersions)).map((row) => row.id);
}

/** Writes a new draft; null when the id is taken (by a row written at the same time). */
export async function insertVersionRow(
  executor: Executor,
  values: { id: string; definition: DraftFramework; maps: DraftMap[]; basedOn: string | null; createdBy: string },
): Promise<FrameworkVersionRecord | null> {
  const [row] = await executor.insert(frameworkVersions).values(values).onConflictDoNothing({ target: frameworkVersions.id }).returning();
  return row ? asRecord(row) : null;
}

export async function updateVersionRow(executor: Executor, id: string, values: { definition: DraftFramework; maps: DraftMap[]; basedOn: string | null }): Promise<FrameworkVersionRecord> {
  const [row] = await executor
    .update(frameworkVersions)
    .set({ ...values, version: sql`${frameworkVersions.version} + 1`, updatedAt: sql`now()` })
    .where(eq(frameworkVersions.id, id))
    .returning();
  return asRecord(row!);
}

export async function markVersionPublished(executor: Executor, id: string, actor: string): Promise<FrameworkVersionRecord> {
  const [row] = await executor
    .update(frameworkVersions)
    .set({ status: 'published', publishedAt: sql`now()`, publishedBy: actor, version: sql`${frameworkVersions.version} + 1`, updatedAt: sql`now()` })
    .where(eq(frameworkVersions.id, id))
    .returning();
  return asRecord(row!);
}

export async function deleteVersionRow(executor: Executor, id: string): Promise<void> {
  await executor.delete(frameworkVersions).where(eq(frameworkVersions.id, id));
}

/** How many evaluations use each model version. */
export async function countEvaluationsByFramework(executor: Executor): Promise<Map<string, number>> {
  const rows = await executor
    .select({ frameworkId: evaluations.frameworkId, count: sql<number>`count(*)::int` })
    .from(evaluations)
    .groupBy(evaluations.frameworkId);
  return new Map(rows.map((row) => [row.frameworkId, row.count]));
}
