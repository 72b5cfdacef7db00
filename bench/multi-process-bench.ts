/**
 * Signed-in reads, load held, and several processes (issue 18), with the built server as real
 * processes on PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server, on a
 * throwaway PostgreSQL database:
 *  - the same route (GET /api/evaluations/:id of a published evaluation) anonymous and signed in
 *    at 64 connections, and their throughput ratio (goal ≥ 50 %);
 *  - 200 connections × 60 s over the public pages and API (the start page, the list, an
 *    evaluation, the statistics): errors (goal 0) and p99 (goal ≤ 50 ms for these cached reads);
 *  - on PostgreSQL, the same mix against two app processes on the one database, the client
 *    spreading its connections over both (no proxy between).
 *
 *   npm run build && npx tsx bench/multi-process-bench.ts [mix seconds, 60 unless given]
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { createThrowawayDatabase, startApp, stopApp, type AppProcess, type AppProcessOptions } from '../tests/support/app-process.js';
import { signIn } from './http-session.js';

interface Load {
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  paths: string[];
}

async function load(baseUrls: string | string[], options: Load) {
  const result = await autocannon({
    // Several URLs: autocannon spreads the connections over them in turn (its types say one).
    url: baseUrls as string,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    headers: options.headers ?? {},
    requests: options.paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    connections: options.connections,
    seconds: options.seconds,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

async function publicPaths(baseUrl: string): Promise<{ evaluation: string; mix: string[] }> {
  const list = (await (await fetch(`${baseUrl}/api/evaluations?municipality=se-2029`)).json()) as { items: Array<{ id: string }> };
  const evaluation = `/api/evaluations/${list.items[0]!.id}`;
  return { evaluation, mix: ['/', '/api/evaluations?limit=10&lang=sv', evaluation, '/api/statistics'] };
}

async function onEngine<T>(engine: 'PGlite' | 'PostgreSQL', run: (where: Pick<AppProcessOptions, 'dataDir' | 'databaseUrl'>) => Promise<T>): Promise<T | string> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (engine === 'PostgreSQL') {
    if (!serverUrl) return 'skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server where a throwaway database may be created';
    const database = await createThrowawayDatabase(serverUrl, 'kompass_bench_multi');
    try {
      return await run({ databaseUrl: database.url });
    } finally {
      await database.drop();
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-bench-multi-'));
  try {
    return await run({ dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchMultiProcess(options: { mixSeconds?: number; routeSeconds?: number } = {}) {
  const { mixSeconds = 60, routeSeconds = 10 } = options;
  const account = DEMO_ACCOUNTS.find((entry) => entry.role === 'evaluator')!;
  const results: Record<string, unknown> = { targets: { signedInRatio: 0.5, errors: 0, cachedP99Ms: 50 } };
  for (const engine of ['PGlite', 'PostgreSQL'] as const) {
    results[engine] = await onEngine(engine, async (where) => {
      const running: AppProcess[] = [];
      try {
        running.push(await startApp({ ...where, entry: 'built' }));
        const base = running[0]!.baseUrl;
        const paths = await publicPaths(base);
        const session = await signIn(base, account.email, account.password);
        const signedHeaders = { cookie: session.cookie };
        await load(base, { connections: 64, seconds: 3, paths: [paths.evaluation] }); // warm-up
        const anonymous = await load(base, { connections: 64, seconds: routeSeconds, paths: [paths.evaluation] });
        await load(base, { connections: 64, seconds: 3, headers: signedHeaders, paths: [paths.evaluation] });
        const signedIn = await load(base, { connections: 64, seconds: routeSeconds, headers: signedHeaders, paths: [paths.evaluation] });
        const sameRoute = { route: 'GET /api/evaluations/:id (published)', anonymous, signedIn, ratio: Number((signedIn.requestsPerSecond / anonymous.requestsPerSecond).toFixed(2)) };
        console.log(`Signed-in vs anonymous (${engine}): ${JSON.stringify(sameRoute)}`);
        await load(base, { connections: 200, seconds: 3, paths: paths.mix });
        const publicMix = { paths: paths.mix, ...(await load(base, { connections: 200, seconds: mixSeconds, paths: paths.mix })) };
        console.log(`Public mix, one process (${engine}): ${JSON.stringify(publicMix)}`);
        let twoProcesses: unknown = 'PostgreSQL only';
        if (engine === 'PostgreSQL') {
          running.push(await startApp({ ...where, entry: 'built' }));
          const urls = running.map((app) => app.baseUrl);
          await load(urls, { connections: 200, seconds: 3, paths: paths.mix });
          twoProcesses = { paths: paths.mix, ...(await load(urls, { connections: 200, seconds: mixSeconds, paths: paths.mix })) };
          console.log(`Public mix, two processes (${engine}): ${JSON.stringify(twoProcesses)}`);
        }
        return { sameRoute, publicMix, twoProcesses };
      } finally {
        for (const app of running) await stopApp(app);
      }
    });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seconds = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(JSON.stringify(await benchMultiProcess({ mixSeconds: seconds }), null, 2));
}
