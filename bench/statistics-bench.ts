/**
 * The national statistics (GET /api/statistics) over a large archive: 2,400 synthetic published
 * evaluations of three model versions (2010 model 2010–2015, 2016 model 2016–2019, 2020 model
 * 2020–2025) over the 290 Swedish municipalities, about 1 % of them archived without one figure
 * (left out of the distributions), 100 drafts (never counted), populations and SKR groups per
 * year. Timed through the app (answer serialised): cold (the statistics memory and the read cache
 * cleared before each run, so every run reads the database), with the country's snapshot still in
 * memory (only the answers forgotten: another filter of data already read), and warm (the answer
 * in memory under the published data's fingerprint: on PostgreSQL the fingerprint query and a
 * lookup, on PGlite a lookup, the fingerprint being in the read cache), unfiltered and with a
 * county and population-class filter; wall clock p50/p95 and mean CPU.
 * On a fresh in-memory PGlite and, when a server is given (BENCH_DATABASE_URL, else
 * TEST_DATABASE_URL), a throwaway PostgreSQL database dropped afterwards. CI=true seeds 600 evaluations and runs fewer times. Goal: p95 ≤ 50 ms.
 * Run alone: `npx tsx bench/statistics-bench.ts`.
 */
import { sql } from 'drizzle-orm';
import { statisticsMemoryOf } from '../src/api/statistics/queries.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { listScoringUnits } from '../src/domain/framework.js';
import type { AppContext } from '../src/kernel/context.js';
import { buildApp } from '../src/server/app.js';
import { prepareContext } from '../src/server/boot.js';
import { onBothEngines, runWhenStarted, type BenchResults } from './both-engines.js';

const CI = process.env.CI === 'true';
const EVALUATIONS = CI ? 600 : 2400;
const DRAFTS = CI ? 20 : 100;
const RUNS = CI ? 10 : 40;
const GROUPS = ['A1', 'A2', 'A3', 'B4', 'B5', 'B6', 'C7', 'C8', 'C9'];
const MODELS = [
  { id: 'kommunkompassen-2010', from: 2010, to: 2015 },
  { id: 'kommunkompassen-2016', from: 2016, to: 2019 },
  { id: 'kommunkompassen-2020', from: 2020, to: 2025 },
];

