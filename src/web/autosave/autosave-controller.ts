import { ApiError } from '../api/api-error.js';
import {
  autosaveReducer,
  canStartSave,
  hasUnsavedChanges,
  initialAutosaveState,
  type AutosaveAction,
  type AutosaveState,
  type Equals,
} from './autosave-state.js';

/** What the server keeps of a record: its value and version. */
export interface Versioned<T> {
  value: T;
  version: number;
}

export interface AutosaveOptions<T> {
  /** Saves `value` over `version` (the version last read; 0 for a new record); answers what the server kept. */
  save(value: T, version: number): Promise<Versioned<T>>;
  /** Compares values (default: ===); a value equal to the saved one needs no save. */
  equals?: Equals<T>;
  /** False while the value cannot be sent (e.g. a score that is not a number); it stays unsaved. */
  canSave?(value: T): boolean;
  /** Reads the server's current record from a 409 version_conflict's `extra.current`. */
  fromConflict?(current: unknown, currentVersion: number | null): Versioned<T> | null;
  /** A sentence for a refused save (the server's message otherwise). */
  describeError?(error: unknown): string | null;
  /** Debounce after the last edit, in ms. */
  delay?: number;
}

const DEFAULT_DELAY = 800;
const MAX_RETRY_DELAY = 30_000;
const sameValue = <T>(a: T, b: T) => a === b;

/** Network failures and a busy or failing server are retried; anything the server refused is not. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ApiError) return error.status >= 500 || error.status === 408 || error.status === 429;
  return error instanceof TypeError || !(error instanceof Error) || error.name === 'TypeError';
}

/** The delay before retry number `attempts` (1 s, 2 s, 4 s … at most 30 s). */
export function retryDelay(attempts: number): number {
  return Math.min(MAX_RETRY_DELAY, 1000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Runs autosave for one record: debounces edits, sends one save at a time (the newest value
 * goes next), retries network failures, and stops at a version conflict until the user chooses.
 * React reads it through `useSyncExternalStore` (see use-versioned-save.ts).
 */
export class AutosaveController<T> {
  private current: AutosaveState<T>;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  /** A flush came while a save was under way: send the newest value as soon as it returns. */
  private flushPending = false;
  private settleWaiters: Array<(saved: boolean) => void> = [];

  constructor(
    value: T,
    version: number,
    public options: AutosaveOptions<T>,
  ) {
    this.current = initialAutosaveState(value, version);
  }

  /** Takes the latest callbacks (they may close over fresh props); the state stays. */
  configure(options: AutosaveOptions<T>): void {
    this.options = options;
  }

  get state(): AutosaveState<T> {
    return this.current;
  }

  private get equals(): Equals<T> {
    return this.options.equals ?? sameValue;
  }

  get dirty(): boolean {
    return hasUnsavedChanges(this.current, this.equals);
  }

  /** True when the user's value cannot be sent as it is (the field explains why). */
  get blocked(): boolean {
    return this.options.canSave ? !this.options.canSave(this.current.value) : false;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AutosaveState<T> => this.current;

  private dispatch(action: AutosaveAction<T>): void {
    const next = autosaveReducer(this.current, action, this.equals);
    if (next === this.current) return;
    this.current = next;
    for (const listener of this.listeners) listener();
    this.notifySettled();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delay: number): void {
    if (this.disposed) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.send();
    }, delay);
  }

  /** The user changed the value: save after they pause. */
  edit(value: T): void {
    this.dispatch({ type: 'edit', value });
    const failure = this.current.failure;
    if (failure?.retrying) return; // the retry timer is running already
    this.schedule(this.options.delay ?? DEFAULT_DELAY);
  }

  /** Save now (e.g. when the field loses focus); while a save is under way, right after it. */
  flush(): void {
    this.clearTimer();
    if (this.current.inFlight !== null) this.flushPending = true;
    else this.send();
  }

  /** The user asks to try a refused save again. */
  retry(): void {
    this.dispatch({ type: 'retry' });
    this.flush();
  }

  keepMine(): void {
    this.dispatch({ type: 'keep-mine' });
    this.flush();
  }

  takeSaved(): void {
    this.dispatch({ type: 'use-theirs' });
  }

  merge(value: T): void {
    this.dispatch({ type: 'merge', value });
    this.flush();
  }

  /** Newer data from the server; taken only when nothing is unsaved here. */
  external(value: T, version: number): void {
    this.dispatch({ type: 'external', value, version });
  }

  /** Saves what is pending and resolves true once everything is saved, false when it cannot be (conflict, refusal, invalid). */
  settle(): Promise<boolean> {
    this.flush();
    return new Promise((resolve) => {
      this.settleWaiters.push(resolve);
      this.notifySettled();
    });
  }

  private notifySettled(): void {
    if (this.settleWaiters.length === 0) return;
    const state = this.current;
    let result: boolean | null = null;
    if (!this.dirty) result = true;
    else if (state.inFlight === null && (state.conflict !== null || (state.failure !== null && !state.failure.retrying) || this.blocked)) result = false;
    if (result === null) return;
    const waiters = this.settleWaiters;
    this.settleWaiters = [];
    for (const resolve of waiters) resolve(result);
  }

  private send(): void {
    if (this.disposed) return;
    if (!canStartSave(this.current, this.equals) || this.blocked) {
      this.notifySettled();
      return;
    }
    this.dispatch({ type: 'start' });
    const sent = this.current.inFlight as T;
    this.options.save(sent, this.current.version).then(
      (result) => {
        if (this.disposed) return;
        this.dispatch({ type: 'success', value: result.value, version: result.version, at: Date.now() });
        // The newest value goes next: at once when a flush asked for it, else once the user pauses.
        const flushPending = this.flushPending;
        this.flushPending = false;
        if (canStartSave(this.current, this.equals)) {
          if (flushPending) this.send();
          else this.schedule(this.options.delay ?? DEFAULT_DELAY);
        }
      },
      (error: unknown) => {
        if (this.disposed) return;
        this.flushPending = false;
        this.fail(error);
      },
    );
  }

  private fail(error: unknown): void {
    if (error instanceof ApiError && error.status === 409 && error.code === 'version_conflict') {
      const theirs = this.options.fromConflict?.(error.extra.current, error.numberOf('currentVersion')) ?? null;
      if (theirs) {
        this.dispatch({ type: 'conflict', theirs: theirs.value, version: theirs.version });
        return;
      }
    }
    const retrying = isRetryable(error);
    const message = this.options.describeError?.(error) ?? (error instanceof Error ? error.message : null);
    this.dispatch({ type: 'failure', retrying, message });
    if (retrying) this.schedule(retryDelay(this.current.failure?.attempts ?? 1));
  }

  /** (Re)connects the controller to a mounted component. */
  attach(): void {
    this.disposed = false;
  }

  /**
   * Stops timers. What is still unsaved is sent once more, without waiting for the answer (the
   * page may be going), so leaving a panel inside the app does not lose the last words typed.
   */
  dispose(): void {
    if (this.disposed) return;
    this.clearTimer();
    const state = this.current;
    if (state.inFlight === null && !state.conflict && !(state.failure && !state.failure.retrying) && !this.blocked && canStartSave(state, this.equals)) {
      this.options.save(state.value, state.version).catch(() => undefined);
    }
    this.disposed = true;
    for (const resolve of this.settleWaiters) resolve(false);
    this.settleWaiters = [];
  }
}
