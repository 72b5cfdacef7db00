import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanOf } from './comparison/statistics.js';
import type { Hundredths } from './decimal.js';
import {
  pointsToHundredths,
  showAverages,
  showMeanPercent,
  showParts,
  showQuantile,
  showRange,
  showScores,
  showTotal,
  shownExtremes,
  shownPercent,
  type ExactScoreTree,
  type ShownFigure,
} from './display-figures.js';

/** Runs of the unit properties: the function is cheap, so many. */
const RUNS = 3000;

/** A random score tree: 1–9 areas, each with 0–7 sub-areas (0 = scored as a whole), whole maxima, scores in hundredths or missing. */
const scoreTree: fc.Arbitrary<ExactScoreTree> = fc
  .array(
    fc.oneof(
      fc.array(
        fc.integer({ min: 1, max: 40 }).chain((max) =>
          fc.record({ max: fc.constant(max), score: fc.option(fc.integer({ min: 0, max: max * 100 }), { freq: 8 }) }),
        ),
        { minLength: 1, maxLength: 7 },
      ),
      fc.integer({ min: 1, max: 100 }).chain((max) => fc.record({ max: fc.constant(max), score: fc.option(fc.integer({ min: 0, max: max * 100 }), { freq: 8 }) })),
    ),
    { minLength: 1, maxLength: 9 },
  )
  .map((areas) => ({
    areas: areas.map((area, index) =>
      Array.isArray(area)
        ? {
            code: String(index + 1),
            max: area.reduce((sum, part) => sum + part.max, 0),
            score: null,
            subareas: area.map((part, partIndex) => ({ code: `${index + 1}.${partIndex + 1}`, score: part.score, max: part.max })),
          }
        : { code: String(index + 1), max: area.max, score: area.score, subareas: [] },
    ),
  }));

/** A reader's check of a whole percent: p is shown/max half-up, i.e. (2p − 1)·max ≤ 200·shown < (2p + 1)·max. */
function expectPercentOfShown(figure: { shown: number | null; max: number; percent: number | null }) {
  if (figure.shown === null) {
    expect(figure.percent).toBeNull();
    return;
  }
  const p = figure.percent ?? Number.NaN;
  expect((2 * p - 1) * figure.max).toBeLessThanOrEqual(200 * figure.shown);
  expect(200 * figure.shown).toBeLessThan((2 * p + 1) * figure.max);
}

/** A reader's check of a "highest/lowest" statement against the shown percents. */
function expectExtremesOfShown(items: readonly ShownFigure[], extremes: { highest: string[]; lowest: string[] }) {
  const scored = items.filter((item) => item.shown !== null && item.max > 0);
  const percents = scored.map((item) => item.percent ?? 0);
  const spread = percents.length >= 2 && Math.max(...percents) !== Math.min(...percents);
  if (!spread) {
    expect(extremes).toEqual({ highest: [], lowest: [] });
    return;
  }
  expect(extremes.highest).toEqual(scored.filter((item) => item.percent === Math.max(...percents)).map((item) => item.code));
  expect(extremes.lowest).toEqual(scored.filter((item) => item.percent === Math.min(...percents)).map((item) => item.code));
}

