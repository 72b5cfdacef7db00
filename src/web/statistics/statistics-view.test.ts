import { describe, expect, it } from 'vitest';
import { aspectScale, classLegend, DEFAULT_SORT, filterRows, filtersFromSearch, filtersToSearch, nextSort, sortRows, type LatestRow } from './statistics-view.js';

const row = (name: string, percent: number, extra: Partial<LatestRow> = {}): LatestRow => ({
  id: `se-${name.length}`,
  name,
  county: 'Dalarnas län',
  year: 2020,
  model: 'Kommunkompassen 2020',
  total: percent * 7,
  max: 700,
  percent,
  areas: { '1': percent },
  rankClass: null,
  complete: true,
  ...extra,
});

describe('the filters in the address', () => {
  it('reads what the API takes and drops the rest', () => {
    const filters = filtersFromSearch(new URLSearchParams('country=se&county=se-20&group=b5&model=kommunkompassen-2020&populationClass=x;drop&q=Lek'));
    expect(filters).toEqual({ country: 'se', county: 'se-20', group: 'B5', model: 'kommunkompassen-2020', populationClass: '', q: 'Lek' });
  });

  it('drops a county of another country and SKR groups outside Sweden', () => {
    expect(filtersFromSearch(new URLSearchParams('country=no&county=se-20&group=B5'))).toMatchObject({ country: 'no', county: '', group: '' });
  });

  it('writes only what is chosen, round trip', () => {
    const filters = filtersFromSearch(new URLSearchParams('country=no&county=no-46&q=Berg'));
    expect(filtersToSearch(filters).toString()).toBe('country=no&county=no-46&q=Berg');
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
  });
});

describe('the legend of the rank classes', () => {
  const words = {
    range: ({ rankClass, min, max, n }: { rankClass: number; min: string; max: string; n: number }) => `K${rankClass}: ${min}–${max} (n = ${n})`,
    empty: ({ rankClass }: { rankClass: number }) => `K${rankClass}: none`,
    noData: ({ n }: { n: number }) => `no data: ${n}`,
  };
  it('states every class with its range, highest first, then the municipalities without data', () => {
    const legend = classLegend(
      [
        { rankClass: 1, n: 2, shownMin: 200.5, shownMax: 300 },
        { rankClass: 2, n: 0, shownMin: null, shownMax: null },
        { rankClass: 3, n: 1, shownMin: 410, shownMax: 410 },
      ],
      7,
      words,
      (value) => value.toFixed(1),
    );
    expect(legend.map((entry) => entry.text)).toEqual(['K3: 410.0–410.0 (n = 1)', 'K2: none', 'K1: 200.5–300.0 (n = 2)', 'no data: 7']);
    expect(legend.at(-1)).toMatchObject({ rankClass: null, n: 7 });
  });
});

describe('sorting and filtering the latest evaluations', () => {
  const rows = [row('Östersund', 50), row('Ale', 70, { year: null }), row('Älvdalen', 60, { year: 2018 }), row('Borås', 40, { areas: {} })];

  it('sorts names in the language\'s order', () => {
    expect(sortRows(rows, DEFAULT_SORT, 'sv').map((entry) => entry.name)).toEqual(['Ale', 'Borås', 'Älvdalen', 'Östersund']);
    expect(sortRows(rows, DEFAULT_SORT, 'en').map((entry) => entry.name)).toEqual(['Ale', 'Älvdalen', 'Borås', 'Östersund']);
  });

  it('sorts totals by percent, either way, and keeps missing values last', () => {
    expect(sortRows(rows, { key: 'total', direction: 'descending' }, 'sv').map((entry) => entry.percent)).toEqual([70, 60, 50, 40]);
    expect(sortRows(rows, { key: 'year', direction: 'ascending' }, 'sv').map((entry) => entry.name)).toEqual(['Älvdalen', 'Borås', 'Östersund', 'Ale']);
    expect(sortRows(rows, { key: 'year', direction: 'descending' }, 'sv').map((entry) => entry.name).at(-1)).toBe('Ale');
    expect(sortRows(rows, { key: 'area:1', direction: 'ascending' }, 'sv').map((entry) => entry.name).at(-1)).toBe('Borås');
  });

  it('turns a column round on the second click; a new figure column starts with the highest', () => {
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'total')).toEqual({ key: 'total', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'county')).toEqual({ key: 'county', direction: 'ascending' });
  });

  it('filters by name as people type it, accents and case aside', () => {
    expect(filterRows(rows, 'alv').map((entry) => entry.name)).toEqual(['Älvdalen']);
    expect(filterRows(rows, '  ').length).toBe(4);
    expect(filterRows(rows, 'xyz')).toEqual([]);
  });
});

describe('the map\'s aspect', () => {
  it('narrows longitude by the cosine of the middle latitude', () => {
    const square = (south: number, north: number) => ({
      features: [{ geometry: { coordinates: [[[10, south], [12, south], [12, north], [10, north], [10, south]]] } }],
    });
    expect(aspectScale(square(-1, 1))).toBeCloseTo(1, 6);
    expect(aspectScale(square(59, 61))).toBeCloseTo(0.5, 6);
    expect(aspectScale({ features: [] })).toBe(0.75);
  });
});
