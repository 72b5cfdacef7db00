import { useMemo } from 'react';
import { subareaBarsChart, totalAndAreasChart } from '../../charts/builders.js';
import type { EvaluationArea, EvaluationDetail } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import type { MessageKey } from '../../i18n/index.js';
import { ChartFigure } from '../ui/ChartFigure.js';

const CHART_NOTE: MessageKey = 'evaluation.rounding.chartNote';

/**
 * The evaluation's result as a chart: the total and one bar per area. It shows the shown points
 * of the tables (which add up); the chart computes each percent from them, as the API does.
 */
export function ResultChart({ evaluation }: { evaluation: EvaluationDetail }) {
  const { language, t } = useTranslation();
  const rounded = evaluation.total.rounded || evaluation.areas.some((area) => area.rounded);
  const spec = useMemo(
    () =>
      totalAndAreasChart(
        {
          areas: evaluation.areas.map((area) => ({ code: area.code, label: area.title, max: area.max, value: area.shown })),
          total: { value: evaluation.total.shown, max: evaluation.total.max },
          ...(rounded ? { tableNote: t(CHART_NOTE) } : {}),
        },
        language,
      ),
    [evaluation, language, rounded, t],
  );
  return <ChartFigure spec={spec} />;
}

/** True when an area has sub-areas with known maxima and at least one score to draw. */
export function hasSubareaChart(area: EvaluationArea): boolean {
  return area.subareas.length > 0 && area.subareas.every((subarea) => subarea.max > 0) && area.subareas.some((subarea) => subarea.shown !== null);
}

/** One area's sub-areas as bars against their maxima. */
export function SubareaChart({ area }: { area: EvaluationArea }) {
  const { language, t } = useTranslation();
  const rounded = area.rounded || area.subareas.some((subarea) => subarea.rounded);
  const spec = useMemo(
    () =>
      subareaBarsChart(
        {
          area: { code: area.code, title: area.title },
          subareas: area.subareas.map((subarea) => ({ code: subarea.code, label: subarea.title, max: subarea.max, value: subarea.shown })),
          ...(rounded ? { tableNote: t(CHART_NOTE) } : {}),
        },
        language,
      ),
    [area, language, rounded, t],
  );
  return <ChartFigure spec={spec} />;
}
