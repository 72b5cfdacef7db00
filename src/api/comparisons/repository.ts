import type { Country } from '../../domain/municipality.js';
/**
 * SQL of the comparisons: the published evaluations of a framework with their unit scores
 * and peer facts, an evaluation's earlier published evaluations, counties, years and sources
 * (the stored reference averages: reference-repository.ts). Statistics are computed from these
 * rows in src/domain/comparison.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { counties } from '../../db/schema.js';
import type { Hundredths } from '../../domain/decimal.js';
import { parseDecimal } from '../../domain/decimal.js';
import type { PeerFacts } from '../../domain/comparison/peer-groups.js';
import { compareText } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';

/** A published evaluation as a comparison candidate: its unit scores and the facts peer groups use. */
export interface CandidateRow extends PeerFacts {
  id: string;
  municipalityId: string;
  /** Exact unit scores by unit code ("3.2", or "3" for an area scored as a whole). */
  scores: Map<string, Hundredths>;
}

/**
 * "a comes before b" in the chronology of evaluations within a municipality — the order of
 * `position` in src/api/evaluations/repository.ts: fieldwork start, else report date (undated
 * last), then creation time, then id.
 */
const precedes = (a: string, b: string) =>
  sql.raw(
    `((${a}.dated is not null and (${b}.dated is null or ${a}.dated < ${b}.dated)) ` +
      `or (${a}.dated is not distinct from ${b}.dated and (${a}.created_at, ${a}.id) < (${b}.created_at, ${b}.id)))`,
  );

/** A year no evaluation reaches: "at or before the evaluation's year" for an evaluation without one. */
const yearOf = (c: string) => `coalesce(${c}.year, 2147483647)`;

/**
 * The population of the evaluation's year, else of the nearest earlier year, else of the
 * nearest later one (without a year: the latest); populationForYear in src/domain states the
 * rule. The later year is looked up only when no earlier one exists.
 */
const populationOf = (c: string) =>
  sql.raw(`coalesce((select p.population from municipality_populations p
    where p.municipality_id = ${c}.municipality_id and p.year <= ${yearOf(c)} order by p.year desc limit 1),
    (select p.population from municipality_populations p
    where p.municipality_id = ${c}.municipality_id and p.year > ${yearOf(c)} order by p.year limit 1))`);

/**
 * The SKR group of the nearest year, earlier winning a tie (without a year: the latest): the
 * nearest year at or before and the nearest after, each one index probe, then the closer one.
 */
const groupOf = (c: string) =>
  sql.raw(`(select n.group_code from (
    (select g.group_code, g.year from municipality_groups g
      where g.municipality_id = ${c}.municipality_id and g.year <= ${yearOf(c)} order by g.year desc limit 1)
    union all
    (select g.group_code, g.year from municipality_groups g
      where g.municipality_id = ${c}.municipality_id and g.year > ${yearOf(c)} order by g.year limit 1)
  ) n order by abs(n.year - ${yearOf(c)}), n.year limit 1)`);

/**
 * True when no published evaluation of the municipality comes before it: its first in the
 * archive (for any evaluation, also a draft).
 */
const firstTimeOf = (c: string) =>
  sql`not exists (
    select 1 from (select o.id, o.created_at, coalesce(o.fieldwork_start, o.report_date) as dated
      from evaluations o where o.municipality_id = ${sql.raw(c)}.municipality_id and o.status = 'published') p
    where ${precedes('p', c)})`;

/**
 * For a published evaluation, the same as firstTimeOf but one probe of
 * evaluations_published_chronology_idx: it is the first of its municipality's published ones.
 */
const isFirstPublished = (c: string) =>
  sql.raw(`(${c}.id = (select o.id from evaluations o where o.municipality_id = ${c}.municipality_id and o.status = 'published'
    order by coalesce(o.fieldwork_start, o.report_date) nulls last, o.created_at nulls first, o.id nulls first limit 1))`);

export interface CandidatesQuery {
  frameworkId: string;
  /** The framework's scoring units (listScoringUnits): a candidate has a score for each of them. */
  unitCodes: readonly string[];
  since: number | null;
  latestOnly: boolean;
  /** Only this country's municipalities; null = every country's (a Nordic comparison). */
  country: Country | null;
  /** The peer facts to look up (each costs a probe per candidate); those not asked for are null. */
  facts: { population: boolean; group: boolean; firstTime: boolean };
}

