import { keepPreviousData, useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';

/** What a view shows of one read: loading (with the last data while reloading), an error, or the data. */
export type ApiState<T> =
  | { status: 'loading'; previous: T | undefined }
  | { status: 'error'; error: unknown }
  | { status: 'ok'; data: T };

/**
 * A TanStack Query result as the app's views show it. Data kept from an earlier key
 * (`keepPreviousData`) counts as loading with `previous`; a retry after an error shows loading
 * again; a background refetch of the same key keeps showing the data.
 */
function toApiState<T>(result: UseQueryResult<T>): ApiState<T> {
  if (result.isError && !result.isFetching) return { status: 'error', error: result.error };
  if (result.isSuccess && !result.isPlaceholderData) return { status: 'ok', data: result.data };
  return { status: 'loading', previous: result.isPlaceholderData ? result.data : undefined };
}

interface ApiQueryOptions<T> {
  queryKey: QueryKey;
  /** Loads the data; pass `signal` to the api function so a query no longer needed is cancelled. */
  queryFn: (context: { signal: AbortSignal }) => Promise<T>;
  enabled?: boolean;
  /** How often to read again, given the last data (false: not). */
  refetchInterval?: number | false | ((data: T | undefined) => number | false);
  staleTime?: number;
}

/**
 * One read through the app's query cache, shown the way views expect (`ApiState`), with the last
 * data kept while a new key loads and `retry` to load again after an error.
 */
export function useApiQuery<T>(options: ApiQueryOptions<T>): { state: ApiState<T>; retry: () => void; query: UseQueryResult<T> } {
  const { refetchInterval } = options;
  const query = useQuery({
    placeholderData: keepPreviousData,
    ...options,
    queryFn: ({ signal }) => options.queryFn({ signal }),
    refetchInterval: typeof refetchInterval === 'function' ? (current) => refetchInterval(current.state.data) : refetchInterval,
  });
  return { state: toApiState(query), retry: () => void query.refetch(), query };
}

type Loaded = { state: ApiState<unknown>; retry: () => void };
type DataOf<Q> = Q extends { state: ApiState<infer T> } ? T : never;

function valueOf<T>(state: ApiState<T>): { has: true; value: T } | { has: false } {
  if (state.status === 'ok') return { has: true, value: state.data };
  if (state.status === 'loading' && state.previous !== undefined) return { has: true, value: state.previous };
  return { has: false };
}

/**
 * Several reads shown as one (a page that needs them all): an error if one failed, the joined
 * data once all are there, loading otherwise (with the joined last data while reloading).
 * `retry` loads again the reads that failed.
 */
export function combineQueries<const Q extends readonly Loaded[], R>(
  queries: Q,
  join: (...values: { [K in keyof Q]: DataOf<Q[K]> }) => R,
): { state: ApiState<R>; retry: () => void } {
  const retry = () => {
    for (const query of queries) if (query.state.status === 'error') query.retry();
  };
  const failed = queries.find((query) => query.state.status === 'error');
  if (failed && failed.state.status === 'error') return { state: { status: 'error', error: failed.state.error }, retry };
  const values = queries.map((query) => valueOf(query.state));
  const joined = values.every((value) => value.has) ? join(...(values.map((value) => (value.has ? value.value : undefined)) as { [K in keyof Q]: DataOf<Q[K]> })) : undefined;
  if (queries.every((query) => query.state.status === 'ok')) return { state: { status: 'ok', data: joined as R }, retry };
  return { state: { status: 'loading', previous: joined }, retry };
}
