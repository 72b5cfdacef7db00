import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { NavLink, Outlet, useLocation, useParams } from 'react-router';
import { api } from '../api/client.js';
import type { EvaluationDetail, User } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { AppLink } from '../ui/AppLink.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { EvaluationStatusBadge } from '../evaluation/team/EvaluationStatusBadge.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageChunkLoading } from '../layout/page-chunks.js';
import { NotFoundContent } from '../ui/NotFoundContent.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { PresenceLine } from './PresenceLine.js';
import { usePresence } from './use-presence.js';
import { prefetchEvidence } from './evidence/evidence-api.js';
import { workspaceApi } from './workspace-api.js';
import { WorkspaceContext, type Workspace } from './workspace-context.js';
import { tabOfPath, WORKSPACE_TABS } from './workspace-tabs.js';
import './workspace.css';
import { paths } from '../paths.js';
import { ContentLanguageContext } from '../language/content-language.js';
import { WRITTEN_LANGUAGE } from '../../domain/municipality.js';

function Loading() {
  const { t } = useTranslation();
  return (
    <div className="page" aria-busy="true">
      <LoadingStatus label={t('loading.page')} />
    </div>
  );
}

/** The team: administrators and the evaluation's assigned evaluators (the server's rule for working material). */
function isTeamMember(user: User, evaluatorIds: readonly string[]): boolean {
  return user.role === 'admin' || (user.role === 'evaluator' && evaluatorIds.includes(user.id));
}

