/**
 * Answers asked for before the component that shows them has mounted — a panel's list while the
 * page around it still loads — so the requests run side by side instead of one after the other.
 * Each answer is taken once, and only while it is fresh; otherwise the component loads as usual.
 */
const FRESH_MS = 5_000;
const pending = new Map<string, { answer: Promise<unknown>; at: number }>();

/** Starts loading `key` unless it is already on its way. */
export function prefetch(key: string, load: () => Promise<unknown>): void {
  const entry = pending.get(key);
  if (entry && Date.now() - entry.at <= FRESH_MS) return;
  const answer = load();
  // A failure surfaces where the answer is taken; an answer nobody takes must not be reported.
  answer.catch(() => undefined);
  pending.set(key, { answer, at: Date.now() });
}

/** The prefetched answer of `key` if one is fresh (removing it), else undefined. */
export function takePrefetched<T>(key: string): Promise<T> | undefined {
  const entry = pending.get(key);
  pending.delete(key);
  if (!entry || Date.now() - entry.at > FRESH_MS) return undefined;
  return entry.answer as Promise<T>;
}
