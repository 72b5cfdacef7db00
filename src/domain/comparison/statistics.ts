/**
 * Group statistics over exact scores. Inputs are integer hundredths (as stored); every result
 * is rounded once, at the end, to two decimals of a point, so no binary floating-point error
 * accumulates in a sum.
 */
import type { Hundredths } from '../decimal.js';
import type { AverageFigure, Distribution } from './types.js';

/** Points from hundredths; exact for integers (the division by 100 is the only float step). */
const toPoints = (hundredths: number): number => hundredths / 100;

/**
 * The mean of exact scores in points, rounded half-up to two decimals. The sum is exact
 * (integer addition); the one division is done in integers too: round(sum / n) in hundredths.
 */
export function meanOf(values: readonly Hundredths[]): number {
  if (values.length === 0) throw new Error('the mean of no values is undefined');
  let sum = 0;
  for (const value of values) sum += value;
  const n = values.length;
  // round half-up of sum / n, in integers (also for negative sums, which scores never have)
  return toPoints(Math.floor((2 * sum + n) / (2 * n)));
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of sorted values by linear interpolation between order
 * statistics — Hyndman & Fan's type 7, the default of R, NumPy and Excel's QUARTILE.INC:
 * h = (n − 1)·p, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). In hundredths, unrounded.
 */
export function quantileOfSorted(sorted: readonly Hundredths[], p: number): number {
  if (sorted.length === 0) throw new Error('the quantile of no values is undefined');
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const low = sorted[lower]!;
  return low + (h - lower) * (sorted[upper]! - low);
}

/** Rounds hundredths (possibly fractional after interpolation) half-up to two decimals of a point. */
const roundToPoints = (hundredths: number): number => toPoints(Math.floor(hundredths + 0.5 + 1e-9));

/** Min, quartiles (type 7, see quantileOfSorted), median and max, in points with two decimals. */
export function distributionOf(values: readonly Hundredths[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: toPoints(sorted[0]!),
    q1: roundToPoints(quantileOfSorted(sorted, 0.25)),
    median: roundToPoints(quantileOfSorted(sorted, 0.5)),
    q3: roundToPoints(quantileOfSorted(sorted, 0.75)),
    max: toPoints(sorted[sorted.length - 1]!),
  };
}

/**
 * Where `own` stands in a group: rank 1 = highest, ties share the best rank (1 + the number
 * of values strictly above); percentile = the share of values at or below it, in whole percent
 * (half-up). When `ownIncluded` is false the municipality's own value is not one of `values`
 * (its evaluation is not part of the group, e.g. a draft or outside the peer criteria) and is
 * placed among them as one more value, so a rank is always between 1 and n + 1.
 */
export function placeWithin(values: readonly Hundredths[], own: Hundredths, ownIncluded: boolean): { rank: number; percentile: number } {
  let above = 0;
  let atOrBelow = 0;
  for (const value of values) {
    if (value > own) above += 1;
    else atOrBelow += 1;
  }
  const size = values.length + (ownIncluded ? 0 : 1);
  if (!ownIncluded) atOrBelow += 1;
  return { rank: above + 1, percentile: Math.floor((atOrBelow * 200 + size) / (2 * size)) };
}

/**
 * The average figure of a group: mean, n, distribution, and the municipality's place when its
 * own value is given. Below `minN` it is still computed, and flagged so that it is shown with
 * a warning. Null when the group is empty.
 */
export function averageFigureOf(
  values: readonly Hundredths[],
  minN: number,
  own: { value: Hundredths; included: boolean } | null,
): AverageFigure | null {
  if (values.length === 0) return null;
  const place = own ? placeWithin(values, own.value, own.included) : null;
  return {
    mean: meanOf(values),
    n: values.length,
    belowMinimum: values.length < minN,
    distribution: distributionOf(values),
    rank: place?.rank ?? null,
    percentile: place?.percentile ?? null,
  };
}
