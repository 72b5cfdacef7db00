import type { FastifyBaseLogger } from 'fastify';
import type { ImportQueue } from '../../kernel/context.js';
import { claimImportJob, failImportJob, finishImportJob, requeueUnfinishedJobs, setImportProgress } from './job-repository.js';
import { describeImportFailure, importDocumentBytes, type ImportContext, type ImportStage } from './run-import.js';

const STAGE_PROGRESS: Record<ImportStage, number> = { extracting: 10, parsing: 40, saving: 70 };

/**
 * Runs upload imports off the request path, one at a time (PDF extraction is CPU-bound and the
 * embedded database has one writer). Job state lives in the database, so any process can report
 * progress and a job interrupted by a restart runs again.
 */
export class SerialImportQueue implements ImportQueue {
  private readonly pending: string[] = [];
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly context: ImportContext & { onSaved?: () => void },
    private readonly log?: FastifyBaseLogger,
  ) {}

  /** Picks up jobs left queued or running by an earlier process. */
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
    try {
      const outcome = await importDocumentBytes(job.content, job.fileName, this.context, job.actor, (stage) =>
        setImportProgress(db, id, stage, STAGE_PROGRESS[stage]),
      );
      await finishImportJob(db, id, outcome.report, outcome.saved);
      this.context.onSaved?.();
    } catch (error) {
      const failure = describeImportFailure(error, job.fileName, this.context.catalogue);
      if (failure.code === 'internal') this.log?.error({ err: error, jobId: id }, 'import failed unexpectedly');
      await failImportJob(db, id, failure).catch((cause: unknown) => this.log?.error({ err: cause, jobId: id }, 'could not record import failure'));
    }
  }
}
