/**
 * Display figures: the one place that decides what a table or sentence shows for exact scores
 * and averages (docs/decisions/0004-display-rounding.md). Everything shown is computed here from
 * exact values, and everything a reader can recompute from the shown figures agrees with them:
 *
 * - scores are whole points, rounded with largest remainder so that shown sub-areas add up to
 *   the shown area and shown areas to the shown total (the total is the exact total half-up);
 * - a percent is the shown score over the (whole) max, half-up to a whole percent;
 * - "highest" and "lowest" are decided on the shown percents, and ties are all named;
 * - averages have exactly one decimal; area averages are apportioned (in tenths) so they add up
 *   to the shown total average whenever the total is their sum, and say so when it is not;
 * - a range of individual values is rounded outward to one decimal, so it contains every
 *   average shown beside it;
 * - every figure says whether its shown value differs from the exact one, so a table can say
 *   once that it is rounded and where the exact values are.
 *
 * Pure: no formatting (that is per language, in the callers), no I/O.
 */
import { percentOf, roundHalfUp, sumHundredths, type Hundredths } from './decimal.js';
import { apportionLargestRemainder, roundScoreTree } from './rounding.js';

/** Decimals of a shown score (whole points). */
export const SCORE_DECIMALS = 0;
/** Decimals of a shown average (and of the range beside it). */
export const AVERAGE_DECIMALS = 1;

/** A scored leaf: a sub-area, or an area scored as a whole. */
interface ExactItem {
  code: string;
  /** Exact score in hundredths; null when not scored (counts as zero in sums). */
  score: Hundredths | null;
  /** Maximum in whole points (the framework's maxima are whole). */
  max: number;
}

/** An area: its sub-areas, or — when it has none — its own score. */
interface ExactArea {
  code: string;
  max: number;
  /** The area's own score; used only when it has no sub-areas (an area scored as a whole). */
  score: Hundredths | null;
  subareas: readonly ExactItem[];
}

/** An evaluation's exact scores: the total is derived from the areas, never given. */
export interface ExactScoreTree {
  areas: readonly ExactArea[];
}

/** Which items have the highest and the lowest shown share of their maximum (all ties named). */
export interface Extremes {
  /** Codes with the highest shown percent; empty when fewer than two items are scored or all share one percent. */
  highest: string[];
  /** Codes with the lowest shown percent; empty exactly when `highest` is. */
  lowest: string[];
}

/** One figure as shown, with its exact value beside it. */
export interface ShownFigure {
  code: string;
  /** Exact score in hundredths; null when not scored. */
  exact: Hundredths | null;
  /** Whole points shown; null when not scored. */
  shown: number | null;
  /** Maximum in whole points. */
  max: number;
  /** `shown` of `max` in whole percent, half-up; null when not scored. */
  percent: number | null;
  /** True when the shown value is not the exact one (the table says so, once). */
  rounded: boolean;
}

/** A figure that always has a value (areas, totals): missing units count as zero. */
export interface ShownValue extends ShownFigure {
  exact: Hundredths;
  shown: number;
  percent: number;
}

export interface ShownArea extends ShownValue {
  /** True when every unit of the area has a score. */
  complete: boolean;
  /** Empty for an area scored as a whole. */
  subareas: ShownFigure[];
  /** Among the sub-areas. */
  extremes: Extremes;
  /** True when the area's row or any sub-area row is rounded (its table says so). */
  anyRounded: boolean;
}

export interface ShownScores {
  total: ShownValue;
  complete: boolean;
  areas: ShownArea[];
  /** Among the areas. */
  extremes: Extremes;
  /** True when any shown figure of the evaluation differs from its exact value. */
  anyRounded: boolean;
}

/** The shown score as a percent of the max: half-up to a whole percent (0 when the max is 0). */
export function shownPercent(shown: number, max: number): number {
  return percentOf(Math.round(shown * 100), Math.round(max * 100));
}

/**
 * The items with the highest and the lowest shown percent of their maximum. Decided on the
 * percent a reader sees, so "highest" never names an item whose shown share is below another's;
 * every item sharing the top (or bottom) percent is named.
 */
