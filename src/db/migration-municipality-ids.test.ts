import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from '../paths.js';

/** The migrations up to and including `lastTag`, in a folder of their own. */
function migrationsUpTo(lastTag: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'kompass-migrations-'));
  cpSync(projectPath('drizzle'), folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  if (last < 0) throw new Error(`no migration ${lastTag}`);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

const client = new PGlite({ extensions: { pg_trgm } });
const db = drizzle({ client });
const folders: string[] = [];
afterAll(async () => {
  await client.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the migration to municipality ids (0006)', () => {
  it('gives every existing Swedish code the prefix "se-" and keeps the foreign keys', async () => {
    const before = migrationsUpTo('0005_complete_scores');
    folders.push(before);
    await migrate(db, { migrationsFolder: before });
    // A database made before the migration: one county, one municipality and what names it.
    await client.exec(`
      insert into counties (code, name, short_name) values ('20', 'Dalarnas län', 'Dalarna');
      insert into municipalities (code, name, short_name, county_code) values ('2029', 'Leksands kommun', 'Leksand', '20');
      insert into municipality_populations (municipality_code, year, population, source) values ('2029', 2024, 16137, 'SCB');
      insert into municipality_groups (municipality_code, year, group_code, source) values ('2029', 2023, 'C9', 'SKR');
      insert into frameworks (id, definition) values ('kommunkompassen-2020', '{}');
      insert into evaluations (id, municipality_code, framework_id, status, origin, archive_key, report_date)
        values ('00000000-0000-4000-8000-000000000001', '2029', 'kommunkompassen-2020', 'draft', 'archive', '2029:kommunkompassen-2020:2023', '2023');
      insert into good_examples (evaluation_id, area_code, municipality_code, text) values ('00000000-0000-4000-8000-000000000001', '1', '2029', 'Lär av dem');
      insert into users (email, name, role, municipality_code) values ('kommun@example.se', 'Kommun', 'municipality', '2029');
      insert into import_jobs (file_name, size_bytes, content_hash, content, actor, evaluations)
        values ('leksand.pdf', 1, repeat('0', 64), '\\x00', 'admin', '[{"id":"00000000-0000-4000-8000-000000000001","archiveKey":"2029:kommunkompassen-2020:2023","created":true}]');
    `);

    await migrate(db, { migrationsFolder: projectPath('drizzle') });

    const one = async (query: string) => (await client.query<Record<string, unknown>>(query)).rows;
    expect(await one('select id, country, code, name from counties')).toEqual([{ id: 'se-20', country: 'se', code: '20', name: 'Dalarnas län' }]);
    expect(await one('select id, country, code, county_id from municipalities')).toEqual([{ id: 'se-2029', country: 'se', code: '2029', county_id: 'se-20' }]);
    expect(await one('select municipality_id, population from municipality_populations')).toEqual([{ municipality_id: 'se-2029', population: 16137 }]);
    expect(await one('select municipality_id, group_code from municipality_groups')).toEqual([{ municipality_id: 'se-2029', group_code: 'C9' }]);
    expect(await one('select municipality_id, archive_key from evaluations')).toEqual([{ municipality_id: 'se-2029', archive_key: 'se-2029:kommunkompassen-2020:2023' }]);
    expect(await one('select municipality_id from good_examples')).toEqual([{ municipality_id: 'se-2029' }]);
    expect(await one('select municipality_id from users')).toEqual([{ municipality_id: 'se-2029' }]);
    expect(await one(`select evaluations->0->>'archiveKey' as key from import_jobs`)).toEqual([{ key: 'se-2029:kommunkompassen-2020:2023' }]);

    // The foreign keys hold on the new ids: an unknown municipality or county is refused, a Norwegian one with the same code is not.
    await expect(client.exec(`update evaluations set municipality_id = '2029'`)).rejects.toThrow(/foreign key/);
    await expect(client.exec(`insert into municipalities (id, country, code, name, short_name, county_id) values ('no-2029', 'no', '2029', 'X', 'X', 'no-20')`)).rejects.toThrow(/foreign key/);
    await client.exec(`
      insert into counties (id, country, code, name, short_name) values ('no-18', 'no', '18', 'Nordland', 'Nordland');
      insert into municipalities (id, country, code, name, short_name, county_id) values ('no-2029', 'no', '2029', 'Norsk', 'Norsk', 'no-18');
    `);
    await expect(client.exec(`insert into municipalities (id, country, code, name, short_name, county_id) values ('no-x', 'no', '2029', 'Y', 'Y', 'no-18')`)).rejects.toThrow(/unique/);
    expect(await one(`select country from reference_averages`)).toEqual([]);
  });
});