describe('showScores', () => {
  it(`shows parts that add up at every level, percents of the shown points, and extremes by shown percent (${RUNS} trees)`, () => {
    fc.assert(
      fc.property(scoreTree, (tree) => {
        const shown = showScores(tree);
        expect(shown.areas.reduce((sum, area) => sum + area.shown, 0)).toBe(shown.total.shown);
        expect(shown.total.max).toBe(tree.areas.reduce((sum, area) => sum + area.max, 0));
        expectPercentOfShown(shown.total);
        for (const area of shown.areas) {
          expectPercentOfShown(area);
          if (area.subareas.length > 0) expect(area.subareas.reduce((sum, subarea) => sum + (subarea.shown ?? 0), 0)).toBe(area.shown);
          area.subareas.forEach(expectPercentOfShown);
          expectExtremesOfShown(area.subareas, area.extremes);
        }
        expectExtremesOfShown(shown.areas, shown.extremes);
      }),
      { numRuns: RUNS },
    );
  });

  it(`keeps the exact values, moves none by a point or more, and flags exactly the rounded ones (${RUNS} trees)`, () => {
    fc.assert(
      fc.property(scoreTree, (tree) => {
        const shown = showScores(tree);
        const figures = [shown.total, ...shown.areas, ...shown.areas.flatMap((area) => area.subareas)];
        for (const figure of figures) {
          if (figure.exact === null) {
            expect(figure.shown).toBeNull();
            expect(figure.rounded).toBe(false);
            continue;
          }
          expect(Math.abs((figure.shown ?? 0) * 100 - figure.exact)).toBeLessThan(100);
          expect(figure.rounded).toBe((figure.shown ?? 0) * 100 !== figure.exact);
        }
        tree.areas.forEach((area, index) => {
          const shownArea = shown.areas[index]!;
          area.subareas.forEach((subarea, partIndex) => expect(shownArea.subareas[partIndex]!.exact).toBe(subarea.score));
          expect(shownArea.anyRounded).toBe(shownArea.rounded || shownArea.subareas.some((subarea) => subarea.rounded));
          expect(shownArea.complete).toBe(area.subareas.length > 0 ? area.subareas.every((subarea) => subarea.score !== null) : area.score !== null);
        });
        expect(shown.anyRounded).toBe(figures.some((figure) => figure.rounded));
        expect(shown.total).toEqual(showTotal(shown.total.exact, shown.total.max));
      }),
      { numRuns: RUNS },
    );
  });

  it('shows 19.5 of 30 as 20 of 30 and 67 %, never the exact 65 %', () => {
    const shown = showScores({ areas: [{ code: '8', max: 30, score: null, subareas: [{ code: '8.2', score: 1950, max: 30 }] }] });
    expect(shown.areas[0]!.subareas[0]).toEqual({ code: '8.2', exact: 1950, shown: 20, max: 30, percent: 67, rounded: true });
    expect(shown.anyRounded).toBe(true);
  });

  it('names the highest share by the shown figures: 7.1 with 9.75 of 15 is shown as 9 of 15 and is not the highest', () => {
    // Area 7 has 48.25 and shows 48; 7.1's remainder 0.75 loses to 7.2's and 7.3's, so 7.1 shows 9.
    const shown = showScores({
      areas: [
        {
          code: '7',
          max: 100,
          score: null,
          subareas: [
            { code: '7.1', score: 975, max: 15 },
            { code: '7.2', score: 2075, max: 40 },
            { code: '7.3', score: 1575, max: 25 },
            { code: '7.4', score: 200, max: 20 },
          ],
        },
      ],
    });
    const area = shown.areas[0]!;
    expect(area.subareas.map((subarea) => [subarea.code, subarea.shown, subarea.percent])).toEqual([
      ['7.1', 9, 60],
      ['7.2', 21, 53],
      ['7.3', 16, 64],
      ['7.4', 2, 10],
    ]);
    // Exactly, 7.1 has the highest share (65 % against 63 %); shown, 7.3 has: the statement follows the shown figures.
    expect(area.extremes).toEqual({ highest: ['7.3'], lowest: ['7.4'] });
  });

  it('names every item that shares the top or bottom shown percent', () => {
    expect(
      shownExtremes([
        { code: 'a', shown: 9, max: 15 },
        { code: 'b', shown: 12, max: 20 },
        { code: 'c', shown: 5, max: 20 },
        { code: 'd', shown: null, max: 20 },
      ]),
    ).toEqual({ highest: ['a', 'b'], lowest: ['c'] });
    expect(shownExtremes([{ code: 'a', shown: 3, max: 10 }, { code: 'b', shown: 6, max: 20 }])).toEqual({ highest: [], lowest: [] });
    expect(shownExtremes([{ code: 'a', shown: 3, max: 10 }])).toEqual({ highest: [], lowest: [] });
  });

  it('shows an unscored sub-area as nothing and counts it as zero in its area', () => {
    const shown = showScores({ areas: [{ code: '1', max: 30, score: null, subareas: [{ code: '1.1', score: 650, max: 10 }, { code: '1.2', score: null, max: 20 }] }] });
    expect(shown.areas[0]!.subareas[1]).toEqual({ code: '1.2', exact: null, shown: null, max: 20, percent: null, rounded: false });
    expect(shown.areas[0]!.shown).toBe(7);
    expect(shown.complete).toBe(false);
  });

  it('computes a percent of whole points half-up', () => {
    expect(shownPercent(20, 30)).toBe(67);
    expect(shownPercent(1, 8)).toBe(13);
    expect(shownPercent(5, 0)).toBe(0);
  });
});

