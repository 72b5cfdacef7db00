import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework.js';
import { modelDistribution } from './distribution.js';
import { rankClassOfPosition, rankClassesOf } from './rank-classes.js';
import { crossVersionSeries, modelTrend, nearestYearValue } from './trends.js';

const hundredths = fc.array(fc.integer({ min: 0, max: 80_000 }), { minLength: 1, maxLength: 200 });

describe('modelDistribution', () => {
  it('gives n, min, R-7 quartiles, max and the exact mean, and their shown figures', () => {
    // quantile(c(144, 225, 270, 288), type = 7): 144.00 204.75 247.50 274.50 288.00; mean 231.75
    const totals = [27_000, 22_500, 14_400, 28_800];
    const areas = [
      [13_500, 11_250, 7_200, 14_400],
      [13_500, 11_250, 7_200, 14_400],
    ];
    const result = modelDistribution(totals, areas);
    expect(result.total.n).toBe(4);
    expect(result.total.exact).toEqual({ min: 144, q1: 204.75, median: 247.5, q3: 274.5, max: 288, mean: 231.75 });
    // shown: one decimal, quartiles half-up once (204.75 → 204.8), mean 231.75 → 231.8
    expect(result.total.shown).toEqual({ min: 144, q1: 204.8, median: 247.5, q3: 274.5, max: 288, mean: 231.8 });
    expect(result.total.rounded).toBe(true);
    // the area means (115.875 → 115.88 each) are apportioned so they add up to the shown 231.8
    const shownAreaMeans = result.areas.map((area) => area.shown!.mean);
    expect(Math.round(shownAreaMeans.reduce((a, b) => a + b, 0) * 10)).toBe(2318);
    expect(result.totalIsNotSum).toBe(false);
  });

  it('has no figures for an empty group', () => {
    const result = modelDistribution([], [[]]);
    expect(result.total).toEqual({ n: 0, exact: null, shown: null, rounded: false });
    expect(result.areas[0]!.exact).toBeNull();
  });

  it('keeps quartiles ordered, the mean within min and max, and the shown figures within the shown range', () => {
    fc.assert(
      fc.property(hundredths, (values) => {
        const { total } = modelDistribution(values, []);
        const exact = total.exact!;
        const shown = total.shown!;
        for (const figures of [exact, shown]) {
          expect(figures.min).toBeLessThanOrEqual(figures.q1);
          expect(figures.q1).toBeLessThanOrEqual(figures.median);
          expect(figures.median).toBeLessThanOrEqual(figures.q3);
          expect(figures.q3).toBeLessThanOrEqual(figures.max);
          expect(figures.mean).toBeGreaterThanOrEqual(figures.min);
          expect(figures.mean).toBeLessThanOrEqual(figures.max);
        }
        expect(shown.min).toBeLessThanOrEqual(exact.min);
        expect(shown.max).toBeGreaterThanOrEqual(exact.max);
      }),
    );
  });

  it('shows area means that add up to the shown total mean when every evaluation has every area', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })), { minLength: 1, maxLength: 60 }), (rows) => {
        const areas = [0, 1, 2].map((index) => rows.map((row) => row[index]!));
        const result = modelDistribution(
          rows.map((row) => row[0] + row[1] + row[2]),
          areas,
        );
        if (result.totalIsNotSum) return;
        const sum = result.areas.reduce((acc, area) => acc + Math.round(area.shown!.mean * 10), 0);
        expect(sum).toBe(Math.round(result.total.shown!.mean * 10));
      }),
    );
  });
});

describe('rank classes', () => {
  it('puts a lone total, and equal totals, in the middle class', () => {
    expect(rankClassesOf([500]).classOf(500)).toBe(3);
    expect(rankClassesOf([500, 500, 500]).classOf(500)).toBe(3);
    expect(rankClassesOf([500]).classOf(499)).toBeNull();
  });

  it('fills five classes evenly for distinct totals in multiples of five', () => {
    const values = Array.from({ length: 10 }, (_, index) => 40_000 + index * 100);
    const classes = rankClassesOf(values);
    expect(values.map(classes.classOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(classes.ranges).toEqual([
      { rankClass: 1, n: 2, min: 40_000, max: 40_100 },
      { rankClass: 2, n: 2, min: 40_200, max: 40_300 },
      { rankClass: 3, n: 2, min: 40_400, max: 40_500 },
      { rankClass: 4, n: 2, min: 40_600, max: 40_700 },
      { rankClass: 5, n: 2, min: 40_800, max: 40_900 },
    ]);
  });

  it('refuses a position outside its group', () => {
    expect(() => rankClassOfPosition(3, 1, 3)).toThrow();
    expect(() => rankClassOfPosition(0, 0, 3)).toThrow();
  });

  it('is between 1 and 5, shared by ties, never lower for a higher total, and counts every value once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 1, maxLength: 200 }), (values) => {
        const classes = rankClassesOf(values);
        const sorted = [...values].sort((a, b) => a - b);
        let previous = 1;
        for (const value of sorted) {
          const rankClass = classes.classOf(value)!;
          expect(rankClass).toBeGreaterThanOrEqual(previous);
          expect(rankClass).toBeLessThanOrEqual(5);
          previous = rankClass;
        }
        expect(classes.ranges.reduce((sum, range) => sum + range.n, 0)).toBe(values.length);
        // the classes' ranges do not overlap and climb
        const filled = classes.ranges.filter((range) => range.n > 0);
        for (let index = 1; index < filled.length; index += 1) expect(filled[index]!.min!).toBeGreaterThan(filled[index - 1]!.max!);
        // a class never holds more than its fifth plus the ties that straddle a boundary
        for (const range of filled) {
          const tiesAtEnds = values.filter((value) => value === range.min || value === range.max).length;
          expect(range.n).toBeLessThanOrEqual(Math.ceil(values.length / 5) + tiesAtEnds);
        }
      }),
    );
  });
});

