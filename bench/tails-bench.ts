/**
 * Tails under load (issue 13): the start page's public list at 200 connections, and a signed-in
 * user's mixed reads at 64 and 200 connections, each reporting requests/s, p50/p99/p99.9/max,
 * errors and timeouts (autocannon gives up on a request after 10 s and leaves it out of the
 * latencies, so timeouts are counted apart). Target: p99.9 ≤ 1 s and no timeouts.
 *
 * Part of `npm run bench` (60 s for the public list). To iterate on its own, against a new demo
 * data directory (PGlite) or the PostgreSQL that DATABASE_URL names:
 *   npm run bench:tails -- [seconds, 15 unless given] [public|signed|all]
 * A running server can be measured instead with KOMPASS_URL=http://127.0.0.1:3000.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { projectPath } from '../src/paths.js';
import { benchAutosave } from './autosave-bench.js';
import { signIn } from './http-session.js';

export interface LoadFigures {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; p99_9: number; max: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

interface Load {
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Paths taken in turn by each connection. */
  paths: string[];
}

export async function loadTails(baseUrl: string, load: Load): Promise<LoadFigures> {
  const result = await autocannon({
    url: baseUrl,
    connections: load.connections,
    duration: load.seconds,
    pipelining: 1,
    headers: load.headers ?? {},
    requests: load.paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    connections: load.connections,
    seconds: load.seconds,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, p99_9: result.latency.p99_9, max: result.latency.max },
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

const line = (name: string, figures: LoadFigures) =>
  `${name}: ${figures.connections} connections × ${figures.seconds} s: ${figures.requestsPerSecond} req/s, ` +
  `p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, p99.9 ${figures.latencyMs.p99_9} ms, max ${figures.latencyMs.max} ms, ` +
  `errors ${figures.errors}, timeouts ${figures.timeouts}, non-2xx ${figures.non2xx}`;

/** What the start page asks for (src/web/public/StartPage.tsx). */
export const START_PAGE_LIST = '/api/evaluations?limit=10&lang=sv';

/**
 * The reads of a signed-in evaluator moving between the start page, their drafts and a draft's
 * workspace (the session, lists, an evaluation, its overview, own scores, evidence and texts).
 */
async function signedInPaths(baseUrl: string, cookie: string): Promise<string[]> {
  const drafts = (await (await fetch(`${baseUrl}/api/evaluations?status=draft&lang=sv`, { headers: { cookie } })).json()) as { items: Array<{ id: string }> };
  const draft = drafts.items[0]?.id;
  if (!draft) throw new Error('the signed-in evaluator sees no draft');
  return [
    '/api/session',
    START_PAGE_LIST,
    '/api/evaluations?status=draft&lang=sv',
    `/api/evaluations/${draft}?lang=sv`,
    `/api/evaluations/${draft}/overview`,
    `/api/evaluations/${draft}/my-scores`,
    `/api/evaluations/${draft}/evidence`,
    `/api/evaluations/${draft}/texts`,
  ];
}

export async function benchTails(baseUrl: string, options: { publicSeconds: number; signedSeconds: number; only?: 'public' | 'signed' }) {
  const results: Record<string, LoadFigures> = {};
  if (options.only !== 'signed') {
    await loadTails(baseUrl, { connections: 200, seconds: 3, paths: [START_PAGE_LIST] }); // warm-up
    results.publicList200 = await loadTails(baseUrl, { connections: 200, seconds: options.publicSeconds, paths: [START_PAGE_LIST] });
    console.log(line('Public list (start page)', results.publicList200));
  }
  if (options.only !== 'public') {
    const account = DEMO_ACCOUNTS.find((entry) => entry.role === 'evaluator')!;
    const session = await signIn(baseUrl, account.email, account.password);
    const paths = await signedInPaths(baseUrl, session.cookie);
    const headers = { cookie: session.cookie };
    await loadTails(baseUrl, { connections: 64, seconds: 3, headers, paths }); // warm-up
    for (const connections of [64, 200]) {
      const figures = await loadTails(baseUrl, { connections, seconds: options.signedSeconds, headers, paths });
      results[`signedInReads${connections}`] = figures;
      console.log(line('Signed-in mixed reads', figures));
    }
    // The same reads while 20 editors save (each save clears the read cache): paced, then flat out.
    const admin = DEMO_ACCOUNTS.find((entry) => entry.role === 'admin')!;
    const [reads, saves] = await Promise.all([
      loadTails(baseUrl, { connections: 64, seconds: 25, headers, paths }),
      benchAutosave(baseUrl, admin, { seconds: 10 }),
    ]);
    results.signedInReads64WhileSaving = reads;
    console.log(line('Signed-in mixed reads while 20 editors save', reads));
    console.log(`  the saves: paced ${saves.paced.roundTripsPerSecond}/s p99 ${saves.paced.latencyMs.p99} ms, flat out ${saves.flatOut.roundTripsPerSecond}/s p99 ${saves.flatOut.latencyMs.p99} ms`);
  }
  return { ...results, target: { p99_9Ms: 1000, timeouts: 0 } };
}

/** Starts the built app on a fresh data directory (demo loaded); stop it with stopApp. */
export async function startApp(): Promise<{ child: ChildProcess; baseUrl: string; dataDir: string }> {
  const appEntry = projectPath('dist', 'app', 'server', 'main.js');
  if (!existsSync(appEntry)) throw new Error('Build first: npm run build:server');
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-tails-'));
  const env = { ...process.env, KOMPASS_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: process.env.DATABASE_URL ?? '' };
  const child = spawn(process.execPath, [...(process.env.TAILS_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []), appEntry], { cwd: projectPath(), env });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kompass is ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('exit', (code) => reject(new Error(`the app exited with ${code} before it was ready:\n${output}`)));
  });
  return { child, baseUrl, dataDir };
}

/** Stops an app of startApp and removes its data directory. */
export async function stopApp(app: { child: ChildProcess; dataDir: string }): Promise<void> {
  const exited = new Promise((resolve) => app.child.once('exit', resolve));
  app.child.kill('SIGTERM');
  await exited;
  rmSync(app.dataDir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 15);
  const only = process.argv[3] === 'public' || process.argv[3] === 'signed' ? process.argv[3] : undefined;
  const running = process.env.KOMPASS_URL;
  const app = running ? undefined : await startApp();
  try {
    const results = await benchTails(running ?? app!.baseUrl, { publicSeconds: seconds, signedSeconds: seconds, only });
    console.log(JSON.stringify(results, null, 2));
  } finally {
    if (app) await stopApp(app);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
