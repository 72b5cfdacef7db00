import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { visibleEvaluations } from '../../db/evaluation-visibility.js';
import { queryRows } from '../../db/query.js';
import { evaluationVisibility, PUBLIC, type EvaluationVisibility } from '../../domain/access.js';
import type { MunicipalitySearchQuery } from '../../contract/municipalities.js';
import type { Country } from '../../domain/municipality.js';

export interface MunicipalityRow {
  id: string;
  country: Country;
  code: string;
  name: string;
  shortName: string;
  countyId: string;
  countyName: string;
  populationYear: number | null;
  population: number | null;
  populationSource: string | null;
  groupYear: number | null;
  groupCode: string | null;
  groupSource: string | null;
  evaluationCount: number;
}

const PUBLISHED_ONLY = evaluationVisibility(PUBLIC);

/** Folds case and Swedish/Nordic diacritics so "orebro" finds "Örebro". */
const fold = (expression: SQL) => sql`translate(lower(${expression}), 'åäöéèüáàæøÅÄÖÉ', 'aaoeeuaaaoaaoe')`;

/** Orders Å, Ä, Ö after Z as Swedish readers expect, on any database locale. */
const swedishSortKey = (expression: SQL) =>
  sql`translate(lower(translate(${expression}, 'ÅÄÖÉÜ', 'åäöéü')), 'åäöéü', '{|}eu') collate "C"`;

/** Counts only the evaluations the asker may read (by default: published ones). */
const selectMunicipality = (visibility: EvaluationVisibility) => sql`
  select m.id, m.country, m.code, m.name, m.short_name as "shortName", m.county_id as "countyId", c.name as "countyName",
    p.year as "populationYear", p.population, p.source as "populationSource",
    g.year as "groupYear", g.group_code as "groupCode", g.source as "groupSource",
    (select count(*)::int from evaluations e where e.municipality_id = m.id and ${visibleEvaluations('e', visibility)}) as "evaluationCount"
  from municipalities m
  join counties c on c.id = m.county_id
  left join lateral (select year, population, source from municipality_populations
    where municipality_id = m.id order by year desc limit 1) p on true
  left join lateral (select year, group_code, source from municipality_groups
    where municipality_id = m.id order by year desc limit 1) g on true`;

/**
 * Searches by code prefix (a bare code matches every country's), by id prefix ("no-03") or by
 * name (case and diacritics folded), optionally within one country or county.
 */
export async function searchMunicipalities(
  executor: Executor,
  query: MunicipalitySearchQuery,
  visibility: EvaluationVisibility = PUBLISHED_ONLY,
): Promise<{ rows: MunicipalityRow[]; total: number }> {
  const conditions: SQL[] = [sql`true`];
  if (query.q) {
    const needle = query.q.toLowerCase();
    const pattern = `%${needle.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(
      /^\d{1,4}$/.test(needle)
        ? sql`m.code like ${`${needle}%`}`
        : /^[a-z]{2}-\d{0,4}$/.test(needle)
          ? sql`m.id like ${`${needle}%`}`
          : sql`${fold(sql`m.name`)} like ${fold(sql`${pattern}`)}`,
    );
  }
  if (query.country) conditions.push(sql`m.country = ${query.country}`);
  if (query.county) conditions.push(sql`m.county_id = ${query.county}`);
  const where = sql.join(conditions, sql` and `);
  const rows = await queryRows<MunicipalityRow>(
    executor,
    sql`${selectMunicipality(visibility)} where ${where} order by ${swedishSortKey(sql`m.short_name`)}, m.country desc, m.code limit ${query.limit} offset ${query.offset}`,
  );
  const count = await queryRows<{ total: number }>(executor, sql`select count(*)::int as total from municipalities m where ${where}`);
  return { rows, total: count[0]?.total ?? 0 };
}

export async function findMunicipality(executor: Executor, id: string, visibility: EvaluationVisibility = PUBLISHED_ONLY): Promise<MunicipalityRow | null> {
  const [row] = await queryRows<MunicipalityRow>(executor, sql`${selectMunicipality(visibility)} where m.id = ${id}`);
  return row ?? null;
}

export interface YearValueRow<T> {
  year: number;
  value: T;
  source: string | null;
}

export async function listPopulations(executor: Executor, id: string): Promise<Array<YearValueRow<number>>> {
  return queryRows<YearValueRow<number>>(executor, sql`select year, population as value, source from municipality_populations where municipality_id = ${id} order by year`);
}

export async function listGroups(executor: Executor, id: string): Promise<Array<YearValueRow<string>>> {
  return queryRows<YearValueRow<string>>(executor, sql`select year, group_code as value, source from municipality_groups where municipality_id = ${id} order by year`);
}
