import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { AutosaveController, isRetryable, retryDelay, type Versioned } from './autosave-controller.js';
import { autosaveReducer, canStartSave, hasUnsavedChanges, initialAutosaveState, type AutosaveAction, type AutosaveState } from './autosave-state.js';

const same = (a: string, b: string) => a === b;
const run = (state: AutosaveState<string>, ...actions: AutosaveAction<string>[]) => actions.reduce((next, action) => autosaveReducer(next, action, same), state);

describe('autosave state machine', () => {
  it('starts idle with nothing unsaved', () => {
    const state = initialAutosaveState('a', 3);
    expect(state).toMatchObject({ value: 'a', saved: 'a', version: 3, status: 'idle', inFlight: null });
    expect(hasUnsavedChanges(state, same)).toBe(false);
    expect(canStartSave(state, same)).toBe(false);
  });

  it('edits make it unsaved; a save goes through saving to saved with the new version', () => {
    let state = run(initialAutosaveState('a', 0), { type: 'edit', value: 'ab' });
    expect(hasUnsavedChanges(state, same)).toBe(true);
    expect(canStartSave(state, same)).toBe(true);
    state = run(state, { type: 'start' });
    expect(state).toMatchObject({ status: 'saving', inFlight: 'ab' });
    expect(canStartSave(state, same)).toBe(false);
    state = run(state, { type: 'success', value: 'ab', version: 1, at: 1000 });
    expect(state).toMatchObject({ status: 'saved', inFlight: null, saved: 'ab', version: 1, savedAt: 1000 });
    expect(hasUnsavedChanges(state, same)).toBe(false);
  });

  it('keeps what is typed while a save is in flight, and queues it as the next save', () => {
    let state = run(initialAutosaveState('', 0), { type: 'edit', value: 'a' }, { type: 'start' }, { type: 'edit', value: 'abc' });
    expect(state).toMatchObject({ value: 'abc', inFlight: 'a', status: 'saving' });
    expect(canStartSave(state, same)).toBe(false);
    state = run(state, { type: 'success', value: 'a', version: 1, at: 1 });
    expect(state.value).toBe('abc');
    // Still "saving": the newer value is queued.
    expect(state.status).toBe('saving');
    expect(hasUnsavedChanges(state, same)).toBe(true);
    expect(canStartSave(state, same)).toBe(true);
    state = run(state, { type: 'start' });
    expect(state.inFlight).toBe('abc');
    expect(state.version).toBe(1);
  });

  it('a retryable failure keeps the value and may be sent again', () => {
    const state = run(initialAutosaveState('', 0), { type: 'edit', value: 'x' }, { type: 'start' }, { type: 'failure', retrying: true, message: null });
    expect(state).toMatchObject({ status: 'error', value: 'x', inFlight: null, failure: { retrying: true, attempts: 1 } });
    expect(canStartSave(state, same)).toBe(true);
    const again = run(state, { type: 'start' }, { type: 'failure', retrying: true, message: null });
    expect(again.failure?.attempts).toBe(2);
  });

  it('a refused save waits for an edit or an explicit retry, and keeps the value', () => {
    const state = run(initialAutosaveState('', 0), { type: 'edit', value: 'x' }, { type: 'start' }, { type: 'failure', retrying: false, message: 'nej' });
    expect(state).toMatchObject({ status: 'error', value: 'x', failure: { retrying: false, message: 'nej' } });
    expect(canStartSave(state, same)).toBe(false);
    expect(hasUnsavedChanges(state, same)).toBe(true);
    expect(canStartSave(run(state, { type: 'edit', value: 'xy' }), same)).toBe(true);
    expect(canStartSave(run(state, { type: 'retry' }), same)).toBe(true);
  });

  it('a version conflict stops saving and keeps both versions until the user chooses', () => {
    const conflicted = run(initialAutosaveState('old', 2), { type: 'edit', value: 'mine' }, { type: 'start' }, { type: 'conflict', theirs: 'theirs', version: 5 });
    expect(conflicted).toMatchObject({ status: 'conflict', value: 'mine', conflict: { mine: 'mine', theirs: 'theirs', version: 5 } });
    expect(canStartSave(conflicted, same)).toBe(false);
    expect(hasUnsavedChanges(conflicted, same)).toBe(true);
    // Typing on changes my side of the conflict.
    expect(run(conflicted, { type: 'edit', value: 'mine 2' }).conflict?.mine).toBe('mine 2');

    const kept = run(conflicted, { type: 'keep-mine' });
    expect(kept).toMatchObject({ value: 'mine', saved: 'theirs', version: 5, conflict: null });
    expect(canStartSave(kept, same)).toBe(true);

    const taken = run(conflicted, { type: 'use-theirs' });
    expect(taken).toMatchObject({ value: 'theirs', saved: 'theirs', version: 5, conflict: null, status: 'saved' });
    expect(hasUnsavedChanges(taken, same)).toBe(false);

    const merged = run(conflicted, { type: 'merge', value: 'both' });
    expect(merged).toMatchObject({ value: 'both', saved: 'theirs', version: 5, conflict: null });
    expect(canStartSave(merged, same)).toBe(true);
  });

  it('takes newer server data only when nothing is unsaved', () => {
    const clean = initialAutosaveState('a', 1);
    expect(run(clean, { type: 'external', value: 'b', version: 2 })).toMatchObject({ value: 'b', saved: 'b', version: 2 });
    expect(run(clean, { type: 'external', value: 'b', version: 1 })).toBe(clean);
    const dirty = run(clean, { type: 'edit', value: 'typed' });
    expect(run(dirty, { type: 'external', value: 'b', version: 2 }).value).toBe('typed');
  });

  it('uses the given equality (e.g. "6,5" equals "6.50")', () => {
    const numeric = (a: string, b: string) => Number(a.replace(',', '.')) === Number(b.replace(',', '.'));
    const state = autosaveReducer(initialAutosaveState('6.50', 1), { type: 'edit', value: '6,5' }, numeric);
    expect(hasUnsavedChanges(state, numeric)).toBe(false);
  });
});

