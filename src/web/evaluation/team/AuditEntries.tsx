import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { AuditEntry } from '../../api/types.js';
import { queryKeys } from '../../api/query-keys.js';
import { useTranslation } from '../../language/language-context.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { formatDateTime } from '../../../i18n/index.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
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
  const audit = useInfiniteQuery({
    queryKey: queryKeys.evaluation(evaluationId).audit(),
    queryFn: ({ pageParam, signal }) => api.evaluationAudit(evaluationId, { limit: PAGE_SIZE, offset: pageParam }, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const shown = pages.reduce((count, page) => count + page.items.length, 0);
      return shown < last.total && last.items.length > 0 ? shown : undefined;
    },
  });

  if (audit.isPending || (audit.isError && !audit.isFetchNextPageError && audit.isFetching)) return <LoadingStatus />;
  if (audit.isError && !audit.isFetchNextPageError) return <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />;
  const entries = audit.data.pages.flatMap((page) => page.items);
  const total = audit.data.pages.at(-1)?.total ?? entries.length;
  const loadingMore = audit.isFetchingNextPage;
  const moreError = audit.isFetchNextPageError ? audit.error : null;
  const loadMore = () => audit.fetchNextPage();

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
