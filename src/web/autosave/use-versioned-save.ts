import { useEffect, useState, useSyncExternalStore } from 'react';
import { AutosaveController, type AutosaveOptions } from './autosave-controller.js';
import type { AutosaveConflict, AutosaveState, AutosaveStatus } from './autosave-state.js';
import { useLeaveWarning } from './use-leave-warning.js';

export interface VersionedSave<T> {
  /** What the user sees and edits. */
  value: T;
  /** The version the next save will send. */
  version: number;
  status: AutosaveStatus;
  /** When the last save succeeded. */
  savedAt: Date | null;
  /** True when something typed is not yet saved (also while a save is under way or a conflict is open). */
  dirty: boolean;
  /** True when the value cannot be sent as it is (see `canSave`). */
  blocked: boolean;
  /** Both versions after a stale write, until the user chooses. */
  conflict: AutosaveConflict<T> | null;
  /** A failed save: retried by itself when `retrying`, otherwise waiting for `retry` or the next edit. */
  failure: AutosaveState<T>['failure'];
  /** The user changed the value; saved after a pause. */
  setValue(value: T): void;
  /** Save now (call on blur). */
  flush(): void;
  retry(): void;
  /** Resolves a conflict by sending mine again over the server's current version. */
  keepMine(): void;
  /** Resolves a conflict by taking the saved version (mine is dropped because the user chose so). */
  takeSaved(): void;
  /** Resolves a conflict with a merged value, sent over the server's current version. */
  merge(value: T): void;
  /** Saves what is pending; true once all is saved, false when it cannot be (conflict, refusal, invalid value). */
  settle(): Promise<boolean>;
  /** Newer data read from the server; taken only when nothing is unsaved here. */
  external(value: T, version: number): void;
  /** The version the server holds as far as this record knows now (also between renders, e.g. after `settle`). */
  currentVersion(): number;
}

export interface VersionedSaveOptions<T> extends AutosaveOptions<T> {
  /** Told every value the user gives the record: typed, merged or taken from the saved version. */
  onChange?(value: T): void;
}

/**
 * The one autosave of a versioned record (every autosaving field uses it, with `SaveFeedback`
 * for its status line and conflict view): `save(value, version)` answers `{ value, version }`.
 * Edits are saved about 800 ms after typing stops and on `flush` (blur); one request at a time
 * with the newest value queued; network failures are retried; a 409 version_conflict stops
 * and offers both versions. While anything is unsaved, leaving the page asks first.
 */
export function useVersionedSave<T>(initial: { value: T; version: number }, options: VersionedSaveOptions<T>): VersionedSave<T> {
  const [controller] = useState(() => new AutosaveController(initial.value, initial.version, options));
  // The latest callbacks (they may close over fresh props); the machine's state stays.
  useEffect(() => {
    controller.configure(options);
  });
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  useEffect(() => {
    controller.attach();
    return () => controller.dispose();
  }, [controller]);
  const dirty = controller.dirty;
  useLeaveWarning(dirty);
  return {
    value: state.value,
    version: state.version,
    status: state.status,
    savedAt: state.savedAt === null ? null : new Date(state.savedAt),
    dirty,
    blocked: controller.blocked,
    conflict: state.conflict,
    failure: state.failure,
    setValue: (value) => {
      controller.edit(value);
      options.onChange?.(value);
    },
    flush: () => controller.flush(),
    retry: () => controller.retry(),
    keepMine: () => controller.keepMine(),
    takeSaved: () => {
      const saved = controller.state.conflict?.theirs;
      controller.takeSaved();
      if (saved !== undefined) options.onChange?.(saved);
    },
    merge: (value) => {
      controller.merge(value);
      options.onChange?.(value);
    },
    settle: () => controller.settle(),
    external: (value, version) => controller.external(value, version),
    currentVersion: () => controller.state.version,
  };
}