export function shownExtremes(items: ReadonlyArray<{ code: string; shown: number | null; max: number }>): Extremes {
  const scored = items
    .filter((item): item is { code: string; shown: number; max: number } => item.shown !== null && Number.isFinite(item.shown) && item.max > 0)
    .map((item) => ({ code: item.code, percent: shownPercent(item.shown, item.max) }));
  if (scored.length < 2) return { highest: [], lowest: [] };
  const top = Math.max(...scored.map((item) => item.percent));
  const bottom = Math.min(...scored.map((item) => item.percent));
  if (top === bottom) return { highest: [], lowest: [] };
  return {
    highest: scored.filter((item) => item.percent === top).map((item) => item.code),
    lowest: scored.filter((item) => item.percent === bottom).map((item) => item.code),
  };
}

function value(code: string, exact: Hundredths, shown: number, max: number): ShownValue {
  return { code, exact, shown, max, percent: shownPercent(shown, max), rounded: shown * 100 !== exact };
}

/** A total alone (a list of evaluations): the exact total half-up, as `showScores` shows it. */
export function showTotal(exact: Hundredths, max: number): ShownValue {
  return value('total', exact, roundHalfUp(exact), max);
}

/**
 * Everything a score table or sentence shows for an evaluation: whole points that add up at
 * every level, percents of the shown points, highest and lowest by shown percent, and whether
 * each figure is rounded. Unscored sub-areas show nothing and count as zero in their area.
 */
export function showScores(tree: ExactScoreTree): ShownScores {
  const exact = tree.areas.map((area) => {
    const parts = area.subareas.map((subarea) => subarea.score ?? 0);
    const score = area.subareas.length > 0 ? sumHundredths(parts) : (area.score ?? 0);
    const complete = area.subareas.length > 0 ? area.subareas.every((subarea) => subarea.score !== null) : area.score !== null;
    return { area, parts, score, complete };
  });
  const rounded = roundScoreTree({ areas: exact.map(({ score, parts }) => ({ value: score, parts })) });
  const areas = exact.map(({ area, score, complete }, index): ShownArea => {
    const shownArea = rounded.areas[index];
    const subareas = area.subareas.map((subarea, partIndex): ShownFigure => {
      if (subarea.score === null) return { code: subarea.code, exact: null, shown: null, max: subarea.max, percent: null, rounded: false };
      return value(subarea.code, subarea.score, shownArea?.parts[partIndex] ?? 0, subarea.max);
    });
    const figure = value(area.code, score, shownArea?.value ?? 0, area.max);
    return {
      ...figure,
      complete,
      subareas,
      extremes: shownExtremes(subareas),
      anyRounded: figure.rounded || subareas.some((subarea) => subarea.rounded),
    };
  });
  const total = value(
    'total',
    sumHundredths(exact.map(({ score }) => score)),
    rounded.total,
    tree.areas.reduce((sum, area) => sum + area.max, 0),
  );
  return {
    total,
    complete: exact.every(({ complete }) => complete),
    areas,
    extremes: shownExtremes(areas),
    anyRounded: total.rounded || areas.some((area) => area.anyRounded),
  };
}

/** Parts and their total as shown (an earlier evaluation's areas mapped onto this one's). */
export interface ShownParts {
  parts: Array<number | null>;
  total: number;
  /** True when every part is shown but the shown parts do not add up to the shown total (the table says so). */
  totalIsNotSum: boolean;
  /** True when any shown value differs from its exact one. */
  rounded: boolean;
}

/**
 * Whole points for parts of a total given separately. When the parts are all known and are
 * exactly the total, they are rounded as `showScores` rounds areas (they add up to the total
 * half-up); otherwise the known parts are apportioned to their own rounded sum and the total
 * is shown half-up as it is.
 */
export function showParts(parts: ReadonlyArray<Hundredths | null>, total: Hundredths): ShownParts {
  const known = parts.filter((part): part is Hundredths => part !== null);
  const allKnown = known.length === parts.length;
  const shownTotal = roundHalfUp(total);
  const target = allKnown && sumHundredths(known) === total ? shownTotal : roundHalfUp(sumHundredths(known));
  const apportioned = apportionLargestRemainder(known, target);
  let next = 0;
  const shown = parts.map((part) => (part === null ? null : (apportioned[next++] ?? 0)));
  const shownSum = apportioned.reduce((sum, part) => sum + part, 0);
  return {
    parts: shown,
    total: shownTotal,
    totalIsNotSum: allKnown && parts.length > 0 && shownSum !== shownTotal,
    rounded: shownTotal * 100 !== total || parts.some((part, index) => part !== null && (shown[index] ?? 0) * 100 !== part),
  };
}

