import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { visibleEvaluations } from '../../db/evaluation-visibility.js';
import { queryRows } from '../../db/query.js';
import { evaluationVisibility, PUBLIC, type EvaluationVisibility } from '../../domain/access.js';
import type { MunicipalitySearchQuery } from '../../contract/municipalities.js';

export interface MunicipalityRow {
  code: string;
  name: string;
  shortName: string;
  countyCode: string;
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
  select m.code, m.name, m.short_name as "shortName", m.county_code as "countyCode", c.name as "countyName",
    p.year as "populationYear", p.population, p.source as "populationSource",
    g.year as "groupYear", g.group_code as "groupCode", g.source as "groupSource",
    (select count(*)::int from evaluations e where e.municipality_code = m.code and ${visibleEvaluations('e', visibility)}) as "evaluationCount"
  from municipalities m
  join counties c on c.code = m.county_code
  left join lateral (select year, population, source from municipality_populations
    where municipality_code = m.code order by year desc limit 1) p on true
  left join lateral (select year, group_code, source from municipality_groups
    where municipality_code = m.code order by year desc limit 1) g on true`;

/** Searches by code prefix or by name (case and diacritics folded). */
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
        : sql`${fold(sql`m.name`)} like ${fold(sql`${pattern}`)}`,
    );
  }
  if (query.county) conditions.push(sql`m.county_code = ${query.county}`);
  const where = sql.join(conditions, sql` and `);
  const rows = await queryRows<MunicipalityRow>(
    executor,
    sql`${selectMunicipality(visibility)} where ${where} order by ${swedishSortKey(sql`m.short_name`)}, m.code limit ${query.limit} offset ${query.offset}`,
  );
  const count = await queryRows<{ total: number }>(executor, sql`select count(*)::int as total from municipalities m where ${where}`);
  return { rows, total: count[0]?.total ?? 0 };
}

export async function findMunicipality(executor: Executor, code: string, visibility: EvaluationVisibility = PUBLISHED_ONLY): Promise<MunicipalityRow | null> {
  const [row] = await queryRows<MunicipalityRow>(executor, sql`${selectMunicipality(visibility)} where m.code = ${code}`);
  return row ?? null;
}

export interface YearValueRow<T> {
  year: number;
  value: T;
  source: string | null;
}

export async function listPopulations(executor: Executor, code: string): Promise<Array<YearValueRow<number>>> {
  return queryRows<YearValueRow<number>>(executor, sql`select year, population as value, source from municipality_populations where municipality_code = ${code} order by year`);
}

export async function listGroups(executor: Executor, code: string): Promise<Array<YearValueRow<string>>> {
  return queryRows<YearValueRow<string>>(executor, sql`select year, group_code as value, source from municipality_groups where municipality_code = ${code} order by year`);
}
