import { spawn } from 'node:child_process';
import { accessSync, closeSync, constants, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import type { Socket } from 'node:net';
import { hostname } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/**
 * How the data directory is locked.
 * - `flock`: a kernel lock (flock(2)) on kompass.lock, held by a small child process (util-linux
 *   `flock`) that lives exactly as long as this process: it waits for the end of a pipe from us,
 *   which the kernel closes however we end (kill -9 included), and the kernel drops the lock with
 *   it. Neither a reused PID, a new hostname nor the file's contents can make it stale.
 * - `pid-file`: where `flock` is not installed, kompass.lock is created with O_EXCL and names its
 *   holder (PID, host, start time of the process); a lock whose holder no longer runs is taken over.
 */
export type LockMechanism = 'flock' | 'pid-file';

const LOCK_FILE = 'kompass.lock';
/** `flock --conflict-exit-code`: the lock is held by another process. */
const CONFLICT_EXIT_CODE = 75;
/** A pid-file lock still empty or unreadable after this long was left by a process that died while writing it. */
const UNWRITTEN_LOCK_GRACE_MS = 10_000;

/** What the lock file says about its holder (for the error message; the flock lock never reads it to decide). */
interface LockOwner {
  pid: number;
  host: string;
  since?: string;
  /** The holder's start time in clock ticks after boot (/proc/<pid>/stat field 22), where known. */
  start?: string | null;
  mechanism?: LockMechanism;
}

/** Raised when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly directory: string,
    readonly owner: LockOwner | null,
    readonly mechanism: LockMechanism,
    hint = '',
  ) {
    const holder = owner
      ? ` by process ${owner.pid}${owner.host && owner.host !== hostname() ? ` on host ${owner.host}` : ''}${owner.since ? ` (since ${owner.since})` : ''}`
      : '';
    super(
      `The data directory ${directory} is locked${holder}. Another Kompass process is using it; two processes on one ` +
        `embedded database corrupt it. Stop the other process, or point KOMPASS_DATA_DIR at another directory. ` +
        `(Lock: ${mechanism === 'flock' ? `kernel file lock (flock) on ${join(directory, LOCK_FILE)}` : `lock file ${join(directory, LOCK_FILE)}, as flock is not installed`}.)` +
        hint,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly mechanism: LockMechanism;
  /** Gives the directory up; resolves once another process can take it. */
  release(): Promise<void>;
}

export interface LockOptions {
  /** `auto` (default): flock where the `flock` program is installed, else the pid file. */
  mechanism?: 'auto' | LockMechanism;
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return null;
    return {
      pid: parsed.pid,
      host: String(parsed.host ?? ''),
      since: typeof parsed.since === 'string' ? parsed.since : undefined,
      start: typeof parsed.start === 'string' ? parsed.start : null,
      mechanism: parsed.mechanism === 'flock' || parsed.mechanism === 'pid-file' ? parsed.mechanism : undefined,
    };
  } catch {
    return null;
  }
}

/** A process's start time in clock ticks after boot, or null where /proc does not tell. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 22 overall
  } catch {
    return null;
  }
}

/** When a process started, as a time, from /proc (ticks after boot + boot time); null where unknown. */
function processStartedAt(pid: number): number | null {
  const ticks = processStartTime(pid);
  if (ticks === null) return null;
  try {
    const bootTime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    // USER_HZ is 100 on every Linux architecture Node runs on.
    return Number.isFinite(bootTime) && bootTime > 0 ? (bootTime + Number(ticks) / 100) * 1000 : null;
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

function ownerRecord(mechanism: LockMechanism): string {
  return JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), start: processStartTime(process.pid), mechanism });
}

