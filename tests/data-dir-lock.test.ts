import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../src/db/client.js';
import { DataDirLockedError, lockDataDir, processStartTime, type LockMechanism } from '../src/db/data-dir-lock.js';
import { projectPath } from '../src/paths.js';

const dataDir = mkdtempSync(join(tmpdir(), 'kompass-lock-'));
const children: ChildProcess[] = [];
const dirs: string[] = [dataDir];

function startServer(port: number): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', projectPath('src', 'server', 'main.ts')], {
    cwd: projectPath(),
    env: { ...process.env, KOMPASS_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', KOMPASS_DEMO: 'off', DATABASE_URL: '' },
  });
  children.push(child);
  let text = '';
  child.stdout?.on('data', (chunk) => (text += chunk));
  child.stderr?.on('data', (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-lock-case-'));
  dirs.push(dir);
  return dir;
}

/** A PID no process has any more. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
}

/** A live process that has nothing to do with Kompass. */
function unrelatedProcess(): ChildProcess {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

/** Another process that takes the lock and keeps it until it ends. */
async function holder(dir: string, mechanism: LockMechanism): Promise<ChildProcess> {
  const script = `import(${JSON.stringify(projectPath('src', 'db', 'data-dir-lock.ts'))}).then(async (m) => {
    await m.lockDataDir(${JSON.stringify(dir)}, { mechanism: ${JSON.stringify(mechanism)} });
    console.log('held');
    setInterval(() => undefined, 1000);
  });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: projectPath(), stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  let text = '';
  child.stdout?.on('data', (chunk) => (text += chunk));
  await waitFor(() => text.includes('held'), 30_000);
  return child;
}

async function lockedBy(dir: string, mechanism: LockMechanism): Promise<DataDirLockedError> {
  const error = await lockDataDir(dir, { mechanism }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DataDirLockedError);
  return error as DataDirLockedError;
}

/** Takes the lock, waiting at most `timeoutMs` for a holder that has just ended to let go. */
async function lockSoon(dir: string, mechanism: LockMechanism, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await lockDataDir(dir, { mechanism });
    } catch (error) {
      if (!(error instanceof DataDirLockedError) || Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

const lockFile = (dir: string) => join(dir, 'kompass.lock');

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded data directory lock', () => {
  it('refuses a second process at once, naming the directory and the holder, while the first keeps serving', { timeout: 120_000 }, async () => {
    const first = startServer(0);
    await waitFor(() => first.output().includes('Kompass is ready at'), 60_000);
    expect(first.output()).toContain('locked with a kernel file lock (flock)');
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(first.output())?.[1]);

    const startedAt = Date.now();
    const second = startServer(0);
    const code = await second.exited;
    expect(code).not.toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(15_000);
    expect(second.output()).toContain(`The data directory ${dataDir} is locked by process ${first.child.pid}`);
    expect(second.output()).toContain('kernel file lock (flock)');

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);

    // SIGTERM: the app closes the database and gives the directory up.
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const lock = await lockDataDir(dataDir, { mechanism: 'flock' });
    await lock.release();
  });

  it('uses flock where it is installed', async () => {
    const lock = await lockDataDir(freshDir());
    expect(lock.mechanism).toBe('flock');
    await lock.release();
  });

  describe.each(['flock', 'pid-file'] as const)('with %s', (mechanism) => {
    it('takes over a lock whose PID now belongs to an unrelated live process', async () => {
      const dir = freshDir();
      const other = unrelatedProcess();
      await waitFor(() => processStartTime(other.pid!) !== null, 5000);
      // Left by an earlier process that had this PID: it started at another time.
      writeFileSync(lockFile(dir), JSON.stringify({ pid: other.pid, host: hostname(), since: '2020-01-01T00:00:00.000Z', start: '1' }));
      const lock = await lockDataDir(dir, { mechanism });
      expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, start: processStartTime(process.pid) });
      await lock.release();
      // The older record, without a start time: the live process started after the lock was taken.
      writeFileSync(lockFile(dir), JSON.stringify({ pid: other.pid, host: hostname(), since: '2020-01-01T00:00:00.000Z' }));
      await (await lockDataDir(dir, { mechanism })).release();
    });

    it('takes over a lock naming our own PID (PID 1 in a container after a restart)', async () => {
      const dir = freshDir();
      writeFileSync(lockFile(dir), JSON.stringify({ pid: process.pid, host: hostname(), since: '2020-01-01T00:00:00.000Z', start: '1' }));
      await (await lockDataDir(dir, { mechanism })).release();
      // PID 1 of this machine or container runs, but did not start when the lock says.
      writeFileSync(lockFile(dir), JSON.stringify({ pid: 1, host: hostname(), since: '2020-01-01T00:00:00.000Z', start: '1' }));
      await (await lockDataDir(dir, { mechanism })).release();
    });

    it('refuses a live second process every time, and takes the lock as soon as it is killed', { timeout: 60_000 }, async () => {
      const dir = freshDir();
      const other = await holder(dir, mechanism);
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const error = await lockedBy(dir, mechanism);
        expect(error.message).toContain(`The data directory ${dir} is locked by process ${other.pid}`);
      }
      const exited = new Promise((resolve) => other.once('exit', resolve));
      other.kill('SIGKILL');
      await exited;
      const lock = await lockSoon(dir, mechanism, 2000);
      await lock.release();
    });

    it('is given up on a normal close, and the next process takes it at once', async () => {
      const dir = freshDir();
      const lock = await lockDataDir(dir, { mechanism });
      await lockedBy(dir, mechanism);
      await lock.release();
      await lock.release(); // twice is harmless
      await (await lockDataDir(dir, { mechanism })).release();
    });
  });

  describe('with flock', () => {
    it.each([
      ['a replaced container (another hostname)', () => JSON.stringify({ pid: deadPid(), host: 'container-gone-since', since: '2020-01-01T00:00:00.000Z' })],
      ['an empty lock file', () => ''],
      ['a torn lock file', () => '{"pid": 12'],
    ])('takes over the lock of %s at once', async (_case, content) => {
      const dir = freshDir();
      writeFileSync(lockFile(dir), content());
      const lock = await lockDataDir(dir, { mechanism: 'flock' });
      expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname(), mechanism: 'flock' });
      await lock.release();
      expect(existsSync(lockFile(dir))).toBe(true); // never deleted: see lockWithFlock
    });

    it('refuses while a process of an older Kompass (lock file only) still holds the directory', { timeout: 60_000 }, async () => {
      const dir = freshDir();
      const other = await holder(dir, 'pid-file');
      const error = await lockedBy(dir, 'flock');
      expect(error.message).toContain(`locked by process ${other.pid}`);
      const exited = new Promise((resolve) => other.once('exit', resolve));
      other.kill('SIGKILL');
      await exited;
      await (await lockDataDir(dir, { mechanism: 'flock' })).release();
    });

    it('is taken and given up by the embedded database', async () => {
      const dir = freshDir();
      const database = await openPglite(dir);
      expect(database.lockMechanism).toBe('flock');
      await expect(openPglite(dir)).rejects.toThrow(DataDirLockedError);
      await database.close();
      await (await lockDataDir(dir)).release();
    });
  });

  describe('with the pid file (no flock)', () => {
    it('takes over a lock left by a process that no longer runs, and deletes it on release', async () => {
      const dir = freshDir();
      writeFileSync(lockFile(dir), JSON.stringify({ pid: deadPid(), host: hostname() }));
      const lock = await lockDataDir(dir, { mechanism: 'pid-file' });
      expect(JSON.parse(readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
      await lock.release();
      expect(existsSync(lockFile(dir))).toBe(false);
    });

    it.each([
      ['an empty lock file', ''],
      ['a torn lock file', '{"pid": 12'],
    ])('takes over %s once it is old, not while its writer may still be writing it', async (_case, content) => {
      const dir = freshDir();
      writeFileSync(lockFile(dir), content);
      await lockedBy(dir, 'pid-file');
      const old = new Date(Date.now() - 60_000);
      utimesSync(lockFile(dir), old, old);
      await (await lockDataDir(dir, { mechanism: 'pid-file' })).release();
    });

    it("cannot check another host's process: refuses and says how to clear the lock", async () => {
      const dir = freshDir();
      writeFileSync(lockFile(dir), JSON.stringify({ pid: deadPid(), host: 'container-gone-since' }));
      const error = await lockedBy(dir, 'pid-file');
      expect(error.message).toContain('on host container-gone-since');
      expect(error.message).toContain(`delete ${lockFile(dir)}`);
      expect(error.message).toContain('flock is not installed');
    });
  });
});
