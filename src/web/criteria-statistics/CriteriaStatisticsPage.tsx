import { Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { formatNumber } from '../../i18n/index.js';
import { EVALUATION_STATUSES, type EvaluationStatus } from '../../domain/evaluation-status.js';
import { AdminOnly } from '../account/AdminOnly.js';
import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { TableScroll } from '../ui/TableScroll.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { AppLink } from '../ui/AppLink.js';
import { criteriaApi, type CriteriaStatistics } from '../workspace/scoring/criteria-api.js';
import { useAgreementFigures } from '../workspace/scoring/CalibrationCriteria.js';
import './criteria-statistics.css';

/** The query parameter naming the model version. */
export const MODEL_PARAM = 'modell';

const isStatus = (value: string): value is EvaluationStatus => (EVALUATION_STATUSES as readonly string[]).includes(value);

/** How often evaluators agree on criteria (`/kriteriestatistik`); administrators only. */
export function CriteriaStatisticsPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('criteria.statistics.title')} anonymous="criteria.statistics.anonymous" notAdmin="criteria.statistics.notAdmin">
      <CriteriaStatistics />
    </AdminOnly>
  );
}

/** The model versions that carry criteria (the list names them; their details say whether they have criteria). */
function useVersionsWithCriteria() {
  const { language } = useTranslation();
  const list = useQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  const items = list.data?.items ?? [];
  const details = useQueries({
    queries: items.map((item) => ({
      queryKey: queryKeys.frameworks.detail(item.id, language),
      queryFn: ({ signal }: { signal?: AbortSignal }) => api.getFramework(item.id, language, signal),
    })),
  });
  const failed = list.error ?? details.find((detail) => detail.isError)?.error ?? null;
  const loading = list.isPending || details.some((detail) => detail.isPending);
  const versions = details
    .map((detail) => detail.data)
    .filter((detail) => detail !== undefined && detail.areas.some((area) => area.subareas.some((subarea) => subarea.criteria.length > 0)))
    .map((detail) => ({ id: detail!.id, title: detail!.title }));
  return { versions, loading, failed, retry: () => void list.refetch() };
}

