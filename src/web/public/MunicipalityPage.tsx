import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Navigate, useParams } from 'react-router';
import { legacyMunicipalityId, parseMunicipalityId } from '../../domain/municipality.js';
import { countryName } from '../ui/municipality-text.js';
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
import { CitedAsGoodExampleSection } from '../good-examples/CitedAsGoodExample.js';
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
    { label: t('municipality.country'), value: countryName(municipality.country, t) },
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
      <CitedAsGoodExampleSection municipalityId={municipality.id} />
    </div>
  );
}

/**
 * A municipality by its id ("/kommuner/se-2029"): facts, its evaluations over time and their
 * totals as bars. An old link with a bare four-digit code ("/kommuner/2029") meant Sweden's
 * municipality and leads there.
 */
export function MunicipalityPage() {
  const { id = '' } = useParams();
  const legacy = legacyMunicipalityId(id);
  if (legacy) return <Navigate replace to={paths.municipality(legacy)} />;
  return <MunicipalityById id={id} />;
}

function MunicipalityById({ id }: { id: string }) {
  const { language } = useTranslation();
  const listQuery = { municipality: parseMunicipalityId(id) ? id : undefined, limit: 500, lang: language };
  const municipality = useApiQuery({ queryKey: queryKeys.municipalities.detail(id), queryFn: ({ signal }) => api.getMunicipality(id, signal) });
  const evaluations = useApiQuery({ queryKey: queryKeys.evaluations.list(listQuery), queryFn: ({ signal }) => api.listEvaluations(listQuery, signal) });
  const { state, retry } = combineQueries([municipality, evaluations], (detail, list): MunicipalityData => {
    const own = list.items.filter((item) => item.municipality.id === detail.id);
    return { municipality: detail, evaluations: own.sort((a, b) => a.position - b.position) };
  });
  return (
    <PageState state={state} retry={retry}>
      {(data) => <MunicipalityView {...data} />}
    </PageState>
  );
}
