/**
 * The figures a report shows, derived once from the evaluation's exact scores: whole points
 * rounded with largest remainder (so sub-areas add up to their area and areas to the total) and
 * percentages of the exact points. The evaluation page's comparisons show theirs through the same
 * functions (src/web/comparisons), so page and report agree.
 */
import type { EvaluationDetail } from '../api/evaluations/schemas.js';
import type { AverageFigure } from '../domain/comparison/types.js';
import { parseDecimal, percentOf, roundHalfUp, sumHundredths, type Hundredths } from '../domain/decimal.js';
import { apportionLargestRemainder, roundScoreTree } from '../domain/rounding.js';

export interface ShownSubarea {
  code: string;
  /** Whole points shown; null when not scored. */
  shown: number | null;
  max: number;
  percent: number | null;
}

export interface ShownArea {
  code: string;
  shown: number;
  max: number;
  percent: number;
  complete: boolean;
  subareas: ShownSubarea[];
}

export interface ShownScores {
  total: number;
  max: number;
  percent: number;
  complete: boolean;
  areas: ShownArea[];
}

function exact(value: string, where: string): Hundredths {
  const parsed = parseDecimal(value);
  if (parsed === null) throw new Error(`The score of ${where} is not an exact decimal: ${value}`);
  return parsed;
}

/**
 * Rounds the evaluation's scores for display. Area and total values are derived from the
 * sub-area scores (never taken as given), so the shown figures add up at every level.
 */
export function shownScores(detail: Pick<EvaluationDetail, 'areas'>): ShownScores {
  const areas = detail.areas.map((area) => {
    const parts = area.subareas.map((subarea) => (subarea.score === null ? null : exact(subarea.score, subarea.code)));
    const value = parts.length > 0 ? sumHundredths(parts.map((part) => part ?? 0)) : exact(area.score, area.code);
    return { area, parts, value };
  });
  const tree = roundScoreTree({ areas: areas.map(({ parts, value }) => ({ value, parts: parts.map((part) => part ?? 0) })) });
  const total = sumHundredths(areas.map(({ value }) => value));
  const max = areas.reduce((sum, { area }) => sum + area.max, 0);
  return {
    total: tree.total,
    max,
    percent: percentOf(total, max * 100),
    complete: areas.every(({ parts }) => parts.every((part) => part !== null)),
    areas: areas.map(({ area, parts, value }, index) => ({
      code: area.code,
      shown: tree.areas[index]?.value ?? 0,
      max: area.max,
      percent: percentOf(value, area.max * 100),
      complete: parts.every((part) => part !== null),
      subareas: area.subareas.map((subarea, partIndex) => {
        const part = parts[partIndex] ?? null;
        return {
          code: subarea.code,
          shown: part === null ? null : (tree.areas[index]?.parts[partIndex] ?? 0),
          max: subarea.max,
          percent: part === null ? null : percentOf(part, subarea.max * 100),
        };
      }),
    })),
  };
}

/**
 * Whole points for figures given as plain numbers (an earlier evaluation's areas): the known
 * areas are apportioned to their rounded sum, so they add up to the total shown. The total is
 * that sum when every area is known, else the given total rounded half-up.
 */
export function roundPointsTogether(values: ReadonlyArray<number | null>, givenTotal: number): { total: number; values: Array<number | null> } {
  const hundredths = values.map((value) => (value === null ? null : Math.round(value * 100)));
  const known = hundredths.filter((value): value is number => value !== null);
  const apportioned = apportionLargestRemainder(known, roundHalfUp(sumHundredths(known)));
  let next = 0;
  const shown = hundredths.map((value) => (value === null ? null : (apportioned[next++] ?? 0)));
  const total = known.length === hundredths.length ? roundHalfUp(sumHundredths(known)) : roundHalfUp(Math.round(givenTotal * 100));
  return { total, values: shown };
}

const roundToTenth = (value: number) => Math.round(value * 10) / 10;

/**
 * A group's averages as shown: one decimal, with the area averages apportioned (largest
 * remainder, in tenths) to the shown total whenever the total is the sum of the areas, so the
 * shown areas add up to the shown total in tables and charts alike.
 */
export function shownAverages(figures: ReadonlyArray<AverageFigure | null>, total: AverageFigure | null): { areas: Array<number | null>; total: number | null } {
  const independent = { areas: figures.map((figure) => (figure ? roundToTenth(figure.mean) : null)), total: total ? roundToTenth(total.mean) : null };
  if (!total || figures.some((figure) => figure === null)) return independent;
  // In thousandths of a point: apportioning "hundredths" gives whole tenths.
  const parts = figures.map((figure) => Math.round((figure?.mean ?? 0) * 1000));
  const target = Math.round(total.mean * 10);
  const floors = parts.reduce((sum, part) => sum + Math.floor(part / 100), 0);
  const ceilings = floors + parts.filter((part) => part % 100 !== 0).length;
  // A total that is not the sum of the areas (not every evaluation has every area) is shown as it is.
  if (target < floors || target > ceilings) return independent;
  return { areas: apportionLargestRemainder(parts, target).map((value) => value / 10), total: target / 10 };
}
