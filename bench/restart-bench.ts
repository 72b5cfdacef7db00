/**
 * Restarting Kompass on a data directory that already holds the demo, with the build up to date,
 * measured from starting the process until `GET /api/health` first answers 200. As a user does it,
 * with `npm start` (npm, the build check, then the app), and the app's process alone
 * (`node dist/app/server/main.js`: loading the app, opening the database, the migration and
 * reference-data checks, listening). Target: `npm start` ready in ≤ 5 s.
 *
 * Run by `npm run bench` after the first start has created the data directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { projectPath } from '../src/paths.js';

const TARGET_MS = 5000;

/** A port nobody listens on right now (the app needs a known port to be polled before it logs). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

type Way = 'npm start' | 'node dist/app/server/main.js';

/** Starts the app one way; `npm start` through the npm that runs the bench when there is one. */
function startApp(way: Way, env: NodeJS.ProcessEnv): ChildProcess {
  const npmCli = process.env.npm_execpath;
  const [command, args] =
    way === 'node dist/app/server/main.js'
      ? [process.execPath, [projectPath('dist', 'app', 'server', 'main.js')]]
      : npmCli && /\.[cm]?js$/.test(npmCli)
        ? [process.execPath, [npmCli, 'start', '--silent']]
        : ['npm', ['start', '--silent']];
  // Its own process group, so stopping it stops npm, the shell and the app together.
  return spawn(command, args, { cwd: projectPath(), env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops npm and what it started, and waits until the app is gone (and has let go of the data directory). */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid!;
  if (groupAlive(pid)) process.kill(-pid, 'SIGTERM');
  else child.kill('SIGTERM');
  for (let waited = 0; groupAlive(pid) && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
}

/** Time from starting the app until the health route first answers 200. */
async function oneRestart(way: Way, env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const began = performance.now();
  const child = startApp(way, { ...env, PORT: String(port) });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${way} exited with ${child.exitCode} before it was ready:\n${output}`);
      if (performance.now() - began > 120_000) throw new Error(`${way} was not ready within 2 minutes:\n${output}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) {
        const readyMs = performance.now() - began;
        if (/Building /.test(output)) throw new Error(`npm start rebuilt although nothing changed:\n${output}`);
        return readyMs;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await stopGroup(child);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Restarts `runs` times each way on `dataDir` (which must already hold the demo), alternating the
 * ways so a busy machine weighs on both alike, and reports each time and the medians.
 */
export async function benchRestart(dataDir: string, runs = 5) {
  const env = { KOMPASS_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '' };
  const ways: Way[] = ['npm start', 'node dist/app/server/main.js'];
  const times = new Map<Way, number[]>(ways.map((way) => [way, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const way of ways) times.get(way)!.push(await oneRestart(way, env));
  }
  const [npm, node] = ways.map((way) => ({ medianMs: Math.round(median(times.get(way)!)), runs: times.get(way)!.map(Math.round) }));
  return { until: 'GET /api/health answers 200', npmStart: { ...npm!, targetMs: TARGET_MS }, appProcess: node!, loadAverage: loadAverage() };
}

/** The 1-minute load average: restarts on a machine busy with other work take longer. */
function loadAverage(): number | undefined {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}
