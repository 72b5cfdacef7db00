/**
 * Runs one bench on the embedded database and, when a PostgreSQL server is named
 * (BENCH_DATABASE_URL, else TEST_DATABASE_URL), on a throwaway database there; the results of
 * both under their engine's label, or why PostgreSQL was skipped.
 */
import { pathToFileURL } from 'node:url';
import { openPglite, type DatabaseHandle } from '../src/db/client.js';
import { openThrowawayPostgres } from '../tests/support/test-database.js';

export type BenchResults = Record<string, number | string>;

export async function onBothEngines(benchEngine: (label: string, database: DatabaseHandle) => Promise<BenchResults>, options: { poolSize: number }): Promise<BenchResults> {
  const results: BenchResults = {};
  const pglite = await openPglite();
  try {
    Object.assign(results, await benchEngine('PGlite', pglite));
  } finally {
    await pglite.close();
  }
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    results['PostgreSQL'] = 'skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server where a throwaway database may be created';
    return results;
  }
  let postgres: DatabaseHandle;
  try {
    postgres = await openThrowawayPostgres(serverUrl, { prefix: 'kompass_bench', poolSize: options.poolSize });
  } catch (error) {
    results['PostgreSQL'] = `skipped: ${error instanceof Error ? error.message : String(error)}`;
    return results;
  }
  try {
    Object.assign(results, await benchEngine('PostgreSQL', postgres));
  } finally {
    await postgres.close();
  }
  return results;
}

/** Runs a bench and prints its results when its module is the one started (`npx tsx bench/x-bench.ts`). */
export function runWhenStarted(moduleUrl: string, bench: () => Promise<BenchResults>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  bench()
    .then((results) => {
      for (const [name, value] of Object.entries(results)) console.log(`${name}: ${value}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
