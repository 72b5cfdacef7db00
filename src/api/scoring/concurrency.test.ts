/**
 * Many editors autosaving agreed scores of one evaluation at once: every accepted write must be
 * kept (each built on the write before it), every rejected one reported with 409 and the
 * current version, and the audit trail must hold exactly one entry per accepted write.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { auditLog } from '../../db/schema.js';
import { formatDecimal } from '../../domain/decimal.js';
import { listScoringUnits } from '../../domain/framework.js';
import { findAgreedScores } from './repository.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => world?.close());

const WRITERS = 20;
const ACCEPTED_PER_WRITER = 3;
const UNITS = ['1.1', '1.3', '2.2', '5.4', '7.2'];

interface Attempt {
  writer: number;
  unitCode: string;
  sentVersion: number;
  score: string;
  rationale: string;
  status: number;
  /** For 200: the saved version; for 409: the current version reported. */
  version: number;
  current?: { unitCode: string; score: string | null; rationale: string; version: number };
}

async function readVersions(client: Client, id: string): Promise<Map<string, number>> {
  const view = (await client.get(`/api/evaluations/${id}/calibration`)).json() as { units: Array<{ code: string; agreed: { version: number } | null }> };
  return new Map(view.units.map((unit) => [unit.code, unit.agreed?.version ?? 0]));
}

/** One editor: autosaves until it has had ACCEPTED_PER_WRITER writes accepted, re-reading the version on 409. */
async function edit(client: Client, id: string, writer: number, log: Attempt[]): Promise<void> {
  const known = await readVersions(client, id);
  let accepted = 0;
  for (let attempt = 0; accepted < ACCEPTED_PER_WRITER; attempt += 1) {
    if (attempt > 500) throw new Error(`writer ${writer} made no progress`);
    const unitCode = UNITS[(writer + accepted) % UNITS.length]!;
    const sentVersion = known.get(unitCode) ?? 0;
    // Unique per attempt, so each accepted write can be recognised in the database and the audit trail.
    const score = `${(writer % 10) + 1}.${String(attempt % 100).padStart(2, '0')}`;
    const rationale = `skribent ${writer}, försök ${attempt}`;
    const response = await client.put(`/api/evaluations/${id}/scores/${unitCode}`, { version: sentVersion, score, rationale });
    const body = response.json();
    if (response.statusCode === 200) {
      log.push({ writer, unitCode, sentVersion, score: body.score, rationale, status: 200, version: body.version });
      known.set(unitCode, body.version);
      accepted += 1;
    } else {
      log.push({ writer, unitCode, sentVersion, score, rationale, status: response.statusCode, version: body.error?.currentVersion, current: body.error?.current });
      if (response.statusCode !== 409) return;
      // Read the current version (every few times from the calibration view, otherwise from the 409 itself).
      if (attempt % 3 === 0) for (const [code, version] of await readVersions(client, id)) known.set(code, version);
      else known.set(unitCode, body.error.currentVersion);
    }
  }
}

describe(`agreed score autosave under concurrency (${testEngine})`, () => {
  it(`keeps every accepted write of ${WRITERS} concurrent editors and reports every rejected one`, { timeout: 120_000 }, async () => {
    const admin = await signedInAs(world, 'admin');
    const id: string = (await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-04' })).json().id;

    // Two assigned evaluators who have submitted, and eighteen administrators: twenty sessions.
    const evaluators = [await signedInAs(world, 'evaluator'), await signedInAs(world, 'evaluator')];
    const codes = listScoringUnits(world.context.catalogue.frameworks.get('kommunkompassen-2020')!).map((unit) => unit.code);
    for (const evaluator of evaluators) {
      expect((await admin.post(`/api/evaluations/${id}/evaluators`, { userId: evaluator.user.id })).statusCode).toBe(200);
      for (const code of codes) await evaluator.put(`/api/evaluations/${id}/my-scores/${code}`, { version: 0, score: 2, rationale: 'Egen' });
      expect((await evaluator.post(`/api/evaluations/${id}/my-scores/submit`)).statusCode).toBe(200);
    }
    const writers: Client[] = [...evaluators];
    while (writers.length < WRITERS) writers.push(await signedInAs(world, 'admin'));

    const log: Attempt[] = [];
    await Promise.all(writers.map((client, writer) => edit(client, id, writer, log)));

    const accepted = log.filter((attempt) => attempt.status === 200);
    const rejected = log.filter((attempt) => attempt.status !== 200);
    expect(accepted).toHaveLength(WRITERS * ACCEPTED_PER_WRITER);
    expect(rejected.length).toBeGreaterThan(0);

    // Versions come from the evaluation's counter: no two accepted writes share one.
    expect(new Set(accepted.map((attempt) => attempt.version)).size).toBe(accepted.length);

    // Per unit, the accepted writes form one chain: each was sent with the version of the one before.
    const stored = await findAgreedScores(world.context.database.db, id);
    const versionsSeen = new Set<number>([0, ...accepted.map((attempt) => attempt.version)]);
    for (const unitCode of UNITS) {
      const chain = accepted.filter((attempt) => attempt.unitCode === unitCode).sort((a, b) => a.version - b.version);
      expect(chain.map((attempt) => attempt.sentVersion)).toEqual([0, ...chain.slice(0, -1).map((attempt) => attempt.version)]);
      const last = chain.at(-1)!;
      const row = stored.get(unitCode)!;
      expect({ score: formatDecimal(row.score), rationale: row.rationale, version: row.version }).toEqual({ score: last.score, rationale: last.rationale, version: last.version });
    }

    // Every rejected write got 409 with a current version that really existed and differs from what it sent.
    for (const attempt of rejected) {
      expect(attempt.status).toBe(409);
      expect(attempt.version).not.toBe(attempt.sentVersion);
      expect(versionsSeen.has(attempt.version)).toBe(true);
      expect(attempt.current).toMatchObject({ unitCode: attempt.unitCode, version: attempt.version });
      if (attempt.version > 0) {
        const source = accepted.find((write) => write.version === attempt.version)!;
        expect(attempt.current).toMatchObject({ score: source.score, rationale: source.rationale });
      }
    }

    // Exactly one audit entry per accepted write, with the value it replaced.
    const entries = await world.context.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'evaluation.agreed-score.update')));
    expect(entries).toHaveLength(accepted.length);
    const audited = entries.map((entry) => ({ old: entry.oldValue as { version: number }, new: entry.newValue as { unitCode: string; score: string; rationale: string; version: number } }));
    expect(audited.map((entry) => entry.new).sort((a, b) => a.version - b.version)).toEqual(
      accepted
        .map((attempt) => ({ unitCode: attempt.unitCode, score: attempt.score, rationale: attempt.rationale, deviationReason: '', version: attempt.version }))
        .sort((a, b) => a.version - b.version),
    );
    for (const entry of audited) {
      expect(entry.old.version).toBe(accepted.find((attempt) => attempt.version === entry.new.version)!.sentVersion);
    }
  });
});
