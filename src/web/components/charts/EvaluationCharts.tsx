import { useMemo } from 'react';
import { subareaBarsChart, totalAndAreasChart } from '../../../charts/builders.js';
import type { EvaluationArea, EvaluationDetail } from '../../api/types.js';
import { useTranslation } from '../../language/language-context.js';
import { ChartFigure } from './ChartFigure.js';

/**
 * The evaluation's result as a chart: the total and one bar per area. It shows the rounded
 * scores of the tables (which add up) with the percentages computed from the exact scores.
 */
export function ResultChart({ evaluation }: { evaluation: EvaluationDetail }) {
  const { language } = useTranslation();
  const spec = useMemo(
    () =>
      totalAndAreasChart(
        {
          areas: evaluation.areas.map((area) => ({ code: area.code, label: area.title, max: area.max, value: area.shown, percent: area.percent })),
          total: { value: evaluation.total.shown, max: evaluation.total.max, percent: evaluation.total.percent },
        },
        language,
      ),
    [evaluation, language],
  );
  return <ChartFigure spec={spec} />;
}

/** True when an area has sub-areas with known maxima and at least one score to draw. */
export function hasSubareaChart(area: EvaluationArea): boolean {
  return area.subareas.length > 0 && area.subareas.every((subarea) => subarea.max > 0) && area.subareas.some((subarea) => subarea.shown !== null);
}

/** One area's sub-areas as bars against their maxima. */
export function SubareaChart({ area }: { area: EvaluationArea }) {
  const { language } = useTranslation();
  const spec = useMemo(
    () =>
      subareaBarsChart(
        {
          area: { code: area.code, title: area.title },
          subareas: area.subareas.map((subarea) => ({ code: subarea.code, label: subarea.title, max: subarea.max, value: subarea.shown, percent: subarea.percent })),
        },
        language,
      ),
    [area, language],
  );
  return <ChartFigure spec={spec} />;
}
