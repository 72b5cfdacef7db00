import { describe, expect, it } from 'vitest';
import { FingerprintMemory } from './memory.js';

const made = (key: string, value: string) => async () => ({ key, value });

describe('the fingerprint memory', () => {
  it('keeps at most its capacity, the least recently used going first', async () => {
    const memory = new FingerprintMemory<string>(2);
    await memory.load('a', made('a', 'A'));
    await memory.load('b', made('b', 'B'));
    expect(memory.get('a')).toBe('A'); // a is now the most recently used
    await memory.load('c', made('c', 'C'));
    expect([memory.get('a'), memory.get('b'), memory.get('c')]).toEqual(['A', undefined, 'C']);
    expect(memory.made).toBe(3);
  });

  it('makes a value asked for by several at once once, and stores it under the key it was made for', async () => {
    const memory = new FingerprintMemory<string>(4);
    let calls = 0;
    const make = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { key: 'newer', value: 'N' };
    };
    expect(await Promise.all([memory.load('older', make), memory.load('older', make)])).toEqual(['N', 'N']);
    expect(calls).toBe(1);
    expect(memory.get('older')).toBeUndefined();
    expect(memory.get('newer')).toBe('N');
  });

  it('keeps no failure: the next ask makes the value again', async () => {
    const memory = new FingerprintMemory<string>(4);
    await expect(memory.load('a', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(await memory.load('a', made('a', 'A'))).toBe('A');
    memory.clear();
    expect(memory.get('a')).toBeUndefined();
  });
});
