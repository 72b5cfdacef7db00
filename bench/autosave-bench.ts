/**
 * Autosave benchmark: many editors on one evaluation, each saving agreed scores unit by unit with
 * the version it last read and taking the current version from the 409 when someone else got
 * there first. Reports the latency of one save round trip (a PUT, accepted or not) and how many
 * were refused as stale. The target: p95 ≤ 50 ms with 20 concurrent editors.
 *
 * Against a running Kompass in demo mode (signs in as the demo administrator and creates a fresh
 * draft without evaluators, so agreed scores may be set at once):
 *   npx tsx bench/autosave-bench.ts http://127.0.0.1:3000
 *
 * Also what autosaves of one text cost in the audit log (`benchAutosaveAudit`, in-process):
 *   npx tsx bench/autosave-bench.ts audit [saves]
 */
import { createEvaluation } from '../src/api/evaluations/commands.js';
import { createEvaluationSchema } from '../src/contract/evaluations.js';
import { listAudit } from '../src/db/audit-repository.js';
import { openPglite, type DatabaseHandle } from '../src/db/client.js';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { prepareContext } from '../src/server/boot.js';
import { auditSizeOf, autosaveAreaText } from '../tests/support/autosave-history.js';
import { openThrowawayPostgres } from '../tests/support/test-database.js';
import { createDraft, headersOf, signIn, summary, type Session } from './http-session.js';

export interface AutosaveOptions {
  editors?: number;
  seconds?: number;
  /** Mean pause after each save in the paced run, e.g. an autosave's debounce (the flat-out run has none). */
  thinkMs?: number;
  /** Units the editors share; several editors work on each. */
  units?: readonly string[];
}

/** Waits about `ms` (0.5–1.5 ×, so editors drift apart as people do); 0 does not wait. */
const pause = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms * (0.5 + Math.random()))) : Promise.resolve());

/** One run: every session edits the same fresh draft until the time is up. */
async function run(baseUrl: string, sessions: readonly Session[], seconds: number, thinkMs: number, units: readonly string[]) {
  const id = await createDraft(baseUrl, sessions[0]!);
  const roundTrips: number[] = [];
  let accepted = 0;
  let conflicts = 0;
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;

  async function editor(index: number): Promise<void> {
    const session = sessions[index]!;
    const known = new Map<string, number>();
    let unit = index % units.length;
    // Editors do not all start (or pause) in step.
    await pause(thinkMs);
    for (let save = 0; performance.now() < deadline; save += 1) {
      const unitCode = units[unit]!;
      const score = `${(save % 10) + 1}.${String(index % 100).padStart(2, '0')}`;
      const body = JSON.stringify({ version: known.get(unitCode) ?? 0, score, rationale: `Redaktör ${index}, sparning ${save}.` });
      const began = performance.now();
      const response = await fetch(`${baseUrl}/api/evaluations/${id}/scores/${unitCode}`, { method: 'PUT', headers: headersOf(session), body });
      const answer = (await response.json()) as { version?: number; error?: { currentVersion?: number } };
      roundTrips.push(performance.now() - began);
      if (response.status === 200) {
        accepted += 1;
        known.set(unitCode, answer.version ?? 0);
        unit = (unit + 1) % units.length;
      } else if (response.status === 409 && answer.error?.currentVersion !== undefined) {
        // Someone else saved this unit first: take their version and save the merge again.
        conflicts += 1;
        known.set(unitCode, answer.error.currentVersion);
      } else {
        errors += 1;
      }
      await pause(thinkMs);
    }
  }

  const began = performance.now();
  await Promise.all(sessions.map((_, index) => editor(index)));
  const elapsedSeconds = (performance.now() - began) / 1000;
  return {
    thinkMs,
    seconds: Math.round(elapsedSeconds * 10) / 10,
    roundTrips: roundTrips.length,
    roundTripsPerSecond: Math.round(roundTrips.length / elapsedSeconds),
    accepted,
    conflicts409: conflicts,
    errors,
    latencyMs: summary(roundTrips),
  };
}

/**
 * Runs the editors against baseUrl, each signed in as the given account in a session of its
 * own, twice: paced like autosave (by default about one save a second per editor, as a debounced
 * editor sends while someone types) and flat out (no pause at all: the server's saturation).
 */
