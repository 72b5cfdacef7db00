import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { projectPath } from '../src/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'kompass-backup-cli-'));
const dataDir = join(dir, 'data');
const backupDir = join(dir, 'scheduled');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function kompass(data: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', projectPath('src', 'cli', 'main.ts'), ...args], {
    cwd: projectPath(),
    env: { ...process.env, KOMPASS_DATA_DIR: data, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const dataPart = (path: string) => gunzipSync(readFileSync(path)).toString('utf8').split('\n').slice(1).join('\n');

describe('kompass backup and restore on the embedded database', () => {
  it('backs up through the running app, refuses a restore while it runs, keeps scheduled backups, and restores after it stops', { timeout: 180_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', projectPath('src', 'server', 'main.ts')], {
      cwd: projectPath(),
      env: {
        ...process.env,
        KOMPASS_DATA_DIR: dataDir,
        PORT: '0',
        LOG_LEVEL: 'info',
        KOMPASS_DEMO: 'off',
        DATABASE_URL: '',
        KOMPASS_BACKUP_DIR: backupDir,
        // Every 1.8 seconds, the newest two kept.
        KOMPASS_BACKUP_INTERVAL_HOURS: '0.0005',
        KOMPASS_BACKUP_KEEP: '2',
      },
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await waitFor(() => output.includes('Kompass is ready at'), 90_000);

    const live = join(dir, 'live.kompass-backup.gz');
    const backup = kompass(dataDir, 'backup', live);
    expect(backup).toMatchObject({ code: 0, out: expect.stringContaining(`Backup written by the running app to ${live}: 41 tables`) });
    expect(statSync(live).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'control')).mode & 0o777).toBe(0o700);

    const refused = kompass(dataDir, 'restore', live);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`Kompass is running on ${dataDir}. Stop it before a restore.`);

    await waitFor(() => (output.match(/scheduled backup written/g) ?? []).length >= 3, 60_000);
    expect(readdirSync(backupDir).filter((name) => name.endsWith('.kompass-backup.gz'))).toHaveLength(2);

    child.kill('SIGTERM');
    await exited;
    expect(existsSync(join(dataDir, 'control', 'kompass.sock'))).toBe(false);

    // Into a new data directory, then backed up again (no app: directly): the same data.
    const other = join(dir, 'other');
    expect(kompass(other, 'restore', live)).toMatchObject({ code: 0, out: expect.stringContaining(`Restored from ${live}: 41 tables`) });
    const again = join(dir, 'again.kompass-backup.gz');
    expect(kompass(other, 'backup', again)).toMatchObject({ code: 0, out: expect.stringContaining(`Backup written to ${again}`) });
    expect(dataPart(again)).toBe(dataPart(live));
  });

  it('names what it needs', async () => {
    await expect(runCli(['backup'])).rejects.toThrow('backup needs one FILE: kompass backup FILE');
    await expect(runCli(['restore', join(dir, 'missing.gz')])).rejects.toThrow('no such file');
  });
});
