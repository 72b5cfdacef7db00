import { Tag } from '@digdir/designsystemet-react';
import type { EvaluationDetail } from '../../api/types.js';
import { useTranslation } from '../../language/language-context.js';
import '../evaluation.css';

type Status = EvaluationDetail['status'];

const COLOURS: Record<Status, 'neutral' | 'info' | 'warning' | 'success'> = {
  draft: 'neutral',
  review: 'info',
  fact_check: 'warning',
  final: 'success',
  published: 'success',
};

/** Where the evaluation stands (draft … published), in words; the colour only repeats it. */
export function EvaluationStatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <p className="status-badge">
      <span className="ds-sr-only">{t('evaluation.status')}: </span>
      <Tag data-color={COLOURS[status]} className="status-badge__tag" data-status={status}>
        {t(`status.${status}`)}
      </Tag>
    </p>
  );
}
