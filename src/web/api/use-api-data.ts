import { useCallback, useEffect, useState } from 'react';
import { isAbort } from './api-error.js';
import type { ApiState } from './query-state.js';

export type { ApiState };

type Settled<T> = { key: string } & ({ status: 'ok'; data: T } | { status: 'error'; error: unknown });

/**
 * Loads data for a page and reloads when `deps` (plain values) change; an outdated request is
 * cancelled so a slow answer never replaces a newer one. While reloading, the last data is
 * offered as `previous`. `retry` loads again after an error.
 */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly (string | number | boolean | undefined)[]): { state: ApiState<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const key = JSON.stringify([...deps, attempt]);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, status: 'ok', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbort(error)) setSettled({ key, status: 'error', error });
      },
    );
    return () => controller.abort();
    // `load` is a new closure every render; `key` says when what it loads really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  let state: ApiState<T>;
  if (settled && settled.key === key) {
    state = settled.status === 'ok' ? { status: 'ok', data: settled.data } : { status: 'error', error: settled.error };
  } else {
    state = { status: 'loading', previous: settled?.status === 'ok' ? settled.data : undefined };
  }
  return { state, retry };
}
