import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client.js';
import { ApiError } from '../api/api-error.js';
import { queryKeys } from '../api/query-keys.js';
import { formatPercent } from '../../i18n/index.js';
import { displayStage, isCancellable, uploadError, type UploadItem } from './use-import-uploads.js';
import { useTranslation } from '../language/language-context.js';
import { ImportResult } from './ImportResult.js';
import { formatFileSize } from '../../i18n/index.js';
import { describeImportError } from './import-texts.js';

/**
 * One file chosen on the import page: a progress bar with the stage in words (announced when
 * the stage changes, not on every percent), then the result or the error.
 */
export function ImportUploadItem({ item, frameworkTitles }: { item: UploadItem; frameworkTitles: ReadonlyMap<string, string> }) {
  const { language, t } = useTranslation();
  const headingId = useId();
  const stage = displayStage(item);
  const error = uploadError(item);
  const finished = stage === 'done' || stage === 'failed' || stage === 'cancelled';
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<'finished' | 'failed' | null>(null);
  const jobId = item.job?.id;
  const cancel = async () => {
    if (!jobId) return;
    setCancelling(true);
    setCancelError(null);
    try {
      const { job } = await api.cancelImport(jobId);
      queryClient.setQueryData(queryKeys.imports.detail(jobId), { ...job, report: null });
    } catch (failure) {
      setCancelError(failure instanceof ApiError && failure.status === 409 ? 'finished' : 'failed');
    } finally {
      setCancelling(false);
      void queryClient.invalidateQueries({ queryKey: queryKeys.imports.all });
    }
  };
  // Before the server has a job there is nothing to measure: the bar is indeterminate.
  const progress = stage === 'done' ? 100 : item.job ? item.job.progress : undefined;
  return (
    <li className={`import-item import-item--${stage}`} aria-labelledby={headingId}>
      <div className="import-item__head">
        <Heading level={3} data-size="xs" id={headingId} className="import-item__name">
          {item.fileName}
        </Heading>
        <span className="import-item__size muted">{formatFileSize(item.sizeBytes, language)}</span>
      </div>
      <div className="import-item__progress">
        {stage === 'failed' || stage === 'cancelled' ? null : (
          <progress className="import-item__bar" max={100} value={progress} aria-label={t('import.progressLabel', { file: item.fileName })} />
        )}
        <p className="import-item__stage">
          <span aria-live="polite" aria-atomic="true">
            <span className="ds-sr-only">{item.fileName}: </span>
            <span className={`stage stage--${stage}`}>{t(`import.stage.${stage}`)}</span>
          </span>
          {!finished && progress !== undefined ? <span className="muted"> {formatPercent(progress, language)}</span> : null}
        </p>
        {isCancellable(item) ? (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            className="import-item__cancel"
            aria-label={t('import.cancelLabel', { file: item.fileName })}
            disabled={cancelling}
            onClick={() => void cancel()}
          >
            {t('import.cancel')}
          </Button>
        ) : null}
      </div>
      {cancelError ? (
        <Paragraph role="alert" data-size="sm" className="import-item__cancel-error">
          {t(cancelError === 'finished' ? 'import.cancelTooLate' : 'import.cancelFailed', { file: item.fileName })}
        </Paragraph>
      ) : null}
      {error ? (
        <Alert data-color="danger" role="alert" className="import-item__error">
          <Paragraph>
            <span className="ds-sr-only">{t('import.failedLabel')}: </span>
            {describeImportError(error.code, item.fileName, t)}
          </Paragraph>
          {error.message ? (
            <Paragraph data-size="sm" className="import-item__technical">
              {t('import.error.technical', { message: '' })}
              <span lang="en">{error.message}</span>
            </Paragraph>
          ) : null}
        </Alert>
      ) : null}
      {stage === 'done' && item.job ? <ImportResult job={item.job} frameworkTitles={frameworkTitles} /> : null}
    </li>
  );
}
