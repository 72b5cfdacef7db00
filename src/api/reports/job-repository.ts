/**
 * Report jobs in the database (`report_jobs`): made by the API, claimed by any app process's job
 * loop under a lease, their files kept until they expire.
 */
import { and, count, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { reportJobs } from '../../db/schema.js';
import type { JobFailure } from '../../contract/jobs.js';
import type { ReportOptions } from '../../report/model.js';

export type ReportJobRecord = Omit<typeof reportJobs.$inferSelect, 'file' | 'options'>;

/** Every column but the file's bytes and the options, which only the download and the runner read. */
const jobColumns = {
  id: reportJobs.id,
  owner: reportJobs.owner,
  readerUserId: reportJobs.readerUserId,
  evaluationId: reportJobs.evaluationId,
  format: reportJobs.format,
  status: reportJobs.status,
  step: reportJobs.step,
  progress: reportJobs.progress,
  attempts: reportJobs.attempts,
  maxAttempts: reportJobs.maxAttempts,
  runAfter: reportJobs.runAfter,
  lockedBy: reportJobs.lockedBy,
  leaseUntil: reportJobs.leaseUntil,
  error: reportJobs.error,
  fileName: reportJobs.fileName,
  contentType: reportJobs.contentType,
  createdAt: reportJobs.createdAt,
  finishedAt: reportJobs.finishedAt,
};

/** Unfinished jobs of one owner (queued, running, or waiting for a retry). */
export async function activeJobsOf(executor: Executor, owner: string): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(reportJobs)
    .where(and(eq(reportJobs.owner, owner), inArray(reportJobs.status, ['queued', 'running'])));
  return row?.n ?? 0;
}

export async function insertReportJob(
  executor: Executor,
  job: { owner: string; readerUserId: string | null; evaluationId: string; format: 'docx' | 'pdf'; options: ReportOptions; maxAttempts: number },
): Promise<ReportJobRecord> {
  const [row] = await executor.insert(reportJobs).values(job).returning(jobColumns);
  if (!row) throw new Error('insert into report_jobs returned no row');
  return row;
}

export async function findReportJob(executor: Executor, id: string): Promise<ReportJobRecord | null> {
  const [row] = await executor.select(jobColumns).from(reportJobs).where(eq(reportJobs.id, id));
  return row ?? null;
}

export async function readReportFile(executor: Executor, id: string): Promise<{ body: Uint8Array; fileName: string; contentType: string } | null> {
  const [row] = await executor
    .select({ body: reportJobs.file, fileName: reportJobs.fileName, contentType: reportJobs.contentType })
    .from(reportJobs)
    .where(and(eq(reportJobs.id, id), eq(reportJobs.status, 'done')));
  return row?.body && row.fileName && row.contentType ? { body: row.body, fileName: row.fileName, contentType: row.contentType } : null;
}

/** A job as its runner gets it. */
export interface ClaimedReportJob {
  id: string;
  owner: string;
  readerUserId: string | null;
  evaluationId: string;
  format: 'docx' | 'pdf';
  options: ReportOptions;
  attempts: number;
  maxAttempts: number;
}

/**
 * Claims the next job for `worker` under a lease of `leaseMs`: a queued one whose pause is over,
 * or one whose runner stopped reporting back (lease run out) with attempts left. Atomic across
 * processes: a row another process is claiming is skipped, never waited for.
 */
export async function claimReportJob(executor: Executor, worker: string, leaseMs: number): Promise<ClaimedReportJob | null> {
  const [row] = await queryRows<ClaimedReportJob>(
    executor,
    sql`update report_jobs
          set status = 'running', step = 'queued', progress = 0, attempts = attempts + 1,
              locked_by = ${worker}, lease_until = now() + make_interval(secs => ${leaseMs / 1000})
        where id = (
          select id from report_jobs
           where (status = 'queued' and run_after <= now())
              or (status = 'running' and lease_until < now() and attempts < max_attempts)
           order by run_after, created_at
           limit 1
           for update skip locked)
        returning id, owner, reader_user_id as "readerUserId", evaluation_id as "evaluationId", format, options,
                  attempts, max_attempts as "maxAttempts"`,
  );
  return row ?? null;
}

/** Moves a running job's step and progress forward and renews its lease; only its runner may. */
export async function setReportProgress(executor: Executor, id: string, worker: string, step: string, progress: number, leaseMs: number): Promise<void> {
  await executor
    .update(reportJobs)
    .set({ step, progress: sql`greatest(${reportJobs.progress}, ${progress})`, leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
    .where(and(eq(reportJobs.id, id), eq(reportJobs.lockedBy, worker), eq(reportJobs.status, 'running')));
}

export async function renewReportLease(executor: Executor, id: string, worker: string, leaseMs: number): Promise<void> {
  await executor
    .update(reportJobs)
    .set({ leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
    .where(and(eq(reportJobs.id, id), eq(reportJobs.lockedBy, worker), eq(reportJobs.status, 'running')));
}

export async function finishReportJob(executor: Executor, id: string, worker: string, file: { body: Uint8Array; fileName: string; contentType: string }): Promise<void> {
  await executor
    .update(reportJobs)
    .set({
      status: 'done',
      step: 'done',
      progress: 100,
      error: null,
      file: file.body,
      fileName: file.fileName,
      contentType: file.contentType,
      leaseUntil: null,
      finishedAt: sql`now()`,
    })
    .where(and(eq(reportJobs.id, id), eq(reportJobs.lockedBy, worker), eq(reportJobs.status, 'running')));
}

/**
 * Records a failed attempt: queued again after `retryInMs` when given (the error stays on the job
 * so its owner sees why), else failed for good.
 */
export async function failReportAttempt(executor: Executor, id: string, worker: string, failure: JobFailure, retryInMs: number | null): Promise<void> {
  const retry = retryInMs !== null;
  await executor
    .update(reportJobs)
    .set({
      status: retry ? 'queued' : 'failed',
      step: retry ? 'queued' : 'failed',
      progress: retry ? 0 : 100,
      error: failure,
      leaseUntil: null,
      ...(retry ? { runAfter: sql`now() + make_interval(secs => ${retryInMs / 1000})` } : { finishedAt: sql`now()` }),
    })
    .where(and(eq(reportJobs.id, id), eq(reportJobs.lockedBy, worker), eq(reportJobs.status, 'running')));
}

/** The failure recorded on a job whose process stopped while it ran, once no attempt is left. */
export const INTERRUPTED_FAILURE: JobFailure = { code: 'interrupted', message: 'The server process making the report stopped; the report was tried as often as allowed' };

/**
 * Housekeeping: jobs abandoned with no attempt left fail as interrupted; finished jobs (and their
 * files) older than `keepMs` go, and so do unfinished ones older than a day (nobody waits for them).
 */
export async function tidyReportJobs(executor: Executor, keepMs: number): Promise<void> {
  await executor
    .update(reportJobs)
    .set({ status: 'failed', step: 'failed', progress: 100, error: INTERRUPTED_FAILURE, leaseUntil: null, finishedAt: sql`now()` })
    .where(and(eq(reportJobs.status, 'running'), lt(reportJobs.leaseUntil, sql`now()`), sql`${reportJobs.attempts} >= ${reportJobs.maxAttempts}`));
  await executor
    .delete(reportJobs)
    .where(
      or(
        lt(reportJobs.finishedAt, sql`now() - make_interval(secs => ${keepMs / 1000})`),
        lt(reportJobs.createdAt, sql`now() - interval '1 day'`),
      ),
    );
}
