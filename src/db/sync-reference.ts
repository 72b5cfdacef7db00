import { sql } from 'drizzle-orm';
import { listScoringUnits, type Catalogue, type Framework } from '../domain/framework.js';
import type { ReferenceData } from '../reference/load-reference.js';
import type { Executor } from './client.js';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { parseMunicipalityAttributes } from '../reference/parse-municipality-attributes.js';
import { upsertMunicipalityAttributes } from './municipality-attributes.js';
import { appSettings, counties, frameworks, municipalities } from './schema.js';

const FINGERPRINT_KEY = 'reference-data-fingerprint';

/**
 * Brings the database's copy of the reference lists and framework versions up to date with the
 * repository's files. Runs at every start; when the files are unchanged since the last start
 * (same fingerprint) nothing is written or parsed, which keeps start-up fast. The shipped
 * population and SKR groups only add or update their own years and rows: a figure an
 * administrator imported (another year, or another source for the same year) stays.
 * @returns true when the data was written
 */
export async function syncReferenceData(executor: Executor, reference: ReferenceData, catalogue: Catalogue): Promise<boolean> {
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([reference, [...catalogue.frameworks.values()]]))
    .digest('hex');
  const [stored] = await executor.select().from(appSettings).where(eq(appSettings.key, FINGERPRINT_KEY));
  if (stored?.value === fingerprint) return false;
  await executor
    .insert(counties)
    .values(reference.counties)
    .onConflictDoUpdate({ target: counties.id, set: { name: sql`excluded.name`, shortName: sql`excluded.short_name` } });
  await executor
    .insert(municipalities)
    .values(reference.municipalities)
    .onConflictDoUpdate({
      target: municipalities.id,
      set: { name: sql`excluded.name`, shortName: sql`excluded.short_name`, countyId: sql`excluded.county_id` },
    });
  await syncMunicipalityAttributes(executor, reference);
  await writeFrameworkRows(executor, [...catalogue.frameworks.values()], 'catalogue');
  await executor
    .insert(appSettings)
    .values({ key: FINGERPRINT_KEY, value: fingerprint })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: fingerprint } });
  return true;
}

/**
 * Writes the `frameworks` rows of model versions (the target of evaluations' foreign key), with
 * the scoring units the completeness check reads. The shipped versions (`catalogue`) never
 * overwrite a row of a version authored in Kompass (`framework_versions`); an authored version's
 * row is written when it is published.
 */
export async function writeFrameworkRows(executor: Executor, list: readonly Framework[], origin: 'catalogue' | 'authored'): Promise<void> {
  if (list.length === 0) return;
  const changed = sql`(${frameworks.definition}, ${frameworks.scoringUnits}) is distinct from (excluded.definition, excluded.scoring_units)`;
  await executor
    .insert(frameworks)
    .values(
      list.map((framework) => ({
        id: framework.id,
        definition: framework,
        // The database checks completeness against the units as the domain lists them.
        scoringUnits: listScoringUnits(framework).map((unit) => unit.code),
      })),
    )
    .onConflictDoUpdate({
      target: frameworks.id,
      set: { definition: sql`excluded.definition`, scoringUnits: sql`excluded.scoring_units`, updatedAt: sql`now()` },
      where: origin === 'catalogue' ? sql`${changed} and not exists (select 1 from framework_versions as authored where authored.id = excluded.id)` : changed,
    });
}

/** Loads the shipped attribute files (see syncReferenceData); a broken file stops the start, naming its lines. */
async function syncMunicipalityAttributes(executor: Executor, reference: ReferenceData): Promise<void> {
  const known = new Set(reference.municipalities.map((municipality) => municipality.id));
  for (const file of reference.attributes) {
    const { rows, problems } = parseMunicipalityAttributes(file.text, known, file.country);
    if (problems.length > 0) {
      throw new Error(`${file.file}: ${problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
    }
    await upsertMunicipalityAttributes(executor, rows, 'same-source');
  }
}
