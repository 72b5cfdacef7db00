import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { api } from '../../api/client.js';
import type { AuditEntry } from '../../api/types.js';
import { useApiData } from '../../api/use-api-data.js';
import { useTranslation } from '../../language/language-context.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { formatDateTime } from '../../../i18n/index.js';
import { LoadingStatus } from '../LoadingStatus.js';
import { auditActionKey, auditValueText } from './audit-texts.js';

const PAGE_SIZE = 50;

function Entry({ entry }: { entry: AuditEntry }) {
  const { language, t } = useTranslation();
  const actionKey = auditActionKey(entry.action);
  const before = auditValueText(entry.oldValue);
  const after = auditValueText(entry.newValue);
  return (
    <li className="audit-entry">
      <p className="audit-entry__meta">
        <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time> {t('audit.by', { actor: entry.actor })}
      </p>
      <p className="audit-entry__action">{actionKey ? t(actionKey) : <code>{entry.action}</code>}</p>
      {before !== null ? (
        <p className="audit-entry__value">
          <span className="audit-entry__label">{t('audit.before')}:</span> <code>{before}</code>
        </p>
      ) : null}
      {after !== null ? (
        <p className="audit-entry__value">
          <span className="audit-entry__label">{t('audit.after')}:</span> <code>{after}</code>
        </p>
      ) : null}
    </li>
  );
}

/** One evaluation's audit log, newest first, a page at a time. */
export function AuditEntries({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const first = useApiData((signal) => api.evaluationAudit(evaluationId, { limit: PAGE_SIZE, offset: 0 }, signal), [evaluationId]);
  const [more, setMore] = useState<AuditEntry[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  if (first.state.status === 'loading') return <LoadingStatus />;
  if (first.state.status === 'error') return <ErrorAlert error={first.state.error} onRetry={first.retry} />;
  const { items, total } = first.state.data;
  const entries = [...items, ...more];

  const loadMore = async () => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await api.evaluationAudit(evaluationId, { limit: PAGE_SIZE, offset: entries.length });
      setMore((current) => [...current, ...page.items]);
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  if (entries.length === 0) return <Paragraph>{t('audit.empty')}</Paragraph>;
  return (
    <>
      <Paragraph data-size="sm" className="muted" role="status">
        {t('audit.count', { shown: entries.length, total })}
      </Paragraph>
      <ol className="audit-list" aria-label={t('audit.listLabel')}>
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} />
        ))}
      </ol>
      {moreError ? <ErrorAlert error={moreError} /> : null}
      {entries.length < total ? (
        <Button type="button" variant="secondary" data-size="sm" aria-disabled={loadingMore || undefined} onClick={() => void (loadingMore ? undefined : loadMore())}>
          {t('audit.more')}
        </Button>
      ) : null}
    </>
  );
}