const mean = fc.integer({ min: 0, max: 10000 });

describe('showAverages', () => {
  it(`gives every average one decimal, within a tenth of its value, adding up to the shown total whenever it can (${RUNS} groups)`, () => {
    fc.assert(
      fc.property(fc.array(fc.option(mean, { freq: 10 }), { minLength: 1, maxLength: 9 }), fc.option(fc.integer({ min: 0, max: 80000 }), { freq: 10 }), fc.boolean(), (areas, given, sumOfAreas) => {
        const known = areas.every((area) => area !== null);
        // Half of the groups get a total that is the sum of the areas, as computed groups do.
        const total = sumOfAreas && known ? areas.reduce<number>((sum, area) => sum + (area ?? 0), 0) : given;
        const shown = showAverages(areas, total);
        expect(shown.decimals).toBe(1);
        const tenths = (value: number) => Math.round(value * 10);
        shown.areas.forEach((value, index) => {
          const exact = areas[index];
          if (exact === null || exact === undefined) {
            expect(value).toBeNull();
            return;
          }
          expect(Math.abs(value! * 10 - tenths(value!))).toBeLessThan(1e-9);
          expect(Math.abs(tenths(value!) * 10 - exact)).toBeLessThan(10);
        });
        if (total === null) {
          expect(shown.total).toBeNull();
          return;
        }
        expect(tenths(shown.total!) * 10).toBe(Math.floor((total + 5) / 10) * 10);
        const adds = known && shown.areas.reduce<number>((sum, value) => sum + tenths(value ?? 0), 0) === tenths(shown.total!);
        expect(shown.totalIsNotSum).toBe(known && !adds);
        const givenValues = [...areas, total];
        const shownValues = [...shown.areas, shown.total];
        expect(shown.rounded).toBe(givenValues.some((value, index) => value !== null && Math.round(shownValues[index]! * 100) !== value));
        if (known && total === areas.reduce<number>((sum, area) => sum + (area ?? 0), 0)) expect(shown.totalIsNotSum).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it(`keeps each shown average within the outward-rounded range of the values it averages (${RUNS} groups)`, () => {
    const evaluation = (areaCount: number) => fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: areaCount, maxLength: areaCount });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((areaCount) => fc.array(evaluation(areaCount), { minLength: 1, maxLength: 30 })),
        (evaluations) => {
          const areaCount = evaluations[0]!.length;
          const byArea = Array.from({ length: areaCount }, (_, index) => evaluations.map((scores) => scores[index]!));
          const totals = evaluations.map((scores) => scores.reduce((sum, score) => sum + score, 0));
          const means = byArea.map((values) => pointsToHundredths(meanOf(values)));
          const shown = showAverages(means, pointsToHundredths(meanOf(totals)));
          const within = (value: number | null, values: readonly Hundredths[]) => {
            const range = showRange(Math.min(...values), Math.max(...values));
            expect(Math.round(range.min * 100)).toBeLessThanOrEqual(Math.min(...values));
            expect(Math.round(range.max * 100)).toBeGreaterThanOrEqual(Math.max(...values));
            expect(Math.max(...values) - Math.round(range.max * 100)).toBeGreaterThan(-10);
            expect(value!).toBeGreaterThanOrEqual(range.min);
            expect(value!).toBeLessThanOrEqual(range.max);
          };
          shown.areas.forEach((value, index) => within(value, byArea[index]!));
          within(shown.total, totals);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('apportions 10.04 three times to 10.1 + 10.0 + 10.0 = 30.1', () => {
    expect(showAverages([1004, 1004, 1004], 3012)).toEqual({ decimals: 1, areas: [10.1, 10, 10], total: 30.1, totalIsNotSum: false, rounded: true });
    expect(showAverages([1010, 2000], 3010).rounded).toBe(false);
  });

  it('shows a stored total that is not the sum of its areas as given, and says so', () => {
    expect(showAverages([1004, 2006], 3550)).toEqual({ decimals: 1, areas: [10, 20.1], total: 35.5, totalIsNotSum: true, rounded: true });
    expect(showAverages([1004, null], 3550)).toEqual({ decimals: 1, areas: [10, null], total: 35.5, totalIsNotSum: false, rounded: true });
  });
});

describe('showParts', () => {
  it(`adds up to the total when the parts are the total, and says when they do not (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10000 }), { freq: 8 }), { minLength: 1, maxLength: 9 }), fc.option(fc.integer({ min: 0, max: 80000 })), (parts, other) => {
        const sum = parts.reduce<number>((acc, part) => acc + (part ?? 0), 0);
        const total = other ?? sum;
        const shown = showParts(parts, total);
        const allKnown = parts.every((part) => part !== null);
        const shownSum = shown.parts.reduce<number>((acc, part) => acc + (part ?? 0), 0);
        expect(shown.total).toBe(Math.floor((total + 50) / 100));
        if (allKnown && total === sum) expect(shownSum).toBe(shown.total);
        expect(shown.totalIsNotSum).toBe(allKnown && shownSum !== shown.total);
        parts.forEach((part, index) => {
          if (part === null) expect(shown.parts[index]).toBeNull();
          else expect(Math.abs(shown.parts[index]! * 100 - part)).toBeLessThan(100);
        });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('showQuantile', () => {
  it('rounds a quantile half-up to one decimal, once, from its unrounded hundredths', () => {
    expect(showQuantile(20_475)).toBe(204.8);
    expect(showQuantile(20_474.75)).toBe(204.7);
    expect(showQuantile(1_234.5)).toBe(12.3); // 12.345 → 12.3, not 12.35 → 12.4
    expect(showQuantile(0)).toBe(0);
  });

  it('keeps quantiles ordered and within the range shown beside them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), fc.integer({ min: 0, max: 80_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, p) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const quantile = min + Math.round(p * 4 * (max - min)) / 4;
        const range = showRange(min, max);
        expect(showQuantile(quantile)).toBeGreaterThanOrEqual(range.min);
        expect(showQuantile(quantile)).toBeLessThanOrEqual(range.max);
        expect(showQuantile(min)).toBeLessThanOrEqual(showQuantile(quantile));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('showMeanPercent', () => {
  it('is the mean as a percent of max, half-up to one decimal in one rounding', () => {
    expect(showMeanPercent(15_050, 1, 200)).toBe(75.3); // 150.5 of 200 = 75.25 %
    expect(showMeanPercent(12_000, 2, 100)).toBe(60);
    expect(showMeanPercent(10_000, 3, 100)).toBe(33.3);
    expect(showMeanPercent(0, 0, 100)).toBe(0);
  });

  it('equals the rational percent rounded half-up to a tenth', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 200 }), (values, max) => {
        const sum = values.reduce((acc, value) => acc + value, 0);
        const tenths = (2n * BigInt(sum) * 10n + BigInt(values.length * max)) / (2n * BigInt(values.length * max));
        expect(showMeanPercent(sum, values.length, max)).toBe(Number(tenths) / 10);
      }),
      { numRuns: RUNS },
    );
  });
});
