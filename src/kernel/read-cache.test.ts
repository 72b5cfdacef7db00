import { describe, expect, it } from 'vitest';
import { EpochBarrier, ReadCache, readThrough } from './read-cache.js';

/** A read that answers when told to, counting how often it was started. */
function controlledRead<T>() {
  let started = 0;
  const answers: Array<(value: T) => void> = [];
  const failures: Array<(error: Error) => void> = [];
  const read = () => {
    started += 1;
    return new Promise<T>((resolve, reject) => {
      answers.push(resolve);
      failures.push(reject);
    });
  };
  return { read, started: () => started, answer: (index: number, value: T) => answers[index]!(value), fail: (index: number, error: Error) => failures[index]!(error) };
}

describe('ReadCache', () => {
  it('makes a read once for everyone who asks while it runs, then answers from memory', async () => {
    const cache = new ReadCache();
    const { read, started, answer } = controlledRead<string>();
    const waiting = [cache.load('k', read), cache.load('k', read), cache.load('k', read)];
    expect(started()).toBe(1);
    answer(0, 'one');
    expect(await Promise.all(waiting)).toEqual(['one', 'one', 'one']);
    expect(await cache.load('k', read)).toBe('one');
    expect(started()).toBe(1);
  });

  it('never stores a read that a clear overtook, and lets no one asking after the clear join it', async () => {
    const cache = new ReadCache();
    const { read, started, answer } = controlledRead<string>();
    const before = cache.load('k', read);
    cache.clear(); // a write committed while the read ran
    const after = cache.load('k', read);
    expect(started()).toBe(2);
    answer(0, 'old');
    answer(1, 'new');
    expect(await before).toBe('old');
    expect(await after).toBe('new');
    expect(cache.get('k')).toBe('new');
    // The old read finishing last does not overwrite the new answer either.
    const late = controlledRead<string>();
    const stale = cache.load('j', late.read);
    cache.clear();
    const fresh = cache.load('j', late.read);
    late.answer(1, 'new');
    await fresh;
    late.answer(0, 'old');
    await stale;
    expect(cache.get('j')).toBe('new');
  });

  it('stores no failure: the next asker reads again', async () => {
    const cache = new ReadCache();
    const { read, started, answer, fail } = controlledRead<string>();
    const first = cache.load('k', read);
    fail(0, new Error('gone'));
    await expect(first).rejects.toThrow('gone');
    const second = cache.load('k', read);
    expect(started()).toBe(2);
    answer(1, 'back');
    expect(await second).toBe('back');
  });

  it('keeps null answers but not undefined ones, forgets single entries, and drops the least recently used', async () => {
    const cache = new ReadCache(2);
    expect(await cache.load('none', async () => null)).toBeNull();
    expect(cache.get('none')).toBeNull();
    expect(await cache.load('missing', async () => undefined)).toBeUndefined();
    expect(cache.get('missing')).toBeUndefined();
    cache.set('a', 1);
    cache.get('none');
    cache.set('b', 2); // over capacity: 'a' was used least recently
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('none')).toBeNull();
    cache.delete('b');
    expect(cache.get('b')).toBeUndefined();
  });

  it('reads straight through where there is no cache', async () => {
    let reads = 0;
    const read = async () => (reads += 1);
    expect(await readThrough(undefined, 'k', read)).toBe(1);
    expect(await readThrough(undefined, 'k', read)).toBe(2);
  });
});

describe('the epoch shared by several processes', () => {
  it('answers each caller with a read that started after it asked, sharing one read among those waiting', async () => {
    const resolvers: Array<(value: bigint) => void> = [];
    const barrier = new EpochBarrier(() => new Promise<bigint>((resolve) => resolvers.push(resolve)));
    const first = barrier.latest();
    const second = barrier.latest(); // the first read began before this caller asked: it waits for the next
    const third = barrier.latest();
    expect(resolvers).toHaveLength(1);
    resolvers[0]!(1n);
    expect(await first).toBe(1n);
    await Promise.resolve();
    expect(resolvers).toHaveLength(2);
    resolvers[1]!(2n);
    expect(await second).toBe(2n);
    expect(await third).toBe(2n);
    expect(resolvers).toHaveLength(2);
  });

  it('lets the reads of one request share the value read after it arrived, and no earlier one', async () => {
    let reads = 0;
    const barrier = new EpochBarrier(async () => BigInt((reads += 1)));
    const before = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 2));
    const arrived = performance.now();
    expect(await barrier.latest(arrived)).toBe(1n);
    expect(await barrier.latest(arrived)).toBe(1n); // read after the request arrived: shared
    expect(reads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await barrier.latest(performance.now())).toBe(2n); // a later request reads again
    expect(await barrier.latest(before)).toBe(2n);
    expect(await barrier.latest()).toBe(3n);
  });

  it('clears the cache when another process moved the epoch on, and moves it on after a change here', async () => {
    let epoch = 1n;
    let bumps = 0;
    const cache = new ReadCache(10, {
      barrier: new EpochBarrier(async () => epoch),
      bump: async () => {
        bumps += 1;
        epoch += 1n;
        return epoch;
      },
    });
    let reads = 0;
    const read = async () => (reads += 1);
    expect(await cache.load('k', read)).toBe(1);
    expect(await cache.load('k', read)).toBe(1);
    epoch += 1n; // a change answered by another process
    expect(await cache.load('k', read)).toBe(2);
    await cache.changed(); // a change answered here
    expect(bumps).toBe(1);
    expect(await cache.load('k', read)).toBe(3);
    expect(await cache.load('k', read)).toBe(3);
    // Our own change's epoch clears nothing more at the next read.
    await cache.changed();
    cache.set('probe', 'kept');
    expect(await cache.load('k', read)).toBe(4);
    expect(cache.get('probe')).toBe('kept');
  });

  it('keeps entries at most maxAgeMs, so a change whose process stopped before its bump is seen soon', async () => {
    const cache = new ReadCache(10, { barrier: new EpochBarrier(async () => 1n), bump: async () => 2n, maxAgeMs: 30 });
    let reads = 0;
    const read = async () => (reads += 1);
    expect(await cache.load('k', read)).toBe(1);
    expect(await cache.load('k', read)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await cache.load('k', read)).toBe(2);
    expect(await cache.load('k', read)).toBe(2);
  });

  it('takes in what another process changed (onNewerEpoch) before any read goes on, not after its own changes, and again after a failure', async () => {
    let epoch = 1n;
    let followed = 0;
    let fail = false;
    let release: (() => void) | null = null;
    const cache = new ReadCache(10, {
      barrier: new EpochBarrier(async () => epoch),
      bump: async () => (epoch += 1n),
      onNewerEpoch: async () => {
        followed += 1;
        if (release === null) await new Promise<void>((resolve) => (release = resolve));
        if (fail) throw new Error('database away');
      },
    });
    const order: string[] = [];
    const first = cache.load('k', async () => order.push('read'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([]); // the read waits for the follow-up
    release!();
    await first;
    expect([followed, order]).toEqual([1, ['read']]);

    await cache.changed(); // our own change: nothing to take in
    await cache.load('k', async () => 0);
    expect(followed).toBe(1);

    epoch += 1n; // another process's change, then ours: the bump skips over theirs
    await cache.changed();
    await cache.load('k', async () => 0);
    expect(followed).toBe(2);

    fail = true;
    epoch += 1n;
    await cache.load('k', async () => 0);
    expect(followed).toBe(3);
    fail = false;
    await cache.load('k', async () => 0); // tried again, since the last one failed
    expect(followed).toBe(4);
    await cache.load('k', async () => 0);
    expect(followed).toBe(4);
  });
});
