import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { AppLink } from '../ui/AppLink.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { EvaluationsTable } from './EvaluationsTable.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { MunicipalitySearchForm } from './MunicipalitySearchForm.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { FrameworkLinks } from './FrameworkLinks.js';
import { paths } from '../paths.js';
import './public.css';

/** What Kompass is, a search box, the latest evaluations and the model versions. */
export function StartPage() {
  const { language, t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('start.title'));
  const latest = useApiQuery({ queryKey: queryKeys.evaluations.list({ limit: 10, lang: language }), queryFn: ({ signal }) => api.listEvaluations({ limit: 10, lang: language }, signal) });

  return (
    <div className="page">
      <div className="intro">
        <PageHeading>{t('start.heading')}</PageHeading>
        <Paragraph data-size="lg" className="lead">{t('start.intro')}</Paragraph>
        <Paragraph>{t('start.intro2')}</Paragraph>
      </div>

      <section aria-labelledby="start-search" className="panel">
        <Heading level={2} data-size="sm" id="start-search">
          {t('start.searchHeading')}
        </Heading>
        <MunicipalitySearchForm onSubmit={(query) => navigate(paths.municipalities(query || undefined))} />
      </section>

      <section aria-labelledby="start-latest" aria-busy={latest.state.status === 'loading'}>
        <Heading level={2} data-size="sm" id="start-latest">
          {t('start.latestHeading')}
        </Heading>
        {latest.state.status === 'loading' ? <LoadingStatus /> : null}
        {latest.state.status === 'error' ? <ErrorAlert error={latest.state.error} onRetry={latest.retry} /> : null}
        {latest.state.status === 'ok' ? (
          latest.state.data.items.length > 0 ? (
            <EvaluationsTable items={latest.state.data.items} caption={t('start.latestCaption')} variant="latest" />
          ) : (
            <Paragraph>{t('start.latestEmpty')}</Paragraph>
          )
        ) : null}
      </section>

      <section aria-labelledby="start-frameworks">
        <Heading level={2} data-size="sm" id="start-frameworks">
          {t('start.frameworksHeading')}
        </Heading>
        <Paragraph>{t('start.frameworksIntro')}</Paragraph>
        <FrameworkLinks />
        <Paragraph>
          <AppLink to={paths.frameworks()}>{t('start.allFrameworks')}</AppLink>
        </Paragraph>
      </section>
    </div>
  );
}
