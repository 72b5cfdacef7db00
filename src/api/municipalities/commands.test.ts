import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { queryRows } from '../../db/query.js';
import { importMunicipalityAttributes } from './commands.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => world?.close());

const db = () => world.context.database.db;

describe(`importing population and SKR groups (${testEngine})`, () => {
  it('stores the figures, replaces a year already there and audits the import in the same transaction', async () => {
    const rows = [
      { municipalityId: 'se-2029', year: 2030, population: 16100, group: 'C9', populationSource: 'Testkälla', groupSource: 'Testkälla' },
      { municipalityId: 'se-2029', year: 2031, population: 16200, group: null, populationSource: 'Testkälla', groupSource: null },
    ];
    expect(await importMunicipalityAttributes(db(), rows, 'fakta.csv', 'cli')).toEqual({ populations: 2, groups: 1 });
    expect(await importMunicipalityAttributes(db(), [{ ...rows[0]!, population: 16150 }], 'rättelse.csv', 'cli')).toEqual({ populations: 1, groups: 1 });

    const stored = await queryRows<{ year: number; population: number }>(
      db(),
      sql`select year, population from municipality_populations where municipality_id = 'se-2029' and year >= 2030 order by year`,
    );
    expect(stored).toEqual([{ year: 2030, population: 16150 }, { year: 2031, population: 16200 }]);
    const audited = await queryRows<{ actor: string; entity_id: string }>(
      db(),
      sql`select actor, entity_id from audit_log where action = 'municipalities.import' order by id`,
    );
    expect(audited).toEqual([{ actor: 'cli', entity_id: 'fakta.csv' }, { actor: 'cli', entity_id: 'rättelse.csv' }]);
  });

  it('stores nothing and audits nothing when a row is refused by the database', async () => {
    const before = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from audit_log where action = 'municipalities.import'`);
    const rows = [
      { municipalityId: 'se-2029', year: 2040, population: 17000, group: null, populationSource: 'Testkälla', groupSource: null },
      { municipalityId: 'se-9999', year: 2040, population: 1, group: null, populationSource: 'Testkälla', groupSource: null },
    ];
    await expect(importMunicipalityAttributes(db(), rows, 'fel.csv', 'cli')).rejects.toThrow();
    const kept = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from municipality_populations where year = 2040`);
    expect(kept).toEqual([{ n: 0 }]);
    expect(await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from audit_log where action = 'municipalities.import'`)).toEqual(before);
  });
});
