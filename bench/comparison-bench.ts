/**
 * Comparison queries over a large archive: 10,000 synthetic published evaluations (290
 * municipalities, fieldwork 2012–2025, every unit scored, populations and SKR groups per year),
 * then the national average plus one peer group and the peer-group choices with their n, timed
 * on a fresh in-memory PGlite and, when a
 * server is given (BENCH_DATABASE_URL, else TEST_DATABASE_URL), on a throwaway PostgreSQL
 * database that is dropped afterwards. Run alone: `npx tsx bench/comparison-bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { loadPeerGroupChoices } from '../src/api/comparisons/peer-choices.js';
import { loadEvaluationComparison, loadNationalComparison } from '../src/api/comparisons/queries.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { queryRows } from '../src/db/query.js';
import { DEFAULT_COMPARISON_OPTIONS, type ComparisonOptions } from '../src/domain/comparison/types.js';
import { listScoringUnits } from '../src/domain/framework.js';
import { prepareContext } from '../src/server/boot.js';
import type { AppContext } from '../src/kernel/context.js';
import { onBothEngines, runWhenStarted, type BenchResults } from './both-engines.js';

const EVALUATIONS = 10_000;
const FRAMEWORK = 'kommunkompassen-2020';
const RUNS = 60;
const GROUPS = ['A1', 'A2', 'A3', 'B4', 'B5', 'B6', 'C7', 'C8', 'C9'];

/** Seeds the synthetic archive (`count` evaluations) in one transaction, set-based (deterministic: fixed seed). */
export async function seedArchive(context: AppContext, count = EVALUATIONS): Promise<void> {
  const framework = context.catalogue.frameworks.get(FRAMEWORK)!;
  const units = listScoringUnits(framework);
  const codes = `{${units.map((unit) => `"${unit.code}"`).join(',')}}`;
  const maxima = `{${units.map((unit) => unit.max).join(',')}}`;
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
    await tx.execute(sql`
      with numbered as (select id, row_number() over (order by id) - 1 as index, count(*) over () as total from municipalities where country = 'se')
      insert into evaluations (municipality_id, framework_id, fieldwork_start, status, origin)
      select n.id, ${FRAMEWORK}, (2012 + (i % 14))::text || '-' || lpad((1 + (i * 7) % 12)::text, 2, '0'), 'published', 'archive'
      from generate_series(0, ${count - 1}) i join numbered n on n.index = i % n.total`);
    await tx.execute(sql`
      insert into scores (evaluation_id, unit_code, score)
      select e.id, u.code, round((random() * u.max)::numeric * 2) / 2
      from evaluations e, unnest(${codes}::text[], ${maxima}::int[]) with ordinality as u(code, max, position)
      where e.framework_id = ${FRAMEWORK}
      -- one evaluation's scores together, as an import or the workspace writes them
      order by e.id, u.position`);
  });
  await context.database.db.execute(sql`analyze`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

interface Timing {
  median: number;
  p95: number;
  /** Mean CPU time per run (this process, plus the PostgreSQL backend when known). */
  cpu: number | null;
}

/**
 * Wall-clock median and p95 of `runs` runs after a warm-up, and the mean CPU time per run. On a
 * busy machine the wall clock includes waiting for a core; the CPU time is what the query costs
 * (PostgreSQL backend CPU is read from /proc in clock ticks, so only its mean over many runs is exact).
 */
async function time(run: () => Promise<unknown>, cpuMs: () => number | null, runs = RUNS): Promise<Timing> {
  for (let warm = 0; warm < Math.min(10, runs); warm += 1) await run();
  const samples: number[] = [];
  const cpuBefore = cpuMs();
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  const cpuAfter = cpuMs();
  samples.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    median: round(percentile(samples, 0.5)),
    p95: round(percentile(samples, 0.95)),
    cpu: cpuBefore === null || cpuAfter === null ? null : round((cpuAfter - cpuBefore) / runs),
  };
}

const processCpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** CPU time of a local PostgreSQL backend process (Linux /proc, 100 ticks a second); null when unreadable. */
function backendCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Times the national average + one peer group (and a whole evaluation comparison) on one engine. */
async function benchEngine(label: string, database: DatabaseHandle): Promise<Record<string, number | string>> {
  const context = await prepareContext(database);
  try {
    const seedStarted = performance.now();
    await seedArchive(context);
    const seedMs = Math.round(performance.now() - seedStarted);
    let cpuMs: () => number | null = processCpuMs;
    if (database.engine === 'postgres') {
      // The pool has one connection here, so every query runs in this backend.
      const [backend] = await queryRows<{ pid: number }>(context.database.db, sql`select pg_backend_pid() as pid`);
      cpuMs = () => {
        const server = backendCpuMs(backend!.pid);
        return server === null ? null : server + processCpuMs();
      };
    }
    const options: ComparisonOptions = { ...DEFAULT_COMPARISON_OPTIONS, peer: { populationClass: 'upto-20000' } };
    const check = await loadNationalComparison(context, FRAMEWORK, options, 'se', 'sv');
    if (check.national.n !== 290) throw new Error(`expected 290 municipalities' latest evaluations, got ${check.national.n}`);
    const national = await time(() => loadNationalComparison(context, FRAMEWORK, options, 'se', 'sv'), cpuMs);
    const [subject] = await queryRows<{ id: string }>(context.database.db, sql`select id from evaluations order by fieldwork_start desc, id limit 1`);
    const evaluation = await time(() => loadEvaluationComparison(context, subject!.id, options, 'sv'), cpuMs);
    const choices = await time(() => loadPeerGroupChoices(context, subject!.id, options, 'sv'), cpuMs);
    const all = await time(() => loadNationalComparison(context, FRAMEWORK, { ...options, latestOnly: false }, 'se', 'sv'), cpuMs, 3);
    const cpu = (timing: Timing) => timing.cpu ?? 'not measurable';
    return {
      [`${label}: seeding ${EVALUATIONS} evaluations, ms`]: seedMs,
      [`${label}: national + peer group, median ms`]: national.median,
      [`${label}: national + peer group, p95 ms`]: national.p95,
      [`${label}: national + peer group, mean CPU ms`]: cpu(national),
      [`${label}: evaluation comparison (+ history, rank), median ms`]: evaluation.median,
      [`${label}: evaluation comparison (+ history, rank), p95 ms`]: evaluation.p95,
      [`${label}: evaluation comparison (+ history, rank), mean CPU ms`]: cpu(evaluation),
      [`${label}: peer-group choices with n (every fact), median ms`]: choices.median,
      [`${label}: peer-group choices with n (every fact), p95 ms`]: choices.p95,
      [`${label}: peer-group choices with n (every fact), mean CPU ms`]: cpu(choices),
      [`${label}: national + peer over all ${EVALUATIONS} (not latest only), median ms`]: all.median,
    };
  } finally {
    await context.importQueue.stop();
    await context.pdf.close();
  }
}


export const benchComparisons = (): Promise<BenchResults> => onBothEngines(benchEngine, { poolSize: 1 });

runWhenStarted(import.meta.url, benchComparisons);
