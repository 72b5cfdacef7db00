import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from '../language/language-context.js';
import './loading-status.css';

/** A polite, announced loading message with a spinner (still when motion is reduced). */
export function LoadingStatus({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" className="loading-status">
      <Spinner aria-hidden="true" data-size="sm" />
      <span>{label ?? t('loading.data')}</span>
    </div>
  );
}
