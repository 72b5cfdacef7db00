/**
 * Autosave benchmark: many editors on one evaluation, each saving agreed scores unit by unit with
 * the version it last read and taking the current version from the 409 when someone else got
 * there first. Reports the latency of one save round trip (a PUT, accepted or not) and how many
 * were refused as stale. The target: p95 ≤ 50 ms with 20 concurrent editors.
 *
 * Against a running Kompass in demo mode (signs in as the demo administrator and creates a fresh
 * draft without evaluators, so agreed scores may be set at once):
 *   npx tsx bench/autosave-bench.ts http://127.0.0.1:3000
 */
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3000';
  const admin = DEMO_ACCOUNTS.find((entry) => entry.role === 'admin')!;
  console.log(JSON.stringify(await benchAutosave(baseUrl, admin), null, 2));
}
