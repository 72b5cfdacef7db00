import type { FastifyBaseLogger } from 'fastify';
import type { ImportQueue } from '../../kernel/context.js';
import { ImportWorkerFailure } from './import-worker.js';
import { JobLoop, WORKER_ID } from '../../kernel/job-loop.js';
import {
  claimNextImportJob,
  failImportJob,
  failInterruptedImportJobs,
  finishRunningImportJob,
  importJobStatus,
  renewImportLease,
  setImportProgress,
  type ClaimedImportJob,
} from './job-repository.js';
import { describeImportFailure, importDocumentBytes, type ImportContext, type ImportStage } from './run-import.js';

const STAGE_PROGRESS: Record<ImportStage, number> = { extracting: 10, parsing: 40, saving: 70 };

/** How often a running job looks whether another process (the CLI) cancelled it. */
const CANCEL_POLL_MS = 1000;

/** Thrown inside the saving transaction when the job was cancelled meanwhile: the saves roll back. */
class CancelledWhileSaving extends Error {}

/** How long a claim holds without news from its process; renewed every third of it. */
const LEASE_MS = 30_000;

/**
 * Runs upload imports off the request path, one at a time per process (the embedded database has
 * one writer), each document read in a worker thread with memory and time limits. Jobs live in
 * the database: any app process on one PostgreSQL may claim a queued one (the next free one,
 * `for update skip locked`), so any process can report progress. A job whose process stopped
 * while it ran (its lease ran out; on the embedded database, every running one at start) is
 * marked failed as interrupted, never run again (it may be what stopped the process).
 */
export class SerialImportQueue implements ImportQueue {
  /** The job this process is running and how to stop its worker. */
  private current: { id: string; abort: AbortController } | null = null;
  private readonly loop: JobLoop<ClaimedImportJob>;

  constructor(
    private readonly context: ImportContext & { onSaved?: () => void; exclusive?: boolean },
    private readonly log?: FastifyBaseLogger,
  ) {
    const { db } = context;
    this.loop = new JobLoop<ClaimedImportJob>({
      claim: () => claimNextImportJob(db, WORKER_ID, LEASE_MS),
      run: (job) => this.run(job),
      renew: (job) => renewImportLease(db, job.id, WORKER_ID, LEASE_MS),
      renewMs: LEASE_MS / 3,
      housekeeping: () => failInterruptedImportJobs(db, false),
      onError: (error) => this.log?.error({ err: error }, 'import job loop'),
    });
  }

  /** Fails the jobs a stopped process left running, then runs the queued ones and watches for more. */
  async resume(): Promise<void> {
    await failInterruptedImportJobs(this.context.db, this.context.exclusive ?? false);
    this.loop.start();
  }

  /** A job was queued: look for work now. */
  enqueue(_jobId: string): void {
    this.loop.wake();
  }

  /** Stops the job's worker when this process runs it (the job is already marked cancelled, so no process claims it). */
  cancel(jobId: string): void {
    if (this.current?.id === jobId) this.current.abort.abort();
  }

  /** Waits until every job queued so far that this process took has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await this.loop.idle();
  }

  /** Stops taking jobs; the one running finishes. Unstarted jobs stay queued in the database. */
  async stop(): Promise<void> {
    await this.loop.stop();
  }

  private async run(job: ClaimedImportJob): Promise<void> {
    const { db } = this.context;
    const { id } = job;
    const abort = new AbortController();
    this.current = { id, abort };
    // A job cancelled by another process (the CLI) is seen here and its worker stopped.
    const poll = setInterval(() => {
      importJobStatus(db, id).then(
        (status) => {
          if (status === 'cancelled') abort.abort();
        },
        () => undefined,
      );
    }, CANCEL_POLL_MS);
    try {
      const outcome = await importDocumentBytes(job.content, job.fileName, this.context, job.actor, {
        signal: abort.signal,
        onStage: (stage) => setImportProgress(db, id, stage, STAGE_PROGRESS[stage]),
        beforeCommit: async (tx, { report, saved }) => {
          if (!(await finishRunningImportJob(tx, id, report, saved))) throw new CancelledWhileSaving();
        },
      });
      if (outcome) this.context.onSaved?.();
    } catch (error) {
      if (error instanceof CancelledWhileSaving || (error instanceof ImportWorkerFailure && error.code === 'cancelled')) return;
      const failure = describeImportFailure(error, job.fileName, this.context.catalogue);
      if (failure.code === 'internal') this.log?.error({ err: error, jobId: id }, 'import failed unexpectedly');
      else if (error instanceof ImportWorkerFailure) this.log?.warn({ jobId: id, reason: failure.code }, failure.message);
      await failImportJob(db, id, failure).catch((cause: unknown) => this.log?.error({ err: cause, jobId: id }, 'could not record import failure'));
    } finally {
      clearInterval(poll);
      this.current = null;
    }
  }
}
