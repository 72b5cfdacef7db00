/**
 * Calibration and statistics at scale: `evaluations` revealed evaluations (both demo evaluators
 * assigned and submitted, every criterion assessed by each, about three in four alike, and an own
 * score per sub-area) of a model version with criteria, written straight into the database in one
 * set-based transaction while the app is stopped. Then, through the app's HTTP API, GET
 * /api/criteria-statistics?framework= and one evaluation's GET …/calibration: cold (the first
 * request of a freshly started process; on the embedded database its buffers are empty too) and
 * warm (the same process asked again), the medians over the runs.
 */
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres, type DatabaseHandle } from '../src/db/client.js';
import type { DraftFramework } from '../src/domain/framework-draft.js';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { criteriaFacts } from './criteria-assessors.js';
import { expectStatus } from './criteria-files.js';
import { headersOf, signIn } from './http-session.js';

export interface Where {
  dataDir?: string;
  databaseUrl?: string;
}

async function openDatabaseAt(where: Where): Promise<DatabaseHandle> {
  if (where.databaseUrl) return openPostgres(where.databaseUrl, 2, 'kompass-bench');
  return openPglite(where.dataDir);
}

/** Seeds the revealed evaluations; returns their ids in order, and the time it took. */
export async function seedRevealed(where: Where, frameworkId: string, definition: DraftFramework, evaluations: number): Promise<{ ids: string[]; rows: number; seedMs: number }> {
  const facts = [...criteriaFacts(definition)];
  const codes = `{${facts.map(([code]) => `"${code}"`).join(',')}}`;
  const units = `{${facts.map(([, fact]) => `"${fact.unitCode}"`).join(',')}}`;
  const choices = `{${facts.map(([, fact]) => `"${fact.values.join(',')}"`).join(',')}}`;
  const subareas = definition.areas.flatMap((area) => area.subareas.filter((subarea) => subarea.max !== undefined));
  const scoreCodes = `{${subareas.map((subarea) => `"${subarea.code}"`).join(',')}}`;
  const scoreMaxima = `{${subareas.map((subarea) => subarea.max).join(',')}}`;
  const emails = DEMO_ACCOUNTS.filter((account) => account.role === 'evaluator').map((account) => account.email);
  const database = await openDatabaseAt(where);
  const began = performance.now();
  try {
    const ids = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select setseed(0.17)`);
      const inserted = (await tx.execute(sql`
        with numbered as (select id, row_number() over (order by id) - 1 as index, count(*) over () as total from municipalities where country = 'se')
        insert into evaluations (municipality_id, framework_id, fieldwork_start, status, origin, evaluators)
        select n.id, ${frameworkId}, '2026-' || lpad((1 + i % 12)::text, 2, '0'), 'review', 'workspace', '["Demo Utvärderare", "Demo Utvärderare Två"]'::jsonb
        from generate_series(0, ${evaluations - 1}) i join numbered n on n.index = i % n.total
        returning id`)) as unknown as { rows: Array<{ id: string }> };
      // Both drivers answer with { rows }.
      const created = inserted.rows.map((row) => row.id);
      await tx.execute(sql`
        insert into evaluation_assignments (evaluation_id, user_id)
        select e, u.id from unnest(${`{${created.join(',')}}`}::uuid[]) e, users u where u.email in (${sql.join(emails.map((email) => sql`${email}`), sql`, `)})`);
      await tx.execute(sql`
        insert into evaluator_submissions (evaluation_id, user_id)
        select evaluation_id, user_id from evaluation_assignments where evaluation_id = any(${`{${created.join(',')}}`}::uuid[])`);
      // The first evaluator's value is drawn per criterion; the second takes the same in about three cases of four.
      await tx.execute(sql`
        insert into criterion_assessments (evaluation_id, user_id, unit_code, criterion_code, value, note)
        select a.evaluation_id, a.user_id, c.unit, c.code,
          (string_to_array(c.choices, ','))[1 + (abs(hashtext(a.evaluation_id::text || c.code)::bigint) + case when u.email = ${emails[1]!} and abs(hashtext(c.code || a.evaluation_id::text)::bigint) % 4 = 0 then 1 else 0 end) % cardinality(string_to_array(c.choices, ','))],
          'Bedömt efter intervju med ansvarig chef och genomgång av rutindokumentet.'
        from evaluation_assignments a join users u on u.id = a.user_id,
          unnest(${codes}::text[], ${units}::text[], ${choices}::text[]) as c(code, unit, choices)
        where a.evaluation_id = any(${`{${created.join(',')}}`}::uuid[])`);
      await tx.execute(sql`
        insert into evaluator_scores (evaluation_id, user_id, unit_code, score, rationale)
        select a.evaluation_id, a.user_id, s.code, round((random() * s.max)::numeric * 2) / 2, 'Motivering.'
        from evaluation_assignments a, unnest(${scoreCodes}::text[], ${scoreMaxima}::int[]) as s(code, max)
        where a.evaluation_id = any(${`{${created.join(',')}}`}::uuid[])`);
      return created;
    });
    await database.db.execute(sql`analyze`);
    const seedMs = Math.round(performance.now() - began);
    return { ids, rows: ids.length * 2 * facts.length, seedMs };
  } finally {
    await database.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return Math.round((sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2) * 10) / 10;
};

const figures = (values: number[]) => ({ median: median(values), max: Math.round(Math.max(...values) * 10) / 10, runs: values.length });

export interface RunningApp {
  baseUrl: string;
}

/**
 * Times the statistics and one evaluation's calibration: `coldRuns` fresh processes (`restart`
 * gives one), each asked for the calibration and then the statistics once (each route's first
 * request in the process), then `warmRuns` more of each in the last process.
 */
export async function timeStatistics(
  restart: () => Promise<RunningApp>,
  frameworkId: string,
  evaluationId: string,
  expected: { evaluations: number; pairs: number },
  options: { coldRuns: number; warmRuns: number },
) {
  const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!;
  const evaluator = DEMO_ACCOUNTS.find((account) => account.role === 'evaluator')!;
  const statisticsUrl = (base: string) => `${base}/api/criteria-statistics?framework=${encodeURIComponent(frameworkId)}`;
  const calibrationUrl = (base: string) => `${base}/api/evaluations/${evaluationId}/calibration`;
  const cold = { statistics: [] as number[], calibration: [] as number[] };
  const warm = { statistics: [] as number[], calibration: [] as number[] };
  let bytes = { statistics: 0, calibration: 0 };
  let answer: { overall: { evaluations: number; pairs: number; agreementRate: string | null; meanAbsoluteDifference: string | null }; criteria: unknown[] } | undefined;
  let calibrationCriteria = 0;
  const timed = async (url: string, headers: Record<string, string>, what: string) => {
    const began = performance.now();
    const response = await expectStatus(await fetch(url, { headers }), 200, what);
    const body = await response.text();
    return { ms: performance.now() - began, body };
  };
  let app: RunningApp | undefined;
  let adminHeaders: Record<string, string> = {};
  let evaluatorHeaders: Record<string, string> = {};
  for (let run = 0; run < options.coldRuns; run += 1) {
    app = await restart();
    adminHeaders = headersOf(await signIn(app.baseUrl, admin.email, admin.password));
    evaluatorHeaders = headersOf(await signIn(app.baseUrl, evaluator.email, evaluator.password));
    const calibration = await timed(calibrationUrl(app.baseUrl), evaluatorHeaders, 'the calibration');
    cold.calibration.push(calibration.ms);
    const statistics = await timed(statisticsUrl(app.baseUrl), adminHeaders, 'the criteria statistics');
    cold.statistics.push(statistics.ms);
    bytes = { statistics: Buffer.byteLength(statistics.body), calibration: Buffer.byteLength(calibration.body) };
    answer = JSON.parse(statistics.body) as typeof answer;
    const view = JSON.parse(calibration.body) as { revealed: boolean; units: Array<{ criteria: Array<{ others: unknown[] }> }> };
    if (!view.revealed) throw new Error(`the seeded evaluation ${evaluationId} is not revealed`);
    calibrationCriteria = view.units.reduce((sum, unit) => sum + unit.criteria.filter((criterion) => criterion.others.length === 1).length, 0);
  }
  for (let run = 0; run < options.warmRuns; run += 1) {
    warm.calibration.push((await timed(calibrationUrl(app!.baseUrl), evaluatorHeaders, 'the calibration')).ms);
    warm.statistics.push((await timed(statisticsUrl(app!.baseUrl), adminHeaders, 'the criteria statistics')).ms);
  }
  if (!answer || answer.overall.evaluations !== expected.evaluations || answer.overall.pairs !== expected.pairs) {
    throw new Error(`expected ${expected.evaluations} revealed evaluations and ${expected.pairs} pairs, the statistics say ${JSON.stringify(answer?.overall)}`);
  }
  return {
    statistics: {
      revealedEvaluations: answer.overall.evaluations,
      pairs: answer.overall.pairs,
      agreementRate: answer.overall.agreementRate,
      meanAbsoluteDifference: answer.overall.meanAbsoluteDifference,
      answerKB: Math.round(bytes.statistics / 1024),
      coldMs: figures(cold.statistics),
      warmMs: figures(warm.statistics),
    },
    calibration: {
      criteriaShownWithPartner: calibrationCriteria,
      answerKB: Math.round(bytes.calibration / 1024),
      coldMs: figures(cold.calibration),
      warmMs: figures(warm.calibration),
    },
  };
}
