/**
 * SQL of the national statistics: a country's published evaluations with their unit scores
 * (newest first within each municipality, in the order of evaluations_published_chronology_idx),
 * its municipalities with their counties and the population and SKR group series the filters
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
  /** Population per year, the filters' facts (oldest first). */
  population: Array<{ year: number; value: number }>;
  /** SKR group per year (oldest first). */
  group: Array<{ year: number; value: string }>;
}

/** Reads "2019 12345 2020 12400" (year and value pairs, space-separated). */
function parseSeries<T>(text: string | null, value: (part: string) => T): Array<{ year: number; value: T }> {
  if (!text) return [];
  const parts = text.split(' ');
  const series: Array<{ year: number; value: T }> = [];
  for (let index = 0; index + 1 < parts.length; index += 2) series.push({ year: Number(parts[index]), value: value(parts[index + 1]!) });
  return series;
}

/**
 * The country's municipalities with their counties' names and their population and SKR group
 * series (one string each per municipality: one row per municipality is cheaper to read than a
 * row per year).
 */
export async function findMunicipalities(executor: Executor, country: Country): Promise<MunicipalityRow[]> {
  const rows = await queryRows<Omit<MunicipalityRow, 'population' | 'group'> & { population: string | null; group: string | null }>(
    executor,
    sql`select m.id, m.name, m.short_name as "shortName", m.county_id as "countyId", k.name as "countyName",
        (select string_agg(p.year || ' ' || p.population, ' ' order by p.year) from municipality_populations p where p.municipality_id = m.id) as population,
        (select string_agg(g.year || ' ' || g.group_code, ' ' order by g.year) from municipality_groups g where g.municipality_id = m.id) as "group"
      from municipalities m join counties k on k.id = m.county_id where m.country = ${country}`,
  );
  return rows.map((row) => ({ ...row, population: parseSeries(row.population, Number), group: parseSeries(row.group, String) }));
}
