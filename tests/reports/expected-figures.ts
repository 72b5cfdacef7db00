/**
 * The figures a report must show, taken from the API (GET /api/evaluations/:id and its
 * comparison), never from the report model: a report passes only when its own numbers agree
 * with the evaluation's data. Each figure is a pattern over the report's text with whitespace
 * collapsed, anchored on the row's label so that a number in the wrong row does not count.
 */
import type { EvaluationDetail } from '../../src/contract/evaluations.js';
import type { EvaluationComparison } from '../../src/domain/comparison/types.js';
import { pointsToHundredths, showAverages } from '../../src/domain/display-figures.js';

export interface ExpectedFigure {
  what: string;
  pattern: RegExp;
}

const whole = (value: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(value).replace(/\s/g, ' ');
/** An average as shown: always one decimal ("54,0"). */
const average = (value: number) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value).replace(/\s/g, ' ');
const percent = (value: number) => `${whole(value)} %`;
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, ' ');
const DASH = '–';

/** Every kind of whitespace (no-break spaces, line and cell breaks) as one plain space. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** Every score, maximum and percentage of the evaluation (the overview of points, chapter 4). */
export function scoreFigures(detail: EvaluationDetail): ExpectedFigure[] {
  const figures: ExpectedFigure[] = [];
  for (const area of detail.areas) {
    for (const subarea of area.subareas) {
      const shown = subarea.shown === null ? DASH : whole(subarea.shown);
      const share = subarea.percent === null ? DASH : percent(subarea.percent);
      figures.push({
        what: `sub-area ${subarea.code}: ${shown} of ${subarea.max} (${share})`,
        pattern: new RegExp(`${literal(`${subarea.code} ${subarea.title}`)} ${literal(shown)} ${whole(subarea.max)} ${literal(share)}`),
      });
    }
    figures.push({
      what: `area ${area.code}: ${area.shown} of ${area.max} (${area.percent} %)`,
      pattern: new RegExp(`${literal(`${area.code} ${area.title}`)} ${whole(area.shown)} ${whole(area.max)} ${literal(percent(area.percent))}`),
    });
  }
  const { total } = detail;
  figures.push({
    what: `total: ${total.shown} of ${total.max} (${total.percent} %)`,
    pattern: new RegExp(` ${literal(whole(total.shown))} ${literal(whole(total.max))} ${literal(percent(total.percent))}`),
  });
  return figures;
}

/**
 * The national average per area and in total, each with its n (the comparison table of chapter 2),
 * as the display rules show the API's averages: one decimal, areas adding up to the total.
 */
export function averageFigures(detail: EvaluationDetail, comparison: EvaluationComparison): ExpectedFigure[] {
  const { national } = comparison;
  const figures: ExpectedFigure[] = [{ what: `national n = ${national.n}`, pattern: new RegExp(`n = ${national.n}\\b`) }];
  const byArea = detail.areas.map((area) => national.areas.find((entry) => entry.code === area.code)?.average ?? null);
  const shown = showAverages(
    byArea.map((figure) => (figure ? pointsToHundredths(figure.mean) : null)),
    national.total ? pointsToHundredths(national.total.mean) : null,
  );
  detail.areas.forEach((area, index) => {
    const figure = byArea[index];
    const mean = shown.areas[index];
    if (!figure || mean === null || mean === undefined) return;
    figures.push({
      what: `national average of area ${area.code}: ${mean} (n = ${figure.n})`,
      pattern: new RegExp(`${literal(area.title)} ${whole(area.shown)} ${literal(average(mean))} ${figure.n}\\b`),
    });
  });
  if (national.total && shown.total !== null) {
    figures.push({
      what: `national average in total: ${shown.total} (n = ${national.total.n})`,
      pattern: new RegExp(` ${literal(whole(detail.total.shown))} ${literal(average(shown.total))} ${national.total.n}\\b`),
    });
  }
  return figures;
}

/** The totals of the earlier evaluations beside this one's (the history table of chapter 2). */
export function historyFigures(detail: EvaluationDetail, comparison: EvaluationComparison): ExpectedFigure[] {
  if (comparison.history.length === 0) return [];
  const totals = [...comparison.history.map((point) => point.total), detail.total.shown];
  if (!totals.every(Number.isInteger)) throw new Error('the history figures here are whole points; extend the test for fractional ones');
  return [{ what: `totals over time: ${totals.join(', ')}`, pattern: new RegExp(` ${totals.map(whole).map(literal).join(' ')}\\b`) }];
}

/** The figures of `expected` that `text` lacks (empty when every one is there). */
export function missingFigures(text: string, expected: readonly ExpectedFigure[]): string[] {
  const collapsed = collapse(text);
  return expected.filter((figure) => !figure.pattern.test(collapsed)).map((figure) => figure.what);
}
