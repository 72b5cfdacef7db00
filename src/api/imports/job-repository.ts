import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { queryRows } from '../../db/query.js';
import type { Executor } from '../../db/client.js';
import { importJobs } from '../../db/schema.js';

export type ImportJobRecord = Omit<typeof importJobs.$inferSelect, 'content' | 'lockedBy' | 'leaseUntil'>;

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

/** A job as the worker gets it. */
export interface ClaimedImportJob {
  id: string;
  fileName: string;
  content: Uint8Array;
  actor: string;
}

/**
 * Claims the oldest queued job for `worker` under a lease of `leaseMs` and counts the attempt.
 * Atomic across app processes on one PostgreSQL: a row another process is claiming is skipped.
 */
export async function claimNextImportJob(executor: Executor, worker: string, leaseMs: number): Promise<ClaimedImportJob | null> {
  const [row] = await queryRows<ClaimedImportJob>(
    executor,
    sql`update import_jobs
          set status = 'running', stage = 'extracting', progress = 5, attempts = attempts + 1,
              locked_by = ${worker}, lease_until = now() + make_interval(secs => ${leaseMs / 1000})
        where id = (select id from import_jobs where status = 'queued' order by created_at, id limit 1 for update skip locked)
        returning id, file_name as "fileName", content, actor`,
  );
  return row ?? null;
}

/** Tells other processes that `worker` still runs the job. */
export async function renewImportLease(executor: Executor, id: string, worker: string, leaseMs: number): Promise<void> {
  await executor
    .update(importJobs)
    .set({ leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
    .where(and(eq(importJobs.id, id), eq(importJobs.lockedBy, worker), eq(importJobs.status, 'running')));
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
 * Fails the jobs whose process stopped while it ran them: every running job when this process is
 * the database's only user (`all`, the embedded database at start), else those whose lease ran
 * out. Such a job is never run again blindly: the document may be what stopped the process.
 */
export async function failInterruptedImportJobs(executor: Executor, all: boolean): Promise<void> {
  await executor
    .update(importJobs)
    .set({
      status: 'failed',
      stage: 'failed',
      progress: 100,
      error: sql`jsonb_build_object('code', 'interrupted', 'message', ${importJobs.fileName} || ${`: ${INTERRUPTED_MESSAGE}`}::text)`,
      leaseUntil: null,
      finishedAt: sql`now()`,
    })
    .where(and(eq(importJobs.status, 'running'), all ? undefined : or(isNull(importJobs.leaseUntil), lt(importJobs.leaseUntil, sql`now()`))));
}
