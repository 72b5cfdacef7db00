import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { EvaluationDetail } from '../api/types.js';
import { TotalScore } from '../ui/TotalScore.js';
import { useTranslation } from '../language/language-context.js';
import { ScoreTable } from '../ui/ScoreTable.js';

/** The area and total scores as they stand now, rounded as the evaluation page rounds them. */
export function LiveScores({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="workspace-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('workspace.scores.heading')}
      </Heading>
      <div className="workspace-scores">
        <TotalScore total={evaluation.total} complete={evaluation.complete} />
        <div>
          <ScoreTable
            caption={t('workspace.scores.caption')}
            labelHeader={t('evaluation.area')}
            rows={evaluation.areas.map((area) => ({ ...area, key: area.code, label: `${area.code}. ${area.title}` }))}
            total={{ ...evaluation.total, label: t('evaluation.totalLabel') }}
          />
        </div>
      </div>
      {!evaluation.complete ? <p className="muted">{t('evaluation.incomplete')}</p> : null}
    </section>
  );
}
