import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.js';

/**
 * The web app's one cache of server state (TanStack Query). Reads are cached per query key and
 * refetched when stale; changes invalidate the keys they affect. Answers the server refused
 * (4xx) are not retried: asking again would get the same answer.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
