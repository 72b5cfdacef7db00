import { skipToken, useQueries, useQuery, type Query, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { isFinishedJob } from '../../contract/jobs.js';
import { nextPoll, type PolledJob } from './job-polling.js';

/** One job to follow: where it is kept in the query cache, how to read it, and what is known of it. */
export interface FollowedJob<J extends PolledJob> {
  queryKey: QueryKey;
  /** Reads the job (pass `signal` on, so a read no longer needed is cancelled). */
  fetchJob: (signal: AbortSignal) => Promise<J>;
  /** The job as last known (the answer that started it): shown until the first read. */
  initial: J;
  /** Whether a failed read ends the following (default: every failed read does). */
  stopsOn?: (error: unknown) => boolean;
}

const always = () => true;

/**
 * The query that follows one job until it is over (`isFinishedJob`): read every 500 ms while it
 * runs, when the retry is due while one waits (`retryAt`), and not again once it is over or a
 * read failed for good. It goes on in a tab in the background: the job runs on the server anyway.
 */
export function jobProgressQuery<J extends PolledJob>(job: FollowedJob<J>): UseQueryOptions<J, Error, J, QueryKey> {
  const stopsOn = job.stopsOn ?? always;
  return {
    queryKey: job.queryKey,
    queryFn: ({ signal }) => job.fetchJob(signal),
    initialData: job.initial,
    enabled: !isFinishedJob(job.initial),
    staleTime: Infinity,
    retry: false,
    refetchInterval: (query: Query<J, Error, J, QueryKey>) => nextPoll(query.state, Date.now(), stopsOn),
    refetchIntervalInBackground: true,
  };
}

const NO_JOB: QueryKey = ['jobs', 'none'];

/** Follows one job (none yet: `null`) until it is over; `data` is the job as last read. */
export function useJobProgress<J extends PolledJob>(job: FollowedJob<J> | null): UseQueryResult<J, Error> {
  const none: UseQueryOptions<J, Error, J, QueryKey> = { queryKey: NO_JOB, queryFn: skipToken };
  return useQuery(job ? jobProgressQuery(job) : none);
}

/** Follows several jobs the same way (one query each, in the order given). */
export function useJobsProgress<J extends PolledJob>(jobs: readonly FollowedJob<J>[]): UseQueryResult<J, Error>[] {
  return useQueries({ queries: jobs.map((job) => jobProgressQuery(job)) });
}
