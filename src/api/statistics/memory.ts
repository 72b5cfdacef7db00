/**
 * A bounded in-process memory of answers kept under the published data's fingerprint: the least
 * recently used entry goes first, and a value that several requests need at the same time is made
 * once. A value is stored under the key its maker says it was made for (the fingerprint read
 * together with the data), so it is never kept under a state it does not reflect.
 */
export class FingerprintMemory<V> {
  private readonly entries = new Map<string, V>();
  private readonly inFlight = new Map<string, Promise<V>>();
  /** How many values were made (not found): what tests observe. */
  made = 0;

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  private set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Forgets every kept value (values being made are still stored when made). */
  clear(): void {
    this.entries.clear();
  }

  /**
   * The value kept under `key`, else the one being made for it, else `make()`'s, stored under
   * the key it returns (the state it was made from, which a newer read may have moved past `key`).
   */
  load(key: string, make: () => Promise<{ key: string; value: V }>): Promise<V> {
    const kept = this.get(key);
    if (kept !== undefined) return Promise.resolve(kept);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    this.made += 1;
    const promise = make().then(
      (made) => {
        this.inFlight.delete(key);
        this.set(made.key, made.value);
        return made.value;
      },
      (error: unknown) => {
        this.inFlight.delete(key);
        throw error;
      },
    );
    this.inFlight.set(key, promise);
    return promise;
  }
}
