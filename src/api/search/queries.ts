/**
 * The report search: reads the query text into its tree, finds the words' stems, runs the one
 * search statement and words the answer (labels, snippets, anchors) in the asked language.
 */
import { inArray } from 'drizzle-orm';
import { counties } from '../../db/schema.js';
import { SEARCH_KINDS, SEARCH_QUERY_MAX_LENGTH, type FacetValue, type SearchKind, type SearchQuery, type SearchResponse } from '../../contract/search.js';
import { localise, type Catalogue, type Framework, type Language } from '../../domain/framework.js';
import { mapAreas } from '../../domain/previous-comparison.js';
import { parseSearchQuery, type ParsedSearchQuery, type SearchQueryProblem, type SearchTerm } from '../../domain/search-query.js';
import { buildSnippet } from '../../domain/search-snippet.js';
import { textAnchor } from '../../domain/text-anchors.js';
import { compareText } from '../../i18n/format.js';
import { skrGroupLabel } from '../../i18n/comparison-labels.js';
import { translate } from '../../i18n/translate.js';
import type { AppContext } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import type { Executor } from '../../db/client.js';
import {
  compoundStems,
  findCompoundQueries,
  findStems,
  findTermQueries,
  MATCH_END,
  MATCH_START,
  searchPassages,
  type CompiledQuery,
  type CompiledTerm,
  type FacetName,
  type SearchFilters,
  type SearchPageRow,
} from './repository.js';

const PROBLEM_MESSAGES: Record<SearchQueryProblem, string> = {
  'too-long': `is longer than ${SEARCH_QUERY_MAX_LENGTH} characters`,
  'unbalanced-quote': 'has a quotation mark that is not closed',
  'lone-minus': 'has a minus sign that stands alone (write it right before the word to leave out)',
  'or-at-edge': 'has OR that does not stand between two terms',
  'or-with-exclusion': 'joins a left-out term with OR',
  'nothing-searchable': 'has no word to search for',
};

const invalidQuery = (problem: SearchQueryProblem) =>
  new AppError('invalid_search_query', `The search query ${PROBLEM_MESSAGES[problem]}`, [{ field: 'query.q', message: PROBLEM_MESSAGES[problem] }], {
    reason: problem,
  });

/**
 * The query as the search runs it: each term with its tsquery and compound stems, terms of stop
 * words only (in every language) left out; a problem when nothing searchable is left.
 */
async function compile(executor: Executor, query: ParsedSearchQuery): Promise<CompiledQuery> {
  const terms = [...query.groups.flat(), ...query.excluded];
  const words = [...new Set(terms.flatMap((term) => term.words))];
  const stems = await findStems(executor, words);
  const tsqueries = await findTermQueries(executor, terms);
  const compounds = terms.map((term) => compoundStems(term, stems));
  const compoundQueries = await findCompoundQueries(executor, compounds);
  const compiled = new Map(
    terms.map((term, index) => [
      term,
      { term, tsquery: tsqueries[index] ?? '', compounds: compounds[index] ?? [], compoundQuery: compoundQueries[index] ?? null },
    ]),
  );
  const searchable = (term: SearchTerm): CompiledTerm[] => {
    const entry = compiled.get(term);
    return entry && entry.tsquery.trim() !== '' ? [entry] : [];
  };
  const groups = query.groups.map((group) => group.flatMap(searchable)).filter((group) => group.length > 0);
  if (groups.length === 0) throw invalidQuery('nothing-searchable');
  return { groups, excluded: query.excluded.flatMap(searchable) };
}

/** The framework areas an area filter takes: its own, and the areas of other versions mapped to it. */
export function areaFilterPairs(catalogue: Catalogue, frameworkId: string, areaCode: string): Array<{ frameworkId: string; areaCode: string }> {
  const target = catalogue.frameworks.get(frameworkId);
  if (!target || !target.areas.some((area) => area.code === areaCode)) return [{ frameworkId, areaCode }];
  const pairs = [{ frameworkId, areaCode }];
  for (const other of catalogue.frameworks.values()) {
    if (other.id === target.id) continue;
    for (const code of mapAreas(target, other, catalogue.areaMaps).get(areaCode) ?? []) pairs.push({ frameworkId: other.id, areaCode: code });
  }
  return pairs;
}

function filtersOf(query: SearchQuery, catalogue: Catalogue): SearchFilters {
  let area: SearchFilters['area'] = null;
  if (query.area !== undefined) {
    const [frameworkId, areaCode] = query.area.split(':') as [string, string];
    area = { frameworkId, pairs: areaFilterPairs(catalogue, frameworkId, areaCode) };
  }
  return {
    kinds: query.kind ? [...new Set(query.kind.split(',') as SearchKind[])] : null,
    model: query.model ?? null,
    area,
    year: query.year ?? null,
    county: query.county ?? null,
    group: query.group ?? null,
    country: query.country ?? null,
  };
}

const areaOf = (framework: Framework | undefined, code: string | null) => (code === null ? undefined : framework?.areas.find((area) => area.code === code));

function anchorOf(row: SearchPageRow): string {
  const areaCode = row.areaCode ?? '';
  switch (row.kind) {
    case 'strength':
    case 'improvement':
    case 'good-example':
      return textAnchor({ kind: row.kind, areaCode, position: row.position });
    case 'area-analysis':
      return textAnchor({ kind: row.position === 1 ? 'area-introduction' : 'area-analysis', areaCode });
    case 'subarea-analysis':
      return textAnchor({ kind: 'subarea-analysis', unitCode: row.unitCode ?? '' });
    case 'summary':
      return textAnchor({ kind: 'summary' });
  }
}