export async function benchAutosave(baseUrl: string, account: { email: string; password: string }, options: AutosaveOptions = {}) {
  const { editors = 20, seconds = 10, thinkMs = 1000, units = ['1.1', '1.3', '2.2', '3.2', '4.1', '5.4', '6.3', '7.2'] } = options;
  const sessions: Session[] = [];
  for (let index = 0; index < editors; index += 1) sessions.push(await signIn(baseUrl, account.email, account.password));
  return {
    editors,
    units: units.length,
    paced: await run(baseUrl, sessions, seconds, thinkMs, units),
    flatOut: await run(baseUrl, sessions, seconds, 0, units),
    target: { p95Ms: 50 },
  };
}

/**
 * What autosaves of one text cost in the audit log on one engine: `saves` saves of an area's
 * analysis (about `textSize` characters, a few typed, deleted or replaced at a time) through the
 * texts' command, then the log's entries for it. `fullCopiesBytes` is what the log kept before
 * it stored changes (the old and the new text of every save as JSON; measured on PGlite at the
 * time: 5,000 saves of a 4,076-byte text left 41,803,449 bytes, 10,256 × the text, in 5,000 rows).
 */
async function autosaveAuditOn(database: DatabaseHandle, saves: number, textSize: number) {
  const context = await prepareContext(database);
  try {
    const { db } = context.database;
    const evaluation = await createEvaluation(
      db,
      context.catalogue,
      createEvaluationSchema.parse({ municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03' }),
      'bench@example.org',
    );
    const began = performance.now();
    const run = await autosaveAreaText(db, context.catalogue, evaluation.id, { saves, textSize });
    const savesMs = performance.now() - began;
    const size = await auditSizeOf(db, evaluation.id);
    let fullCopiesBytes = 0;
    run.saved.forEach(({ title: _title, ...after }, index) => {
      const before = index === 0 ? null : (({ title: _before, ...rest }) => rest)(run.saved[index - 1]!);
      fullCopiesBytes += (before ? Buffer.byteLength(JSON.stringify(before)) : 0) + Buffer.byteLength(JSON.stringify(after));
    });
    const readBegan = performance.now();
    const response = await listAudit(db, { entityType: 'evaluation', entityId: evaluation.id, limit: 50, offset: 0 });
    const listMs = performance.now() - readBegan;
    const burst = response.rows.find((row) => row.action === 'evaluation.text.area');
    return {
      saves,
      textBytes: run.textBytes,
      rows: size.rows,
      payloadBytes: size.payloadBytes,
      payloadPerText: Math.round((size.payloadBytes / run.textBytes) * 10) / 10,
      storedBytes: size.storedBytes,
      rowBytes: size.rowBytes,
      rowBytesPerText: Math.round((size.rowBytes / run.textBytes) * 10) / 10,
      fullCopiesBytes,
      fullCopiesPerText: Math.round(fullCopiesBytes / run.textBytes),
      listedAs: burst ? `${burst.saves} saves in one entry` : 'not listed',
      meanSaveMs: Math.round((savesMs / saves) * 100) / 100,
      listFirstPageMs: Math.round(listMs),
      target: { payloadPerText: 20 },
    };
  } finally {
    await context.importQueue.stop();
    await context.pdf.close();
  }
}

/**
 * The audit log's growth under autosave: 5,000 saves of a 4 KB text, on PGlite and (when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL names a server) on a throwaway PostgreSQL database.
 */
export async function benchAutosaveAudit(saves = 5_000, textSize = 4_000): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  const pglite = await openPglite();
  try {
    results.PGlite = await autosaveAuditOn(pglite, saves, textSize);
  } finally {
    await pglite.close();
  }
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    results.PostgreSQL = 'skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server where a throwaway database may be created';
    return results;
  }
  const postgres = await openThrowawayPostgres(serverUrl, { prefix: 'kompass_bench', poolSize: 1 });
  try {
    results.PostgreSQL = await autosaveAuditOn(postgres, saves, textSize);
  } finally {
    await postgres.close();
  }
  return results;
}

if (process.argv[2] === 'audit' && import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchAutosaveAudit(Number(process.argv[3] ?? 5_000)), null, 2));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3000';
  const admin = DEMO_ACCOUNTS.find((entry) => entry.role === 'admin')!;
  console.log(JSON.stringify(await benchAutosave(baseUrl, admin), null, 2));
}
