import type { FastifyBaseLogger } from 'fastify';
import type { ImportQueue } from '../../kernel/context.js';
import { ImportWorkerFailure } from './import-worker.js';
import { claimImportJob, failImportJob, finishRunningImportJob, importJobStatus, requeueUnfinishedJobs, setImportProgress } from './job-repository.js';
import { describeImportFailure, importDocumentBytes, type ImportContext, type ImportStage } from './run-import.js';

const STAGE_PROGRESS: Record<ImportStage, number> = { extracting: 10, parsing: 40, saving: 70 };

/** How often a running job looks whether another process (the CLI) cancelled it. */
const CANCEL_POLL_MS = 1000;

/** Thrown inside the saving transaction when the job was cancelled meanwhile: the saves roll back. */
class CancelledWhileSaving extends Error {}

/**
 * Runs upload imports off the request path, one at a time (the embedded database has one
 * writer), each document read in a worker thread with memory and time limits. Job state lives in
 * the database, so any process can report progress. At start, queued jobs run; a job a stopped
 * process left running is marked failed, never run again (it may be what stopped it).
 */
export class SerialImportQueue implements ImportQueue {
  private readonly pending: string[] = [];
  private running: Promise<void> | null = null;
  private stopped = false;
  /** The job this process is running and how to stop its worker. */
  private current: { id: string; abort: AbortController } | null = null;

  constructor(
    private readonly context: ImportContext & { onSaved?: () => void },
    private readonly log?: FastifyBaseLogger,
  ) {}

  /** Runs the jobs left queued by an earlier process; those it left running are marked failed. */
  async resume(): Promise<void> {
    for (const id of await requeueUnfinishedJobs(this.context.db)) this.enqueue(id);
  }

  enqueue(jobId: string): void {
    if (this.stopped) return;
    this.pending.push(jobId);
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  /** Stops the job's worker when this process runs it, and forgets it when it waits here. */
  cancel(jobId: string): void {
    const index = this.pending.indexOf(jobId);
    if (index >= 0) this.pending.splice(index, 1);
    if (this.current?.id === jobId) this.current.abort.abort();
  }

  /** Waits until every job enqueued so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stops taking jobs; the one running finishes. Unstarted jobs stay queued in the database. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.pending.length = 0;
    await this.idle();
  }

  private async drain(): Promise<void> {
    for (let id = this.pending.shift(); id !== undefined; id = this.pending.shift()) {
      await this.run(id);
    }
  }

  private async run(id: string): Promise<void> {
    const { db } = this.context;
    const job = await claimImportJob(db, id);
    if (!job) return;
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
