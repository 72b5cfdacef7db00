/**
 * Kompass as a real process (tests and benches that need real HTTP, several processes, or a
 * `kill -9`): started from the sources through tsx or from the built server, on a data directory
 * (PGlite) or a PostgreSQL database, in demo mode (so the demo accounts can sign in).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { projectPath } from '../../src/paths.js';

export interface AppProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  exited: Promise<number | null>;
}

export interface AppProcessOptions {
  /** The embedded database's directory (PGlite), when no databaseUrl is given. */
  dataDir?: string;
  databaseUrl?: string;
  /** `source` runs src/server/main.ts through tsx (tests); `built` runs dist/app/server/main.js (the bench). */
  entry: 'source' | 'built';
  startTimeoutMs?: number;
}

const READY = /Kompass is ready at (http:\/\/127\.0\.0\.1:\d+)/;

/** Starts Kompass and resolves once it says it is ready; rejects with its output if it exits first. */
export function startApp(options: AppProcessOptions): Promise<AppProcess> {
  const args = options.entry === 'built' ? [projectPath('dist', 'app', 'server', 'main.js')] : ['--import', 'tsx', projectPath('src', 'server', 'main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: projectPath(),
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      KOMPASS_DEMO: 'auto',
      KOMPASS_DATA_DIR: options.dataDir ?? projectPath('data'),
      DATABASE_URL: options.databaseUrl ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Kompass did not get ready within ${options.startTimeoutMs ?? 120_000} ms:\n${text}`));
    }, options.startTimeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = READY.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve({ child, baseUrl: match[1]!, output: () => text, exited });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Kompass exited with ${code} before it was ready:\n${text}`));
    });
  });
}

/** Kills the process at once (SIGKILL: no shutdown code runs) and waits until it is gone. */
export async function killApp(app: AppProcess): Promise<void> {
  if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
  await app.exited;
}

/** Stops the process the ordinary way (SIGTERM) and waits until it is gone. */
export async function stopApp(app: AppProcess): Promise<void> {
  if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGTERM');
  await app.exited;
}

/** A new empty database on the PostgreSQL server at serverUrl: its URL and a drop() for afterwards. */
export async function createThrowawayDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
