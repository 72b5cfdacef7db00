/**
 * Criteria and authored model versions, against the built app as a real process in demo mode, on
 * the embedded database and, when BENCH_DATABASE_URL (else TEST_DATABASE_URL) names a PostgreSQL
 * server, on a throwaway database there:
 * 1. the largest model version an author could make (8 areas × 5 sub-areas × 100 criteria, every
 *    text in three languages, a level scale on every fifth criterion, a map with its caveat):
 *    imported as JSON, then exported and imported back as JSON and XLSX, timed, lossless, and
 *    published (criteria-files.ts);
 * 2. a copy of the 2020 model with criteria on every sub-area, published, and one evaluation on it
 *    where the two demo evaluators assess criteria at once, each in two tabs (some saves on the
 *    same criterion from both tabs): saves/s, latency, 409s, and no lost acknowledged write
 *    (criteria-assessors.ts);
 * 3. revealed evaluations of that version seeded straight into the database (two evaluators each,
 *    every criterion assessed), then the criteria statistics and one calibration, cold and warm
 *    (criteria-statistics.ts).
 * Throws (failing `npm run bench`) on a lossy round trip, a lost write or an unexpected answer.
 *
 * Sizes: BENCH_CRIT_SUBAREAS (5 sub-areas per area), BENCH_CRIT_CRITERIA (100 per sub-area),
 * BENCH_CRIT_RUNS (3 exports and imports each; 1 when CI=true), BENCH_CRIT_SCORING_CRITERIA (5 per
 * sub-area of the scored version), BENCH_CRIT_SECONDS (20; 3 when CI=true), BENCH_CRIT_CONTESTED
 * (every 5th save of tab 1 on the contested criterion), BENCH_CRIT_EVALUATIONS (300; 30 when
 * CI=true), BENCH_CRIT_COLD_RUNS (10; 2 when CI=true), BENCH_CRIT_WARM_RUNS (10).
 * Alone (builds the server if changed): `npm run bench:criteria`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import type { DraftFramework, DraftMap } from '../src/domain/framework-draft.js';
import { createThrowawayDatabase, startApp, stopApp, type AppProcess } from '../tests/support/app-process.js';
import { benchAssessors } from './criteria-assessors.js';
import { benchCriteriaFiles, expectStatus } from './criteria-files.js';
import { withCriteriaEverywhere } from './criteria-model.js';
import { seedRevealed, timeStatistics, type Where } from './criteria-statistics.js';
import { headersOf, signIn, type Session } from './http-session.js';

const ci = process.env.CI === 'true';
const numberFrom = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

const LARGEST_ID = 'bench-storsta-modellen';
const SCORED_ID = 'bench-kriterier-2020';

interface VersionView {
  id: string;
  version: number;
  criteria: number;
  definition: DraftFramework;
  maps: DraftMap[];
}

async function json<T>(response: Promise<Response>, status: number, what: string): Promise<T> {
  return (await (await expectStatus(await response, status, what)).json()) as T;
}

/** A copy of the 2020 model with `perSubarea` criteria on every sub-area, published through the API. */
async function publishScoredVersion(baseUrl: string, admin: Session, perSubarea: number): Promise<VersionView> {
  const headers = headersOf(admin);
  const created = await json<VersionView>(
    fetch(`${baseUrl}/api/framework-versions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ basedOn: 'kommunkompassen-2020', id: SCORED_ID, title: { sv: 'Kommunkompassen 2020 med kriterier (mätning)', nb: 'Kommunekompasset 2020 med kriterier (måling)', en: 'Municipal Compass 2020 with criteria (benchmark)' } }),
    }),
    201,
    'making the scored version',
  );
  const saved = await json<VersionView>(
    fetch(`${baseUrl}/api/framework-versions/${SCORED_ID}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ version: created.version, definition: withCriteriaEverywhere(created.definition, perSubarea), maps: created.maps }),
    }),
    200,
    'saving the scored version',
  );
  return json<VersionView>(
    fetch(`${baseUrl}/api/framework-versions/${SCORED_ID}/publish`, { method: 'POST', headers, body: JSON.stringify({ version: saved.version }) }),
    200,
    'publishing the scored version',
  );
}