/** Whether an executable named `name` is on the PATH. */
function onPath(name: string): boolean {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    if (!directory) continue;
    try {
      accessSync(join(directory, name), constants.X_OK);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}

/**
 * Locks a data directory for this process. Refuses at once (DataDirLockedError) while another live
 * process holds it; a lock left by a process that ended, however it ended, is taken over.
 */
export async function lockDataDir(directory: string, options: LockOptions = {}): Promise<DataDirLock> {
  const absolute = resolve(directory);
  mkdirSync(absolute, { recursive: true });
  const wanted = options.mechanism ?? 'auto';
  if (wanted === 'flock' || (wanted === 'auto' && onPath('flock'))) return lockWithFlock(absolute);
  return lockWithPidFile(absolute);
}

/** The kernel lock, held by `flock` running `sh`, which reports the lock and then waits for the end of our pipe. */
function lockWithFlock(directory: string): Promise<DataDirLock> {
  const lockFile = join(directory, LOCK_FILE);
  return new Promise((resolvePromise, reject) => {
    // detached: its own process group, so Ctrl-C (SIGINT to the terminal's group) does not end
    // it before Kompass has closed the database. The lock file is never deleted: a process that
    // waits on a deleted file's lock would hold a lock nobody else sees.
    const child = spawn('flock', ['--nonblock', '--conflict-exit-code', String(CONFLICT_EXIT_CODE), lockFile, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let settled = false;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (settled || !output.includes('locked\n')) return;
      settled = true;
      // A process of an older Kompass, which only wrote the file, may hold the directory without a
      // kernel lock: while such a holder runs on this host, the lock is refused all the same.
      const previous = readOwner(lockFile);
      if (previous && previous.mechanism !== 'flock' && previous.host === hostname() && previous.pid !== process.pid && staleReason(lockFile, previous) === null) {
        // Refused once our kernel lock is gone again, so a next attempt does not meet it.
        child.stdin.end();
        void exited.then(() => reject(new DataDirLockedError(directory, previous, 'flock', ' The holder is a Kompass version that only writes the lock file.')));
        return;
      }
      try {
        writeFileSync(lockFile, ownerRecord('flock'));
      } catch {
        // The record only serves the error message of a refused process.
      }
      child.stdout.destroy();
      child.stderr.destroy();
      // Neither the child nor our end of its pipe keep Node running.
      (child.stdin as unknown as Socket).unref();
      child.unref();
      let released: Promise<void> | undefined;
      resolvePromise({
        mechanism: 'flock',
        release() {
          released ??= (async () => {
            child.stdin.end();
            const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
            await exited;
            clearTimeout(timer);
          })();
          return released;
        },
      });
    });
    child.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    child.once('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      if (code === CONFLICT_EXIT_CODE) reject(new DataDirLockedError(directory, readOwner(lockFile), 'flock'));
      else reject(new Error(`Could not lock the data directory ${directory} with flock (${signal ?? `exit code ${code}`}): ${errors.trim()}`));
    });
  });
}

/** Why the pid file's holder no longer holds it, or null when it may still do. */
function staleReason(lockFile: string, owner: LockOwner | null): string | null {
  if (owner === null) {
    // Empty or torn: the writer died between creating and writing, unless it is writing right now.
    let age = 0;
    try {
      age = Date.now() - statSync(lockFile).mtimeMs;
    } catch {
      return 'gone';
    }
    return age > UNWRITTEN_LOCK_GRACE_MS ? 'unreadable and old' : null;
  }
  if (owner.host !== hostname()) return null; // another host's process cannot be checked from here
  if (owner.pid === process.pid) {
    // Our PID (PID 1 in a container after a restart): ours only if it also started when we did.
    const ours = processStartTime(process.pid);
    return ours !== null && owner.start === ours ? null : 'our own PID, from an earlier process';
  }
  if (!isAlive(owner.pid)) return 'holder ended';
  if (owner.start) {
    const current = processStartTime(owner.pid);
    return current !== null && current !== owner.start ? 'PID reused by another process' : null;
  }
  // An older record without a start time: a process that started after the lock was taken is not its holder.
  const startedAt = processStartedAt(owner.pid);
  const since = owner.since ? Date.parse(owner.since) : Number.NaN;
  return startedAt !== null && Number.isFinite(since) && startedAt > since + 1000 ? 'PID reused by another process' : null;
}

function lockWithPidFile(directory: string): DataDirLock {
  const lockFile = join(directory, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, ownerRecord('pid-file'));
      closeSync(fd);
      const ino = statSync(lockFile).ino;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (statSync(lockFile).ino === ino) unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return {
        mechanism: 'pid-file',
        release: async () => {
          process.removeListener('exit', release);
          release();
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let ino: number;
      try {
        ino = statSync(lockFile).ino;
      } catch {
        continue; // removed meanwhile: try again
      }
      const owner = readOwner(lockFile);
      if (staleReason(lockFile, owner) === null) {
        const hint =
          owner && owner.host !== hostname()
            ? ` If host ${owner.host} (for example a container that has been replaced) no longer runs Kompass, delete ${lockFile}.`
            : '';
        throw new DataDirLockedError(directory, owner, 'pid-file', hint);
      }
      // Take the stale file away atomically; if another process replaced it meanwhile, put theirs back.
      const aside = `${lockFile}.stale-${process.pid}`;
      try {
        renameSync(lockFile, aside);
      } catch {
        continue;
      }
      if (statSync(aside).ino !== ino) {
        try {
          linkSync(aside, lockFile);
        } catch {
          // someone created a new lock meanwhile; the attempt below meets it
        }
      }
      unlinkSync(aside);
    }
  }
  throw new DataDirLockedError(directory, readOwner(lockFile), 'pid-file');
}