/**
 * The published, fully loaded candidates of one framework version: from `since` on (by the year
 * of fieldwork start, else report date; ISO dates compare as text), and with `latestOnly` only
 * each municipality's latest complete one (an evaluation with a unit left unscored is skipped).
 * Per candidate: its unit scores; the population of the evaluation's year or the nearest earlier
 * year, else the nearest later one (without a year: the latest); the SKR group of
 * the nearest year (earlier wins a tie); and whether it is the municipality's first published
 * evaluation in the chronology above.
 */
function candidatesQuery(query: CandidatesQuery): SQL {
  const wants = query.facts;
  const units = `{${query.unitCodes.join(',')}}`;
  const since = query.since === null ? sql`` : sql` and coalesce(e.fieldwork_start, e.report_date) >= ${String(query.since)}`;
  const country = query.country === null ? sql`` : sql` and m.country = ${query.country}`;
  const columns = sql`e.id, e.municipality_id, e.created_at, coalesce(e.fieldwork_start, e.report_date) as dated,
    substr(coalesce(e.fieldwork_start, e.report_date), 1, 4)::int as year`;
  // Latest only: per municipality, walk evaluations_published_chronology_idx (newest first) to
  // the first complete evaluation of the framework, so the others are never read. An evaluation
  // with a unit left unscored (an archived report that printed no figure for it) is skipped, so it
  // neither counts nor hides the municipality's latest complete one.
  const chosen = query.latestOnly
    ? sql`select m.county_id, x.* from municipalities m cross join lateral (
        select ${columns} from evaluations e
        where e.status = 'published' and e.framework_id = ${query.frameworkId} and e.municipality_id = m.id${since}
          and (select count(*) from scores s where s.evaluation_id = e.id and s.unit_code = any(${units}::text[])) = ${query.unitCodes.length}
        order by coalesce(e.fieldwork_start, e.report_date) desc nulls first, e.created_at desc nulls last, e.id desc nulls last limit 1) x
        where true${country}`
    : sql`select m.county_id, ${columns} from evaluations e join municipalities m on m.id = e.municipality_id
        where e.status = 'published' and e.framework_id = ${query.frameworkId}${since}${country}`;
  // One small aggregate per candidate (its unit scores, by the primary key, as one string) is
  // several times faster, on PGlite above all, than joining all scores and grouping them; the
  // areas are summed in JS (completeMember).
  return sql`
      with chosen as materialized (${chosen})
      select c.id, c.municipality_id as "municipalityId", c.county_id as "countyId",
        ${wants.population ? populationOf('c') : sql`null::int`} as population,
        ${wants.group ? groupOf('c') : sql`null::text`} as "groupCode",
        ${wants.firstTime ? isFirstPublished('c') : sql`null::boolean`} as "firstTime",
        (select string_agg(s.unit_code || ' ' || s.score, ' ') from scores s where s.evaluation_id = c.id) as scores
      from chosen c`;
}

/**
 * Reads "1.1 5.00 1.2 7.50 …" (unit codes and their numeric(7,2) scores, space-separated): a
 * plain string is cheaper to build, send and read than a JSON object per candidate.
 */
export function parseScorePairs(text: string | null): Map<string, Hundredths> {
  const scores = new Map<string, Hundredths>();
  if (!text) return scores;
  const parts = text.split(' ');
  for (let index = 0; index + 1 < parts.length; index += 2) scores.set(parts[index]!, parseDecimal(parts[index + 1]!) ?? 0);
  return scores;
}

/** Runs candidatesQuery (see there). */
export async function findCandidates(executor: Executor, query: CandidatesQuery): Promise<CandidateRow[]> {
  const rows = await queryRows<{
    id: string;
    municipalityId: string;
    countyId: string;
    population: number | null;
    groupCode: string | null;
    firstTime: boolean | null;
    scores: string | null;
  }>(executor, candidatesQuery(query));
  return rows.map((row) => ({
    id: row.id,
    municipalityId: row.municipalityId,
    countyId: row.countyId,
    population: row.population,
    groupCode: row.groupCode,
    firstTime: row.firstTime ?? false,
    scores: parseScorePairs(row.scores),
  }));
}

/** The evaluation compared, with its municipality and the facts peer groups use. */
export interface SubjectRow extends PeerFacts {
  id: string;
  frameworkId: string;
  municipalityId: string;
  municipalityName: string;
  municipalityShortName: string;
  countyName: string;
  year: number | null;
}

