import { describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../../contract/search.js';
import {
  activeFilterCount,
  atOffset,
  clearFilters,
  EMPTY_SEARCH,
  pageLinks,
  SEARCH_PAGE_SIZE,
  searchApiQuery,
  searchFromParams,
  searchToParams,
  searchToQueryString,
  setFilter,
  toggleKind,
  withQuery,
} from './search-state.js';

const from = (query: string) => searchFromParams(new URLSearchParams(query));

describe('the search in the address', () => {
  it('reads the query text and every filter, and writes them back the same', () => {
    const query = 'q=medborgardialog+-skola&kind=strength%2Cimprovement&model=kommunkompassen-2020&area=kommunkompassen-2020%3A1&year=2023&county=se-20&group=C9&country=se&offset=40';
    const state = from(query);
    expect(state).toEqual({
      q: 'medborgardialog -skola',
      kinds: ['strength', 'improvement'],
      filters: { model: 'kommunkompassen-2020', area: 'kommunkompassen-2020:1', year: '2023', county: 'se-20', group: 'C9', country: 'se' },
      offset: 40,
    });
    expect(searchToQueryString(state)).toBe(query);
    expect(from(searchToQueryString(state))).toEqual(state);
  });

  it('ignores filters of a form the API refuses, unknown kinds and a bad offset, but keeps the query text as typed', () => {
    const state = from('q=%22open+phrase&kind=strength,nonsense,,summary&year=20x3&county=2029&country=dk&area=3&offset=-20&group=%3Cb%3E');
    expect(state).toEqual({ ...EMPTY_SEARCH, q: '"open phrase', kinds: ['strength', 'summary'] });
    expect(from('q=a&offset=7').offset).toBe(0);
    expect(from('q=a&offset=45').offset).toBe(40);
    expect(from('q=a&offset=abc').offset).toBe(0);
    expect(from('q=a&offset=99999999').offset).toBeLessThanOrEqual(10_000);
  });

  it('lists the kinds in one order whatever the address says, without repeats', () => {
    expect(from('kind=summary,strength,summary').kinds).toEqual(['strength', 'summary']);
    expect(searchToParams(from('kind=summary,strength')).get('kind')).toBe('strength,summary');
  });

  it('leaves out what is not chosen', () => {
    expect(searchToQueryString(EMPTY_SEARCH)).toBe('');
    expect(searchToQueryString(withQuery(EMPTY_SEARCH, '  styrning  '))).toBe('q=styrning');
  });
});

describe('changing the search', () => {
  const base = { ...from('q=styrning&year=2023&offset=60') };

  it('goes back to the first page on every change of query or filter, and counts the chosen filters', () => {
    const withKind = toggleKind(base, 'strength', true);
    expect(withKind.offset).toBe(0);
    expect(withKind.kinds).toEqual(['strength']);
    expect(activeFilterCount(withKind)).toBe(2);
    expect(toggleKind(withKind, 'strength', false).kinds).toEqual([]);
    expect(setFilter(base, 'county', 'se-20')).toMatchObject({ offset: 0, filters: { county: 'se-20', year: '2023' } });
    expect(setFilter(base, 'county', 'bad').filters.county).toBe('');
    expect(withQuery(base, 'ledarskap')).toMatchObject({ q: 'ledarskap', offset: 0, filters: { year: '2023' } });
    const cleared = clearFilters(toggleKind(base, 'summary', true));
    expect(cleared).toEqual({ ...EMPTY_SEARCH, q: 'styrning' });
    expect(activeFilterCount(cleared)).toBe(0);
    expect(atOffset(base, 20).offset).toBe(20);
  });

  it('asks the API exactly what the address says, in a form its schema takes', () => {
    const state = toggleKind(setFilter(from('q=styrning'), 'area', 'kommunkompassen-2016:3'), 'good-example', true);
    const query = searchApiQuery(state, 'nb');
    expect(query).toEqual({ q: 'styrning', kind: 'good-example', area: 'kommunkompassen-2016:3', lang: 'nb', offset: 0, limit: SEARCH_PAGE_SIZE });
    expect(searchQuerySchema.safeParse(query).success).toBe(true);
    expect(searchQuerySchema.safeParse(searchApiQuery(from('q=a&kind=strength,summary&model=x&year=2020&county=no-46&group=B5&country=no&offset=20'), 'sv')).success).toBe(true);
  });
});

describe('page links', () => {
  it('offers nothing when the hits fit on one page', () => {
    expect(pageLinks(0, 0)).toEqual([]);
    expect(pageLinks(SEARCH_PAGE_SIZE, 0)).toEqual([]);
  });

  it('links the first, the last and the pages around the current one, marking the gaps', () => {
    const links = pageLinks(200, 100, 20);
    expect(links.map((link) => `${link.gapBefore ? '… ' : ''}${link.page}${link.current ? '*' : ''}`)).toEqual(['1', '… 4', '5', '6*', '7', '8', '… 10']);
    expect(links.find((link) => link.current)?.offset).toBe(100);
    expect(pageLinks(41, 0, 20).map((link) => link.offset)).toEqual([0, 20, 40]);
  });

  it('offers no page beyond the furthest the API serves', () => {
    const links = pageLinks(1_000_000, 0, 20);
    expect(links.at(-1)!.offset).toBeLessThanOrEqual(10_000);
  });
});
