import type { EvaluationDetail } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { ScoreTable } from '../ui/ScoreTable.js';
import { areaAnchor } from './AreaScoreTable.js';

/** All areas on one table with the grand total, each area linking to its own section; rounded points noted below it. */
export function AreaOverviewTable({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  return (
    <ScoreTable
      caption={t('evaluation.overviewCaption')}
      labelHeader={t('evaluation.area')}
      percentBars
      rows={evaluation.areas.map((area) => ({
        ...area,
        key: area.code,
        label: (
          <a className="ds-link" href={`#${areaAnchor(area.code)}`}>
            {area.code}. {area.title}
          </a>
        ),
      }))}
      total={{ ...evaluation.total, label: t('evaluation.totalLabel') }}
    />
  );
}
