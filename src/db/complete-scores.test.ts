import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../tests/support/test-app.js';
import { testEngine } from '../../tests/support/test-database.js';
import { describeImportFailure } from '../api/imports/run-import.js';
import { missingUnitCodes } from '../domain/complete-scores.js';
import { listScoringUnits } from '../domain/framework.js';
import { findCompleteScoresViolation } from './complete-scores-violation.js';
import { queryRows } from './query.js';
import { syncReferenceData } from './sync-reference.js';
import { loadReferenceData } from '../reference/load-reference.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => world?.close());

describe(`the database's copy of the scoring units (${testEngine})`, () => {
  it('holds every framework’s scoring units as the domain lists them', async () => {
    const rows = await queryRows<{ id: string; units: string[] }>(world.context.database.db, sql`select id, scoring_units as units from frameworks order by id`);
    expect(rows.map((row) => row.id)).toEqual([...world.context.catalogue.frameworks.keys()].sort());
    for (const row of rows) {
      expect(row.units, row.id).toEqual(listScoringUnits(world.context.catalogue.frameworks.get(row.id)!).map((unit) => unit.code));
    }
  });

  it('writes the units where a database has none yet (as after the migration that added them)', async () => {
    const db = world.context.database.db;
    await db.execute(sql`update frameworks set scoring_units = '{}'`);
    // The migration forgets the fingerprint, so the next start writes the frameworks again.
    await db.execute(sql`delete from app_settings where key = 'reference-data-fingerprint'`);
    await db.transaction((tx) => syncReferenceData(tx, loadReferenceData(), world.context.catalogue));
    const rows = await queryRows<{ id: string; units: string[] }>(db, sql`select id, scoring_units as units from frameworks`);
    for (const row of rows) expect(row.units.length, row.id).toBe(listScoringUnits(world.context.catalogue.frameworks.get(row.id)!).length);
  });

  it('finds the same missing units as the domain (evaluation_missing_units), for any scores of any model', async () => {
    const db = world.context.database.db;
    const frameworks = [...world.context.catalogue.frameworks.values()];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: frameworks.length - 1 }), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), async (index, keep) => {
        const framework = frameworks[index]!;
        const codes = listScoringUnits(framework).map((unit) => unit.code);
        const scored = codes.filter((_, position) => keep[position]);
        const [created] = await queryRows<{ id: string }>(
          db,
          sql`insert into evaluations (municipality_id, framework_id, status, origin) values ('se-2029', ${framework.id}, 'draft', 'workspace') returning id`,
        );
        for (const code of [...scored, 'not-a-unit']) await db.execute(sql`insert into scores (evaluation_id, unit_code, score) values (${created!.id}, ${code}, 1)`);
        const [row] = await queryRows<{ missing: string[] }>(db, sql`select evaluation_missing_units(${created!.id}) as missing`);
        expect(row!.missing).toEqual(missingUnitCodes(framework, new Set(scored)));
      }),
      { numRuns: 25, seed: 20260505 },
    );
  });
});

describe('recognising the database’s refusal', () => {
  const violation = (detail: unknown) => ({ code: '23514', constraint: 'evaluations_complete_scores', detail: JSON.stringify(detail) });
  const detail = { evaluationId: 'e', frameworkId: 'kommunkompassen-2020', status: 'final', unitCount: 36, missingUnits: ['3.2'] };

  it('finds it in the error or its causes (Drizzle wraps driver errors)', () => {
    expect(findCompleteScoresViolation(violation(detail))).toEqual(detail);
    expect(findCompleteScoresViolation(Object.assign(new Error('Failed query: commit'), { cause: violation(detail) }))).toEqual(detail);
  });

  it('takes no other error for it', () => {
    expect(findCompleteScoresViolation(new Error('boom'))).toBeNull();
    expect(findCompleteScoresViolation({ code: '23514', constraint: 'scores_non_negative', detail: JSON.stringify(detail) })).toBeNull();
    expect(findCompleteScoresViolation({ code: '23505', constraint: 'evaluations_complete_scores', detail: JSON.stringify(detail) })).toBeNull();
    expect(findCompleteScoresViolation({ ...violation(detail), detail: 'not json' })).toBeNull();
    expect(findCompleteScoresViolation(violation({ ...detail, missingUnits: [] }))).toBeNull();
    expect(findCompleteScoresViolation(null)).toBeNull();
  });

  it('is told by a failed import in the same words, with the units', () => {
    expect(describeImportFailure(violation(detail), 'rapport.pdf', world.context.catalogue)).toEqual({
      code: 'missing-scores',
      message: 'rapport.pdf: An evaluation at final must have an agreed score for every scoring unit; 1 of 36 would have none: 3.2 Politisk styrning; nothing was saved',
    });
    expect(describeImportFailure(new Error('disk full'), 'rapport.pdf').code).toBe('internal');
  });
});
