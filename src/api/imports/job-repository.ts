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
  attempts: importJobs.attempts,
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
 * one gets it) and counts the attempt. Returns its bytes, or null when someone else claimed it
 * first or it was cancelled.
 */
export async function claimImportJob(executor: Executor, id: string): Promise<{ fileName: string; content: Uint8Array; actor: string } | null> {
  const [row] = await executor
    .update(importJobs)
    .set({ status: 'running', stage: 'extracting', progress: 5, attempts: sql`${importJobs.attempts} + 1` })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'queued')))
    .returning({ fileName: importJobs.fileName, content: importJobs.content, actor: importJobs.actor });
  return row ?? null;
}

export async function setImportProgress(executor: Executor, id: string, stage: string, progress: number): Promise<void> {
  await executor.update(importJobs).set({ stage, progress }).where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')));
}

/** The job's status, or null when there is no such job. */
export async function importJobStatus(executor: Executor, id: string): Promise<string | null> {
  const [row] = await executor.select({ status: importJobs.status }).from(importJobs).where(eq(importJobs.id, id));
  return row?.status ?? null;
}

/** Marks a running job failed (a cancelled one stays cancelled). */
export async function failImportJob(executor: Executor, id: string, error: { code: string; message: string }): Promise<void> {
  await executor
    .update(importJobs)
    .set({ status: 'failed', stage: 'failed', progress: 100, error, finishedAt: sql`now()` })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')));
}

/** Marks a running job done; false when it is no longer running (cancelled meanwhile). */
export async function finishRunningImportJob(
  executor: Executor,
  id: string,
  result: unknown,
  evaluations: Array<{ id: string; archiveKey: string; created: boolean }>,
): Promise<boolean> {
  const rows = await executor
    .update(importJobs)
    .set({ status: 'done', stage: 'done', progress: 100, result, evaluations, error: null, finishedAt: sql`now()` })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')))
    .returning({ id: importJobs.id });
  return rows.length > 0;
}

/** Marks a queued or running job cancelled; null when it is no longer either (finished meanwhile). */
export async function cancelUnfinishedImportJob(executor: Executor, id: string): Promise<ImportJobRecord | null> {
  const [row] = await executor
    .update(importJobs)
    .set({
      status: 'cancelled',
      stage: 'cancelled',
      progress: 100,
      error: null,
      finishedAt: sql`now()`,
    })
    .where(and(eq(importJobs.id, id), inArray(importJobs.status, ['queued', 'running'])))
    .returning(jobColumns);
  return row ?? null;
}

/** The message of a job a stopped process left running. */
export const INTERRUPTED_MESSAGE = 'the import stopped the server; it was not retried';

/**
 * Jobs to run at start: the queued ones. A job still marked running was being imported when its
 * process died — maybe because of the document — so it is marked failed, never run again blindly.
 */
export async function requeueUnfinishedJobs(executor: Executor): Promise<string[]> {
  await executor
    .update(importJobs)
    .set({
      status: 'failed',
      stage: 'failed',
      progress: 100,
      error: sql`jsonb_build_object('code', 'interrupted', 'message', ${importJobs.fileName} || ${`: ${INTERRUPTED_MESSAGE}`}::text)`,
      finishedAt: sql`now()`,
    })
    .where(eq(importJobs.status, 'running'));
  const rows = await executor
    .select({ id: importJobs.id })
    .from(importJobs)
    .where(inArray(importJobs.status, ['queued']))
    .orderBy(importJobs.createdAt);
  return rows.map((row) => row.id);
}
