/**
 * Runs jobs kept in the database, in every app process alike: claims the next job (the claim is
 * atomic across processes, `for update skip locked`), runs up to `concurrency` at once, renews
 * the job's lease while it runs, looks for work when woken (a job made here) and every `pollMs`
 * (jobs made by another process, retries whose pause is over), and tidies up now and then.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';

/** This process among the app processes sharing a database: written on the jobs it runs. */
export const WORKER_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface JobLoopOptions<T> {
  /** The next job this process may run (already marked running under its lease), or null. */
  claim: () => Promise<T | null>;
  run: (job: T) => Promise<void>;
  /** Extends the job's lease; called every `renewMs` while the job runs. */
  renew?: (job: T) => Promise<void>;
  renewMs?: number;
  /** Jobs run at once by this process; default 1. */
  concurrency?: number;
  /** How often the database is asked for work nobody woke us for; default 2 s. */
  pollMs?: number;
  /** Expired results, abandoned jobs; run every `housekeepingMs` (default 60 s). */
  housekeeping?: () => Promise<void>;
  housekeepingMs?: number;
  /** A claim, a renewal or the housekeeping failed (the loop goes on). */
  onError?: (error: unknown) => void;
}

export class JobLoop<T> {
  private active = 0;
  private stopped = false;
  private started = false;
  private again = false;
  private pumping: Promise<void> | null = null;
  private readonly runs = new Set<Promise<void>>();
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(private readonly options: JobLoopOptions<T>) {}

  /** Starts polling and housekeeping, and looks for work at once. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    const { pollMs = 2000, housekeeping, housekeepingMs = 60_000 } = this.options;
    this.timers.push(setInterval(() => this.wake(), pollMs));
    if (housekeeping) {
      const tidy = () => void housekeeping().catch((error: unknown) => this.options.onError?.(error));
      this.timers.push(setInterval(tidy, housekeepingMs));
      tidy();
    }
    for (const timer of this.timers) timer.unref();
    this.wake();
  }

  /** Looks for work now (a job was just made). */
  wake(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = null;
    });
  }

  /** Waits until no job of this process runs and nothing is left to claim (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pumping || this.runs.size > 0) await Promise.all([this.pumping, ...this.runs]);
  }

  /** Takes no more jobs and waits for the running ones. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.idle();
  }

  private async pump(): Promise<void> {
    const { concurrency = 1 } = this.options;
    do {
      this.again = false;
      while (!this.stopped && this.active < concurrency) {
        const job = await this.options.claim().catch((error: unknown) => {
          this.options.onError?.(error);
          return null;
        });
        if (!job) break;
        this.launch(job);
      }
    } while (this.again && !this.stopped && this.active < concurrency);
  }

  private launch(job: T): void {
    this.active += 1;
    const { renew, renewMs = 10_000 } = this.options;
    const lease = renew ? setInterval(() => void renew(job).catch((error: unknown) => this.options.onError?.(error)), renewMs) : null;
    lease?.unref();
    const running: Promise<void> = this.options
      .run(job)
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        if (lease) clearInterval(lease);
        this.active -= 1;
        this.runs.delete(running);
        this.wake();
      });
    this.runs.add(running);
  }
}
