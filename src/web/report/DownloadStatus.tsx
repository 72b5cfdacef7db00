import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { MessageKey } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import type { ReportFileFormat } from './report-api.js';
import { reportFailureText } from './report-failure.js';
import type { DownloadState } from './use-report-job.js';

const FORMAT_KEYS: Record<ReportFileFormat, MessageKey> = { docx: 'reports.format.docx', pdf: 'reports.format.pdf' };

/**
 * The progress of one download: a progress bar, and a status line that screen readers announce
 * when the step changes; an alert when it failed.
 */
export function DownloadStatus({ format, state }: { format: ReportFileFormat; state: DownloadState }) {
  const { t } = useTranslation();
  const what = t(FORMAT_KEYS[format]);
  if (state.phase === 'failed') {
    return (
      <Alert data-color="danger" role="alert" className="report-download">
        <Paragraph>{t('reports.error.title')}</Paragraph>
        <Paragraph data-size="sm">{reportFailureText(state.error, t)}</Paragraph>
      </Alert>
    );
  }
  const job = state.phase === 'starting' ? null : state.job;
  const percent = state.phase === 'done' ? 100 : (job?.progress ?? 0);
  const step = job ? t(`reports.step.${job.step}` as MessageKey) : t('reports.step.queued');
  return (
    <div className="report-download">
      <progress max={100} value={percent} aria-label={t('reports.progress.label', { format: what })} />
      <p role="status" className="report-download__status">
        {state.phase === 'done' ? t('reports.status.done', { format: what }) : t('reports.status.working', { format: what, step, percent })}
        {state.phase === 'done' && state.job.fileUrl ? (
          <>
            {' '}
            <a className="ds-link" href={state.job.fileUrl} download>
              {t('reports.status.again')}
            </a>
          </>
        ) : null}
      </p>
    </div>
  );
}
