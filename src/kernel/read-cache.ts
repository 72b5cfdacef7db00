/**
 * A small in-process cache of read answers (serialised responses, or answers and records that
 * are never changed once made).
 *
 * It is only switched on for the embedded database: the data-directory lock guarantees that this
 * process is the only writer, so clearing the cache on every write keeps it exact. With
 * PostgreSQL several app processes write, and reads always go to the database.
 *
 * Reads of the same key that run at the same time are made once (`load`): under load, a cleared
 * cache would otherwise send every waiting request to the database with the same query, and the
 * embedded database runs one query at a time on the app's own thread. A read that was under way
 * when the cache was cleared is answered to those who asked before the clear but never stored,
 * and no one who asks after the clear joins it, so no write is followed by a stale read.
 */
export class ReadCache {
  private readonly entries = new Map<string, unknown>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  /** Counts clears: a read stores its answer only if no clear came while it ran. */
  private generation = 0;

  constructor(private readonly capacity = 2000) {}

  get<T>(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Re-insert to mark as recently used (Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value as T | undefined;
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** Forgets one entry (e.g. a session found to have run out). */
  delete(key: string): void {
    this.entries.delete(key);
    this.inFlight.delete(key);
  }

  /**
   * The cached answer of `key`, else the one read under way for it, else `read()`'s (stored
   * unless the cache is cleared meanwhile). `undefined` answers are not stored.
   */
  load<T>(key: string, read: () => Promise<T>): Promise<T> {
    const cached = this.get<T>(key);
    if (cached !== undefined) return Promise.resolve(cached);
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const generation = this.generation;
    const promise = read().then(
      (value) => {
        if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
        if (this.generation === generation && value !== undefined) this.set(key, value);
        return value;
      },
      (error: unknown) => {
        if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
        throw error;
      },
    );
    this.inFlight.set(key, promise);
    return promise;
  }

  /** Forgets everything; called after any write that can change what a read returns. */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.inFlight.clear();
  }
}

/** `read()` through the cache where there is one (the embedded database), else straight. */
export function readThrough<T>(cache: ReadCache | undefined, key: string, read: () => Promise<T>): Promise<T> {
  return cache ? cache.load(key, read) : read();
}
