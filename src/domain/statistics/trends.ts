/**
 * Trends over the years: per model version and year, the mean and median of the totals and
 * areas of every complete evaluation of that year; and the newest model's areas over the years
 * through the area map, per year and per model version of the evaluations (never averaged
 * across versions), in percent of the linked areas' maximum.
 */
import type { Hundredths } from '../decimal.js';
import { pointsToHundredths, showAverages, showMeanPercent, showQuantile } from '../display-figures.js';
import type { AreaMap, Framework } from '../framework.js';
import { meanOf, quantileOfSorted } from '../comparison/statistics.js';
import { mapAreas } from '../previous-comparison.js';

/** One published evaluation of a model: its year and, when complete, its exact sums. */
export interface TrendEvaluation {
  year: number | null;
  /** Null when a scoring unit has no score (left out, and counted). */
  scores: { total: Hundredths; areas: ReadonlyMap<string, Hundredths> } | null;
}

export interface CentralFigure {
  /** Points, two decimals. */
  mean: number;
  median: number;
  /** One decimal, as shown. */
  shownMean: number;
  shownMedian: number;
}

export interface TrendYear {
  year: number;
  n: number;
  incomplete: number;
  total: CentralFigure;
  areas: Array<CentralFigure & { code: string }>;
}

export interface ModelTrend {
  /** Evaluations without a year (no fieldwork start or report date), complete or not. */
  undated: number;
  /** Oldest first; only years with at least one complete evaluation. */
  years: TrendYear[];
}

const medianOf = (values: readonly Hundredths[]) => quantileOfSorted([...values].sort((a, b) => a - b), 0.5);

/** Per year: n, the incomplete left out, the mean and median of the total and of each area (codes in the model's order). */
export function modelTrend(evaluations: readonly TrendEvaluation[], areaCodes: readonly string[]): ModelTrend {
  let undated = 0;
  const byYear = new Map<number, { complete: Array<NonNullable<TrendEvaluation['scores']>>; incomplete: number }>();
  for (const evaluation of evaluations) {
    if (evaluation.year === null) {
      undated += 1;
      continue;
    }
    const entry = byYear.get(evaluation.year) ?? { complete: [], incomplete: 0 };
    if (evaluation.scores) entry.complete.push(evaluation.scores);
    else entry.incomplete += 1;
    byYear.set(evaluation.year, entry);
  }
  const years: TrendYear[] = [];
  for (const [year, { complete, incomplete }] of [...byYear].sort(([a], [b]) => a - b)) {
    if (complete.length === 0) continue;
    const totals = complete.map((scores) => scores.total);
    const areaValues = areaCodes.map((code) => complete.map((scores) => scores.areas.get(code) ?? 0));
    const totalMean = meanOf(totals);
    const areaMeans = areaValues.map((values) => meanOf(values));
    const shown = showAverages(areaMeans.map(pointsToHundredths), pointsToHundredths(totalMean));
    const central = (values: readonly Hundredths[], mean: number, shownMean: number | null): CentralFigure => {
      const median = medianOf(values);
      return { mean, median: Math.floor(median + 0.5 + 1e-9) / 100, shownMean: shownMean ?? 0, shownMedian: showQuantile(median) };
    };
    years.push({
      year,
      n: complete.length,
      incomplete,
      total: central(totals, totalMean, shown.total),
      areas: areaCodes.map((code, index) => ({ code, ...central(areaValues[index]!, areaMeans[index]!, shown.areas[index] ?? null) })),
    });
  }
  return { undated, years };
}

/** One point of the cross-version series: the evaluations of one model version in one year. */
export interface CrossVersionPoint {
  year: number;
  frameworkId: string;
  /** The evaluated model's areas linked to the target area. */
  from: string[];
  n: number;
  /** Percent of the linked areas' max, two decimals. */
  meanPercent: number;
  /** One decimal, as shown. */
  shownPercent: number;
}

/**
 * The target model's areas over the years: for every model version that maps onto it (and the
 * target itself), per year, the mean of the linked areas' sum as a percent of their max. Points
 * of different versions stay apart: nothing is averaged across versions. Areas without any
 * linked area in a version get no point of it. Points ordered by year, then model (in the
 * order given).
 */
export function crossVersionSeries(
  target: Framework,
  models: ReadonlyArray<{ framework: Framework; evaluations: readonly TrendEvaluation[] }>,
  maps: readonly AreaMap[],
): Array<{ code: string; points: CrossVersionPoint[] }> {
  const points = new Map<string, CrossVersionPoint[]>(target.areas.map((area) => [area.code, []]));
  models.forEach(({ framework, evaluations }) => {
    const links = mapAreas(target, framework, maps);
    const byYear = new Map<number, Array<ReadonlyMap<string, Hundredths>>>();
    for (const evaluation of evaluations) {
      if (evaluation.year === null || !evaluation.scores) continue;
      const list = byYear.get(evaluation.year) ?? [];
      list.push(evaluation.scores.areas);
      byYear.set(evaluation.year, list);
    }
    for (const area of target.areas) {
      const from = links.get(area.code) ?? [];
      if (from.length === 0) continue;
      const max = framework.areas.filter((linked) => from.includes(linked.code)).reduce((sum, linked) => sum + linked.max, 0);
      if (max <= 0) continue;
      for (const [year, list] of byYear) {
        let sum = 0;
        for (const areas of list) for (const code of from) sum += areas.get(code) ?? 0;
        const n = list.length;
        // hundredths of a percent: sum / 100 / n / max · 100 · 100 = sum · 100 / (n · max), half-up
        const meanPercent = Math.floor((2 * sum * 100 + n * max) / (2 * n * max)) / 100;
        points.get(area.code)!.push({ year, frameworkId: framework.id, from: [...from], n, meanPercent, shownPercent: showMeanPercent(sum, n, max) });
      }
    }
  });
  const order = new Map(models.map(({ framework }, index) => [framework.id, index]));
  return target.areas.map((area) => ({
    code: area.code,
    points: points.get(area.code)!.sort((a, b) => a.year - b.year || (order.get(a.frameworkId) ?? 0) - (order.get(b.frameworkId) ?? 0)),
  }));
}

/**
 * A value known for some years (the SKR group) as of an evaluation's year: the nearest year,
 * the earlier winning a tie; without a year, the latest. Null when none is known.
 */
export function nearestYearValue<T>(series: ReadonlyArray<{ year: number; value: T }>, year: number | null): T | null {
  let best: { year: number; value: T } | null = null;
  for (const entry of series) {
    if (!best) best = entry;
    else if (year === null) {
      if (entry.year > best.year) best = entry;
    } else {
      const distance = Math.abs(entry.year - year);
      const bestDistance = Math.abs(best.year - year);
      if (distance < bestDistance || (distance === bestDistance && entry.year < best.year)) best = entry;
    }
  }
  return best?.value ?? null;
}
