/**
 * The open-data files on disk: each export is written once per state of the published data (its
 * fingerprint) and filter, streamed from the database into a file in batches, and then streamed
 * to every caller from that file until the next publication changes the fingerprint. A file is
 * kept only when the fingerprint was the same before and after writing it, so a publication
 * during an export never leaves a file that mixes two states under either one's name. Files are
 * written under a temporary name and renamed, so readers — also other processes sharing the
 * directory — see a whole file or none.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChunkSink } from './writers.js';

/** Bump when the files' content changes for the same data (columns, formatting): old files are not reused. */
export const OPEN_DATA_FILE_REVISION = 1;

export const shortHash = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 22);

export interface OpenDataFile {
  stream: ReadStream;
  size: number;
  /** The strong ETag of the content; absent when the data kept changing while it was written. */
  etag?: string;
}

/** A file is written again at most this often while the data keeps changing under it. */
const ATTEMPTS = 3;
/** Files of an earlier state of the data are removed once they are this old (someone may still be reading one). */
const STALE_AFTER_MS = 60_000;

export class OpenDataFileCache {
  private readonly inFlight = new Map<string, Promise<{ path: string; size: number; cached: boolean; etag: string }>>();

  constructor(
    readonly directory: string,
    private readonly maxFiles = 200,
  ) {}

  /** The ETag of a variant in a state of the data (the fingerprint's hash). */
  static etagOf(stateHash: string, variantHash: string): string {
    return `"${stateHash}-${variantHash}"`;
  }

  /**
   * The file of `variant` (a description of dataset, format and filters) for the current state of
   * the data: from disk when written before, else written now by `produce` (once per process for
   * callers asking at the same time).
   */
  async open(variant: string, extension: string, state: () => Promise<string>, produce: (sink: ChunkSink) => Promise<void>): Promise<OpenDataFile> {
    const variantHash = shortHash(variant);
    for (let attempt = 1; ; attempt += 1) {
      const stateHash = await state();
      const path = join(this.directory, `${stateHash}-${variantHash}.${extension}`);
      const etag = OpenDataFileCache.etagOf(stateHash, variantHash);
      const existing = await stat(path).catch(() => null);
      if (existing) return { stream: createReadStream(path), size: existing.size, etag };
      let pending = this.inFlight.get(path);
      if (!pending) {
        pending = this.write(path, stateHash, state, produce, attempt === ATTEMPTS).then((result) => ({ ...result, etag }));
        this.inFlight.set(path, pending);
        void pending.finally(() => this.inFlight.delete(path)).catch(() => undefined);
      }
      const written = await pending;
      if (written.cached) return { stream: createReadStream(written.path), size: written.size, etag: written.etag };
      if (attempt === ATTEMPTS) {
        // The data changed during every attempt: answer the last file once, unnamed, and remove it.
        const stream = createReadStream(written.path);
        stream.once('close', () => void unlink(written.path).catch(() => undefined));
        return { stream, size: written.size };
      }
    }
  }

  /** Writes the file; keeps it under its name only when the data's state did not change meanwhile. */
  private async write(
    path: string,
    stateHash: string,
    state: () => Promise<string>,
    produce: (sink: ChunkSink) => Promise<void>,
    keepUnnamed: boolean,
  ): Promise<{ path: string; size: number; cached: boolean }> {
    const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
    const out = createWriteStream(temporary);
    let failure: Error | null = null;
    out.on('error', (error) => (failure = error));
    const sink: ChunkSink = (chunk) => {
      if (failure) throw failure;
      if (!out.write(chunk)) {
        return new Promise<void>((resolve, reject) => {
          const done = () => {
            out.off('drain', done);
            out.off('error', done);
            if (failure) reject(failure);
            else resolve();
          };
          out.on('drain', done);
          out.on('error', done);
        });
      }
      return undefined;
    };
    try {
      await produce(sink);
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : failure ? reject(failure) : resolve())));
    } catch (error) {
      out.destroy();
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    const { size } = await stat(temporary);
    if ((await state()) !== stateHash) {
      if (keepUnnamed) return { path: temporary, size, cached: false };
      await unlink(temporary).catch(() => undefined);
      return { path: temporary, size, cached: false };
    }
    await rename(temporary, path);
    void this.prune(stateHash).catch(() => undefined);
    return { path, size, cached: true };
  }

  /** Removes files of earlier states (after a grace period) and the oldest beyond `maxFiles`. */
  private async prune(currentState: string): Promise<void> {
    const now = Date.now();
    const entries = await Promise.all(
      (await readdir(this.directory)).map(async (name) => ({ name, stats: await stat(join(this.directory, name)).catch(() => null) })),
    );
    const kept: Array<{ name: string; mtime: number }> = [];
    for (const { name, stats } of entries) {
      if (!stats) continue;
      const old = now - stats.mtimeMs > STALE_AFTER_MS;
      const temporary = name.endsWith('.tmp');
      if (old && (temporary ? now - stats.mtimeMs > 60 * STALE_AFTER_MS : !name.startsWith(`${currentState}-`))) {
        await unlink(join(this.directory, name)).catch(() => undefined);
      } else if (!temporary) kept.push({ name, mtime: stats.mtimeMs });
    }
    kept.sort((a, b) => a.mtime - b.mtime);
    for (const { name } of kept.slice(0, Math.max(0, kept.length - this.maxFiles))) await unlink(join(this.directory, name)).catch(() => undefined);
  }

  /** Removes the directory and its files (the app closes). */
  async remove(): Promise<void> {
    await rm(this.directory, { recursive: true, force: true });
  }
}
