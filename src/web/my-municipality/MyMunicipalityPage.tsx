import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { WRITTEN_LANGUAGE } from '../../domain/municipality.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { MUNICIPALITY_PARAM, paths } from '../paths.js';
import { roleKey } from '../session/role-text.js';
import { useSession } from '../session/session-context.js';
import { AppLink } from '../ui/AppLink.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { FollowUpSection } from './FollowUpSection.js';
import { MyEvaluationsTable } from './MyEvaluationsTable.js';
import { PlanSection } from './PlanSection.js';
import { myMunicipalityApi, type MyMunicipality } from './my-municipality-api.js';
import './my-municipality.css';
import { MyQuestionnaires } from '../questionnaire/MyQuestionnaires.js';

function HomeView({ home }: { home: MyMunicipality }) {
  const { t } = useTranslation();
  const { name } = home.municipality;
  usePageTitle(t('myMunicipality.heading', { name }));
  const written = WRITTEN_LANGUAGE[home.municipality.country];
  return (
    <div className="page my-municipality">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('myMunicipality.title') }]} />
      <div className="intro">
        <PageHeading>{t('myMunicipality.heading', { name })}</PageHeading>
        <Paragraph>{t('myMunicipality.intro')}</Paragraph>
      </div>
      <MyQuestionnaires />
      <PlanSection home={home} written={written} />
      <FollowUpSection followUp={home.nextFollowUp} />
      <section aria-labelledby="min-kommun-utvarderingar" className="my-municipality__section">
        <Heading level={2} data-size="sm" id="min-kommun-utvarderingar">
          {t('myMunicipality.evaluations.heading')}
        </Heading>
        {home.evaluations.length === 0 ? (
          <Paragraph>{t('myMunicipality.evaluations.none')}</Paragraph>
        ) : (
          <MyEvaluationsTable items={home.evaluations} municipalityName={name} />
        )}
      </section>
    </div>
  );
}

function Home({ municipality }: { municipality: string | undefined }) {
  const { language } = useTranslation();
  const home = useApiQuery({
    queryKey: queryKeys.myMunicipality.get(municipality ?? '', language),
    queryFn: ({ signal }) => myMunicipalityApi.get(municipality, language, signal),
  });
  return (
    <PageState state={home.state} retry={home.retry}>
      {(data) => <HomeView home={data} />}
    </PageState>
  );
}

/** Why the page shows nothing here: not signed in, not a municipality user, or an administrator who named no municipality. */
function NoHome({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(t('myMunicipality.title'));
  return (
    <div className="page page--narrow">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('myMunicipality.title') }]} />
      <PageHeading>{t('myMunicipality.title')}</PageHeading>
      {children}
    </div>
  );
}

/**
 * `/min-kommun`: a municipality user's start page — the municipality's evaluations, its open
 * action plan with what is overdue and what falls due soon, and its next follow-up.
 * Administrators see any municipality's (`?kommun=se-2029`).
 */
export function MyMunicipalityPage() {
  const { t } = useTranslation();
  const { status, error, user, refresh } = useSession();
  const { pathname, search } = useLocation();
  const [params] = useSearchParams();
  const named = params.get(MUNICIPALITY_PARAM) ?? undefined;
  if (status === 'loading') return <NoHome>{<LoadingStatus />}</NoHome>;
  if (status === 'error') return <NoHome>{<ErrorAlert error={error} onRetry={() => void refresh()} />}</NoHome>;
  if (!user) {
    return (
      <NoHome>
        <Alert data-color="info">
          <Paragraph>{t('myMunicipality.anonymous')}</Paragraph>
          <Paragraph>
            <AppLink to={paths.signIn(`${pathname}${search}`)}>{t('access.signIn')}</AppLink>
          </Paragraph>
        </Alert>
      </NoHome>
    );
  }
  if (user.role === 'admin' && !named) {
    return (
      <NoHome>
        <Alert data-color="info">
          <Paragraph>{t('myMunicipality.chooseMunicipality', { example: paths.myMunicipality('se-2029') })}</Paragraph>
        </Alert>
      </NoHome>
    );
  }
  if (user.role !== 'admin' && (user.role !== 'municipality' || !user.municipalityId)) {
    return (
      <NoHome>
        <Alert data-color="warning">
          <Paragraph>{t('myMunicipality.notMunicipalityUser', { name: user.name, role: t(roleKey(user.role)) })}</Paragraph>
        </Alert>
      </NoHome>
    );
  }
  return <Home municipality={user.role === 'admin' ? named : undefined} />;
}
