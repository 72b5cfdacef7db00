import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { skrGroupLabel } from '../../i18n/comparison-labels.js';
import { formatNumber } from '../../i18n/index.js';
import { api } from '../api/client.js';
import type { EvaluationSummary, MunicipalityDetail } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { combineQueries, useApiQuery } from '../api/query-state.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { EvaluationsTable } from './EvaluationsTable.js';
import { FactList, type Fact } from '../ui/FactList.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { TotalsChart } from './TotalsChart.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import './public.css';

interface MunicipalityData {
  municipality: MunicipalityDetail;
  evaluations: EvaluationSummary[];
}

function MunicipalityView({ municipality, evaluations }: MunicipalityData) {
  const { language, t } = useTranslation();
  usePageTitle(municipality.name);
  const yearAndSource = (value: { year: number; source: string | null }) =>
    value.source ? t('municipality.yearSource', { year: value.year, source: value.source }) : t('municipality.year', { year: value.year });
  const facts: Fact[] = [
    { label: t('municipality.county'), value: `${municipality.county.name} (${municipality.county.code})` },
    { label: t('municipality.code'), value: municipality.code },
  ];
  if (municipality.population) {
    facts.push({
      label: t('municipality.population'),
      value: (
        <>
          {formatNumber(municipality.population.value, language)} <span className="muted">({yearAndSource(municipality.population)})</span>
        </>
      ),
    });
  }
  if (municipality.group) {
    facts.push({
      label: t('municipality.group'),
      value: (
        <>
          {skrGroupLabel(municipality.group.value, language)} <span className="muted">({yearAndSource(municipality.group)})</span>
        </>
      ),
    });
  }
  const versions = new Set(evaluations.map((evaluation) => evaluation.framework.id));

  return (
    <div className="page">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('nav.municipalities'), to: paths.municipalities() }, { label: municipality.name }]} />
      <PageHeading>{municipality.name}</PageHeading>
      <section aria-label={t('municipality.facts')}>
        <FactList facts={facts} />
      </section>

      <section aria-labelledby="municipality-evaluations">
        <Heading level={2} data-size="sm" id="municipality-evaluations">
          {t('municipality.evaluationsHeading')}
        </Heading>
        {evaluations.length === 0 ? (
          <Paragraph>{t('municipality.noEvaluations', { name: municipality.name })}</Paragraph>
        ) : (
          <>
            {versions.size > 1 ? (
              <Alert data-color="info" className="caveat">
                <Paragraph>
                  <strong>{t('municipality.caveatLabel')}: </strong>
                  {t('municipality.versionCaveat')}
                </Paragraph>
              </Alert>
            ) : null}
            <EvaluationsTable items={evaluations} caption={t('municipality.evaluationsCaption', { name: municipality.name })} variant="municipality" />
          </>
        )}
      </section>
      {evaluations.length > 0 ? <TotalsChart items={evaluations} /> : null}
    </div>
  );
}

/** A municipality: facts, its evaluations over time and their totals as bars. */
export function MunicipalityPage() {
  const { code = '' } = useParams();
  const { language } = useTranslation();
  const listQuery = { municipality: /^\d{4}$/.test(code) ? code : undefined, limit: 500, lang: language };
  const municipality = useApiQuery({ queryKey: queryKeys.municipalities.detail(code), queryFn: ({ signal }) => api.getMunicipality(code, signal) });
  const evaluations = useApiQuery({ queryKey: queryKeys.evaluations.list(listQuery), queryFn: ({ signal }) => api.listEvaluations(listQuery, signal) });
  const { state, retry } = combineQueries([municipality, evaluations], (detail, list): MunicipalityData => {
    const own = list.items.filter((item) => item.municipality.code === detail.code);
    return { municipality: detail, evaluations: own.sort((a, b) => a.position - b.position) };
  });
  return (
    <PageState state={state} retry={retry}>
      {(data) => <MunicipalityView {...data} />}
    </PageState>
  );
}