/** A group's averages as shown: one decimal each. */
export interface ShownAverages {
  decimals: number;
  /** Per area, in points with one decimal; null where the group has no average. */
  areas: Array<number | null>;
  total: number | null;
  /** True when the total and every area are shown but the areas do not add up to the total (the table says so). */
  totalIsNotSum: boolean;
  /** True when any shown average differs from the given one. */
  rounded: boolean;
}

/** Hundredths half-up to tenths of a point (in hundredths, e.g. 5125 → 5130). */
const halfUpToTenth = (value: Hundredths): number => Math.floor((value + 5) / 10) * 10;

/**
 * Averages for display: one decimal each. When the total average is the sum of the area
 * averages (every evaluation has every area), the areas are apportioned in tenths with largest
 * remainder so the shown areas add up to the shown total; a total that cannot be reached that
 * way (a stored reference whose source rounded each figure on its own) is shown as given, and
 * `totalIsNotSum` tells the table to say so.
 *
 * @param areas area averages in hundredths (null when missing)
 * @param total the total average in hundredths (null when missing)
 */
export function showAverages(areas: ReadonlyArray<Hundredths | null>, total: Hundredths | null): ShownAverages {
  const toPoints = (hundredths: number) => hundredths / 100;
  const independent = areas.map((area) => (area === null ? null : toPoints(halfUpToTenth(area))));
  const shownTotal = total === null ? null : toPoints(halfUpToTenth(total));
  const rounded = (shown: Array<number | null>) =>
    [...areas, total].some((given, index) => {
      const value = index < areas.length ? shown[index] : shownTotal;
      return given !== null && value !== null && value !== undefined && Math.round(value * 100) !== given;
    });
  const known = areas.filter((area): area is Hundredths => area !== null);
  if (total === null || known.length !== areas.length || areas.length === 0) {
    return { decimals: AVERAGE_DECIMALS, areas: independent, total: shownTotal, totalIsNotSum: false, rounded: rounded(independent) };
  }
  // In thousandths of a point, apportioning "hundredths" gives whole tenths.
  const parts = known.map((area) => area * 10);
  const target = halfUpToTenth(total) / 10;
  const floors = parts.reduce((sum, part) => sum + Math.floor(part / 100), 0);
  const ceilings = floors + parts.filter((part) => part % 100 !== 0).length;
  if (target < floors || target > ceilings) {
    const sum = independent.reduce<number>((acc, area) => acc + Math.round((area ?? 0) * 10), 0);
    return { decimals: AVERAGE_DECIMALS, areas: independent, total: shownTotal, totalIsNotSum: sum !== target, rounded: rounded(independent) };
  }
  const apportioned = apportionLargestRemainder(parts, target).map((tenths) => tenths / 10);
  return { decimals: AVERAGE_DECIMALS, areas: apportioned, total: target / 10, totalIsNotSum: false, rounded: rounded(apportioned) };
}

/**
 * The lowest and highest of a group's individual values, rounded outward to one decimal, so an
 * average shown beside them (rounded or apportioned to one decimal) never falls outside.
 */
export function showRange(min: Hundredths, max: Hundredths): { min: number; max: number; rounded: boolean } {
  const shown = { min: Math.floor(min / 10) / 10, max: Math.ceil(max / 10) / 10 };
  return { ...shown, rounded: Math.round(shown.min * 100) !== min || Math.round(shown.max * 100) !== max };
}

/** Points (a number with at most two decimals, as averages and history figures come) in hundredths. */
export function pointsToHundredths(points: number): Hundredths {
  return Math.round(points * 100);
}

/**
 * A quantile (median, quartile) as shown: half-up to one decimal, from its unrounded value in
 * hundredths (a type-7 quantile may fall between hundredths), so it is rounded once. Half-up is
 * monotone, so shown quartiles stay ordered, and they stay within the range `showRange` shows
 * beside them (its ends are rounded outward).
 */
export function showQuantile(hundredths: number): number {
  return Math.floor((hundredths + 5) / 10 + 1e-9) / 10;
}

/**
 * A mean share of a maximum as shown: the mean of `n` values adding up to `sum` (hundredths of
 * a point) as a percent of `max` (whole points), half-up to one decimal, in one rounding.
 */
export function showMeanPercent(sum: Hundredths, n: number, max: number): number {
  if (n <= 0 || max <= 0) return 0;
  // tenths of a percent = sum / 100 / n / max · 100 · 10 = sum · 10 / (n · max)
  return Math.floor((2 * sum * 10 + n * max) / (2 * n * max)) / 10;
}