/** The evaluation to compare, with the same peer facts as findCandidates computes; null when unknown. */
export async function findSubject(executor: Executor, id: string): Promise<SubjectRow | null> {
  const [row] = await queryRows<SubjectRow>(
    executor,
    sql`
      with c as (
        select e.id, e.framework_id, e.municipality_id, e.created_at, coalesce(e.fieldwork_start, e.report_date) as dated,
          substr(coalesce(e.fieldwork_start, e.report_date), 1, 4)::int as year
        from evaluations e where e.id = ${id}
      )
      select c.id, c.framework_id as "frameworkId", c.municipality_id as "municipalityId", m.name as "municipalityName",
        m.short_name as "municipalityShortName", m.county_id as "countyId", k.name as "countyName", c.year,
        ${populationOf('c')} as population, ${groupOf('c')} as "groupCode", ${firstTimeOf('c')} as "firstTime"
      from c join municipalities m on m.id = c.municipality_id join counties k on k.id = m.county_id`,
  );
  return row ?? null;
}

/** An earlier published evaluation of the municipality, with its unit scores. */
export interface EarlierRow {
  id: string;
  frameworkId: string;
  fieldworkStart: string | null;
  reportDate: string | null;
  scores: Map<string, Hundredths>;
}

/** The municipality's published evaluations before `id` in the chronology (oldest first). */
export async function findEarlierEvaluations(executor: Executor, id: string): Promise<EarlierRow[]> {
  const rows = await queryRows<{
    id: string;
    frameworkId: string;
    fieldworkStart: string | null;
    reportDate: string | null;
    scores: Array<[string, string]> | null;
  }>(
    executor,
    sql`
      with c as (select e.*, coalesce(e.fieldwork_start, e.report_date) as dated from evaluations e where e.id = ${id}),
      p as (
        select o.*, coalesce(o.fieldwork_start, o.report_date) as dated from evaluations o, c
        where o.municipality_id = c.municipality_id and o.status = 'published' and o.id <> c.id
      )
      select p.id, p.framework_id as "frameworkId", p.fieldwork_start as "fieldworkStart", p.report_date as "reportDate",
        (select json_agg(json_build_array(s.unit_code, s.score::text)) from scores s where s.evaluation_id = p.id) as scores
      from p, c where ${precedes('p', 'c')}
      order by p.dated nulls last, p.created_at, p.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    frameworkId: row.frameworkId,
    fieldworkStart: row.fieldworkStart,
    reportDate: row.reportDate,
    scores: new Map((row.scores ?? []).map(([code, score]) => [code, parseDecimal(score) ?? 0])),
  }));
}

/** A county's name by its code; null when unknown. */
export async function findCountyName(executor: Executor, code: string): Promise<string | null> {
  const rows = await executor.select({ name: counties.name }).from(counties).where(eq(counties.id, code));
  return rows[0]?.name ?? null;
}

/** Every county of a country (of every country when null): its id as `code`, and its name, by name in the order of the reader's language. */
export async function listCounties(executor: Executor, country: Country | null, language: Language): Promise<Array<{ code: string; name: string }>> {
  const rows = await executor
    .select({ code: counties.id, name: counties.name })
    .from(counties)
    .where(country === null ? undefined : eq(counties.country, country));
  return rows.sort((a, b) => compareText(a.name, b.name, language));
}

/** The years (fieldwork start, else report date) of a framework's published evaluations, newest first. */
export async function findPublishedYears(executor: Executor, frameworkId: string): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(
    executor,
    sql`select distinct substr(coalesce(e.fieldwork_start, e.report_date), 1, 4)::int as year from evaluations e
      where e.status = 'published' and e.framework_id = ${frameworkId} and coalesce(e.fieldwork_start, e.report_date) is not null
      order by year desc`,
  );
  return rows.map((row) => row.year);
}

/** The sources named for the stored population figures and SKR groups (to credit them where they are used). */
export async function findAttributeSources(executor: Executor, country: Country | null): Promise<{ population: string[]; group: string[] }> {
  const ofCountry = country === null ? sql`` : sql` and municipality_id in (select id from municipalities where country = ${country})`;
  const rows = await queryRows<{ kind: 'population' | 'group'; source: string }>(
    executor,
    sql`select distinct 'population' as kind, source from municipality_populations where source is not null${ofCountry}
      union select distinct 'group' as kind, source from municipality_groups where source is not null${ofCountry}
      order by kind, source`,
  );
  return {
    population: rows.filter((row) => row.kind === 'population').map((row) => row.source),
    group: rows.filter((row) => row.kind === 'group').map((row) => row.source),
  };
}
