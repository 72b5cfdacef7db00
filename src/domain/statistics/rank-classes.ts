/**
 * Rank classes: the quintile of a total among the totals of one model version (never across
 * versions). A value's class comes from its mid-rank: the share of values below it plus half the
 * share equal to it, p = (below + equal / 2) / n, and class = ⌊5·p⌋ + 1 (at most 5). So equal
 * totals always share a class, a higher total never has a lower class, a single total (or a
 * group of equal ones) is in the middle class, and n distinct totals fill the classes evenly
 * when n is a multiple of five.
 */
import type { Hundredths } from '../decimal.js';

export const RANK_CLASSES = 5;

export interface RankClassRange {
  rankClass: number;
  n: number;
  /** Hundredths; null when the class is empty. */
  min: Hundredths | null;
  max: Hundredths | null;
}

export interface RankClasses {
  /** The class of a value that is one of the group's; null for a value not in the group. */
  classOf(value: Hundredths): number | null;
  /** Every class, 1 to 5, with its n and the range of its values. */
  ranges: RankClassRange[];
}

/** The class of a value with `below` values below it and `equal` equal (itself included) among n. */
export function rankClassOfPosition(below: number, equal: number, n: number): number {
  if (n <= 0 || equal <= 0 || below < 0 || below + equal > n) throw new Error('a rank class needs a value within its group');
  // ⌊5 · (2·below + equal) / (2n)⌋ + 1, in integers
  return Math.min(RANK_CLASSES, Math.floor((RANK_CLASSES * (2 * below + equal)) / (2 * n)) + 1);
}

/** The rank classes of a group of values (one per evaluation). */
export function rankClassesOf(values: readonly Hundredths[]): RankClasses {
  const sorted = [...values].sort((a, b) => a - b);
  const classes = new Map<Hundredths, number>();
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end] === sorted[start]) end += 1;
    classes.set(sorted[start]!, rankClassOfPosition(start, end - start, sorted.length));
    start = end;
  }
  const ranges: RankClassRange[] = Array.from({ length: RANK_CLASSES }, (_, index) => ({ rankClass: index + 1, n: 0, min: null, max: null }));
  for (const value of sorted) {
    const range = ranges[classes.get(value)! - 1]!;
    range.n += 1;
    range.min = range.min === null ? value : Math.min(range.min, value);
    range.max = range.max === null ? value : Math.max(range.max, value);
  }
  return { classOf: (value) => classes.get(value) ?? null, ranges };
}
