/**
 * The figures a report shows, decided once from the evaluation's exact scores by
 * `showScores` (src/domain/display-figures.ts): whole points that add up at every level,
 * percents of the shown points, highest and lowest by shown percent, and which are rounded.
 */
import type { EvaluationDetail } from '../contract/evaluations.js';
import { parseDecimal, type Hundredths } from '../domain/decimal.js';
import { showScores, type ExactScoreTree, type ShownScores } from '../domain/display-figures.js';

export type { ShownArea, ShownFigure, ShownScores } from '../domain/display-figures.js';

function exact(value: string, where: string): Hundredths {
  const parsed = parseDecimal(value);
  if (parsed === null) throw new Error(`The score of ${where} is not an exact decimal: ${value}`);
  return parsed;
}

/**
 * The evaluation's exact score tree, read from its detail. Area and total values are derived
 * from the sub-area scores (never taken as given), as the API derives them.
 */
function exactScoreTree(detail: Pick<EvaluationDetail, 'areas'>): ExactScoreTree {
  // An area scored as a whole without a score yet is shown as 0 by the API; here it is unscored.
  return {
    areas: detail.areas.map((area) => ({
      code: area.code,
      max: area.max,
      score: area.subareas.length > 0 || !area.complete ? null : exact(area.score, area.code),
      subareas: area.subareas.map((subarea) => ({
        code: subarea.code,
        max: subarea.max,
        score: subarea.score === null ? null : exact(subarea.score, subarea.code),
      })),
    })),
  };
}

/** What the report shows for the evaluation's scores. */
export function shownScores(detail: Pick<EvaluationDetail, 'areas'>): ShownScores {
  return showScores(exactScoreTree(detail));
}
