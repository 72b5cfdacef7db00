import { isFinishedJob, type JobState } from '../../contract/jobs.js';

/** How often a job under way is asked for its progress. */
export const JOB_POLL_MS = 500;
/** While a retry waits, the job is asked again when the retry is due, but at least this often. */
export const RETRY_POLL_MAX_MS = 5000;

/** What the polling looks at: the status, and (report jobs) when a waiting retry is due. */
export type PolledJob = Pick<JobState, 'status'> & { retryAt?: string | null };

/** Whether the job waits for another attempt (the last one failed and may pass). */
export const isRetryWaiting = (job: PolledJob): boolean => !isFinishedJob(job) && typeof job.retryAt === 'string';

/**
 * When to ask for the job again (ms), or false when it is over: every JOB_POLL_MS while it runs;
 * while a retry waits, when the retry is due, between JOB_POLL_MS and RETRY_POLL_MAX_MS from `now`.
 */
export function jobPollInterval(job: PolledJob | undefined, now: number): number | false {
  if (!job || isFinishedJob(job)) return false;
  if (!isRetryWaiting(job)) return JOB_POLL_MS;
  const due = Date.parse(job.retryAt ?? '');
  if (Number.isNaN(due)) return JOB_POLL_MS;
  return Math.min(RETRY_POLL_MAX_MS, Math.max(JOB_POLL_MS, due - now));
}

/** A polling query's state as TanStack Query keeps it: the last job read, and the last failed read. */
export interface PollState<J extends PolledJob> {
  data: J | undefined;
  status: 'pending' | 'error' | 'success';
  error: unknown;
}

/**
 * When to read a followed job again, or false to stop: when it is over, or when the last read
 * failed with an error that ends the following (`stopsOn`; a read failing otherwise is tried
 * again at the next tick).
 */
export function nextPoll<J extends PolledJob>(state: PollState<J>, now: number, stopsOn: (error: unknown) => boolean): number | false {
  if (state.status === 'error' && stopsOn(state.error)) return false;
  return jobPollInterval(state.data, now);
}
