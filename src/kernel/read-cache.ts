/**
 * A small in-process cache of read answers (serialised responses, or answers and records that
 * are never changed once made).
 *
 * On the embedded database the data-directory lock guarantees that this process is the only
 * writer, so clearing the cache on every write keeps it exact. With PostgreSQL several app
 * processes write: each change, once committed, takes the next value of the database's epoch
 * (`changed()`), and every cached read first learns the epoch from a query that started after it
 * was asked (`EpochBarrier`, one query shared by all the reads waiting at that moment); a newer
 * epoch clears the cache. So no read that starts after another process answered a change is
 * served from before it. A process that stops between a commit and its bump leaves the epoch
 * unmoved; so that no process serves entries from before such a change for long, entries shared
 * this way are kept at most `maxAgeMs` (a minute by default).
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
  /** The database's epoch the entries belong to (several processes only). */
  private epoch = -1n;
  /** When the entries were last cleared (`performance.now()`). */
  private clearedAt = performance.now();
  /** `onNewerEpoch` under way (several processes only). */
  private following: Promise<void> | null = null;

  constructor(
    private readonly capacity = 2000,
    private readonly shared?: SharedEpoch,
  ) {}

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
   * unless the cache is cleared meanwhile). `undefined` answers are not stored. `since` (a
   * `performance.now()` time, e.g. when the request arrived) lets reads of one request share the
   * epoch learnt for its first (several processes only); by default it is the time of the call.
   */
  load<T>(key: string, read: () => Promise<T>, since?: number): Promise<T> {
    if (!this.shared) return this.loadHere(key, read);
    // An older view than the entries': neither used nor stored.
    return this.sync(since).then((current) => (current ? this.loadHere(key, read) : read()));
  }

  /**
   * Several processes: brings this process up to the database's epoch as read after `since`
   * (default: now), clearing the cache and taking in `onNewerEpoch` when it moved. Answers false
   * when the epoch read is older than the entries' (nothing may then be served from the cache or
   * stored in it). A request calls it when it arrives, so even a request without cached reads sees
   * what other processes changed (a model version published there). One process: nothing to do.
   */
  async sync(since?: number): Promise<boolean> {
    if (!this.shared) return true;
    const epoch = await this.shared.barrier.latest(since);
    if (epoch < this.epoch) return false;
    if (epoch > this.epoch) {
      this.clear();
      this.epoch = epoch;
      this.followUp(epoch);
    } else if (performance.now() - this.clearedAt > (this.shared.maxAgeMs ?? DEFAULT_SHARED_MAX_AGE_MS)) this.clear();
    // Every read waits until the process has taken in what the newer epoch may bring.
    if (this.following) await this.following;
    return true;
  }

  /** Runs `onNewerEpoch` (once at a time); if it fails, the next read tries again. */
  private followUp(epoch: bigint): void {
    const onNewerEpoch = this.shared?.onNewerEpoch;
    if (!onNewerEpoch) return;
    const previous = this.following ?? Promise.resolve();
    const following: Promise<void> = previous
      .then(onNewerEpoch)
      .catch(() => {
        if (this.epoch === epoch) this.epoch = epoch - 1n;
      })
      .finally(() => {
        if (this.following === following) this.following = null;
      });
    this.following = following;
  }

  private loadHere<T>(key: string, read: () => Promise<T>): Promise<T> {
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

  /** Forgets everything in this process. */
  clear(): void {
    this.clearedAt = performance.now();
    this.generation += 1;
    this.entries.clear();
    this.inFlight.clear();
  }

  /**
   * A change was committed: forgets everything here and, with several processes, moves the
   * database's epoch on so theirs forget it too before they answer another read. Call it after
   * the commit and before the change's answer leaves.
   */
  async changed(): Promise<void> {
    this.clear();
    if (!this.shared) return;
    const epoch = await this.shared.bump();
    // Entries stored meanwhile may predate changes other processes made before our bump: gone
    // too. From here on the epoch of our own change clears nothing more.
    this.clear();
    if (epoch <= this.epoch) return;
    // Another process moved it on since this one last looked: take in what that may bring too.
    const others = epoch > this.epoch + 1n;
    this.epoch = epoch;
    if (others) this.followUp(epoch);
  }
}

/** The database's epoch as the cache of each of several app processes sees it. */
export interface SharedEpoch {
  barrier: EpochBarrier;
  /** Moves the epoch on (after a committed change); answers the new value. */
  bump(): Promise<bigint>;
  /** How long entries are kept at most, in case a process stopped before its bump. */
  maxAgeMs?: number;
  /**
   * What else this process must take in when another process moved the epoch on (model versions
   * published there); reads wait for it. A failure is tried again at the next read.
   */
  onNewerEpoch?: () => Promise<void>;
}

const DEFAULT_SHARED_MAX_AGE_MS = 60_000;

/**
 * Reads a value (the database's epoch) for many callers at once, with one promise: every caller
 * gets a value read by a query that started after the caller asked. A caller that comes while a
 * query is under way waits for the next one, which all such callers share; so there are at most
 * two queries at a time however many reads wait.
 */
export class EpochBarrier {
  private running: Promise<bigint> | null = null;
  private next: Promise<bigint> | null = null;
  /** The last value read, and when the query that read it started. */
  private last: { value: bigint; startedAt: number } | null = null;

  constructor(private readonly read: () => Promise<bigint>) {}

  /** A value read by a query that started at `since` or later (default: now). */
  latest(since?: number): Promise<bigint> {
    if (since !== undefined && this.last && this.last.startedAt >= since) return Promise.resolve(this.last.value);
    if (!this.running) return this.start();
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.start();
      });
    return this.next;
  }

  private start(): Promise<bigint> {
    const startedAt = performance.now();
    const query: Promise<bigint> = this.read()
      .then((value) => {
        if (!this.last || startedAt >= this.last.startedAt) this.last = { value, startedAt };
        return value;
      })
      .finally(() => {
        if (this.running === query) this.running = null;
      });
    this.running = query;
    return query;
  }
}

/** `read()` through the cache where there is one, else straight. */
export function readThrough<T>(cache: ReadCache | undefined, key: string, read: () => Promise<T>, since?: number): Promise<T> {
  return cache ? cache.load(key, read, since) : read();
}