function WorkspaceView({
  evaluation,
  framework,
  isTeam,
  reload,
}: {
  evaluation: EvaluationDetail;
  framework: Workspace['framework'];
  isTeam: boolean;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const tab = tabOfPath(pathname);
  const [chosen, setChosen] = useState<{ path: string; section: string } | null>(null);
  // A panel may say more precisely what it works on (e.g. "area:3"); otherwise the tab says it.
  const section = chosen && chosen.path === pathname ? chosen.section : tab.section;
  const setSection = useCallback((next: string) => setChosen({ path: window.location.pathname, section: next }), []);
  const others = usePresence(evaluation.id, section, true);

  const year = evaluation.year === null ? t('evaluation.yearUnknown') : String(evaluation.year);
  const title = t('evaluation.titleFor', { name: evaluation.municipality.name, year });
  usePageTitle(t('workspace.pageTitle', { part: t(tab.label), title }));
  const followUp = evaluation.baselineEvaluationId !== null;
  const tabs = WORKSPACE_TABS.filter((entry) => (isTeam || !entry.teamOnly) && (followUp || !entry.followUpOnly));
  const allowed = isTeam || !tab.teamOnly;

  const workspace = useMemo<Workspace>(
    () => ({ evaluationId: evaluation.id, evaluation, framework, isTeam, reload, setSection }),
    [evaluation, framework, isTeam, reload, setSection],
  );

  return (
    <div className="page workspace">
      <Breadcrumbs
        items={[
          { label: t('nav.start'), to: paths.start() },
          { label: evaluation.municipality.name, to: paths.municipality(evaluation.municipality.id) },
          { label: title, to: paths.evaluation(evaluation.id) },
          { label: t('workspace.heading') },
        ]}
      />
      <div className="workspace-heading">
        <PageHeading sub={t('workspace.headingSub', { framework: evaluation.framework.title })}>{t('workspace.headingFor', { title })}</PageHeading>
        <EvaluationStatusBadge status={evaluation.status} />
      </div>
      <PresenceLine others={others} />
      <nav aria-label={t('workspace.navLabel')} className="workspace-nav">
        <ul className="workspace-nav__list">
          {tabs.map((entry) => (
            <li key={entry.path}>
              <NavLink to={paths.workspace(evaluation.id, entry.path)} end={entry.path === ''} className="workspace-nav__link">
                {t(entry.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <WorkspaceContext.Provider value={workspace}>
        <ContentLanguageContext.Provider value={WRITTEN_LANGUAGE[evaluation.municipality.country]}>
          <div className="workspace-panel">
            {allowed ? (
              <Suspense fallback={<PageChunkLoading panel />}>
                <Outlet />
              </Suspense>
            ) : (
              <Alert data-color="info">
                <Paragraph>{t('workspace.teamOnly')}</Paragraph>
                <Paragraph>
                  <AppLink to={paths.workspace(evaluation.id)}>{t('workspace.toOverview')}</AppLink>
                </Paragraph>
              </Alert>
            )}
          </div>
        </ContentLanguageContext.Provider>
      </WorkspaceContext.Provider>
    </div>
  );
}

/** What a part of the workspace reads first, started as soon as the workspace starts loading. */
const PREFETCH_OF_TAB: Readonly<Record<string, (client: QueryClient, evaluationId: string) => void>> = { underlag: prefetchEvidence };

function WorkspaceLoader({ id, user }: { id: string; user: User }) {
  const { language } = useTranslation();
  const { pathname } = useLocation();
  const client = useQueryClient();
  const keys = useMemo(() => queryKeys.evaluation(id), [id]);
  // Once, when the workspace opens: the opened part's data loads beside the evaluation's.
  useState(() => {
    if (user.role !== 'municipality') PREFETCH_OF_TAB[tabOfPath(pathname).path]?.(client, id);
    return null;
  });
  // While reading again (after a change), the panels keep showing what they have: nothing unmounts.
  const detail = useQuery({ queryKey: keys.detail(language), queryFn: ({ signal }) => api.getEvaluation(id, language, signal), placeholderData: keepPreviousData });
  const evaluators = useQuery({ queryKey: keys.evaluators(), queryFn: ({ signal }) => workspaceApi.evaluators(id, signal) });
  const evaluation = detail.data?.id === id ? detail.data : undefined;
  const frameworkId = evaluation?.framework.id;
  const framework = useQuery({
    queryKey: queryKeys.frameworks.detail(frameworkId ?? '', language),
    queryFn: ({ signal }) => api.getFramework(frameworkId ?? '', language, signal),
    enabled: frameworkId !== undefined,
    placeholderData: keepPreviousData,
  });
  // The evaluation, the moves open from its status and the overview are read again after a change.
  const reload = useCallback(() => {
    void client.invalidateQueries({ queryKey: keys.detail() });
    void client.invalidateQueries({ queryKey: keys.evaluators() });
    void client.invalidateQueries({ queryKey: keys.transitions() });
    void client.invalidateQueries({ queryKey: keys.overview() });
  }, [client, keys]);

  const failed = detail.isError ? detail.error : evaluators.isError ? evaluators.error : undefined;
  if (!evaluation || !evaluators.data) {
    const retry = () => void Promise.all([detail.refetch(), evaluators.refetch()]);
    const state = failed !== undefined ? { status: 'error' as const, error: failed } : { status: 'loading' as const, previous: undefined };
    return (
      <PageState state={state} retry={retry}>
        {() => null}
      </PageState>
    );
  }
  const isTeam = isTeamMember(user, evaluators.data.items.map((evaluator) => evaluator.id));
  const ownMunicipality = user.role === 'municipality' && user.municipalityId === evaluation.municipality.id;
  // The same answer as for an evaluation one may not read: the workspace is not there for them.
  if (!isTeam && !ownMunicipality) return <NotFoundContent resource />;
  if (framework.isError) {
    return (
      <div className="page">
        <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />
      </div>
    );
  }
  const tree = framework.data;
  if (!tree || tree.id !== frameworkId) return <Loading />;
  return <WorkspaceView evaluation={evaluation} framework={tree} isTeam={isTeam} reload={reload} />;
}

/**
 * The evaluation workspace (`/utvarderingar/:id/arbetsyta`): the evaluation's heading and status,
 * who else is working on it, and its parts as child routes (overview, evidence, scoring,
 * calibration, fact check). Administrators and the assigned evaluators see every part, the
 * municipality's users the overview and the fact check; anyone else is told it is not found.
 */
export function WorkspaceLayout() {
  const { id = '' } = useParams();
  const { status, error, pageUser, refresh } = useSession();
  if (status === 'loading') return <Loading />;
  if (status === 'error' && !pageUser) {
    return (
      <div className="page">
        <ErrorAlert error={error} onRetry={() => void refresh()} />
      </div>
    );
  }
  if (!pageUser) return <NotFoundContent resource />;
  return <WorkspaceLoader key={id} id={id} user={pageUser} />;
}
