/**
 * The statistics page's pure parts: its filters in the address, the rank classes' legend in
 * words, and sorting and filtering the table of every municipality's latest evaluation. Words
 * and number formats come in as arguments.
 */
import { compareText, type Language } from '../../i18n/index.js';

/** The page's filters as the address holds them ('' = not chosen). `q` filters the table by name. */
export interface StatisticsFilters {
  country: 'se' | 'no';
  model: string;
  county: string;
  group: string;
  populationClass: string;
  q: string;
}

const FORMS: Record<Exclude<keyof StatisticsFilters, 'country' | 'q'>, RegExp> = {
  model: /^[a-z0-9-]{1,100}$/,
  county: /^(se|no)-\d{2}$/,
  group: /^[A-Ca-c][1-9]$/,
  populationClass: /^[a-z0-9-]{1,40}$/,
};

/** The filters in the page's address; malformed values count as not chosen, a county of another country too. */
export function filtersFromSearch(search: URLSearchParams): StatisticsFilters {
  const read = (key: keyof typeof FORMS) => {
    const value = search.get(key)?.trim() ?? '';
    return FORMS[key].test(value) ? value : '';
  };
  const country = search.get('country') === 'no' ? 'no' : 'se';
  const county = read('county');
  return {
    country,
    model: read('model'),
    county: county.startsWith(`${country}-`) ? county : '',
    group: country === 'se' ? read('group').toUpperCase() : '',
    populationClass: read('populationClass'),
    q: (search.get('q') ?? '').slice(0, 100),
  };
}

/** The address parameters for `filters` (unchosen ones and the default country left out). */
export function filtersToSearch(filters: StatisticsFilters): URLSearchParams {
  const next = new URLSearchParams();
  if (filters.country !== 'se') next.set('country', filters.country);
  for (const key of ['model', 'county', 'group', 'populationClass', 'q'] as const) {
    const value = filters[key].trim();
    if (value) next.set(key, value);
  }
  return next;
}

/** The API's query for `filters` (the name filter stays in the page). */
export function statisticsQuery(filters: StatisticsFilters): Record<string, string | undefined> {
  return {
    country: filters.country,
    model: filters.model || undefined,
    county: filters.county || undefined,
    group: filters.group || undefined,
    populationClass: filters.populationClass || undefined,
  };
}

/** One rank class as the API gives it: its n and the shown range of its totals. */
export interface RankClassRange {
  rankClass: number;
  n: number;
  shownMin: number | null;
  shownMax: number | null;
}

export interface LegendEntry {
  /** 1…5, or null for municipalities without a result of the chosen model. */
  rankClass: number | null;
  n: number;
  /** The class in words, with its range, e.g. "Klass 5 (högsta femtedelen): 612,5–700 poäng, 12 kommuner". */
  text: string;
}

export interface LegendWords {
  /** A class with its range, e.g. ({ rankClass: '5', min: '612,5', max: '700', n }) => "Klass 5: 612,5–700 poäng (n = 12)". */
  range(params: { rankClass: number; min: string; max: string; n: number }): string;
  /** A class no total falls into. */
  empty(params: { rankClass: number }): string;
  /** Municipalities without a result of the chosen model. */
  noData(params: { n: number }): string;
}

/**
 * The map's and table's legend: every rank class, highest first, with the range of its totals in
 * words, then the municipalities without a result of the chosen model.
 */
export function classLegend(classes: readonly RankClassRange[], noDataCount: number, words: LegendWords, format: (value: number) => string): LegendEntry[] {
  const entries = [...classes]
    .sort((a, b) => b.rankClass - a.rankClass)
    .map((entry): LegendEntry => {
      const text =
        entry.n === 0 || entry.shownMin === null || entry.shownMax === null
          ? words.empty({ rankClass: entry.rankClass })
          : words.range({ rankClass: entry.rankClass, min: format(entry.shownMin), max: format(entry.shownMax), n: entry.n });
      return { rankClass: entry.rankClass, n: entry.n, text };
    });
  return [...entries, { rankClass: null, n: noDataCount, text: words.noData({ n: noDataCount }) }];
}

/** A row of the table of latest evaluations, as the page shows it. */
export interface LatestRow {
  id: string;
  name: string;
  county: string;
  year: number | null;
  model: string;
  /** Shown whole points of the total, and the total's max. */
  total: number;
  max: number;
  percent: number;
  /** Shown whole points per area code (absent: the model has no such area). */
  areas: Readonly<Record<string, number>>;
  rankClass: number | null;
  complete: boolean;
}

export type SortKey = 'name' | 'county' | 'year' | 'model' | 'total' | 'rankClass' | `area:${string}`;
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortState = { key: 'name', direction: 'ascending' };

/** Clicking a column's header: the same column turns round, another starts ascending (figures descending). */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  const textual = key === 'name' || key === 'county' || key === 'model';
  return { key, direction: textual ? 'ascending' : 'descending' };
}

function valueOf(row: LatestRow, key: SortKey): string | number | null {
  if (key === 'name' || key === 'county' || key === 'model') return row[key];
  if (key === 'year' || key === 'rankClass') return row[key];
  if (key === 'total') return row.percent;
  return row.areas[key.slice('area:'.length)] ?? null;
}

/**
 * The rows in the chosen order. Totals sort by percent of their max (so models of different
 * maxima stand where their results put them); missing values last either way; ties by name.
 */
export function sortRows(rows: readonly LatestRow[], sort: SortState, language: Language): LatestRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, sort.key);
    const y = valueOf(b, sort.key);
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    let order = 0;
    if (typeof x === 'string' && typeof y === 'string') order = compareText(x, y, language);
    else if (typeof x === 'number' && typeof y === 'number') order = x - y;
    return order !== 0 ? sign * order : compareText(a.name, b.name, language);
  });
}

/** The rows whose municipality's name contains `text` (case- and accent-insensitive, as people type). */
export function filterRows(rows: readonly LatestRow[], text: string): LatestRow[] {
  const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = fold(text.trim());
  return wanted ? rows.filter((row) => fold(row.name).includes(wanted)) : [...rows];
}

/**
 * The map's width to height as on the ground: a degree of longitude is cos(latitude) of a degree
 * of latitude, taken at the middle of the country's extent (ECharts draws lon/lat as given).
 */
export function aspectScale(boundaries: { features: ReadonlyArray<{ geometry: { coordinates: unknown } }> }): number {
  let south = 90;
  let north = -90;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      south = Math.min(south, value[1]);
      north = Math.max(north, value[1]);
      return;
    }
    for (const item of value) visit(item);
  };
  for (const feature of boundaries.features) visit(feature.geometry.coordinates);
  if (south > north) return 0.75;
  return Math.cos((((south + north) / 2) * Math.PI) / 180);
}
