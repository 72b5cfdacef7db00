import { Alert, Details, Paragraph } from '@digdir/designsystemet-react';
import type { EvaluationDetail } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { MissingUnitList } from './MissingUnitList.js';

/**
 * Says that an evaluation's total is not a complete result and which units have no score: an
 * archived report that printed no figure for them (left out of every average), or work not yet
 * scored. Nothing when the evaluation is complete.
 */
export function IncompleteNotice({ evaluation }: { evaluation: Pick<EvaluationDetail, 'complete' | 'missingUnits' | 'origin'> }) {
  const { t } = useTranslation();
  if (evaluation.complete) return null;
  return (
    <Alert data-color={evaluation.origin === 'archive' ? 'warning' : 'info'} className="incomplete-notice">
      <Paragraph>{evaluation.origin === 'archive' ? t('evaluation.incompleteArchive') : t('evaluation.incomplete')}</Paragraph>
      <Details data-size="sm">
        <Details.Summary>{t('evaluation.missingUnits', { count: evaluation.missingUnits.length })}</Details.Summary>
        <Details.Content>
          <MissingUnitList units={evaluation.missingUnits} />
        </Details.Content>
      </Details>
    </Alert>
  );
}

/** " (ofullständig)" after a total that is not a complete result; nothing after a complete one. */
export function IncompleteMark({ complete }: { complete: boolean }) {
  const { t } = useTranslation();
  return complete ? null : <span className="incomplete-mark"> ({t('evaluation.incompleteMark')})</span>;
}
