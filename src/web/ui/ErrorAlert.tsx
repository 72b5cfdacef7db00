import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { apiErrorText } from '../api/error-text.js';
import { useTranslation } from '../language/language-context.js';

/** Tells the user that data could not be loaded, with what went wrong (worded by the API's error code) and a retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert" className="error-alert">
      <Paragraph>{t('error.api')}</Paragraph>
      <Paragraph data-size="sm">{apiErrorText(error, t)}</Paragraph>
      {onRetry ? (
        <Button type="button" variant="secondary" data-size="sm" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
