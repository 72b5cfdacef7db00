/**
 * Report jobs (Word and PDF files made off the request path), kept in this process's memory.
 *
 * Unlike imports, report jobs are not stored in the database: they are cheap to start again, and
 * their results are files of a few hundred kilobytes that nobody needs after the download. So a
 * job lives in the process that accepted it: behind a load balancer with several app processes,
 * the client must reach the same process for the status and the file (sticky sessions), and a
 * restart forgets every job (the client starts a new one).
 */
import { randomUUID } from 'node:crypto';
import type { PdfStep } from '../../report/pdf/types.js';

type ReportJobStatus = 'queued' | 'running' | 'done' | 'failed';
/** PDF: queued → rendering-html → printing → done; Word: queued → building-docx → done. */
type ReportJobStep = PdfStep | 'building-docx' | 'failed';

/** What a finished job produced. */
export interface ReportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** How a failed job reports its failure. */
export interface ReportJobFailure {
  code: string;
  message: string;
  reason?: string;
}

export interface ReportJob {
  id: string;
  /** Who may see it: the user's id, or `anonymous@<address>` for visitors who are not signed in. */
  owner: string;
  evaluationId: string;
  format: 'docx' | 'pdf';
  status: ReportJobStatus;
  step: ReportJobStep;
  progress: number;
  /** Why the job failed: an error code (worded by the client), an English message and, where the code has one, its reason. */
  error: ReportJobFailure | null;
  file: ReportFile | null;
  createdAt: number;
  finishedAt: number | null;
}

export interface ReportJobStoreOptions {
  /** How long a finished job (and its file) is kept; default 15 minutes. */
  ttlMs?: number;
  /** Unfinished jobs one owner may have at a time (e.g. Word and PDF in a few languages); default 5. */
  maxActivePerOwner?: number;
  now?: () => number;
}

/** Reports progress of one job; the step and percentage only move forward. */
export type JobProgress = (step: ReportJobStep, percent: number) => void;

export class TooManyJobsError extends Error {
  constructor(readonly limit: number) {
    super(`You already have ${limit} reports being created; wait until one is finished`);
    this.name = 'TooManyJobsError';
  }
}

/** The jobs of this process: created, updated while they run, found by id and owner, expired. */
export class ReportJobStore {
  private readonly jobs = new Map<string, ReportJob>();
  private readonly ttlMs: number;
  private readonly maxActive: number;
  private readonly now: () => number;

  constructor(options: ReportJobStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 15 * 60_000;
    this.maxActive = options.maxActivePerOwner ?? 5;
    this.now = options.now ?? Date.now;
  }

  /**
   * Starts `work` as a job of `owner`. The job is registered before the work starts, so its
   * status can be asked for at once; a failure is recorded on the job, never thrown.
   */
  start(
    owner: string,
    evaluationId: string,
    format: ReportJob['format'],
    work: (progress: JobProgress) => Promise<ReportFile>,
    describeFailure: (error: unknown) => ReportJobFailure,
  ): ReportJob {
    this.sweep();
    const active = [...this.jobs.values()].filter((job) => job.owner === owner && job.finishedAt === null).length;
    if (active >= this.maxActive) throw new TooManyJobsError(this.maxActive);
    const job: ReportJob = {
      id: randomUUID(),
      owner,
      evaluationId,
      format,
      status: 'queued',
      step: 'queued',
      progress: 0,
      error: null,
      file: null,
      createdAt: this.now(),
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    const progress: JobProgress = (step, percent) => {
      if (job.finishedAt !== null || percent < job.progress) return;
      job.step = step;
      job.progress = percent;
      if (step !== 'queued') job.status = 'running';
    };
    void Promise.resolve()
      .then(() => work(progress))
      .then(
        (file) => {
          Object.assign(job, { status: 'done', step: 'done', progress: 100, file, finishedAt: this.now() });
        },
        (error: unknown) => {
          Object.assign(job, { status: 'failed', step: 'failed', error: describeFailure(error), finishedAt: this.now() });
        },
      );
    return job;
  }

  /** The job when it exists, has not expired and belongs to `owner`; otherwise null. */
  find(id: string, owner: string): ReportJob | null {
    this.sweep();
    const job = this.jobs.get(id);
    return job && job.owner === owner ? job : null;
  }

  /** Jobs held right now (finished ones until they expire). */
  get size(): number {
    return this.jobs.size;
  }

  /** Forgets finished jobs older than the TTL (and their files). */
  sweep(): void {
    const cutoff = this.now() - this.ttlMs;
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== null && job.finishedAt <= cutoff) this.jobs.delete(id);
    }
  }
}
