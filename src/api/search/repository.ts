/**
 * The report search's SQL. The query text arrives as the parsed tree of src/domain/search-query.ts
 * and becomes text-search queries made by the database's own functions from parameters
 * (plainto_tsquery, phraseto_tsquery, combined with && || !!) and LIKE patterns whose special
 * characters are escaped: no user text is ever read as tsquery or LIKE syntax. Parts of compound
 * words are looked up in the vocabulary (search_lexemes) first and become stems of the text-search
 * query, so every match is found through the tsvector's index.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import type { SearchKind } from '../../contract/search.js';
import type { SearchTerm } from '../../domain/search-query.js';

/** A word's stems in each language the index speaks (empty for a stop word). */
export interface WordStems {
  swedish: string[];
  norwegian: string[];
}

/** The stems of the words, by word: one statement. */
export async function findStems(executor: Executor, words: readonly string[]): Promise<Map<string, WordStems>> {
  if (words.length === 0) return new Map();
  const values = sql.join(
    words.map((word) => sql`(${word}::text)`),
    sql`, `,
  );
  const rows = await queryRows<{ word: string; swedish: string[] | null; norwegian: string[] | null }>(
    executor,
    sql`select w.word,
        (select array_agg(l) from unnest(tsvector_to_array(to_tsvector('swedish', w.word))) l) as swedish,
        (select array_agg(l) from unnest(tsvector_to_array(to_tsvector('norwegian', w.word))) l) as norwegian
      from (values ${values}) as w(word)`,
  );
  return new Map(rows.map((row) => [row.word, { swedish: row.swedish ?? [], norwegian: row.norwegian ?? [] }]));
}

/** Shortest stem matched as a part of a longer (compound) word: shorter ones match too much. */
export const COMPOUND_MIN_LENGTH = 4;

/** A LIKE pattern finding the text anywhere, its special characters escaped (\ is LIKE's escape). */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The stems of a single-word term long enough to be found inside compound words. */
export function compoundStems(term: SearchTerm, stems: ReadonlyMap<string, WordStems>): string[] {
  if (term.phrase || term.words.length !== 1) return [];
  const found = stems.get(term.words[0] as string);
  if (!found) return [];
  const single = [found.swedish, found.norwegian].filter((list) => list.length === 1).map((list) => list[0] as string);
  return [...new Set(single)].filter((stem) => [...stem].length >= COMPOUND_MIN_LENGTH);
}

function termQuerySql(term: SearchTerm): SQL {
  const text = term.words.join(' ');
  return term.phrase
    ? sql`(phraseto_tsquery('swedish', ${text}::text) || phraseto_tsquery('norwegian', ${text}::text))`
    : sql`(plainto_tsquery('swedish', ${text}::text) || plainto_tsquery('norwegian', ${text}::text))`;
}

/**
 * Each term's text-search query, as the database makes it from the term's words (its stems in
 * Swedish or in Norwegian; a phrase's stems in order) and writes it out: the empty text for a term
 * of stop words only. The search passes these back as constants, so the planner can use the index.
 */
export async function findTermQueries(executor: Executor, terms: readonly SearchTerm[]): Promise<string[]> {
  if (terms.length === 0) return [];
  const columns = sql.join(
    terms.map((term, index) => sql`${termQuerySql(term)}::text as ${sql.raw(`t${index}`)}`),
    sql`, `,
  );
  const [row] = await queryRows<Record<string, string>>(executor, sql`select ${columns}`);
  return terms.map((_, index) => row?.[`t${index}`] ?? '');
}

/**
 * For each term's compound stems, the vocabulary's stems holding one of them (found by the
 * vocabulary's trigram index), written out by the database as one text-search query of those
 * stems joined by OR (quotes and backslashes escaped); null when none holds them.
 */
export async function findCompoundQueries(executor: Executor, compounds: ReadonlyArray<readonly string[]>): Promise<Array<string | null>> {
  const patterns = compounds.flatMap((stems, index) => stems.map((stem) => sql`(${index}::int, ${containsPattern(stem)}::text)`));
  if (patterns.length === 0) return compounds.map(() => null);
  const rows = await queryRows<{ index: number; query: string }>(
    executor,
    sql`select x.index, string_agg(distinct '''' || replace(replace(l.lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | ') as query
      from (values ${sql.join(patterns, sql`, `)}) as x(index, pattern) join search_lexemes l on l.lexeme like x.pattern
      group by x.index`,
  );
  const found = new Map(rows.map((row) => [Number(row.index), row.query]));
  return compounds.map((_, index) => found.get(index) ?? null);
}

