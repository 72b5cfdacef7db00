import { Button, Details, Paragraph } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditChange } from '../../../contract/audit.js';
import { api } from '../../api/client.js';
import type { AuditEntry } from '../../api/types.js';
import { queryKeys } from '../../api/query-keys.js';
import { useTranslation } from '../../language/language-context.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { formatDateTime } from '../../../i18n/index.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { auditActionKey, auditPathText, auditValueText } from './audit-texts.js';

const PAGE_SIZE = 50;

/** What changed, part by part: a text's removed and added characters, or a value before and after. */
function Changes({ changes }: { changes: readonly AuditChange[] }) {
  const { t } = useTranslation();
  return (
    <ul className="audit-entry__changes" aria-label={t('audit.changes')}>
      {changes.map((change, index) =>
        change.kind === 'text' ? (
          <li key={index} className="audit-entry__value">
            {t('audit.changedText', { path: auditPathText(change.path), at: change.at + 1 })}{' '}
            {change.removed !== '' ? (
              <>
                <span className="audit-entry__label">{t('audit.removed')}:</span> <del>{change.removed}</del>{' '}
              </>
            ) : null}
            {change.inserted !== '' ? (
              <>
                <span className="audit-entry__label">{t('audit.inserted')}:</span> <ins>{change.inserted}</ins>
              </>
            ) : null}
          </li>
        ) : (
          <li key={index} className="audit-entry__value">
            {t('audit.changedValue', { path: auditPathText(change.path) })} <code>{auditValueText(change.before) ?? '–'}</code> → <code>{auditValueText(change.after) ?? '–'}</code>
          </li>
        ),
      )}
    </ul>
  );
}

function Entry({ entry, evaluationId }: { entry: AuditEntry; evaluationId: string }) {
  const { language, t } = useTranslation();
  const [showSaves, setShowSaves] = useState(false);
  const actionKey = auditActionKey(entry.action);
  const before = auditValueText(entry.oldValue);
  const after = auditValueText(entry.newValue);
  return (
    <li className="audit-entry">
      <p className="audit-entry__meta">
        <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time> {t('audit.by', { actor: entry.actor })}
        {entry.saves > 1 ? (
          <>
            {' · '}
            {t('audit.burst', { saves: entry.saves, from: formatDateTime(entry.at, language), to: formatDateTime(entry.lastAt, language) })}
          </>
        ) : null}
      </p>
      <p className="audit-entry__action">{actionKey ? t(actionKey) : <code>{entry.action}</code>}</p>
      {entry.changes !== null ? (
        <Changes changes={entry.changes} />
      ) : (
        <>
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
        </>
      )}
      {entry.saves > 1 ? (
        <Details onToggle={(event) => setShowSaves((event.target as HTMLDetailsElement).open)}>
          <Details.Summary>{t('audit.showSaves')}</Details.Summary>
          <Details.Content>{showSaves ? <AuditEntries evaluationId={evaluationId} burst={entry.id} /> : null}</Details.Content>
        </Details>
      ) : null}
    </li>
  );
}

/**
 * One evaluation's audit log, newest first, a page at a time; a burst of saves is one entry there.
 * With `burst`: the saves of that burst, one by one.
 */
export function AuditEntries({ evaluationId, burst }: { evaluationId: string; burst?: number }) {
  const { t } = useTranslation();
  const audit = useInfiniteQuery({
    queryKey: burst === undefined ? queryKeys.evaluation(evaluationId).audit() : queryKeys.evaluation(evaluationId).auditBurst(burst),
    queryFn: ({ pageParam, signal }) => api.evaluationAudit(evaluationId, { limit: PAGE_SIZE, offset: pageParam, ...(burst === undefined ? {} : { burst }) }, signal),
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
      <ol className="audit-list" aria-label={burst === undefined ? t('audit.listLabel') : t('audit.savesLabel')}>
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} evaluationId={evaluationId} />
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
