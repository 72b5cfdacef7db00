/**
 * Writing population and SKR group per municipality and year: by an administrator's import
 * (`kompass municipalities import`) and by the start-up load of the shipped file.
 */
import { sql } from 'drizzle-orm';
import type { MunicipalityAttributeRow } from '../reference/parse-municipality-attributes.js';
import type { Executor } from './client.js';
import { municipalityGroups, municipalityPopulations } from './schema.js';

export type AttributeRow = Pick<MunicipalityAttributeRow, 'municipalityId' | 'year' | 'population' | 'group' | 'populationSource' | 'groupSource'>;

/**
 * What happens to a year that already has a figure: `replace` overwrites it (an administrator's
 * import is the newer word); `same-source` overwrites it only when it came from the same source
 * (the shipped file updating its own rows), so a figure imported by an administrator stays.
 */
export type AttributeConflict = 'replace' | 'same-source';

/**
 * Stores population and SKR group per municipality and year. Years not in `rows` are never
 * touched. Returns how many figures were offered of each kind.
 */
export async function upsertMunicipalityAttributes(
  executor: Executor,
  rows: readonly AttributeRow[],
  conflict: AttributeConflict = 'replace',
): Promise<{ populations: number; groups: number }> {
  const populations = rows.filter((row) => row.population !== null);
  const groups = rows.filter((row) => row.group !== null);
  if (populations.length > 0) {
    await executor
      .insert(municipalityPopulations)
      .values(populations.map((row) => ({ municipalityId: row.municipalityId, year: row.year, population: row.population ?? 0, source: row.populationSource })))
      .onConflictDoUpdate({
        target: [municipalityPopulations.municipalityId, municipalityPopulations.year],
        set: { population: sql`excluded.population`, source: sql`excluded.source` },
        ...(conflict === 'same-source' ? { setWhere: sql`${municipalityPopulations.source} is not distinct from excluded.source` } : {}),
      });
  }
  if (groups.length > 0) {
    await executor
      .insert(municipalityGroups)
      .values(groups.map((row) => ({ municipalityId: row.municipalityId, year: row.year, groupCode: row.group ?? '', source: row.groupSource })))
      .onConflictDoUpdate({
        target: [municipalityGroups.municipalityId, municipalityGroups.year],
        set: { groupCode: sql`excluded.group_code`, source: sql`excluded.source` },
        ...(conflict === 'same-source' ? { setWhere: sql`${municipalityGroups.source} is not distinct from excluded.source` } : {}),
      });
  }
  return { populations: populations.length, groups: groups.length };
}
