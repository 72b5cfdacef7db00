/**
 * Runs report jobs from the database in this process: up to two at once (Word files and PDFs
 * queue separately inside the producer), under a lease renewed while they run, with retries after
 * a growing pause for failures that may pass, and their files stored for any process to serve.
 */
import type { FastifyBaseLogger } from 'fastify';
import { PUBLIC, type Principal } from '../../domain/access.js';
import { findUserById, toSignedInUser } from '../../auth/users-repository.js';
import type { AppContext } from '../../kernel/context.js';
import type { ReportJobSettings } from '../../kernel/job-settings.js';
import { AppError } from '../../kernel/errors.js';
import { JobLoop, WORKER_ID } from '../../kernel/job-loop.js';
import type { JobFailure } from '../../contract/jobs.js';
import { describeReportFailure, type ReportProducer } from './produce-report.js';
import {
  claimReportJob,
  failReportAttempt,
  finishReportJob,
  renewReportLease,
  setReportProgress,
  tidyReportJobs,
  type ClaimedReportJob,
} from './job-repository.js';

/**
 * Whether a failed attempt may succeed if tried again: the PDF engine failing to start or closing
 * (not a missing Chromium), or an internal error. Refusals (the evaluation gone, no access, bad
 * options) fail at once.
 */
export function isRetryable(failure: JobFailure): boolean {
  if (failure.code === 'internal') return true;
  return failure.code === 'pdf_unavailable' && failure.reason !== 'missing';
}

/** The pause before attempt `attempts + 1`, or null when the job has no attempt left. */
export function retryDelayMs(failure: JobFailure, attempts: number, settings: Pick<ReportJobSettings, 'maxAttempts' | 'retryBaseMs'>): number | null {
  if (!isRetryable(failure) || attempts >= settings.maxAttempts) return null;
  return settings.retryBaseMs * 4 ** (attempts - 1);
}

/** Who the report is made for: the user as they are now (a disabled or deleted user gets nothing), or the public. */
async function readerOf(context: AppContext, job: ClaimedReportJob): Promise<Principal> {
  if (!job.readerUserId) return PUBLIC;
  const user = await findUserById(context.database.db, job.readerUserId);
  if (!user || user.disabled) throw new AppError('not_found', `Report job ${job.id}: its reader can no longer sign in`);
  return { kind: 'user', user: toSignedInUser(user) };
}

export function createReportJobLoop(context: AppContext, producer: ReportProducer, settings: ReportJobSettings, log?: FastifyBaseLogger): JobLoop<ClaimedReportJob> {
  const { db } = context.database;
  const { leaseMs } = settings;
  return new JobLoop<ClaimedReportJob>({
    concurrency: 2,
    pollMs: settings.pollMs,
    claim: () => claimReportJob(db, WORKER_ID, leaseMs),
    renew: (job) => renewReportLease(db, job.id, WORKER_ID, leaseMs),
    renewMs: Math.max(1000, Math.floor(leaseMs / 3)),
    housekeeping: () => tidyReportJobs(db, settings.keepMs),
    onError: (error) => log?.error({ err: error }, 'report job loop'),
    run: async (job) => {
      let progressWrites = Promise.resolve();
      try {
        const reader = await readerOf(context, job);
        const file = await producer.file(job.evaluationId, job.format, job.options, reader, (step, percent) => {
          progressWrites = progressWrites.then(() => setReportProgress(db, job.id, WORKER_ID, step, percent, leaseMs)).catch(() => undefined);
        });
        await progressWrites;
        await finishReportJob(db, job.id, WORKER_ID, { body: file.body, fileName: file.fileName, contentType: file.contentType });
      } catch (error) {
        await progressWrites;
        const failure = describeReportFailure(error);
        if (failure.code === 'internal') log?.error({ err: error, jobId: job.id }, 'report job failed');
        await failReportAttempt(db, job.id, WORKER_ID, failure, retryDelayMs(failure, job.attempts, { maxAttempts: job.maxAttempts, retryBaseMs: settings.retryBaseMs }));
      }
    },
  });
}
