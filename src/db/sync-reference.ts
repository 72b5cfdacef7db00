import { sql } from 'drizzle-orm';
import type { Catalogue } from '../domain/framework.js';
import type { ReferenceData } from '../reference/load-reference.js';
import type { Executor } from './client.js';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appSettings, counties, frameworks, municipalities } from './schema.js';

const FINGERPRINT_KEY = 'reference-data-fingerprint';

/**
 * Brings the database's copy of the reference lists and framework versions up to date with the
 * repository's files. Runs at every start; when the files are unchanged since the last start
 * (same fingerprint) nothing is written, which keeps start-up fast.
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
    .onConflictDoUpdate({ target: counties.code, set: { name: sql`excluded.name`, shortName: sql`excluded.short_name` } });
  await executor
    .insert(municipalities)
    .values(reference.municipalities)
    .onConflictDoUpdate({
      target: municipalities.code,
      set: { name: sql`excluded.name`, shortName: sql`excluded.short_name`, countyCode: sql`excluded.county_code` },
    });
  await executor
    .insert(frameworks)
    .values([...catalogue.frameworks.values()].map((framework) => ({ id: framework.id, definition: framework })))
    .onConflictDoUpdate({
      target: frameworks.id,
      set: { definition: sql`excluded.definition`, updatedAt: sql`now()` },
      where: sql`${frameworks.definition} is distinct from excluded.definition`,
    });
  await executor
    .insert(appSettings)
    .values({ key: FINGERPRINT_KEY, value: fingerprint })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: fingerprint } });
  return true;
}
