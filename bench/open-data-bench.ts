/**
 * Open-data exports over a large archive: 10,000 synthetic published evaluations (1,000 when
 * CI=true), served by the app listening on a port and read over HTTP as a client would, on a fresh
 * in-memory PGlite and, when a server is given (BENCH_DATABASE_URL, else TEST_DATABASE_URL), on a
 * throwaway PostgreSQL database. Measured: the full CSV export of the evaluations made from the
 * database (cold) and streamed from its cached file (warm), a 304 revalidation, the Excel CSV,
 * XLSX, the scores CSV (one row per unit: 36 × as many rows), the whole JSON walk (limit 1000),
 * each with the server's peak RSS growth while it ran (sampled), to show memory stays flat.
 * Goal: the full CSV export ≤ 1 s. Run alone: `npx tsx bench/open-data-bench.ts`.
 */
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { openPglite, type DatabaseHandle } from '../src/db/client.js';
import { buildApp } from '../src/server/app.js';
import { prepareContext } from '../src/server/boot.js';
import { openThrowawayPostgres } from '../tests/support/test-database.js';
import { seedArchive } from './comparison-bench.js';

const EVALUATIONS = process.env.CI === 'true' ? 1_000 : 10_000;
const GOAL_MS = 1_000;

interface Measured {
  ms: number;
  bytes: number;
  status: number;
  /** The server's peak RSS over its RSS before the request, in MB (sampled every 5 ms). */
  rssGrowthMb: number;
}

/** GETs a URL, reading the body as a stream (never kept), with the time, size and RSS growth. */
async function measure(url: string, headers: Record<string, string> = {}): Promise<Measured & { headers: IncomingHttpHeaders; body: string }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  try {
    return await new Promise((resolve, reject) => {
      get(url, { headers }, (response) => {
        let bytes = 0;
        let head = '';
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (head.length < 4096) head += chunk.toString('utf8');
        });
        response.on('end', () => {
          peak = Math.max(peak, process.memoryUsage().rss);
          resolve({ ms: Math.round(performance.now() - started), bytes, status: response.statusCode ?? 0, rssGrowthMb: Math.round((peak - before) / 1e5) / 10, headers: response.headers, body: head });
        });
        response.on('error', reject);
      }).on('error', reject);
    });
  } finally {
    clearInterval(sampler);
  }
}

const strip = ({ ms, bytes, status, rssGrowthMb }: Measured) => ({ ms, mb: Math.round(bytes / 1e5) / 10, status, rssGrowthMb });

async function benchEngine(database: DatabaseHandle): Promise<Record<string, unknown>> {
  const context = await prepareContext(database, { demo: 'off' });
  const seeding = performance.now();
  await seedArchive(context, EVALUATIONS);
  const seedMs = Math.round(performance.now() - seeding);
  const app = await buildApp({ context, logLevel: (process.env.BENCH_LOG as 'error' | undefined) ?? 'silent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/open-data`;
  try {
    const csvCold = await measure(`${base}/evaluations.csv`);
    if (csvCold.status !== 200) throw new Error(`evaluations.csv answered ${csvCold.status}`);
    const csvWarm = await measure(`${base}/evaluations.csv`);
    const revalidated = await measure(`${base}/evaluations.csv`, { 'if-none-match': String(csvCold.headers.etag) });
    const excel = await measure(`${base}/evaluations-excel.csv`);
    const xlsx = await measure(`${base}/evaluations.xlsx`);
    const scoresCsv = await measure(`${base}/scores.csv`);
    const scoresXlsx = await measure(`${base}/scores.xlsx`);
    // The JSON walk: every page of 1000 until next is null.
    const walkStarted = performance.now();
    let pages = 0;
    let next: string | null = '/api/open-data/evaluations.json?limit=1000';
    const origin = base.replace('/api/open-data', '');
    while (next) {
      const page = await fetch(`${origin}${next}`);
      const body = (await page.json()) as { next: string | null; data: unknown[] };
      next = body.next;
      pages += 1;
    }
    const jsonWalkMs = Math.round(performance.now() - walkStarted);
    return {
      evaluations: EVALUATIONS,
      seedMs,
      csvCold: strip(csvCold),
      csvWarm: strip(csvWarm),
      revalidated304: strip(revalidated),
      excelCsvCold: strip(excel),
      xlsxCold: strip(xlsx),
      scoresCsvCold: strip(scoresCsv),
      scoresXlsxCold: strip(scoresXlsx),
      jsonWalk: { pages, ms: jsonWalkMs },
      csvWithinGoal: csvCold.ms <= GOAL_MS,
    };
  } finally {
    await app.close();
  }
}

export async function benchOpenData(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  const pglite = await openPglite();
  try {
    results.PGlite = await benchEngine(pglite);
  } finally {
    await pglite.close();
  }
  console.log(`Open data, PGlite: ${JSON.stringify(results.PGlite)}`);
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    results.PostgreSQL = 'skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server where a throwaway database may be created';
    return results;
  }
  const postgres = await openThrowawayPostgres(serverUrl, { prefix: 'kompass_bench', poolSize: 4 });
  try {
    results.PostgreSQL = await benchEngine(postgres);
  } finally {
    await postgres.close();
  }
  console.log(`Open data, PostgreSQL: ${JSON.stringify(results.PostgreSQL)}`);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchOpenData()
    .then((results) => console.log(JSON.stringify(results, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
