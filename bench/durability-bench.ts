/**
 * Durability at full size, with the built server as real processes (the tests run the same
 * campaigns small, from the sources): the lost-update campaign (50 clients × 100 edits; on
 * PostgreSQL through two app processes on one database) and the crash campaign (16 kills while
 * writing, thousands of writes), on PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL
 * names a server, on PostgreSQL. Then 200 connections × 60 s of mixed reads and writes on PGlite.
 *
 *   npm run build && npx tsx bench/durability-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createThrowawayDatabase, startApp, stopApp, type AppProcess, type AppProcessOptions } from '../tests/support/app-process.js';
import { crashCampaign, lostUpdateCampaign } from '../tests/support/durability.js';
import { benchMixedLoad } from './mixed-load-bench.js';

export interface DurabilityBenchOptions {
  clients?: number;
  edits?: number;
  kills?: number;
  writers?: number;
  loadConnections?: number;
  loadSeconds?: number;
}

async function onEngine<T>(engine: 'PGlite' | 'PostgreSQL', run: (where: Pick<AppProcessOptions, 'dataDir' | 'databaseUrl'>) => Promise<T>): Promise<T | string> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (engine === 'PostgreSQL') {
    if (!serverUrl) return 'skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server where a throwaway database may be created';
    const database = await createThrowawayDatabase(serverUrl, 'kompass_bench_durability');
    try {
      return await run({ databaseUrl: database.url });
    } finally {
      await database.drop();
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-bench-durability-'));
  try {
    return await run({ dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchDurability(options: DurabilityBenchOptions = {}) {
  const { clients = 50, edits = 100, kills = 16, writers = 16, loadConnections = 200, loadSeconds = 60 } = options;
  const results: Record<string, unknown> = {};
  for (const engine of ['PGlite', 'PostgreSQL'] as const) {
    results[engine] = await onEngine(engine, async (where) => {
      const running: AppProcess[] = [];
      const start = async () => {
        const app = await startApp({ ...where, entry: 'built' });
        running.push(app);
        return app;
      };
      try {
        const apps = [await start()];
        if (engine === 'PostgreSQL') apps.push(await start());
        const lostUpdates = await lostUpdateCampaign(
          apps.map((app) => app.baseUrl),
          { clients, editsPerClient: edits },
        );
        console.log(`Lost updates (${engine}, ${apps.length} process(es)): ${JSON.stringify(lostUpdates)}`);
        for (const app of apps.slice(1)) await stopApp(app);
        const crashes = await crashCampaign({ app: apps[0]!, start, kills, writers, killAfterWrites: { min: 50, max: 400 } });
        console.log(`Crashes (${engine}): ${JSON.stringify(crashes)}`);
        let mixedLoad: unknown = 'not run on this engine';
        if (engine === 'PGlite') {
          const app = await start();
          mixedLoad = await benchMixedLoad(app.baseUrl, { connections: loadConnections, seconds: loadSeconds });
          console.log(`Mixed load (${engine}): ${JSON.stringify(mixedLoad)}`);
        }
        return { lostUpdates, crashes, mixedLoad, targets: { lost: 0, errors: 0 } };
      } finally {
        for (const app of running) await stopApp(app);
      }
    });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  const results = await benchDurability({
    clients: size('DURABILITY_CLIENTS'),
    edits: size('DURABILITY_EDITS'),
    kills: size('DURABILITY_KILLS'),
    writers: size('DURABILITY_WRITERS'),
    loadConnections: size('LOAD_CONNECTIONS'),
    loadSeconds: size('LOAD_SECONDS'),
  });
  console.log(JSON.stringify(results, null, 2));
}
