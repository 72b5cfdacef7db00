/**
 * SQL of the open data: the fingerprint of what is published, and published evaluations with
 * their unit scores in keyset order (municipality id, evaluation id), one batch at a time, so an
 * export of any size holds one batch in memory. The order follows the municipality index (an
 * incremental sort by id within a municipality), so each batch costs the same however far into
 * the archive it starts. Works the same on PGlite and PostgreSQL.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import type { Country } from '../../domain/municipality.js';
import type { PublishedFigures } from '../../domain/published-figures.js';

export interface OpenDataFilters {
  country?: Country | undefined;
  model?: string | undefined;
  since?: number | undefined;
  until?: number | undefined;
}

/** Where an evaluation stands in the export order; `after` starts after (or at) such a key. */
export interface EvaluationKey {
  municipalityId: string;
  id: string;
}

export interface PublishedEvaluationRecord extends EvaluationKey {
  municipalityCode: string;
  municipality: string;
  countyId: string;
  county: string;
  country: Country;
  year: number | null;
  frameworkId: string;
  reportDate: string | null;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  origin: 'archive' | 'workspace';
  published: PublishedFigures | null;
  /** The unit scores as stored: "1.1=6.50,1.2=10.00" (unit codes hold no `=` or `,`). */
  scores: string;
}

const yearOf = sql.raw(`substr(coalesce(e.fieldwork_start, e.report_date), 1, 4)::int`);

function filterSql(filters: OpenDataFilters): SQL {
  const parts: SQL[] = [sql`e.status = 'published'`];
  if (filters.country) parts.push(sql`m.country = ${filters.country}`);
  if (filters.model) parts.push(sql`e.framework_id = ${filters.model}`);
  if (filters.since !== undefined) parts.push(sql`${yearOf} >= ${filters.since}`);
  if (filters.until !== undefined) parts.push(sql`${yearOf} <= ${filters.until}`);
  return sql.join(parts, sql` and `);
}

/**
 * Up to `limit` published evaluations matching the filters, after `after` (or from it, with
 * `inclusive`), in export order. The order and the keyset compare the same columns with the same
 * collation, so they agree on either engine.
 */
export async function findPublishedBatch(
  executor: Executor,
  filters: OpenDataFilters,
  after: EvaluationKey | null,
  limit: number,
  inclusive = false,
): Promise<PublishedEvaluationRecord[]> {
  const keyset = after
    ? inclusive
      ? sql` and (e.municipality_id, e.id) >= (${after.municipalityId}, ${after.id}::uuid)`
      : sql` and (e.municipality_id, e.id) > (${after.municipalityId}, ${after.id}::uuid)`
    : sql``;
  const rows = await queryRows<{
    id: string;
    municipality_id: string;
    municipality_code: string;
    municipality: string;
    county_id: string;
    county: string;
    country: Country;
    year: number | null;
    framework_id: string;
    report_date: string | null;
    fieldwork_start: string | null;
    fieldwork_end: string | null;
    origin: 'archive' | 'workspace';
    published: PublishedFigures | null;
    scores: string | null;
  }>(
    executor,
    sql`select e.id::text as id, e.municipality_id, m.code as municipality_code, m.name as municipality,
        m.county_id, c.name as county, m.country, ${yearOf} as year, e.framework_id, e.report_date, e.fieldwork_start,
        e.fieldwork_end, e.origin, e.published,
        (select string_agg(s.unit_code || '=' || s.score::text, ',') from scores s where s.evaluation_id = e.id) as scores
      from evaluations e
      join municipalities m on m.id = e.municipality_id
      join counties c on c.id = m.county_id
      where ${filterSql(filters)}${keyset}
      order by e.municipality_id, e.id
      limit ${limit}`,
  );
  return rows.map((row) => ({
    id: row.id,
    municipalityId: row.municipality_id,
    municipalityCode: row.municipality_code,
    municipality: row.municipality,
    countyId: row.county_id,
    county: row.county,
    country: row.country.trim() as Country,
    year: row.year === null ? null : Number(row.year),
    frameworkId: row.framework_id,
    reportDate: row.report_date,
    fieldworkStart: row.fieldwork_start,
    fieldworkEnd: row.fieldwork_end,
    origin: row.origin,
    published: typeof row.published === 'string' ? (JSON.parse(row.published) as PublishedFigures) : row.published,
    scores: row.scores ?? '',
  }));
}
