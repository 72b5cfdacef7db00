import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { MessageKey } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { isRetryWaiting } from '../jobs/job-polling.js';
import type { ReportFileFormat, ReportJob } from './report-api.js';
import { reportFailureText, reportRetryText, type Translate } from './report-failure.js';
import type { DownloadState } from './use-report-job.js';

const FORMAT_KEYS: Record<ReportFileFormat, MessageKey> = { docx: 'reports.format.docx', pdf: 'reports.format.pdf' };

/** The status line of a download under way: its step, or, while a retry waits, why the last attempt failed. */
function workingText(format: string, job: ReportJob | null, t: Translate): string {
  if (job?.error && isRetryWaiting(job)) return reportRetryText(format, { ...job, error: job.error }, t);
  const step = job ? t(`reports.step.${job.step}` as MessageKey) : t('reports.step.queued');
  return t('reports.status.working', { format, step, percent: job?.progress ?? 0 });
}

/**
 * The progress of one download: a progress bar, and a status line that screen readers announce
 * when the step changes or an attempt failed and is tried again; an alert when it failed.
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
  return (
    <div className="report-download">
      <progress max={100} value={percent} aria-label={t('reports.progress.label', { format: what })} />
      <p role="status" className="report-download__status">
        {state.phase === 'done' ? t('reports.status.done', { format: what }) : workingText(what, job, t)}
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