function CriteriaStatistics() {
  const { t, language } = useTranslation();
  usePageTitle(t('criteria.statistics.title'));
  const [search, setSearch] = useSearchParams();
  const selectId = useId();
  const { versions, loading, failed, retry } = useVersionsWithCriteria();
  const asked = search.get(MODEL_PARAM);
  const chosen = versions.find((version) => version.id === asked)?.id ?? versions[0]?.id ?? null;
  const statistics = useQuery({
    queryKey: queryKeys.criteriaStatistics.get(chosen ?? '', language),
    queryFn: ({ signal }) => criteriaApi.statistics(chosen ?? '', language, signal),
    enabled: chosen !== null,
  });

  let body;
  if (failed) body = <ErrorAlert error={failed} onRetry={retry} />;
  else if (loading) body = <LoadingStatus />;
  else if (versions.length === 0) body = <Paragraph>{t('criteria.statistics.noVersions')}</Paragraph>;
  else {
    body = (
      <>
        <Field className="criteria-statistics__choice">
          <Label htmlFor={selectId}>{t('criteria.statistics.version')}</Label>
          <Field.Description>{t('criteria.statistics.versionHint')}</Field.Description>
          <Select
            id={selectId}
            value={chosen ?? ''}
            onChange={(event) => {
              const next = new URLSearchParams(search);
              next.set(MODEL_PARAM, event.target.value);
              setSearch(next, { replace: true });
            }}
          >
            {versions.map((version) => (
              <Select.Option key={version.id} value={version.id}>
                {version.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {statistics.isError ? (
          <ErrorAlert error={statistics.error} onRetry={() => void statistics.refetch()} />
        ) : statistics.data ? (
          <StatisticsTables data={statistics.data} />
        ) : (
          <LoadingStatus />
        )}
      </>
    );
  }
  return (
    <div className="page criteria-statistics">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('criteria.statistics.title') }]} />
      <PageHeading>{t('criteria.statistics.title')}</PageHeading>
      <Paragraph>{t('criteria.statistics.intro')}</Paragraph>
      {body}
    </div>
  );
}

function StatisticsTables({ data }: { data: CriteriaStatistics }) {
  const { t, language } = useTranslation();
  const figures = useAgreementFigures();
  const overallId = useId();
  const perEvaluationId = useId();
  const mostId = useId();
  const count = (value: number) => formatNumber(value, language);
  return (
    <div>
      <section aria-labelledby={overallId} className="criteria-statistics__overall">
        <Heading level={2} data-size="sm" id={overallId}>
          {t('criteria.statistics.overallHeading')}
        </Heading>
        <ul data-overall="">
          <li>{t('criteria.statistics.evaluations', { count: data.overall.evaluations })}</li>
          <li>{t('criteria.statistics.pairs', { count: data.overall.pairs })}</li>
          {data.overall.pairs > 0 ? (
            <li>{t('criteria.statistics.rate', { rate: figures.rate(data.overall.agreementRate), agreements: count(data.overall.agreements), pairs: count(data.overall.pairs) })}</li>
          ) : null}
          {data.overall.meanAbsoluteDifference !== null ? <li>{t('criteria.statistics.mad', { value: figures.share(data.overall.meanAbsoluteDifference) })}</li> : null}
        </ul>
      </section>
      <section aria-labelledby={perEvaluationId}>
        <Heading level={2} data-size="sm" id={perEvaluationId}>
          {t('criteria.statistics.perEvaluationHeading')}
        </Heading>
        {data.evaluations.length === 0 ? (
          <Paragraph>{t('criteria.statistics.noEvaluations')}</Paragraph>
        ) : (
          <TableScroll labelledBy={`${perEvaluationId}-caption`}>
            <Table data-size="sm" className="criteria-statistics__table" data-table="evaluations">
              <caption id={`${perEvaluationId}-caption`}>{t('criteria.statistics.perEvaluationCaption', { framework: data.frameworkTitle })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('criteria.statistics.column.municipality')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('criteria.statistics.column.status')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="criteria-statistics__number">
                    {t('criteria.statistics.column.pairs')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="criteria-statistics__number">
                    {t('criteria.statistics.column.agreements')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="criteria-statistics__number">
                    {t('criteria.statistics.column.rate')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="criteria-statistics__number">
                    {t('criteria.statistics.column.mad')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.evaluations.map((evaluation) => (
                  <Table.Row key={evaluation.evaluationId} data-evaluation={evaluation.evaluationId}>
                    <Table.HeaderCell scope="row">
                      <AppLink to={paths.workspace(evaluation.evaluationId, 'kalibrering')}>{evaluation.municipalityName}</AppLink>
                    </Table.HeaderCell>
                    <Table.Cell>{isStatus(evaluation.status) ? t(`status.${evaluation.status}`) : evaluation.status}</Table.Cell>
                    <Table.Cell className="criteria-statistics__number">{count(evaluation.pairs)}</Table.Cell>
                    <Table.Cell className="criteria-statistics__number">{count(evaluation.agreements)}</Table.Cell>
                    <Table.Cell className="criteria-statistics__number">{figures.rate(evaluation.agreementRate)}</Table.Cell>
                    <Table.Cell className="criteria-statistics__number">{figures.share(evaluation.meanAbsoluteDifference)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby={mostId}>
        <Heading level={2} data-size="sm" id={mostId}>
          {t('criteria.statistics.mostHeading')}
        </Heading>
        {data.criteria.length === 0 ? (
          <Paragraph>{t('criteria.statistics.noCriteria')}</Paragraph>
        ) : (
          <TableScroll labelledBy={`${mostId}-caption`}>
            <Table data-size="sm" className="criteria-statistics__table" data-table="criteria">
              <caption id={`${mostId}-caption`}>{t('criteria.statistics.mostCaption', { framework: data.frameworkTitle })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('criteria.statistics.column.criterion')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('criteria.statistics.column.unit')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="criteria-statistics__number">
                    {t('criteria.statistics.column.pairs')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="criteria-statistics__number">
                    {t('criteria.statistics.column.disagreements')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="criteria-statistics__number">
                    {t('criteria.statistics.column.disagreementRate')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.criteria.map((criterion) => (
                  <Table.Row key={criterion.code} data-criterion={criterion.code}>
                    <Table.HeaderCell scope="row">
                      <span className="criterion__code">{criterion.code}</span> {criterion.text}
                    </Table.HeaderCell>
                    <Table.Cell>{criterion.unitCode}</Table.Cell>
                    <Table.Cell className="criteria-statistics__number">{count(criterion.pairs)}</Table.Cell>
                    <Table.Cell className="criteria-statistics__number">{count(criterion.disagreements)}</Table.Cell>
                    <Table.Cell className="criteria-statistics__number">{figures.rate(criterion.disagreementRate)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
