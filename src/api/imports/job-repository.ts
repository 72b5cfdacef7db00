import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { importJobs } from '../../db/schema.js';

export type ImportJobRecord = Omit<typeof importJobs.$inferSelect, 'content'>;

/** Every column but the document's bytes, which only the worker reads. */
const jobColumns = {
  id: importJobs.id,
  fileName: importJobs.fileName,
  sizeBytes: importJobs.sizeBytes,
  contentHash: importJobs.contentHash,
  status: importJobs.status,
  stage: importJobs.stage,
  progress: importJobs.progress,
  result: importJobs.result,
  error: importJobs.error,
  evaluations: importJobs.evaluations,
  actor: importJobs.actor,
  createdAt: importJobs.createdAt,
  finishedAt: importJobs.finishedAt,
};

export async function insertImportJob(
  executor: Executor,
  job: { fileName: string; content: Uint8Array; contentHash: string; actor: string },
): Promise<ImportJobRecord> {
  const [row] = await executor
    .insert(importJobs)
    .values({ ...job, sizeBytes: job.content.byteLength })
    .returning(jobColumns);
  if (!row) throw new Error('insert into import_jobs returned no row');
  return row;
}

export async function findImportJob(executor: Executor, id: string): Promise<ImportJobRecord | null> {
  const [row] = await executor.select(jobColumns).from(importJobs).where(eq(importJobs.id, id));
  return row ?? null;
}

export async function listImportJobs(executor: Executor, limit: number, offset: number): Promise<{ rows: ImportJobRecord[]; total: number }> {
  const rows = await executor.select(jobColumns).from(importJobs).orderBy(desc(importJobs.createdAt), desc(importJobs.id)).limit(limit).offset(offset);
  const [count] = await executor.select({ total: sql<number>`count(*)::int` }).from(importJobs);
  return { rows, total: count?.total ?? 0 };
}

/**
 * Claims a queued job for this process (atomic: with several app processes on PostgreSQL only
 * one gets it). Returns its bytes, or null when someone else claimed it first.
 */
export async function claimImportJob(executor: Executor, id: string): Promise<{ fileName: string; content: Uint8Array; actor: string } | null> {
  const [row] = await executor
    .update(importJobs)
    .set({ status: 'running', stage: 'extracting', progress: 5 })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'queued')))
    .returning({ fileName: importJobs.fileName, content: importJobs.content, actor: importJobs.actor });
  return row ?? null;
}

export async function setImportProgress(executor: Executor, id: string, stage: string, progress: number): Promise<void> {
  await executor.update(importJobs).set({ stage, progress }).where(eq(importJobs.id, id));
}

export async function finishImportJob(
  executor: Executor,
  id: string,
  result: unknown,
  evaluations: Array<{ id: string; archiveKey: string; created: boolean }>,
): Promise<void> {
  await executor
    .update(importJobs)
    .set({ status: 'done', stage: 'done', progress: 100, result, evaluations, error: null, finishedAt: sql`now()` })
    .where(eq(importJobs.id, id));
}

export async function failImportJob(executor: Executor, id: string, error: { code: string; message: string }): Promise<void> {
  await executor
    .update(importJobs)
    .set({ status: 'failed', stage: 'failed', progress: 100, error, finishedAt: sql`now()` })
    .where(eq(importJobs.id, id));
}

/** Jobs to (re)run at start: queued ones, and running ones a stopped process left behind. */
export async function requeueUnfinishedJobs(executor: Executor): Promise<string[]> {
  await executor.update(importJobs).set({ status: 'queued', stage: 'queued', progress: 0 }).where(eq(importJobs.status, 'running'));
  const rows = await executor
    .select({ id: importJobs.id })
    .from(importJobs)
    .where(inArray(importJobs.status, ['queued']))
    .orderBy(importJobs.createdAt);
  return rows.map((row) => row.id);
}