/** Seeds the synthetic archive in one transaction, set-based and deterministic. */
async function seedArchive(context: AppContext): Promise<void> {
  await context.database.db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.42)`);
    await tx.execute(sql`
      insert into municipality_populations (municipality_id, year, population, source)
      select m.id, y, (2500 + (abs(hashtext(m.code)) % 300000)) + (y - 2010) * 40, 'bench'
      from municipalities m, generate_series(2010, 2025) y where m.country = 'se'
      on conflict do nothing`);
    await tx.execute(sql`
      insert into municipality_groups (municipality_id, year, group_code, source)
      select m.id, y, (${`{${GROUPS.join(',')}}`}::text[])[1 + abs(hashtext(m.code || y::text)) % ${GROUPS.length}], 'bench'
      from municipalities m, unnest(array[2017, 2023]) y where m.country = 'se'
      on conflict do nothing`);
    // Evaluation i: municipality i mod 290, year 2010 + (7·i mod 16), the model in use that year.
    const modelOf = sql.raw(
      `case ${MODELS.map((model) => `when 2010 + (i * 7) % 16 between ${model.from} and ${model.to} then '${model.id}'`).join(' ')} end`,
    );
    await tx.execute(sql`
      with numbered as (select id, row_number() over (order by id) - 1 as index, count(*) over () as total from municipalities where country = 'se')
      insert into evaluations (municipality_id, framework_id, fieldwork_start, status, origin)
      select n.id, ${modelOf}, (2010 + (i * 7) % 16)::text || '-' || lpad((1 + (i * 5) % 12)::text, 2, '0'), 'published', 'archive'
      from generate_series(0, ${EVALUATIONS - 1}) i join numbered n on n.index = i % n.total`);
    await tx.execute(sql`
      with numbered as (select id, row_number() over (order by id) - 1 as index from municipalities where country = 'se')
      insert into evaluations (municipality_id, framework_id, fieldwork_start, status, origin)
      select n.id, 'kommunkompassen-2020', '2026-02', 'draft', 'workspace'
      from generate_series(0, ${DRAFTS - 1}) i join numbered n on n.index = (i * 3) % 290`);
    for (const model of MODELS) {
      const units = listScoringUnits(context.catalogue.frameworks.get(model.id)!);
      const codes = `{${units.map((unit) => `"${unit.code}"`).join(',')}}`;
      const maxima = `{${units.map((unit) => unit.max).join(',')}}`;
      // About 1 % of the published ones lack their first unit's figure (an archived report that printed none).
      await tx.execute(sql`
        insert into scores (evaluation_id, unit_code, score)
        select e.id, u.code, round((random() * u.max)::numeric * 2) / 2
        from evaluations e, unnest(${codes}::text[], ${maxima}::int[]) with ordinality as u(code, max, position)
        where e.framework_id = ${model.id}
          and not (e.status = 'published' and u.position = 1 and abs(hashtext(e.id::text)) % 100 = 0)
          and (e.status = 'published' or u.position = 1)
        order by e.id, u.position`);
    }
  });
  await context.database.db.execute(sql`analyze`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

const processCpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Median and p95 wall-clock time of `runs` runs (after one warm-up; `before` runs untimed before
 * each), and the mean CPU time of this process per run: on a busy machine the wall clock includes
 * waiting for a core, and on PGlite the database runs in this process, so its CPU time is what
 * the answer costs (on PostgreSQL the server's share is not in it).
 */
async function time(run: () => Promise<unknown>, before: () => void, runs = RUNS): Promise<{ p50: number; p95: number; cpu: number }> {
  before();
  await run();
  const samples: number[] = [];
  let cpu = 0;
  for (let index = 0; index < runs; index += 1) {
    before();
    const cpuBefore = processCpuMs();
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
    cpu += processCpuMs() - cpuBefore;
  }
  samples.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { p50: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)), cpu: round(cpu / runs) };
}

async function benchEngine(label: string, database: DatabaseHandle): Promise<Record<string, number | string>> {
  const context = await prepareContext(database, { demo: 'off' });
  const app = await buildApp({ context, logLevel: 'silent' });
  try {
    const seedStarted = performance.now();
    await seedArchive(context);
    const seedMs = Math.round(performance.now() - seedStarted);
    context.readCache?.clear();
    const get = async (query: string) => {
      const response = await app.inject({ method: 'GET', url: `/api/statistics${query}` });
      if (response.statusCode !== 200) throw new Error(`GET /api/statistics${query}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      return response;
    };
    const answer = (await get('')).json() as { latest: unknown[]; models: Array<{ id: string; n: number; evaluations: number }>; distribution: { n: number; incomplete: number } };
    if (answer.latest.length !== 290 || answer.models.length !== 3) {
      throw new Error(`expected 290 municipalities and 3 models, got ${answer.latest.length} and ${answer.models.length}`);
    }
    const published = answer.models.reduce((sum, model) => sum + model.evaluations, 0);
    if (published !== EVALUATIONS) throw new Error(`expected ${EVALUATIONS} published evaluations counted, got ${published}`);
    const memory = statisticsMemoryOf(context);
    const clear = () => {
      context.readCache?.clear();
      memory.snapshots.clear();
      memory.answers.clear();
    };
    const keep = () => undefined;
    const filtered = '?county=se-01&populationClass=over-100000';
    // Only the answers forgotten: another filter of data already read.
    const forgetAnswers = () => memory.answers.clear();
    const results: Record<string, number | string> = {
      [`${label}: seeding ${EVALUATIONS} published evaluations of 3 models + ${DRAFTS} drafts, ms`]: seedMs,
      [`${label}: 2020 model n / left out incomplete`]: `${answer.distribution.n} / ${answer.distribution.incomplete}`,
    };
    const made = memory.snapshots.made;
    for (const [name, query] of [
      ['all of Sweden', ''],
      ['county + population class', filtered],
    ] as const) {
      const timings = {
        cold: await time(() => get(query), clear),
        'snapshot in memory': await time(() => get(query), forgetAnswers),
        warm: await time(() => get(query), keep),
      };
      for (const [mode, timing] of Object.entries(timings)) {
        results[`${label}: statistics, ${name}, ${mode}: p50 / p95 / mean CPU ms`] = `${timing.p50} / ${timing.p95} / ${timing.cpu}`;
      }
    }
    // One snapshot per cold run and warm-up (two kinds of query), none for the others.
    const expected = 2 * (RUNS + 1);
    if (memory.snapshots.made - made !== expected) throw new Error(`expected ${expected} snapshots read, got ${memory.snapshots.made - made}`);
    return results;
  } finally {
    await app.close();
    await context.importQueue.stop();
    await context.pdf.close();
  }
}

export const benchStatistics = (): Promise<BenchResults> => onBothEngines(benchEngine, { poolSize: 2 });

runWhenStarted(import.meta.url, benchStatistics);