describe('autosave retries', () => {
  it('retries network failures and server errors, not refusals', () => {
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(new ApiError(503, 'unavailable', 'busy'))).toBe(true);
    expect(isRetryable(new ApiError(400, 'validation', 'bad'))).toBe(false);
    expect(isRetryable(new ApiError(409, 'conflict', 'submitted'))).toBe(false);
  });

  it('waits longer after each failure, at most 30 s', () => {
    expect([1, 2, 3, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 30_000]);
  });
});

describe('autosave controller', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const deferred = () => {
    let resolve!: (value: Versioned<string>) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<Versioned<string>>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };

  it('debounces edits, sends one save at a time and the newest value next', async () => {
    const calls: Array<{ value: string; version: number; answer: ReturnType<typeof deferred> }> = [];
    const controller = new AutosaveController('', 0, {
      save: (value, version) => {
        const answer = deferred();
        calls.push({ value, version, answer });
        return answer.promise;
      },
    });
    controller.edit('a');
    controller.edit('ab');
    await vi.advanceTimersByTimeAsync(799);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((call) => call.value)).toEqual(['ab']);
    controller.edit('abc');
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(1); // still in flight
    calls[0]?.answer.resolve({ value: 'ab', version: 1 });
    await vi.advanceTimersByTimeAsync(800);
    expect(calls.map((call) => [call.value, call.version])).toEqual([
      ['ab', 0],
      ['abc', 1],
    ]);
    calls[1]?.answer.resolve({ value: 'abc', version: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.dirty).toBe(false);
    expect(controller.state.status).toBe('saved');
  });

  it('a flush while a save is under way sends the newest value as soon as it returns', async () => {
    const calls: Array<{ value: string; answer: ReturnType<typeof deferred> }> = [];
    const controller = new AutosaveController('', 0, {
      save: (value) => {
        const answer = deferred();
        calls.push({ value, answer });
        return answer.promise;
      },
    });
    controller.edit('3');
    controller.flush();
    controller.edit('3 delvis');
    controller.flush();
    expect(calls.map((call) => call.value)).toEqual(['3']);
    calls[0]?.answer.resolve({ value: '3', version: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((call) => call.value)).toEqual(['3', '3 delvis']);
    expect(controller.state.status).toBe('saving');
    calls[1]?.answer.resolve({ value: '3 delvis', version: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.state.status).toBe('saved');
    expect(controller.dirty).toBe(false);
  });

  it('saves at once on flush, retries a network failure, and stops at a conflict', async () => {
    const answers: Array<() => Promise<Versioned<string>>> = [
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.reject(new ApiError(409, 'version_conflict', 'stale', [], { current: { text: 'theirs', version: 7 }, currentVersion: 7 })),
      () => Promise.resolve({ value: 'mine', version: 8 }),
    ];
    const sent: Array<[string, number]> = [];
    const controller = new AutosaveController('', 0, {
      save: (value, version) => {
        sent.push([value, version]);
        return (answers.shift() ?? (() => Promise.reject(new Error('unexpected'))))();
      },
      fromConflict: (current) => {
        const record = current as { text: string; version: number };
        return { value: record.text, version: record.version };
      },
    });
    controller.edit('mine');
    controller.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.state).toMatchObject({ status: 'error', failure: { retrying: true } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(controller.state).toMatchObject({ status: 'conflict', conflict: { mine: 'mine', theirs: 'theirs', version: 7 } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(2); // nothing more until the user chooses
    controller.keepMine();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-1)).toEqual(['mine', 7]);
    expect(controller.state).toMatchObject({ status: 'saved', version: 8, saved: 'mine' });
  });

  it('does not send a value it cannot save, and settle() says so', async () => {
    const save = vi.fn((value: string) => Promise.resolve({ value, version: 1 }));
    const controller = new AutosaveController('', 0, { save, canSave: (value) => !value.includes('!') });
    controller.edit('fel!');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
    expect(controller.dirty).toBe(true);
    await expect(controller.settle()).resolves.toBe(false);
    controller.edit('rätt');
    await expect(controller.settle()).resolves.toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
