/**
 * SQL of the national statistics: a country's published evaluations with their unit scores
 * (newest first within each municipality, in the order of evaluations_published_chronology_idx),
 * its municipalities with their counties, and the population and SKR group series the filters
 * are decided on. The statistics are computed from these rows in src/domain/statistics.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import type { Hundredths } from '../../domain/decimal.js';
import { evaluationYear } from '../../domain/comparison/history.js';
import type { Country } from '../../domain/municipality.js';
import { parseScorePairs } from '../comparisons/repository.js';

/** A published evaluation with its exact unit scores. */
export interface PublishedRow {
  id: string;
  municipalityId: string;
  frameworkId: string;
  /** Fieldwork start, else report date; null when neither is known. */
  year: number | null;
  /** Exact unit scores by unit code. */
  scores: Map<string, Hundredths>;
}

/**
 * The country's published evaluations (drafts and evaluations in progress never), grouped by
 * municipality and newest first within it: the chronology of src/api/comparisons (fieldwork start,
 * else report date, undated first as the newest; then creation time and id), so the first row of
 * a municipality is its latest. The unit scores come as one string per evaluation, as the
 * comparisons read them.
 */
export async function findPublishedEvaluations(executor: Executor, country: Country): Promise<PublishedRow[]> {
  const rows = await queryRows<{
    id: string;
    municipalityId: string;
    frameworkId: string;
    dated: string | null;
    scores: string | null;
  }>(
    executor,
    sql`select e.id, e.municipality_id as "municipalityId", e.framework_id as "frameworkId",
        coalesce(e.fieldwork_start, e.report_date) as dated,
        (select string_agg(s.unit_code || ' ' || s.score, ' ') from scores s where s.evaluation_id = e.id) as scores
      from evaluations e join municipalities m on m.id = e.municipality_id
      where e.status = 'published' and m.country = ${country}
      order by e.municipality_id, coalesce(e.fieldwork_start, e.report_date) desc nulls first, e.created_at desc nulls last, e.id desc nulls last`,
  );
  return rows.map((row) => ({
    id: row.id,
    municipalityId: row.municipalityId,
    frameworkId: row.frameworkId,
    year: evaluationYear(row.dated, null),
    scores: parseScorePairs(row.scores),
  }));
}

export interface MunicipalityRow {
  id: string;
  name: string;
  shortName: string;
  countyId: string;
  countyName: string;
}

/** The country's municipalities with their counties' names. */
export async function findMunicipalities(executor: Executor, country: Country): Promise<MunicipalityRow[]> {
  return queryRows<MunicipalityRow>(
    executor,
    sql`select m.id, m.name, m.short_name as "shortName", m.county_id as "countyId", k.name as "countyName"
      from municipalities m join counties k on k.id = m.county_id where m.country = ${country}`,
  );
}

/** A county of the country by id, with its name; null when the country has no such county. */
export async function findCounty(executor: Executor, country: Country, id: string): Promise<{ id: string; name: string } | null> {
  const [row] = await queryRows<{ id: string; name: string }>(executor, sql`select id, name from counties where id = ${id} and country = ${country}`);
  return row ?? null;
}

/** The population and SKR group series of the country's municipalities, by municipality. */
export async function findAttributeSeries(
  executor: Executor,
  country: Country,
): Promise<{ population: Map<string, Array<{ year: number; value: number }>>; group: Map<string, Array<{ year: number; value: string }>> }> {
  const rows = await queryRows<{ kind: 'p' | 'g'; municipalityId: string; year: number; population: number | null; groupCode: string | null }>(
    executor,
    sql`select 'p' as kind, p.municipality_id as "municipalityId", p.year, p.population, null::text as "groupCode"
        from municipality_populations p join municipalities m on m.id = p.municipality_id where m.country = ${country}
      union all
      select 'g' as kind, g.municipality_id, g.year, null::int, g.group_code
        from municipality_groups g join municipalities m on m.id = g.municipality_id where m.country = ${country}`,
  );
  const population = new Map<string, Array<{ year: number; value: number }>>();
  const group = new Map<string, Array<{ year: number; value: string }>>();
  for (const row of rows) {
    if (row.kind === 'p' && row.population !== null) {
      const list = population.get(row.municipalityId) ?? [];
      list.push({ year: row.year, value: row.population });
      population.set(row.municipalityId, list);
    } else if (row.kind === 'g' && row.groupCode !== null) {
      const list = group.get(row.municipalityId) ?? [];
      list.push({ year: row.year, value: row.groupCode });
      group.set(row.municipalityId, list);
    }
  }
  return { population, group };
}
