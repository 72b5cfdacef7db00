import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { NavLink, Outlet, useLocation, useParams } from 'react-router';
import { api } from '../api/client.js';
import type { EvaluationDetail, User } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { combineQueries, useApiQuery } from '../api/query-state.js';
import { AppLink } from '../components/AppLink.js';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { EvaluationStatusBadge } from '../components/evaluation-team/EvaluationStatusBadge.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { NotFoundContent } from '../components/NotFoundContent.js';
import { PageHeading } from '../components/PageHeading.js';
import { PageState } from '../components/PageState.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { useSession } from '../session/session-context.js';
import { PresenceLine } from './PresenceLine.js';
import { usePresence } from './use-presence.js';
import { evidenceApi } from './evidence/evidence-api.js';
import { workspaceApi } from './workspace-api.js';
import { WorkspaceContext, type Workspace } from './workspace-context.js';
import { tabOfPath, WORKSPACE_TABS } from './workspace-tabs.js';
import './workspace.css';
import { paths } from '../paths.js';

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
  const tabs = WORKSPACE_TABS.filter((entry) => isTeam || !entry.teamOnly);
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
          { label: evaluation.municipality.name, to: paths.municipality(evaluation.municipality.code) },
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
        <div className="workspace-panel">
          {allowed ? (
            <Outlet />
          ) : (
            <Alert data-color="info">
              <Paragraph>{t('workspace.teamOnly')}</Paragraph>
              <Paragraph>
                <AppLink to={paths.workspace(evaluation.id)}>{t('workspace.toOverview')}</AppLink>
              </Paragraph>
            </Alert>
          )}
        </div>
      </WorkspaceContext.Provider>
    </div>
  );
}

/** What a part of the workspace reads first, started as soon as the workspace starts loading. */
const PREFETCH_OF_TAB: Readonly<Record<string, (queryClient: QueryClient, evaluationId: string) => void>> = {
  underlag: (queryClient, evaluationId) => {
    const keys = queryKeys.evaluation(evaluationId);
    void queryClient.prefetchQuery({ queryKey: keys.evidenceList({}), queryFn: ({ signal }) => evidenceApi.list(evaluationId, {}, signal) });
    void queryClient.prefetchQuery({ queryKey: keys.evidenceSummary(), queryFn: ({ signal }) => evidenceApi.summary(evaluationId, signal) });
  },
};

function WorkspaceLoader({ id, user }: { id: string; user: User }) {
  const { language } = useTranslation();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const keys = queryKeys.evaluation(id);
  // Once, when the workspace opens: the opened part's data loads beside the evaluation's.
  useState(() => {
    if (user.role !== 'municipality') PREFETCH_OF_TAB[tabOfPath(pathname).path]?.(queryClient, id);
    return null;
  });
  const evaluation = useApiQuery({ queryKey: keys.detail(language), queryFn: ({ signal }) => api.getEvaluation(id, language, signal) });
  const evaluators = useApiQuery({ queryKey: keys.evaluators(), queryFn: ({ signal }) => workspaceApi.evaluators(id, signal) });
  const detail = combineQueries([evaluation, evaluators], (shown, team) => ({ evaluation: shown, evaluatorIds: team.items.map((evaluator) => evaluator.id) }));
  // While reading again (after a change), the panels keep showing what they have: nothing unmounts.
  const loaded = detail.state.status === 'ok' ? detail.state.data : detail.state.status === 'loading' ? detail.state.previous : undefined;
  const data = loaded && loaded.evaluation.id === id ? loaded : undefined;
  const frameworkId = data?.evaluation.framework.id;
  const framework = useApiQuery({
    queryKey: queryKeys.frameworks.detail(frameworkId ?? '', language),
    queryFn: ({ signal }) => api.getFramework(frameworkId ?? '', language, signal),
    enabled: frameworkId !== undefined,
  });
  // After a change (a status move, an agreed score): the evaluation, its team, the overview and
  // the moves open are read again; while they load, the panels keep showing what they have.
  const reload = useCallback(() => {
    const changed = queryKeys.evaluation(id);
    for (const queryKey of [changed.detail(), changed.evaluators(), changed.overview(), changed.transitions()]) void queryClient.invalidateQueries({ queryKey });
  }, [queryClient, id]);

  if (!data) {
    return (
      <PageState state={detail.state} retry={detail.retry}>
        {() => null}
      </PageState>
    );
  }
  const isTeam = isTeamMember(user, data.evaluatorIds);
  const ownMunicipality = user.role === 'municipality' && user.municipalityCode === data.evaluation.municipality.code;
  // The same answer as for an evaluation one may not read: the workspace is not there for them.
  if (!isTeam && !ownMunicipality) return <NotFoundContent resource />;
  if (framework.state.status === 'error') {
    return (
      <div className="page">
        <ErrorAlert error={framework.state.error} onRetry={framework.retry} />
      </div>
    );
  }
  const tree = framework.state.status === 'ok' ? framework.state.data : framework.state.previous;
  if (!tree || tree.id !== frameworkId) return <Loading />;
  return <WorkspaceView evaluation={data.evaluation} framework={tree} isTeam={isTeam} reload={reload} />;
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
