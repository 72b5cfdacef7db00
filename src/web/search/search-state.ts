/**
 * The search in the reports' texts, kept in the page's address so a link reproduces it and back
 * and forward work: the same parameter names as the API (`q`, `kind`, `model`, `area`, `year`,
 * `county`, `group`, `country`, `offset`). Values of a form the API would refuse are ignored
 * (a filter not chosen), never sent; the query text is sent as it is, so the API words its errors.
 */
import { SEARCH_KINDS, SEARCH_LIMIT_DEFAULT, SEARCH_OFFSET_MAX, type SearchKind } from '../../contract/search.js';
import type { Language } from '../../i18n/index.js';

/** The filters with one value each, in the order the page shows them (after the kinds). */
export const SINGLE_FILTERS = ['model', 'area', 'year', 'county', 'group', 'country'] as const;
export type SingleFilter = (typeof SINGLE_FILTERS)[number];

/** Hits per page. */
export const SEARCH_PAGE_SIZE = SEARCH_LIMIT_DEFAULT;

export interface SearchState {
  /** The query text as typed (trimmed); '' = no search. */
  q: string;
  /** The kinds of text chosen, in SEARCH_KINDS order; none = every kind. */
  kinds: SearchKind[];
  /** The other filters ('' = not chosen). */
  filters: Record<SingleFilter, string>;
  /** The first hit shown (a multiple of the page size). */
  offset: number;
}

export const EMPTY_SEARCH: SearchState = {
  q: '',
  kinds: [],
  filters: { model: '', area: '', year: '', county: '', group: '', country: '' },
  offset: 0,
};

/** The form of each filter's value the API takes. */
const FORMS: Record<SingleFilter, RegExp> = {
  model: /^[a-z0-9-]{1,100}$/,
  area: /^[a-z0-9-]{1,100}:[A-Za-z0-9.]{1,16}$/,
  year: /^(19|2[01])\d{2}$|^2200$/,
  county: /^(se|no)-\d{2}$/,
  group: /^[A-Za-z0-9]{1,8}$/,
  country: /^(se|no)$/,
};

/** The search in an address's query string; malformed filters count as not chosen. */
export function searchFromParams(params: URLSearchParams): SearchState {
  const q = (params.get('q') ?? '').trim();
  const chosen = new Set((params.get('kind') ?? '').split(',').map((kind) => kind.trim()));
  const kinds = SEARCH_KINDS.filter((kind) => chosen.has(kind));
  const filters = { ...EMPTY_SEARCH.filters };
  for (const name of SINGLE_FILTERS) {
    const value = params.get(name)?.trim() ?? '';
    if (FORMS[name].test(value)) filters[name] = value;
  }
  const rawOffset = Number(params.get('offset') ?? '0');
  const offset = Number.isInteger(rawOffset) && rawOffset > 0 ? Math.min(rawOffset - (rawOffset % SEARCH_PAGE_SIZE), maxOffset()) : 0;
  return { q, kinds, filters, offset };
}

/** The furthest page start the API serves, as a multiple of the page size. */
function maxOffset(): number {
  return SEARCH_OFFSET_MAX - (SEARCH_OFFSET_MAX % SEARCH_PAGE_SIZE);
}

/** The address's query string of a search (canonical order; nothing for what is not chosen). */
export function searchToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kinds.length > 0) params.set('kind', state.kinds.join(','));
  for (const name of SINGLE_FILTERS) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.offset > 0) params.set('offset', String(state.offset));
  return params;
}

/** The query string of a search as text ('' when nothing is chosen), for `paths.search`. */
export function searchToQueryString(state: SearchState): string {
  return searchToParams(state).toString();
}

/** The API query of a search, its labels in `lang`. */
export function searchApiQuery(state: SearchState, lang: Language) {
  return {
    q: state.q,
    ...(state.kinds.length > 0 ? { kind: state.kinds.join(',') } : {}),
    ...Object.fromEntries(SINGLE_FILTERS.filter((name) => state.filters[name]).map((name) => [name, state.filters[name]])),
    lang,
    offset: state.offset,
    limit: SEARCH_PAGE_SIZE,
  };
}

/** True when a search can be made: there is query text. */
export const hasQuery = (state: SearchState): boolean => state.q !== '';

/** How many filters are chosen (each chosen kind counts). */
export function activeFilterCount(state: SearchState): number {
  return state.kinds.length + SINGLE_FILTERS.filter((name) => state.filters[name]).length;
}

/** The search with a kind of text added or taken away (back to the first page). */
export function toggleKind(state: SearchState, kind: SearchKind, on: boolean): SearchState {
  const chosen = new Set(state.kinds);
  if (on) chosen.add(kind);
  else chosen.delete(kind);
  return { ...state, kinds: SEARCH_KINDS.filter((each) => chosen.has(each)), offset: 0 };
}

/** The search with one filter set ('' = not chosen), back to the first page. */
export function setFilter(state: SearchState, name: SingleFilter, value: string): SearchState {
  return { ...state, filters: { ...state.filters, [name]: FORMS[name].test(value) ? value : '' }, offset: 0 };
}

/** The search with every filter cleared (the query text kept), back to the first page. */
export function clearFilters(state: SearchState): SearchState {
  return { ...state, kinds: [], filters: { ...EMPTY_SEARCH.filters }, offset: 0 };
}

/** The search with new query text, back to the first page; the filters are kept. */
export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q: q.trim(), offset: 0 };
}

/** The search at another page start. */
export function atOffset(state: SearchState, offset: number): SearchState {
  return { ...state, offset };
}

export interface PageLink {
  /** 1-based page number. */
  page: number;
  offset: number;
  current: boolean;
}

/**
 * The pages to link to: the first, the last and up to `around` pages either side of the current
 * one, in order; `gap` marks where pages are left out before a link. Nothing when all hits fit
 * on one page. Pages beyond what the API serves are not offered.
 */
export function pageLinks(total: number, offset: number, limit = SEARCH_PAGE_SIZE, around = 2): Array<PageLink & { gapBefore: boolean }> {
  const pages = Math.ceil(Math.min(total, maxOffset() + limit) / limit);
  if (pages <= 1) return [];
  const current = Math.floor(offset / limit) + 1;
  const shown = new Set<number>([1, pages]);
  for (let page = current - around; page <= current + around; page += 1) if (page >= 1 && page <= pages) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.map((page, index) => ({
    page,
    offset: (page - 1) * limit,
    current: page === current,
    gapBefore: index > 0 && page - sorted[index - 1]! > 1,
  }));
}
