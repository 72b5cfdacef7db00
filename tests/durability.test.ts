/**
 * Durability against the real server as a process, on the engine the tests run on: no
 * acknowledged edit is lost when many clients edit one evaluation at once (on PostgreSQL through
 * two app processes on one database), nor when the app is killed (`kill -9`) while it writes and
 * started again on the same data. Small sizes here; `npm run bench` runs them at full size.
 * Sizes: DURABILITY_CLIENTS, DURABILITY_EDITS, DURABILITY_KILLS, DURABILITY_WRITERS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase, startApp, stopApp, type AppProcess, type AppProcessOptions } from './support/app-process.js';
import { crashCampaign, lostUpdateCampaign } from './support/durability.js';
import { testEngine } from './support/test-database.js';

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const serverUrl = process.env.TEST_DATABASE_URL;

/** Where the app keeps its data in this file: a fresh data directory, or a fresh PostgreSQL database. */
let where: Pick<AppProcessOptions, 'dataDir' | 'databaseUrl'>;
let cleanUp: () => Promise<void>;
const running: AppProcess[] = [];

async function stopAll(): Promise<void> {
  for (const app of running.splice(0)) await stopApp(app);
}

async function start(): Promise<AppProcess> {
  const app = await startApp({ ...where, entry: 'source' });
  running.push(app);
  return app;
}

beforeAll(async () => {
  if (serverUrl) {
    const database = await createThrowawayDatabase(serverUrl, 'kompass_durability');
    where = { databaseUrl: database.url };
    cleanUp = database.drop;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'kompass-durability-'));
    where = { dataDir };
    cleanUp = async () => rmSync(dataDir, { recursive: true, force: true });
  }
});

afterAll(async () => {
  await stopAll();
  await cleanUp?.();
});

describe(`durability of acknowledged writes (${testEngine}, the app as a process)`, () => {
  it('keeps every acknowledged edit of many clients editing one evaluation at once, contended texts without a gap in their versions', { timeout: 180_000 }, async () => {
    // On PostgreSQL two processes share the database, so the version checks must hold across processes.
    const apps = [await start()];
    if (serverUrl) apps.push(await start());
    const result = await lostUpdateCampaign(
      apps.map((app) => app.baseUrl),
      { clients: size('DURABILITY_CLIENTS', 10), editsPerClient: size('DURABILITY_EDITS', 10) },
    );
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ lost: 0, errors: 0, acknowledged: result.clients * result.editsPerClient });
    // The contenders really contended: some of their edits were refused as stale first.
    expect(result.conflicts409).toBeGreaterThan(0);
  });

  it('keeps every acknowledged write when the app is killed while writing and started again on the same data', { timeout: 240_000 }, async () => {
    // The first app of the test above goes on (its data has the demo already); the second stops.
    const [app, ...others] = running.splice(0);
    for (const other of others) await stopApp(other);
    if (app) running.push(app);
    const result = await crashCampaign({
      app: app ?? (await start()),
      start,
      kills: size('DURABILITY_KILLS', 3),
      writers: size('DURABILITY_WRITERS', 8),
      killAfterWrites: { min: 10, max: 60 },
    });
    expect(result.problems).toEqual([]);
    expect(result.lost).toBe(0);
    expect(result.errors).toBe(0);
    // Writes went through between the kills, and the kills cut some off.
    expect(result.acknowledged).toBeGreaterThanOrEqual((result.kills + 1) * 10);
    expect(result.unanswered).toBeGreaterThan(0);
  });
});