function facetLabels(
  rows: Array<{ facet: FacetName; value: string; count: number }>,
  catalogue: Catalogue,
  countyNames: ReadonlyMap<string, string>,
  language: Language,
): SearchResponse['facets'] {
  const of = (name: FacetName) => rows.filter((row) => row.facet === name);
  const frameworkTitle = (id: string) => {
    const framework = catalogue.frameworks.get(id);
    return framework ? localise(framework.title, language) : id;
  };
  const usedFrom = (id: string) => catalogue.frameworks.get(id)?.usedFrom ?? 0;
  const value = (row: { value: string; count: number }, label: string): FacetValue => ({ value: row.value, label, count: row.count });

  const areaRows = of('area');
  const areaFrameworks = new Set(areaRows.map((row) => row.value.split(':')[0]));
  const areaLabel = (key: string) => {
    const [frameworkId = '', code = ''] = key.split(':');
    const area = areaOf(catalogue.frameworks.get(frameworkId), code);
    const title = area ? `${code} ${localise(area.title, language)}` : code;
    return areaFrameworks.size > 1 ? `${title} (${frameworkTitle(frameworkId)})` : title;
  };
  return {
    kind: SEARCH_KINDS.flatMap((kind) => of('kind').filter((row) => row.value === kind).map((row) => value(row, translate(language, `searchKind.${kind}`)))),
    model: of('model')
      .sort((a, b) => usedFrom(b.value) - usedFrom(a.value) || compareText(a.value, b.value, language))
      .map((row) => value(row, frameworkTitle(row.value))),
    area: areaRows
      .sort((a, b) => {
        const [fa = '', ca = ''] = a.value.split(':');
        const [fb = '', cb = ''] = b.value.split(':');
        return usedFrom(fb) - usedFrom(fa) || compareText(fa, fb, language) || Number(ca) - Number(cb) || compareText(ca, cb, language);
      })
      .map((row) => value(row, areaLabel(row.value))),
    year: of('year')
      .sort((a, b) => Number(b.value) - Number(a.value))
      .map((row) => value(row, row.value)),
    county: of('county')
      .map((row) => value(row, countyNames.get(row.value) ?? row.value))
      .sort((a, b) => compareText(a.label, b.label, language)),
    group: of('group')
      .sort((a, b) => compareText(a.value, b.value, language))
      .map((row) => value(row, skrGroupLabel(row.value, language))),
    country: of('country')
      .sort((a, b) => (a.value === b.value ? 0 : a.value === 'se' ? -1 : b.value === 'se' ? 1 : compareText(a.value, b.value, language)))
      .map((row) => value(row, row.value === 'se' || row.value === 'no' ? translate(language, `country.${row.value}`) : row.value)),
  };
}

/** Searches the texts of every published evaluation; throws `invalid_search_query` for a query it cannot read. */
export async function searchReports(context: AppContext, query: SearchQuery): Promise<SearchResponse> {
  const { db } = context.database;
  const { catalogue } = context;
  const language = query.lang;
  const parsed = parseSearchQuery(query.q, SEARCH_QUERY_MAX_LENGTH);
  if (!parsed.ok) throw invalidQuery(parsed.problem);
  const compiled = await compile(db, parsed.query);
  const filters = filtersOf(query, catalogue);
  const found = await searchPassages(db, compiled, filters, { offset: query.offset, limit: query.limit });

  const countyIds = [...new Set([...found.facets.filter((row) => row.facet === 'county').map((row) => row.value)])];
  const countyNames = new Map(
    countyIds.length === 0 ? [] : (await db.select({ id: counties.id, name: counties.name }).from(counties).where(inArray(counties.id, countyIds))).map((row) => [row.id, row.name]),
  );
  const highlightStems = [...new Set(compiled.groups.flat().flatMap((term) => term.compounds))];

  return {
    total: found.total,
    offset: query.offset,
    limit: query.limit,
    hits: found.page.map((row) => {
      const framework = catalogue.frameworks.get(row.frameworkId);
      const area = areaOf(framework, row.areaCode);
      const subarea = row.unitCode === null ? undefined : area?.subareas.find((unit) => unit.code === row.unitCode);
      return {
        evaluation: { id: row.evaluationId, year: row.year, frameworkId: row.frameworkId, frameworkTitle: framework ? localise(framework.title, language) : row.frameworkId },
        municipality: { id: row.municipalityId, country: row.country === 'no' ? 'no' : 'se', name: row.municipalityName, countyId: row.countyId, countyName: row.countyName },
        kind: row.kind,
        area: row.areaCode === null ? null : { code: row.areaCode, title: area ? localise(area.title, language) : row.areaCode },
        subarea: row.unitCode === null ? null : { code: row.unitCode, title: subarea ? localise(subarea.title, language) : row.unitCode },
        snippet: buildSnippet({ headline: row.headline, body: row.body, stems: highlightStems, start: MATCH_START, end: MATCH_END }),
        anchor: anchorOf(row),
        viaAreaMap: filters.area !== null && row.frameworkId !== filters.area.frameworkId,
      };
    }),
    facets: facetLabels(found.facets, catalogue, countyNames, language),
    caveat: found.mapped > 0 ? localise(catalogue.caveat, language) : null,
  };
}