describe('modelTrend', () => {
  it('gives per year n, the incomplete left out, mean and median; undated apart', () => {
    const scores = (total: number) => ({ total, areas: new Map([['1', total]]) });
    const trend = modelTrend(
      [
        { year: 2021, scores: scores(50_000) },
        { year: 2021, scores: scores(40_000) },
        { year: 2021, scores: scores(45_050) },
        { year: 2021, scores: null },
        { year: 2020, scores: scores(30_000) },
        { year: null, scores: scores(10_000) },
        { year: 2019, scores: null },
      ],
      ['1'],
    );
    expect(trend.undated).toBe(1);
    expect(trend.years.map((year) => year.year)).toEqual([2020, 2021]);
    const [y2020, y2021] = trend.years;
    expect(y2020).toMatchObject({ n: 1, incomplete: 0, total: { mean: 300, median: 300, shownMean: 300, shownMedian: 300 } });
    // mean of 500, 400, 450.5 = 450.1666… → 450.17; shown 450.2
    expect(y2021).toMatchObject({ n: 3, incomplete: 1, total: { mean: 450.17, median: 450.5, shownMean: 450.2, shownMedian: 450.5 } });
    expect(y2021!.areas).toEqual([{ code: '1', mean: 450.17, median: 450.5, shownMean: 450.2, shownMedian: 450.5 }]);
  });
});

const title = { sv: 't', en: 't', nb: 't' };
const framework = (id: string, maxima: number[]): Framework => ({
  id,
  title,
  revision: id,
  usedFrom: 2000,
  usedTo: null,
  current: false,
  scoreStep: '0.01',
  areas: maxima.map((max, index) => ({ code: String(index + 1), title, max, aliases: [], subareas: [] })),
});

describe('crossVersionSeries', () => {
  it('keeps every version apart, in percent of the linked max, through the area map', () => {
    const newer = framework('new', [100, 50]);
    const older = framework('old', [100, 200]);
    const maps = [{ from: 'old', to: 'new', areas: { '1': '2', '2': '1' } }];
    const areas = (one: number, two: number) => ({ total: one + two, areas: new Map([['1', one], ['2', two]]) });
    const series = crossVersionSeries(
      newer,
      [
        { framework: newer, evaluations: [{ year: 2021, scores: areas(5_000, 2_500) }, { year: 2021, scores: areas(7_000, 3_000) }] },
        { framework: older, evaluations: [{ year: 2021, scores: areas(4_000, 10_000) }, { year: 2017, scores: areas(6_000, 15_050) }, { year: 2018, scores: null }] },
      ],
      maps,
    );
    expect(series[0]).toEqual({
      code: '1',
      points: [
        // old area 2 (max 200) ↦ new area 1: 150.5 of 200 = 75.25 %
        { year: 2017, frameworkId: 'old', from: ['2'], n: 1, meanPercent: 75.25, shownPercent: 75.3 },
        // new area 1: (50 + 70) / 2 of 100 = 60 %
        { year: 2021, frameworkId: 'new', from: ['1'], n: 2, meanPercent: 60, shownPercent: 60 },
        { year: 2021, frameworkId: 'old', from: ['2'], n: 1, meanPercent: 50, shownPercent: 50 },
      ],
    });
    expect(series[1]!.points.map((point) => [point.year, point.frameworkId, point.meanPercent])).toEqual([
      [2017, 'old', 60],
      [2021, 'new', 55],
      [2021, 'old', 40],
    ]);
  });

  it('leaves out a version without a map to the target', () => {
    const newer = framework('new', [100]);
    const other = framework('other', [100]);
    const series = crossVersionSeries(newer, [{ framework: other, evaluations: [{ year: 2020, scores: { total: 1, areas: new Map([['1', 1]]) } }] }], []);
    expect(series).toEqual([{ code: '1', points: [] }]);
  });
});

describe('nearestYearValue', () => {
  const series = [
    { year: 2015, value: 'A' },
    { year: 2019, value: 'B' },
    { year: 2023, value: 'C' },
  ];
  it('takes the nearest year, the earlier on a tie, the latest without a year', () => {
    expect(nearestYearValue(series, 2017)).toBe('A');
    expect(nearestYearValue(series, 2018)).toBe('B');
    expect(nearestYearValue(series, 2030)).toBe('C');
    expect(nearestYearValue(series, null)).toBe('C');
    expect(nearestYearValue([], 2020)).toBeNull();
  });
});
