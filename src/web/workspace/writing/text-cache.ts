import type { Versioned } from '../../autosave/autosave-controller.js';

export type { Versioned };

/**
 * What this page saved, by record ("area:3", "subarea:3.1", "summary"), so a part of the panel
 * opened again starts from the newest version even before the texts are read again.
 */
export class TextCache {
  private readonly saved = new Map<string, Versioned<unknown>>();

  remember<T>(key: string, record: Versioned<T>): Versioned<T> {
    const known = this.saved.get(key);
    if (!known || known.version <= record.version) this.saved.set(key, record);
    return record;
  }

  /** The newer of what was read and what this page saved. */
  newest<T>(key: string, read: Versioned<T>): Versioned<T> {
    const known = this.saved.get(key) as Versioned<T> | undefined;
    return known && known.version > read.version ? known : read;
  }
}
