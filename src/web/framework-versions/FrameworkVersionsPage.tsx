import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { AdminOnly } from '../account/AdminOnly.js';
import { ApiError } from '../api/api-error.js';
import { apiErrorText } from '../api/error-text.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { frameworkVersionsApi, invalidateFrameworkVersions } from './framework-versions-api.js';
import { ImportVersionForm } from './ImportVersionForm.js';
import { NewVersionForm } from './NewVersionForm.js';
import { VersionTable, type VersionActions } from './VersionTable.js';
import './framework-versions.css';

/** The model versions (`/modellversioner`), shipped and authored: administrators author them here. */
export function FrameworkVersionsPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('frameworkAuthoring.title')} anonymous="frameworkAuthoring.access.anonymous" notAdmin="frameworkAuthoring.access.notAllowed">
      <VersionList />
    </AdminOnly>
  );
}

function VersionList() {
  const { t, language } = useTranslation();
  usePageTitle(t('frameworkAuthoring.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const listHeadingId = useId();
  const newIdField = useRef<HTMLInputElement>(null);
  const list = useApiQuery({ queryKey: queryKeys.frameworkVersions.list(language), queryFn: ({ signal }) => frameworkVersionsApi.list(language, signal) });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [base, setBase] = useState('');
  const items = list.state.status === 'ok' ? list.state.data.items : list.state.status === 'loading' ? list.state.previous?.items : undefined;
  const titleOf = (id: string) => items?.find((item) => item.id === id)?.title ?? id;

  const actions: VersionActions = {
    confirming,
    pending,
    newFrom: (item) => {
      setBase(item.id);
      newIdField.current?.scrollIntoView({ block: 'center' });
      newIdField.current?.focus();
    },
    askRemove: (item) => setConfirming(item.id),
    cancelRemove: () => {
      const id = confirming;
      setConfirming(null);
      if (id) requestAnimationFrame(() => document.getElementById(`fv-remove-${id}`)?.focus());
    },
    remove: async (item) => {
      setPending(item.id);
      try {
        await frameworkVersionsApi.remove(item.id, item.version);
        setNotice({ color: 'success', text: t('frameworkAuthoring.removed', { title: item.title }) });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'version_conflict') setNotice({ color: 'warning', text: t('frameworkAuthoring.removeStale', { title: item.title }) });
        else setNotice({ color: 'danger', text: t('frameworkAuthoring.error.action'), detail: apiErrorText(error, t) });
      } finally {
        setConfirming(null);
        setPending(null);
        void invalidateFrameworkVersions(queryClient);
        requestAnimationFrame(() => document.getElementById(listHeadingId)?.focus());
      }
    },
  };

  return (
    <div className="page">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('frameworkAuthoring.title') }]} />
      <div className="intro">
        <PageHeading>{t('frameworkAuthoring.title')}</PageHeading>
        <Paragraph>{t('frameworkAuthoring.intro')}</Paragraph>
      </div>
      <div className="fv-tools">
        <NewVersionForm ref={newIdField} versions={items ?? []} base={base} onBaseChange={setBase} onCreated={(created) => void navigate(paths.frameworkVersion(created.id))} />
        <ImportVersionForm versions={items ?? []} onImported={(imported) => void navigate(paths.frameworkVersion(imported.id))} />
      </div>
      <section aria-labelledby={listHeadingId} className="fv-list-section">
        <Heading level={2} data-size="sm" id={listHeadingId} tabIndex={-1}>
          {t('frameworkAuthoring.listHeading')}
        </Heading>
        <LiveNotice notice={notice} size="md" />
        {list.state.status === 'error' ? <ErrorAlert error={list.state.error} onRetry={list.retry} /> : null}
        {items ? <VersionTable items={items} titleOf={titleOf} actions={actions} /> : null}
        {!items && list.state.status === 'loading' ? <LoadingStatus /> : null}
      </section>
    </div>
  );
}
