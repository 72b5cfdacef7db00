import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** Raised when another live process holds the data directory. */
class DataDirLockedError extends Error {
  constructor(
    readonly directory: string,
    readonly holderPid: number | null,
  ) {
    super(
      `The data directory ${directory} is locked` +
        (holderPid ? ` by process ${holderPid}` : '') +
        '. Another Kompass process is using it; two processes on one embedded database corrupt it. ' +
        'Stop the other process, or point KOMPASS_DATA_DIR at another directory.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  release(): void;
}

interface LockOwner {
  pid: number;
  host: string;
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: String(parsed.host ?? '') } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock on a data directory with a lock file created atomically (O_EXCL).
 * A lock left by a process that no longer runs on this host is taken over; a live holder
 * makes this throw DataDirLockedError at once.
 */
export function lockDataDir(directory: string): DataDirLock {
  const absolute = resolve(directory);
  mkdirSync(absolute, { recursive: true });
  const lockFile = join(absolute, 'kompass.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readOwner(lockFile)?.pid === process.pid) unlinkSync(lockFile);
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockFile);
      const stale = owner !== null && owner.host === hostname() && owner.pid !== process.pid && !isAlive(owner.pid);
      if (!stale || attempt > 0) throw new DataDirLockedError(absolute, owner?.pid ?? null);
      unlinkSync(lockFile);
    }
  }
  throw new DataDirLockedError(absolute, null);
}