/** A draft evaluation on the version with both demo evaluators assigned; each evaluator signed in twice (two tabs). */
async function evaluationWithEvaluators(baseUrl: string, admin: Session) {
  const headers = headersOf(admin);
  const { id } = await json<{ id: string }>(
    fetch(`${baseUrl}/api/evaluations`, { method: 'POST', headers, body: JSON.stringify({ municipalityId: 'se-0114', frameworkId: SCORED_ID, fieldworkStart: '2026-06' }) }),
    201,
    'creating the evaluation',
  );
  const accounts = DEMO_ACCOUNTS.filter((account) => account.role === 'evaluator');
  const evaluators = [];
  for (const [index, account] of accounts.slice(0, 2).entries()) {
    const tabs: [Session, Session] = [await signIn(baseUrl, account.email, account.password), await signIn(baseUrl, account.email, account.password)];
    const session = await json<{ user: { id: string } }>(fetch(`${baseUrl}/api/session`, { headers: headersOf(tabs[0]) }), 200, 'reading the session');
    await json(fetch(`${baseUrl}/api/evaluations/${id}/evaluators`, { method: 'POST', headers, body: JSON.stringify({ userId: session.user.id }) }), 200, 'assigning an evaluator');
    evaluators.push({ name: `Utvärderare ${index + 1}`, tabs });
  }
  return { id, evaluators: evaluators as [(typeof evaluators)[number], (typeof evaluators)[number]] };
}

async function benchOnEngine(where: Where) {
  const sizes = {
    subareasPerArea: numberFrom('BENCH_CRIT_SUBAREAS', 5),
    criteriaPerSubarea: numberFrom('BENCH_CRIT_CRITERIA', 100),
    runs: numberFrom('BENCH_CRIT_RUNS', ci ? 1 : 3),
    scoringCriteria: numberFrom('BENCH_CRIT_SCORING_CRITERIA', 5),
    seconds: numberFrom('BENCH_CRIT_SECONDS', ci ? 3 : 20),
    contestedEvery: numberFrom('BENCH_CRIT_CONTESTED', 5),
    evaluations: numberFrom('BENCH_CRIT_EVALUATIONS', ci ? 30 : 300),
    coldRuns: numberFrom('BENCH_CRIT_COLD_RUNS', ci ? 2 : 10),
    warmRuns: numberFrom('BENCH_CRIT_WARM_RUNS', 10),
  };
  let app: AppProcess | undefined = await startApp({ ...where, entry: 'built' });
  try {
    const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!;
    const team = await signIn(app.baseUrl, admin.email, admin.password);
    const files = await benchCriteriaFiles(app.baseUrl, team, {
      id: LARGEST_ID,
      size: { areas: 8, subareasPerArea: sizes.subareasPerArea, criteriaPerSubarea: sizes.criteriaPerSubarea },
      runs: sizes.runs,
    });
    console.log(`Criteria, the largest version's files: ${JSON.stringify(files)}`);

    const scored = await publishScoredVersion(app.baseUrl, team, sizes.scoringCriteria);
    const evaluation = await evaluationWithEvaluators(app.baseUrl, team);
    const assessors = await benchAssessors(app.baseUrl, evaluation.id, scored.definition, evaluation.evaluators, { seconds: sizes.seconds, contestedEvery: sizes.contestedEvery });
    console.log(`Criteria, two evaluators at once: ${JSON.stringify(assessors)}`);

    await stopApp(app);
    app = undefined;
    const seeded = await seedRevealed(where, SCORED_ID, scored.definition, sizes.evaluations);
    console.log(`Criteria, seeded ${sizes.evaluations} revealed evaluations (${seeded.rows} assessments) in ${seeded.seedMs} ms`);
    const restart = async () => {
      if (app) await stopApp(app);
      app = await startApp({ ...where, entry: 'built' });
      return app;
    };
    const timings = await timeStatistics(restart, SCORED_ID, seeded.ids[0]!, { evaluations: sizes.evaluations, pairs: sizes.evaluations * scored.criteria }, sizes);
    console.log(`Criteria, statistics and calibration: ${JSON.stringify(timings)}`);
    return {
      largestVersionFiles: files,
      twoEvaluatorsAtOnce: { scoredVersionCriteria: scored.criteria, ...assessors },
      atScale: { revealedEvaluations: sizes.evaluations, assessmentRows: seeded.rows, seedMs: seeded.seedMs, ...timings },
    };
  } finally {
    if (app) await stopApp(app);
  }
}

export async function benchCriteria() {
  const results: Record<string, unknown> = {};
  const dataDir = mkdtempSync(join(tmpdir(), 'kompass-bench-criteria-'));
  try {
    results.PGlite = await benchOnEngine({ dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    results.PostgreSQL = 'skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server where a throwaway database may be created';
  } else {
    const database = await createThrowawayDatabase(serverUrl, 'kompass_bench_criteria');
    try {
      results.PostgreSQL = await benchOnEngine({ databaseUrl: database.url });
    } finally {
      await database.drop();
    }
  }
  if (ci) results.size = 'reduced (CI=true)';
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  benchCriteria()
    .then((results) => console.log(JSON.stringify(results, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
