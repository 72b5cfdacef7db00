import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '../src/db/data-dir-lock.js';
import { projectPath } from '../src/paths.js';

const dataDir = mkdtempSync(join(tmpdir(), 'kompass-lock-'));
const children: ChildProcess[] = [];

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

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded data directory lock', () => {
  it('refuses a second process at once, naming the directory and the holder, while the first keeps serving', { timeout: 120_000 }, async () => {
    const first = startServer(0);
    await waitFor(() => first.output().includes('Kompass is ready at'), 60_000);
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(first.output())?.[1]);

    const startedAt = Date.now();
    const second = startServer(0);
    const code = await second.exited;
    expect(code).not.toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(15_000);
    expect(second.output()).toContain(`The data directory ${dataDir} is locked by process ${first.child.pid}`);

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-stale-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    writeFileSync(join(dir, 'kompass.lock'), JSON.stringify({ pid: dead, host: hostname() }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(join(dir, 'kompass.lock'), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(join(dir, 'kompass.lock'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
