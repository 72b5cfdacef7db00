import { Button, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../../ui/AppLink.js';
import { formatDateTime } from '../../import/import-texts.js';
import { useTranslation } from '../../language/language-context.js';
import { useWorkspace } from '../workspace-context.js';
import { paths } from '../../paths.js';
import type { CalibrationView } from './scoring-api.js';

/** Before every evaluator has submitted: who has, and a way to look again. */
export function Waiting({ data, userId, onRefresh }: { data: CalibrationView; userId: string | null; onRefresh(): void }) {
  const { language, t } = useTranslation();
  const { evaluationId } = useWorkspace();
  const mine = data.evaluators.find((evaluator) => evaluator.id === userId);
  return (
    <>
      <Paragraph>{t('scoring.calibration.waiting')}</Paragraph>
      {data.evaluators.length === 0 ? (
        <Paragraph>{t('scoring.calibration.noEvaluators')}</Paragraph>
      ) : (
        <ul className="calibration-submissions" aria-label={t('scoring.calibration.submissionsLabel')}>
          {data.evaluators.map((evaluator) => {
            const name = evaluator.id === userId ? `${evaluator.name} ${t('scoring.calibration.you')}` : evaluator.name;
            return (
              <li key={evaluator.id} data-submitted={evaluator.submittedAt ? 'yes' : 'no'}>
                {evaluator.submittedAt
                  ? t('scoring.calibration.submittedBy', { name, time: formatDateTime(evaluator.submittedAt, language) })
                  : t('scoring.calibration.notSubmittedBy', { name })}
              </li>
            );
          })}
        </ul>
      )}
      {mine && !mine.submittedAt ? (
        <Paragraph>
          <AppLink to={paths.workspace(evaluationId, 'bedomning')}>{t('scoring.calibration.toScoring')}</AppLink>
        </Paragraph>
      ) : null}
      <Button type="button" variant="secondary" data-size="sm" onClick={onRefresh}>
        {t('scoring.calibration.refresh')}
      </Button>
    </>
  );
}
