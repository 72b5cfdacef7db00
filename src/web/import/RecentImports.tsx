import { Paragraph } from '@digdir/designsystemet-react';
import { isFinishedJob } from '../../contract/jobs.js';
import { api } from '../api/client.js';
import type { ImportJob } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { AppLink } from '../ui/AppLink.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { formatDateTime } from '../../i18n/index.js';
import { describeImportError, frameworkName, pointsText } from './import-texts.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { paths } from '../paths.js';

const RECENT_LIMIT = 20;
/** While an import in the list still runs, the list is read again this often. */
const REFRESH_MS = 2000;

const running = (job: ImportJob) => !isFinishedJob(job);

function JobResult({ job, frameworkTitles }: { job: ImportJob; frameworkTitles: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  if (job.status === 'failed') return <>{describeImportError(job.error?.code ?? 'internal', job.fileName, t)}</>;
  if (job.status !== 'done' || !job.summary) return <span className="muted">–</span>;
  const { summary } = job;
  const name = summary.municipality?.name ?? t('common.notStated');
  const count = summary.discrepancyCount;
  const [own, ...earlier] = job.evaluations;
  return (
    <div className="recent-result">
      <span>
        {t('import.recentDone', {
          name,
          framework: frameworkName(summary.framework, t, frameworkTitles),
          points: summary.derivedTotal === null ? '–' : pointsText(summary.derivedTotal, t),
        })}
        {', '}
        {count === 0 ? t('import.recentDiscrepancies.none') : count === 1 ? t('import.recentDiscrepancies.one') : t('import.recentDiscrepancies.other', { count })}
      </span>
      {own ? (
        <span>
          <AppLink to={paths.evaluation(own.id)}>{t('import.recentOwnLink', { name, year: String(own.year) })}</AppLink>
        </span>
      ) : null}
      {earlier.length > 0 ? (
        <span>
          {t('import.recentEarlierLinks', { count: earlier.length })}{' '}
          {earlier.map((evaluation, index) => (
            <span key={evaluation.id}>
              {index > 0 ? ', ' : null}
              <AppLink to={paths.evaluation(evaluation.id)} label={t('import.recentEarlierLinkLabel', { name, year: String(evaluation.year) })}>
                {String(evaluation.year)}
              </AppLink>
            </span>
          ))}
        </span>
      ) : null}
    </div>
  );
}

/**
 * The latest imports on the server, newest first, so a user who left the page sees how their
 * imports went. Read again while any of them still runs, and when an import of this visit
 * changes (the import page invalidates the list).
 */
export function RecentImports({ frameworkTitles }: { frameworkTitles: ReadonlyMap<string, string> }) {
  const { language, t } = useTranslation();
  const { state, retry } = useApiQuery({
    queryKey: queryKeys.imports.list({ limit: RECENT_LIMIT }),
    queryFn: ({ signal }) => api.listImports({ limit: RECENT_LIMIT }, signal),
    refetchInterval: (current) => (current?.items.some(running) ? REFRESH_MS : false),
  });
  const data = state.status === 'ok' ? state.data : state.status === 'loading' ? state.previous : undefined;

  if (state.status === 'error') return <ErrorAlert error={state.error} onRetry={retry} />;
  if (!data) return <LoadingStatus />;
  if (data.items.length === 0) return <Paragraph>{t('import.recentEmpty')}</Paragraph>;
  return (
    <ul className="recent-imports" aria-label={t('import.recentCaption')}>
      {data.items.map((job) => {
        const stage = job.status === 'done' || job.status === 'failed' || job.status === 'cancelled' ? job.status : job.stage;
        const known = ['queued', 'extracting', 'parsing', 'saving', 'done', 'failed', 'cancelled'].includes(stage);
        return (
          <li key={job.id} className={`recent-import recent-import--${job.status}`}>
            <span className="recent-import__file">{job.fileName}</span>
            <span className="recent-import__time muted">
              <span className="ds-sr-only">{t('import.recentTime')}: </span>
              {formatDateTime(job.createdAt, language)}
            </span>
            <span className={`recent-import__status stage stage--${stage}`}>
              <span className="ds-sr-only">{t('import.recentStatus')}: </span>
              {known ? t(`import.stage.${stage as 'queued'}`) : stage}
            </span>
            <span className="recent-import__result">
              <JobResult job={job} frameworkTitles={frameworkTitles} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
