/**
 * The state machine behind autosave, pure (no timers, no requests): one versioned record, the
 * value the user sees, what the server last confirmed, at most one save in flight, and a
 * version conflict kept until the user chooses. Nothing typed is dropped: every transition keeps
 * the local value unless the user explicitly takes the saved one.
 */

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'conflict' | 'error';

/** A stale write: what the user has, and what the server holds now (with its version). */
export interface AutosaveConflict<T> {
  mine: T;
  theirs: T;
  version: number;
}

/** A failed save: retried by itself (network, server busy) or waiting for the user (refused). */
interface AutosaveFailure {
  retrying: boolean;
  /** How many saves in a row have failed; sets the delay before the next try. */
  attempts: number;
  message: string | null;
}

export interface AutosaveState<T> {
  /** What the user sees and edits. */
  value: T;
  /** What the server last confirmed (at `version`). */
  saved: T;
  version: number;
  /** The value of the save in flight, if any (only one at a time). */
  inFlight: T | null;
  status: AutosaveStatus;
  /** When the last save succeeded (ms since the epoch). */
  savedAt: number | null;
  conflict: AutosaveConflict<T> | null;
  failure: AutosaveFailure | null;
}

export type AutosaveAction<T> =
  | { type: 'edit'; value: T }
  | { type: 'start' }
  | { type: 'success'; value: T; version: number; at: number }
  | { type: 'failure'; retrying: boolean; message: string | null }
  /** The user asks to try a refused save again. */
  | { type: 'retry' }
  | { type: 'conflict'; theirs: T; version: number }
  | { type: 'keep-mine' }
  | { type: 'use-theirs' }
  | { type: 'merge'; value: T }
  /** Newer data from the server, e.g. after reading the page again; ignored while work is unsaved. */
  | { type: 'external'; value: T; version: number };

export type Equals<T> = (a: T, b: T) => boolean;

export function initialAutosaveState<T>(value: T, version: number): AutosaveState<T> {
  return { value, saved: value, version, inFlight: null, status: 'idle', savedAt: null, conflict: null, failure: null };
}

/** True when the user's value differs from what the server confirmed (or is still being sent). */
export function hasUnsavedChanges<T>(state: AutosaveState<T>, equals: Equals<T>): boolean {
  return state.inFlight !== null || state.conflict !== null || !equals(state.value, state.saved);
}

/** True when a save may start now: something to save, nothing in flight, no open conflict, no refusal waiting for the user. */
export function canStartSave<T>(state: AutosaveState<T>, equals: Equals<T>): boolean {
  if (state.inFlight !== null || state.conflict !== null) return false;
  // A refused save waits until the user edits again or asks to retry.
  if (state.failure && !state.failure.retrying) return false;
  return !equals(state.value, state.saved);
}

export function autosaveReducer<T>(state: AutosaveState<T>, action: AutosaveAction<T>, equals: Equals<T>): AutosaveState<T> {
  switch (action.type) {
    case 'edit': {
      if (state.conflict) {
        // Typing during a conflict changes "my" side of it; the choice is still the user's.
        return { ...state, value: action.value, conflict: { ...state.conflict, mine: action.value } };
      }
      // A refused save waits for the user; an edit is their answer, so it may be tried again.
      const failure = state.failure && !state.failure.retrying ? null : state.failure;
      const changed = !equals(action.value, state.saved);
      const queued = state.inFlight !== null || state.status === 'saving';
      const status = failure ? 'error' : queued && changed ? 'saving' : changed ? 'idle' : state.savedAt !== null ? 'saved' : 'idle';
      return { ...state, value: action.value, failure, status };
    }
    case 'start':
      if (state.inFlight !== null || state.conflict !== null) return state;
      return { ...state, inFlight: state.value, status: 'saving' };
    case 'success': {
      // The user's value stays as it is (they may have typed on meanwhile); `saved` is the server's.
      // What was typed meanwhile is queued: still "saving" until it is saved too.
      const status = equals(state.value, action.value) ? 'saved' : 'saving';
      return { ...state, saved: action.value, version: action.version, inFlight: null, status, savedAt: action.at, failure: null };
    }
    case 'retry':
      return state.failure ? { ...state, failure: null, status: 'idle' } : state;
    case 'failure':
      return {
        ...state,
        inFlight: null,
        status: 'error',
        failure: { retrying: action.retrying, attempts: (state.failure?.attempts ?? 0) + 1, message: action.message },
      };
    case 'conflict':
      return {
        ...state,
        inFlight: null,
        status: 'conflict',
        failure: null,
        conflict: { mine: state.value, theirs: action.theirs, version: action.version },
      };
    case 'keep-mine':
      if (!state.conflict) return state;
      // Send mine again over the version the server holds now; `saved` is what it holds.
      return { ...state, value: state.conflict.mine, saved: state.conflict.theirs, version: state.conflict.version, conflict: null, status: 'idle' };
    case 'use-theirs':
      if (!state.conflict) return state;
      return { ...state, value: state.conflict.theirs, saved: state.conflict.theirs, version: state.conflict.version, conflict: null, status: 'saved' };
    case 'merge':
      if (!state.conflict) return state;
      return { ...state, value: action.value, saved: state.conflict.theirs, version: state.conflict.version, conflict: null, status: 'idle' };
    case 'external':
      if (hasUnsavedChanges(state, equals) || action.version <= state.version) return state;
      return { ...state, value: action.value, saved: action.value, version: action.version };
  }
}
