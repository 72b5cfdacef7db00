import type { Hundredths } from './decimal.js';
import { roundHalfUp } from './decimal.js';

/**
 * Largest-remainder apportionment: whole numbers for each exact value that add up to `target`.
 * Each part gets its floor; the units still missing go to the largest fractional remainders
 * (ties: the larger value first, then the earlier position, so the result is deterministic).
 * An exact whole value is never changed, and no part moves by more than one from its exact value.
 *
 * @param values exact parts in hundredths (non-negative)
 * @param target the whole number the shown parts must add up to; must lie between the sum of
 *   floors and the sum of ceilings, which holds for any target produced by rounding the exact sum
 *   or by apportioning a parent with this function.
 */
export function apportionLargestRemainder(values: readonly Hundredths[], target: number): number[] {
  const floors = values.map((value) => Math.floor(value / 100));
  let missing = target - floors.reduce((sum, value) => sum + value, 0);
  const ceilingsAvailable = values.filter((value) => value % 100 !== 0).length;
  if (missing < 0 || missing > ceilingsAvailable) {
    throw new RangeError(`Cannot apportion ${target} over parts whose floors add up to ${target - missing}`);
  }
  const order = values
    .map((value, index) => ({ index, remainder: value % 100, value }))
    .filter((part) => part.remainder !== 0)
    .sort((a, b) => b.remainder - a.remainder || b.value - a.value || a.index - b.index);
  const shown = [...floors];
  for (const part of order) {
    if (missing === 0) break;
    shown[part.index] = (shown[part.index] ?? 0) + 1;
    missing -= 1;
  }
  return shown;
}

/** A score tree as exact values: the total and its areas, each with its parts (sub-areas; may be empty). */
export interface ExactTree {
  areas: ReadonlyArray<{ value: Hundredths; parts: readonly Hundredths[] }>;
}

/** The same tree in whole numbers that add up at every level. */
export interface ShownTree {
  total: number;
  areas: Array<{ value: number; parts: number[] }>;
}

/**
 * Rounds a score tree for display so that shown parts add up to the shown area and shown areas
 * add up to the shown total. The total is the exact total rounded half-up.
 */
export function roundScoreTree(tree: ExactTree): ShownTree {
  const exactTotal = tree.areas.reduce((sum, area) => sum + area.value, 0);
  const total = roundHalfUp(exactTotal);
  const areaValues = apportionLargestRemainder(
    tree.areas.map((area) => area.value),
    total,
  );
  return {
    total,
    areas: tree.areas.map((area, index) => ({
      value: areaValues[index] ?? 0,
      parts: area.parts.length > 0 ? apportionLargestRemainder(area.parts, areaValues[index] ?? 0) : [],
    })),
  };
}
