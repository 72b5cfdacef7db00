import { useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { comparisonsApi, type ReferenceAverage } from '../comparisons/comparisons-api.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { ReferenceAverageForm } from './ReferenceAverageForm.js';
import { editButtonId, focusRemoveConfirmation, ReferenceAverageTable, removeButtonId, type ReferenceActions } from './ReferenceAverageTable.js';
import './reference-averages.css';
import { paths } from '../paths.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { apiErrorText } from '../api/error-text.js';

/** Which form is open: a new figure, or the change of a stored one. */
type Editing = { kind: 'new' } | { kind: 'change'; item: ReferenceAverage } | null;

const ADD_BUTTON_ID = 'reference-add';

/** Focuses an element once it is on the page again (after the list has been redrawn). */
const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * Reference averages for administrators: the stored figures from published sources, adding,
 * changing (with both versions shown when someone else saved first) and removing them. Every
 * change is audited by the API.
 */
export function ReferenceAveragesAdmin() {
  const { t, language } = useTranslation();
  usePageTitle(t('referenceAverages.title'));
  const listHeadingId = useId();
  const queryClient = useQueryClient();
  const list = useApiQuery({ queryKey: queryKeys.referenceAverages.list(), queryFn: ({ signal }) => comparisonsApi.listReferenceAverages(signal) });
  const frameworks = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  /** After every change: the list, and the comparisons that show reference averages. */
  const refreshList = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.referenceAverages.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.everyEvaluation });
  };
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [pending, setPending] = useState<ReadonlySet<number>>(new Set());
  const items = list.state.status === 'ok' ? list.state.data.items : list.state.status === 'loading' ? list.state.previous?.items : undefined;
  const frameworkList = frameworks.state.status === 'ok' ? frameworks.state.data.items : undefined;

  const close = (focusId: string) => {
    setEditing(null);
    focusLater(focusId);
  };

  const remove = async (item: ReferenceAverage) => {
    setPending((current) => new Set(current).add(item.id));
    try {
      await comparisonsApi.removeReferenceAverage(item.id, item.version);
      setNotice({ color: 'success', text: t('referenceAverages.removed', { label: item.label }) });
      focusLater(ADD_BUTTON_ID);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') setNotice({ color: 'warning', text: t('referenceAverages.removeStale', { label: item.label }) });
      else if (error instanceof ApiError && error.status === 404) setNotice({ color: 'warning', text: t('referenceAverages.gone', { label: item.label }) });
      else setNotice({ color: 'danger', text: t('referenceAverages.error.server', { message: apiErrorText(error, t) }) });
      focusLater(removeButtonId(item.id));
    } finally {
      setConfirming(null);
      setPending((current) => {
        const next = new Set(current);
        next.delete(item.id);
        return next;
      });
      refreshList();
    }
  };

  const actions: ReferenceActions = {
    confirming,
    pending,
    edit: (item) => {
      setNotice(null);
      setEditing({ kind: 'change', item });
    },
    askRemove: (item) => {
      setConfirming(item.id);
      focusRemoveConfirmation(item.id);
    },
    remove: (item) => void remove(item),
    cancelRemove: (item) => {
      setConfirming(null);
      focusLater(removeButtonId(item.id));
    },
  };

  return (
    <div className="page">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('referenceAverages.title') }]} />
      <div className="intro">
        <PageHeading>{t('referenceAverages.title')}</PageHeading>
        <Paragraph>{t('referenceAverages.intro')}</Paragraph>
      </div>

      {frameworks.state.status === 'error' ? <ErrorAlert error={frameworks.state.error} onRetry={frameworks.retry} /> : null}
      {editing === null ? (
        <Button
          id={ADD_BUTTON_ID}
          type="button"
          onClick={() => {
            setNotice(null);
            setEditing({ kind: 'new' });
          }}
          disabled={!frameworkList}
        >
          {t('referenceAverages.add')}
        </Button>
      ) : null}
      {editing && frameworkList ? (
        <ReferenceAverageForm
          key={editing.kind === 'new' ? 'new' : editing.item.id}
          frameworks={frameworkList}
          item={editing.kind === 'change' ? editing.item : undefined}
          onSaved={(saved, created) => {
            setNotice({ color: 'success', text: t(created ? 'referenceAverages.created' : 'referenceAverages.saved', { label: saved.label }) });
            refreshList();
            close(created ? ADD_BUTTON_ID : editButtonId(saved.id));
          }}
          onGone={(item) => {
            setNotice({ color: 'warning', text: t('referenceAverages.gone', { label: item.label }) });
            refreshList();
            close(ADD_BUTTON_ID);
          }}
          onCancel={() => close(editing.kind === 'change' ? editButtonId(editing.item.id) : ADD_BUTTON_ID)}
        />
      ) : null}

      <section aria-labelledby={listHeadingId} className="reference-list">
        <Heading level={2} data-size="sm" id={listHeadingId}>
          {t('referenceAverages.listHeading')}
        </Heading>
        <LiveNotice notice={notice} size="md" className="reference-notice" />
        {list.state.status === 'error' ? <ErrorAlert error={list.state.error} onRetry={list.retry} /> : null}
        {items && items.length === 0 ? <Paragraph>{t('referenceAverages.none')}</Paragraph> : null}
        {items && items.length > 0 ? <ReferenceAverageTable items={items} frameworks={frameworkList ?? []} actions={actions} /> : null}
        {!items && list.state.status === 'loading' ? <LoadingStatus /> : null}
      </section>
    </div>
  );
}
