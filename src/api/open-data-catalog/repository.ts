/**
 * What the catalogue and the open-data page say about the published data as a whole: how many
 * published evaluations there are, the years and countries they cover, their model versions and
 * when the last of them changed (a publication: published evaluations are locked).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows } from '../../db/query.js';

export interface PublishedDataFacts {
  evaluations: number;
  /** ISO date-time (UTC) of the latest publication; null when nothing is published. */
  modified: string | null;
  /** ISO date-time (UTC) of the earliest publication still published; null when nothing is published. */
  firstPublished: string | null;
  /** The years covered (fieldwork, else report), null when no published evaluation is dated. */
  firstYear: number | null;
  lastYear: number | null;
  /** Country codes ("se", "no") of the published evaluations' municipalities, sorted. */
  countries: string[];
  /** Model version ids of the published evaluations, sorted. */
  models: string[];
}

export async function findPublishedDataFacts(db: Executor): Promise<PublishedDataFacts> {
  const [row] = await queryRows<{
    evaluations: number | string;
    modified: string | null;
    first_published: string | null;
    first_year: number | string | null;
    last_year: number | string | null;
    countries: string[] | null;
    models: string[] | null;
  }>(
    db,
    sql`
      with published as (
        select e.updated_at, e.framework_id, split_part(e.municipality_id, '-', 1) as country,
               substring(coalesce(e.fieldwork_start, e.report_date) from 1 for 4)::int as year
        from evaluations e
        where e.status = 'published'
      )
      select count(*)::int as evaluations,
             to_char(max(updated_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as modified,
             to_char(min(updated_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as first_published,
             min(year) as first_year,
             max(year) as last_year,
             coalesce(array_agg(distinct country order by country), '{}') as countries,
             coalesce(array_agg(distinct framework_id order by framework_id), '{}') as models
      from published`,
  );
  const toNumber = (value: number | string | null | undefined) => (value === null || value === undefined ? null : Number(value));
  return {
    evaluations: toNumber(row?.evaluations) ?? 0,
    modified: row?.modified ?? null,
    firstPublished: row?.first_published ?? null,
    firstYear: toNumber(row?.first_year),
    lastYear: toNumber(row?.last_year),
    countries: (row?.countries ?? []).filter(Boolean),
    models: (row?.models ?? []).filter(Boolean),
  };
}
