/**
 * A small in-process cache of serialised read responses.
 *
 * It is only switched on for the embedded database: the data-directory lock guarantees that this
 * process is the only writer, so clearing the cache on every write keeps it exact. With
 * PostgreSQL several app processes write, and reads always go to the database.
 */
export class ReadCache {
  private readonly entries = new Map<string, string>();

  constructor(private readonly capacity = 2000) {}

  get(key: string): string | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Re-insert to mark as recently used (Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: string): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** Forgets everything; called after any write that can change what a read returns. */
  clear(): void {
    this.entries.clear();
  }
}