/** A term with what the database made of it. */
export interface CompiledTerm {
  term: SearchTerm;
  /** The term's tsquery as the database wrote it (never empty: terms of stop words are left out). */
  tsquery: string;
  /** Stems also looked for inside longer (compound) words. */
  compounds: string[];
  /** The vocabulary's stems holding a compound stem, as a tsquery (null: none, or no compound stems). */
  compoundQuery: string | null;
}

export interface CompiledQuery {
  groups: CompiledTerm[][];
  excluded: CompiledTerm[];
}

const tsqueryOf = (term: CompiledTerm) => sql`${term.tsquery}::tsquery`;

/** What a passage must hold to match the term: its stems, or (single words) a stem holding the word's stem. */
const termMatchQuery = (term: CompiledTerm): SQL =>
  term.compoundQuery === null ? tsqueryOf(term) : sql`(${tsqueryOf(term)} || ${term.compoundQuery}::tsquery)`;

/** The positive part of the query as one tsquery (for ranking and the snippet). */
function positiveQuery(query: CompiledQuery): SQL {
  return sql.join(
    query.groups.map((group) => sql`(${sql.join(group.map(tsqueryOf), sql` || `)})`),
    sql` && `,
  );
}

/**
 * The whole match as one constant text-search query (groups joined by AND, each group's terms by
 * OR, left-out terms by AND NOT), so the planner finds the passages by the tsvector's index.
 */
function matchPredicate(query: CompiledQuery): SQL {
  const groups = query.groups.map((group) => sql`(${sql.join(group.map(termMatchQuery), sql` || `)})`);
  const excluded = query.excluded.map((term) => sql`(!! ${termMatchQuery(term)})`);
  return sql`p.tsv @@ (${sql.join([...groups, ...excluded], sql` && `)})`;
}

export interface SearchFilters {
  kinds: readonly SearchKind[] | null;
  model: string | null;
  /** The framework areas the area filter takes (its own and those mapped to it), with the filter's own framework. */
  area: { frameworkId: string; pairs: ReadonlyArray<{ frameworkId: string; areaCode: string }> } | null;
  year: number | null;
  county: string | null;
  group: string | null;
  country: string | null;
}

export type FacetName = 'kind' | 'model' | 'area' | 'year' | 'county' | 'group' | 'country';

export interface SearchPageRow {
  passageId: number;
  evaluationId: string;
  kind: SearchKind;
  areaCode: string | null;
  unitCode: string | null;
  position: number;
  frameworkId: string;
  municipalityId: string;
  municipalityName: string;
  country: string;
  countyId: string;
  countyName: string;
  year: number | null;
  headline: string;
  body: string;
}

export interface SearchRows {
  total: number;
  mapped: number;
  facets: Array<{ facet: FacetName; value: string; count: number }>;
  page: SearchPageRow[];
}

/** Markers around matches in ts_headline's output; stored texts never hold them (the input boundary refuses control characters). */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** Passages up to this many characters are shown whole; longer ones by fragments around the matches. */
const SHORT_PASSAGE = 320;

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/**
 * The one search statement. The passages matching the query text are found once, through the
 * tsvector's index, with their rank (from the stored tsvector) and their evaluation's facts (kept
 * on each passage by the triggers, so no join); one grouped pass
 * (GROUPING SETS) over them counts the total, the mapped hits and every facet, each under every
 * filter but its own; one page of hits gets its headlines.
 */
