/**
 * An evaluation's total and area scores as a table row shows them, without its sub-areas: the
 * same figures `showScores` gives (src/domain/display-figures.ts: whole points, the areas
 * apportioned so they add up to the total shown half-up, percents of the shown points), made
 * with `showParts` from the area sums alone, so a list of hundreds of evaluations does not build
 * every sub-area's figures.
 */
import type { Hundredths } from '../decimal.js';
import { showParts, shownPercent } from '../display-figures.js';
import { isScoredBySubarea, type Framework } from '../framework.js';

export interface RowFigure {
  exact: Hundredths;
  shown: number;
  max: number;
  percent: number;
  rounded: boolean;
}

export interface RowFigures {
  total: RowFigure;
  areas: Array<RowFigure & { code: string; complete: boolean }>;
  /** True when every scoring unit has a score. */
  complete: boolean;
}

/** The row's figures; a unit without a score counts as zero and makes its area incomplete. */
export function evaluationRowFigures(framework: Framework, scores: ReadonlyMap<string, Hundredths>): RowFigures {
  const exact = framework.areas.map((area) => {
    if (!isScoredBySubarea(area)) {
      const score = scores.get(area.code);
      return { code: area.code, max: area.max, score: score ?? 0, complete: score !== undefined };
    }
    let score = 0;
    let complete = true;
    for (const subarea of area.subareas) {
      const value = scores.get(subarea.code);
      if (value === undefined) complete = false;
      else score += value;
    }
    return { code: area.code, max: area.max, score, complete };
  });
  const total = exact.reduce((sum, area) => sum + area.score, 0);
  const shown = showParts(
    exact.map((area) => area.score),
    total,
  );
  const figure = (value: Hundredths, shownValue: number, max: number): RowFigure => ({
    exact: value,
    shown: shownValue,
    max,
    percent: shownPercent(shownValue, max),
    rounded: shownValue * 100 !== value,
  });
  return {
    total: figure(
      total,
      shown.total,
      exact.reduce((sum, area) => sum + area.max, 0),
    ),
    areas: exact.map((area, index) => ({ code: area.code, complete: area.complete, ...figure(area.score, shown.parts[index] ?? 0, area.max) })),
    complete: exact.every((area) => area.complete),
  };
}
