import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../tests/support/test-app.js';
import { testEngine } from '../../tests/support/test-database.js';
import { loadReferenceData } from '../reference/load-reference.js';
import { upsertMunicipalityAttributes } from './municipality-attributes.js';
import { queryRows } from './query.js';
import { syncReferenceData } from './sync-reference.js';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => world?.close());

const db = () => world.context.database.db;

const figure = async (table: 'municipality_populations' | 'municipality_groups', code: string, year: number) => {
  const value = table === 'municipality_populations' ? sql`population::text` : sql`group_code`;
  const [row] = await queryRows<{ value: string; source: string | null }>(
    db(),
    sql`select ${value} as value, source from ${sql.raw(table)} where municipality_id = ${code} and year = ${year}`,
  );
  return row ?? null;
};

describe(`the start-up load of the shipped population and SKR groups (${testEngine})`, () => {
  it('gives every one of the 290 municipalities a population (SCB) and an SKR group (SKR) for 2022–2024', async () => {
    const [counts] = await queryRows<{ municipalities: number; populated: number; grouped: number; populations: number; groups: number }>(
      db(),
      sql`select (select count(*)::int from municipalities) as municipalities,
        (select count(distinct municipality_id)::int from municipality_populations where year = 2024 and source = 'SCB (folkmängd 31 dec)') as populated,
        (select count(distinct municipality_id)::int from municipality_groups where year = 2023 and source = 'SKR (kommungruppsindelning 2023)') as grouped,
        (select count(*)::int from municipality_populations) as populations,
        (select count(*)::int from municipality_groups) as groups`,
    );
    expect(counts).toEqual({ municipalities: 290 + 357, populated: 290, grouped: 290, populations: 870 + 357 * 4, groups: 870 });
    expect(await figure('municipality_populations', 'no-4601', 2025)).toEqual({ value: '293709', source: 'SSB (folketall 1. januar, tabell 07459)' });
    expect(await figure('municipality_populations', 'no-1860', 2025)).not.toBeNull();
    expect(await figure('municipality_groups', 'no-4601', 2025)).toBeNull();
    expect(await figure('municipality_populations', 'se-2284', 2024)).toEqual({ value: '55443', source: 'SCB (folkmängd 31 dec)' });
    expect(await figure('municipality_groups', 'se-2029', 2023)).toEqual({ value: 'C9', source: 'SKR (kommungruppsindelning 2023)' });
    // A restart with unchanged files neither parses nor writes them again.
    expect(await syncReferenceData(db(), loadReferenceData(), world.context.catalogue)).toBe(false);
  });

  it('keeps what an administrator imported (another year, or another source for a shipped year) when the files change', async () => {
    await upsertMunicipalityAttributes(db(), [
      { municipalityId: 'se-2284', year: 2025, population: 56300, group: 'B4', populationSource: 'SCB', groupSource: 'SKR' },
      { municipalityId: 'se-2284', year: 2023, population: 56001, group: null, populationSource: 'Kolada', groupSource: null },
    ]);
    await db().execute(sql`delete from municipality_populations where municipality_id = 'se-0114' and year = 2022`);
    // As after an upgrade that ships changed files: the stored fingerprint no longer matches.
    await db().execute(sql`update app_settings set value = 'outdated' where key = 'reference-data-fingerprint'`);
    expect(await syncReferenceData(db(), loadReferenceData(), world.context.catalogue)).toBe(true);
    expect(await figure('municipality_populations', 'se-2284', 2025)).toEqual({ value: '56300', source: 'SCB' });
    expect(await figure('municipality_groups', 'se-2284', 2025)).toEqual({ value: 'B4', source: 'SKR' });
    expect(await figure('municipality_populations', 'se-2284', 2023)).toEqual({ value: '56001', source: 'Kolada' });
    // The shipped rows come back where they are missing.
    expect(await figure('municipality_populations', 'se-0114', 2022)).toEqual({ value: '49262', source: 'SCB (folkmängd 31 dec)' });
  });
});

describe(`the start-up load of the shipped model versions (${testEngine})`, () => {
  it('never overwrites the row of a version authored in Kompass, even one a shipped file names', async () => {
    const shipped = world.context.catalogue.frameworks.get('kommunkompassen-2016')!;
    const authored = { ...shipped, revision: 'authored' };
    await db().execute(sql`insert into framework_versions (id, definition, status, created_by) values (${shipped.id}, ${JSON.stringify(authored)}::jsonb, 'published', 'test')`);
    await db().execute(sql`update frameworks set definition = ${JSON.stringify(authored)}::jsonb where id = ${shipped.id}`);
    await db().execute(sql`delete from app_settings where key = 'reference-data-fingerprint'`);
    expect(await syncReferenceData(db(), loadReferenceData(), world.context.catalogue)).toBe(true);
    const [row] = await queryRows<{ revision: string }>(db(), sql`select definition->>'revision' as revision from frameworks where id = ${shipped.id}`);
    expect(row?.revision).toBe('authored');
    await db().execute(sql`delete from framework_versions where id = ${shipped.id}`);
    await db().execute(sql`delete from app_settings where key = 'reference-data-fingerprint'`);
    await syncReferenceData(db(), loadReferenceData(), world.context.catalogue);
    const [restored] = await queryRows<{ revision: string }>(db(), sql`select definition->>'revision' as revision from frameworks where id = ${shipped.id}`);
    expect(restored?.revision).toBe(shipped.revision);
  });
});
