/**
 * The open-data files on disk: each export is written once per state of the published data (its
 * fingerprint) and filter, streamed from the database in batches into a file (and to the caller
 * who asked for it), and then streamed to every caller from that file until the next publication
 * changes the fingerprint. A file is
 * kept only when the fingerprint was the same before and after writing it, so a publication
 * during an export never leaves a file that mixes two states under either one's name. Files are
 * written under a temporary name and renamed, so readers — also other processes sharing the
 * directory — see a whole file or none.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import type { ChunkSink } from './writers.js';

/** Bump when the files' content changes for the same data (columns, formatting): old files are not reused. */
export const OPEN_DATA_FILE_REVISION = 1;

export const shortHash = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 22);

export interface OpenDataFile {
  stream: Readable;
  /** The size, for a file read from disk; absent while it is being written. */
  size?: number;
  /** The strong ETag of the content; absent for a file streamed while it is written. */
  etag?: string;
}

/** Files of an earlier state of the data are removed once they are this old (someone may still be reading one). */
const STALE_AFTER_MS = 60_000;

export class OpenDataFileCache {
  /** Files being written, by path: resolves to whether the file was kept. */
  private readonly inFlight = new Map<string, Promise<boolean>>();

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
   * the data: from disk when written before; else written now by `produce` and streamed to this
   * caller as it is written (the first byte leaves with the first batch, so a long export never
   * keeps a connection silent). Callers asking while it is written wait for the file.
   */
  async open(variant: string, extension: string, state: () => Promise<string>, produce: (sink: ChunkSink) => Promise<void>): Promise<OpenDataFile> {
    const variantHash = shortHash(variant);
    const stateHash = await state();
    const path = join(this.directory, `${stateHash}-${variantHash}.${extension}`);
    const etag = OpenDataFileCache.etagOf(stateHash, variantHash);
    const pending = this.inFlight.get(path);
    if (pending) await pending.catch(() => false);
    const existing = await stat(path).catch(() => null);
    if (existing) return { stream: createReadStream(path), size: existing.size, etag };
    const live = new PassThrough();
    const writing = this.write(path, stateHash, state, produce, live);
    this.inFlight.set(path, writing);
    void writing.then(
      () => this.inFlight.delete(path),
      (error: unknown) => {
        this.inFlight.delete(path);
        live.destroy(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return { stream: live };
  }

  /**
   * Writes the file, and the same bytes to `live` while its reader is there; keeps the file under
   * its name only when the data's state did not change meanwhile.
   */
  private async write(path: string, stateHash: string, state: () => Promise<string>, produce: (sink: ChunkSink) => Promise<void>, live: PassThrough): Promise<boolean> {
    const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
    const out = createWriteStream(temporary);
    let failure: Error | null = null;
    out.on('error', (error) => (failure = error));
    /** Resolves when the stream can take more (or is gone: a reader that left does not hold the file up). */
    const ready = (stream: Writable) =>
      new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('close', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
        stream.on('error', done);
      });
    const sink: ChunkSink = async (chunk) => {
      if (failure) throw failure;
      const waits: Array<Promise<void>> = [];
      if (!out.write(chunk)) waits.push(ready(out));
      if (!live.destroyed && !live.writableEnded && !live.write(chunk)) waits.push(ready(live));
      await Promise.all(waits);
      if (failure) throw failure;
    };
    try {
      await produce(sink);
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : failure ? reject(failure) : resolve())));
    } catch (error) {
      out.destroy();
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    live.end();
    if ((await state()) !== stateHash) {
      await unlink(temporary).catch(() => undefined);
      return false;
    }
    await rename(temporary, path);
    void this.prune(stateHash).catch(() => undefined);
    return true;
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
