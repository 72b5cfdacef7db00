import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { ApiError } from '../api/api-error.js';
import { useTranslation } from '../language/language-context.js';

/** Tells the user that data could not be loaded, with the server's message and a retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.message : null;
  return (
    <Alert data-color="danger" role="alert" className="error-alert">
      <Paragraph>{t('error.api')}</Paragraph>
      {message ? <Paragraph data-size="sm">{t('error.detail', { message })}</Paragraph> : null}
      {onRetry ? (
        <Button type="button" variant="secondary" data-size="sm" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
