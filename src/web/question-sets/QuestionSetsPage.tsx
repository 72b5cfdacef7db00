import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { AdminOnly } from '../account/AdminOnly.js';
import { ApiError } from '../api/api-error.js';
import { apiErrorText } from '../api/error-text.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { useSession } from '../session/session-context.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { ImportSetForm } from './ImportSetForm.js';
import { useFrameworkTitles } from './use-framework-titles.js';
import { NewSetForm } from './NewSetForm.js';
import { invalidateQuestionSets, questionSetsApi, type QuestionSetSummary } from './question-sets-api.js';
import { SetTable, type SetActions } from './SetTable.js';
import './question-sets.css';

/** The question sets (`/frageunderlag`): administrators write them, evaluators read them. */
export function QuestionSetsPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('questionSets.title')} anonymous="questionSets.access.anonymous" notAdmin="questionSets.access.notAllowed" allow={['admin', 'evaluator']}>
      <QuestionSetList />
    </AdminOnly>
  );
}

/** The sets grouped by model version, newest first as the API lists them. */
function groupByFramework(items: readonly QuestionSetSummary[]): Array<{ frameworkId: string; title: string; items: QuestionSetSummary[] }> {
  const groups = new Map<string, { frameworkId: string; title: string; items: QuestionSetSummary[] }>();
  for (const item of items) {
    const group = groups.get(item.frameworkId) ?? { frameworkId: item.frameworkId, title: item.frameworkTitle, items: [] };
    group.items.push(item);
    groups.set(item.frameworkId, group);
  }
  return [...groups.values()];
}

function QuestionSetList() {
  const frameworkTitle = useFrameworkTitles();
  const { t } = useTranslation();
  usePageTitle(t('questionSets.title'));
  const { isAdmin } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const listHeadingId = useId();
  const list = useApiQuery({ queryKey: queryKeys.questionSets.list(), queryFn: ({ signal }) => questionSetsApi.list(signal) });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const items = list.state.status === 'ok' ? list.state.data.items : list.state.status === 'loading' ? list.state.previous?.items : undefined;

  const failed = (error: unknown) => setNotice({ color: 'danger', text: t('questionSets.error.action'), detail: apiErrorText(error, t) });

  const actions: SetActions = {
    canManage: isAdmin,
    confirming,
    pending,
    newVersion: async (item) => {
      setPending(item.id);
      try {
        const created = await questionSetsApi.newVersion(item.id);
        await invalidateQuestionSets(queryClient);
        void navigate(paths.questionSet(created.id));
      } catch (error) {
        failed(error);
      } finally {
        setPending(null);
      }
    },
    askRemove: (item) => setConfirming(item.id),
    cancelRemove: () => setConfirming(null),
    remove: async (item) => {
      setPending(item.id);
      try {
        await questionSetsApi.remove(item.id, item.version);
        setNotice({ color: 'success', text: t('questionSets.removed', { title: item.title, versionNo: item.versionNo }) });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'version_conflict') setNotice({ color: 'warning', text: t('questionSets.removeStale', { title: item.title }) });
        else failed(error);
      } finally {
        setConfirming(null);
        setPending(null);
        void invalidateQuestionSets(queryClient);
      }
    },
  };

  return (
    <div className="page">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('questionSets.title') }]} />
      <div className="intro">
        <PageHeading>{t('questionSets.title')}</PageHeading>
        <Paragraph>{t('questionSets.intro')}</Paragraph>
        {isAdmin ? null : <Paragraph>{t('questionSets.readOnlyIntro')}</Paragraph>}
      </div>
      {isAdmin ? (
        <div className="question-set-tools">
          <NewSetForm onCreated={(created) => void navigate(paths.questionSet(created.id))} />
          <ImportSetForm
            sets={items ?? []}
            onImported={(created) => {
              void invalidateQuestionSets(queryClient);
              void navigate(paths.questionSet(created.id));
            }}
          />
        </div>
      ) : null}

      <section aria-labelledby={listHeadingId} className="question-set-list">
        <Heading level={2} data-size="sm" id={listHeadingId}>
          {t('questionSets.listHeading')}
        </Heading>
        <LiveNotice notice={notice} size="md" />
        {list.state.status === 'error' ? <ErrorAlert error={list.state.error} onRetry={list.retry} /> : null}
        {items && items.length === 0 ? <Paragraph>{t('questionSets.none')}</Paragraph> : null}
        {items
          ? groupByFramework(items).map((group) => <SetTable key={group.frameworkId} title={frameworkTitle(group.frameworkId, group.title)} items={group.items} actions={actions} />)
          : null}
        {!items && list.state.status === 'loading' ? <LoadingStatus /> : null}
      </section>
    </div>
  );
}