export function searchStatement(query: CompiledQuery, filters: SearchFilters, page: { offset: number; limit: number }): SQL {
  const positive = positiveQuery(query);
  const flag = (condition: SQL | null) => condition ?? sql`true`;
  const flags: Record<FacetName, SQL> = {
    kind: flag(filters.kinds ? sql`h.kind in (${sql.join(filters.kinds.map((kind) => sql`${kind}`), sql`, `)})` : null),
    model: flag(filters.model !== null ? sql`h.framework_id = ${filters.model}` : null),
    area: flag(
      filters.area
        ? filters.area.pairs.length === 0
          ? sql`false`
          : sql`(${sql.join(
              filters.area.pairs.map((pair) => sql`(h.framework_id = ${pair.frameworkId} and h.area_code = ${pair.areaCode})`),
              sql` or `,
            )})`
        : null,
    ),
    year: flag(filters.year !== null ? sql`h.year = ${filters.year}` : null),
    county: flag(filters.county !== null ? sql`h.county_id = ${filters.county}` : null),
    group: flag(filters.group !== null ? sql`h.group_code = ${filters.group}` : null),
    country: flag(filters.country !== null ? sql`h.country = ${filters.country}` : null),
  };
  const names = Object.keys(flags) as FacetName[];
  const allBut = (skip: FacetName | null) => sql.join(names.filter((name) => name !== skip).map((name) => flags[name]), sql` and `);
  /** Each facet's value, a column of `hit` (so each is one grouping set). */
  const facetColumn: Record<FacetName, SQL> = {
    kind: sql`h.kind`,
    model: sql`h.framework_id`,
    area: sql`h.area_key`,
    year: sql`h.year_key`,
    county: sql`h.county_id`,
    group: sql`h.group_code`,
    country: sql`h.country`,
  };
  const whenSet = (pick: (name: FacetName) => SQL) =>
    sql`case ${sql.join(names.map((name) => sql`when grouping(${facetColumn[name]}) = 0 then ${pick(name)}`), sql` `)} end`;
  const mappedFlag = filters.area ? sql`h.framework_id <> ${filters.area.frameworkId}` : sql`false`;

  return sql`with q as materialized (select ${positive} as query),
      hit as materialized (
        select p.id, p.kind, p.area_code, (p.tsv @@ q.query) as exact, ts_rank(p.tsv, q.query) as rank, p.framework_id, p.municipality_id,
          p.country, p.county_id, p.year, p.group_code, p.dated, p.created_at, p.framework_id || ':' || p.area_code as area_key, p.year::text as year_key
        from search_passages p cross join q
        where ${matchPredicate(query)}
          -- A second guard: the triggers keep passages of published evaluations only.
          and p.evaluation_id in (select e.id from evaluations e where e.status = 'published')
      ),
      counted as (
        select ${whenSet((name) => sql`${name}::text`)} as facet,
          ${whenSet((name) => facetColumn[name])} as value,
          coalesce(${whenSet((name) => sql`count(*) filter (where ${allBut(name)})`)}, count(*) filter (where ${allBut(null)}))::int as count,
          count(*) filter (where ${allBut(null)} and ${mappedFlag})::int as mapped
        from hit h
        group by grouping sets (${sql.join(
          names.map((name) => sql`(${facetColumn[name]})`),
          sql`, `,
        )}, ())
      ),
      chosen as (
        -- Ranked here, over the hits the filters keep, not over every match the facets count.
        select h.* from hit h where ${allBut(null)}
        order by h.exact desc, h.rank desc, h.dated desc nulls last, h.created_at desc, h.id
        offset ${page.offset} limit ${page.limit}
      )
      select
        coalesce((select c.count from counted c where c.facet is null), 0) as total,
        coalesce((select c.mapped from counted c where c.facet is null), 0) as mapped,
        (select coalesce(json_agg(json_build_object('facet', c.facet, 'value', c.value, 'count', c.count)), '[]'::json)
          from counted c where c.facet is not null and c.value is not null and c.count > 0) as facets,
        (select coalesce(json_agg(r order by r.ordinal), '[]'::json) from (
          select row_number() over (order by c.exact desc, c.rank desc, c.dated desc nulls last, c.created_at desc, c.id) as ordinal,
            c.id as "passageId", p.evaluation_id as "evaluationId", c.kind, c.area_code as "areaCode", p.unit_code as "unitCode",
            p.position, c.framework_id as "frameworkId", c.municipality_id as "municipalityId", m.short_name as "municipalityName",
            c.country, c.county_id as "countyId", co.name as "countyName", c.year,
            case when length(p.body) <= ${SHORT_PASSAGE}
              then ts_headline(p.config, p.body, q.query, ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`})
              else ts_headline(p.config, p.body, q.query,
                ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`})
            end as headline,
            p.body
          from chosen c join search_passages p on p.id = c.id cross join q
            join municipalities m on m.id = c.municipality_id join counties co on co.id = c.county_id
        ) r) as page`;
}

/** Hits, facet counts and one page, in one statement (searchStatement), in a transaction of its own. */
export async function searchPassages(
  executor: Executor,
  query: CompiledQuery,
  filters: SearchFilters,
  page: { offset: number; limit: number },
): Promise<SearchRows> {
  // The planner prices a sequential scan testing every passage's tsvector below the index's bitmap
  // even when a fifth of the passages match; measured, the bitmap is about three times faster. So
  // the search statement is planned without sequential scans (for its own transaction only).
  const rows = await executor.transaction(async (tx) => {
    await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
    return queryRows<{ total: number; mapped: number; facets: unknown; page: unknown }>(tx, searchStatement(query, filters, page));
  });
  const row = rows[0];
  if (!row) return { total: 0, mapped: 0, facets: [], page: [] };
  return { total: row.total, mapped: row.mapped, facets: parseJson(row.facets), page: parseJson(row.page) };
}
