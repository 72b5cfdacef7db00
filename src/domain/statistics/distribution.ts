/**
 * The distribution of a model version's totals and areas over a set of complete evaluations:
 * n, min, quartiles, max and mean, exact (points with two decimals, each rounded once) and
 * as shown (src/domain/display-figures.ts: one decimal; the range rounded outward; the area means
 * apportioned so they add up to the shown total mean, as reports show averages).
 */
import type { Hundredths } from '../decimal.js';
import { pointsToHundredths, showAverages, showQuantile, showRange } from '../display-figures.js';
import { meanOf, quantileOfSorted } from '../comparison/statistics.js';

export interface FiveNumbers {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

export interface FigureDistribution {
  n: number;
  /** Points, two decimals; null when n = 0. */
  exact: FiveNumbers | null;
  /** As shown (one decimal); null when n = 0. */
  shown: FiveNumbers | null;
  /** True when a shown figure differs from its exact value. */
  rounded: boolean;
}

export interface ModelDistribution {
  total: FigureDistribution;
  /** In the order of the areas given. */
  areas: FigureDistribution[];
  /** True when the shown area means do not add up to the shown total mean. */
  totalIsNotSum: boolean;
}

/** Hundredths (possibly fractional) half-up to hundredths, in points. */
const toPoints = (hundredths: number): number => Math.floor(hundredths + 0.5 + 1e-9) / 100;

interface Exact {
  sorted: Hundredths[];
  exact: FiveNumbers;
  quartiles: [number, number, number];
}

function exactOf(values: readonly Hundredths[]): Exact | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const quartiles: [number, number, number] = [quantileOfSorted(sorted, 0.25), quantileOfSorted(sorted, 0.5), quantileOfSorted(sorted, 0.75)];
  return {
    sorted,
    quartiles,
    exact: {
      min: sorted[0]! / 100,
      q1: toPoints(quartiles[0]),
      median: toPoints(quartiles[1]),
      q3: toPoints(quartiles[2]),
      max: sorted[sorted.length - 1]! / 100,
      mean: meanOf(sorted),
    },
  };
}

function figureOf(entry: Exact | null, shownMean: number | null, n: number): FigureDistribution {
  if (!entry || shownMean === null) return { n, exact: null, shown: null, rounded: false };
  const { sorted, exact, quartiles } = entry;
  const range = showRange(sorted[0]!, sorted[sorted.length - 1]!);
  const shown: FiveNumbers = {
    min: range.min,
    q1: showQuantile(quartiles[0]),
    median: showQuantile(quartiles[1]),
    q3: showQuantile(quartiles[2]),
    max: range.max,
    mean: shownMean,
  };
  const rounded = (Object.keys(exact) as Array<keyof FiveNumbers>).some((key) => pointsToHundredths(shown[key]) !== pointsToHundredths(exact[key]));
  return { n, exact, shown, rounded };
}

/**
 * The distribution of the totals and of each area. `areas[i]` holds the values of area i, one
 * per evaluation, in the same evaluations as `totals` (every evaluation complete), so the total
 * mean is the sum of the area means up to their rounding and the shown ones add up.
 */
export function modelDistribution(totals: readonly Hundredths[], areas: ReadonlyArray<readonly Hundredths[]>): ModelDistribution {
  const total = exactOf(totals);
  const areaEntries = areas.map(exactOf);
  const shown = showAverages(
    areaEntries.map((entry) => (entry ? pointsToHundredths(entry.exact.mean) : null)),
    total ? pointsToHundredths(total.exact.mean) : null,
  );
  return {
    total: figureOf(total, shown.total, totals.length),
    areas: areaEntries.map((entry, index) => figureOf(entry, shown.areas[index] ?? null, areas[index]!.length)),
    totalIsNotSum: shown.totalIsNotSum,
  };
}
