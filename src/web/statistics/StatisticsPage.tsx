import { Field, Fieldset, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatNumber, type Language } from '../../i18n/index.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { ChartFigure } from '../ui/ChartFigure.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { PageHeading } from '../ui/PageHeading.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { DistributionTable } from './DistributionTable.js';
import { LatestTable } from './LatestTable.js';
import { MunicipalityMap, type MapEntry } from './MunicipalityMap.js';
import { CrossVersionTable } from './CrossVersionTable.js';
import { statisticsApi, type StatisticsResponse } from './statistics-api.js';
import { trendChart } from './statistics-charts.js';
import { classLegend, filtersFromSearch, filtersToSearch, statisticsQuery, type LatestRow, type StatisticsFilters } from './statistics-view.js';
import './statistics.css';

const SKR_GROUPS = ['A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9'] as const;

/** A shown figure with one decimal where it has one ("455,5", "455"). */
export const formatShown = (value: number, language: Language) => formatNumber(value, language, 1);

/** The population class in words ("Högst 20 000 invånare"). */
function populationClassText(entry: { min: number; max: number | null }, t: ReturnType<typeof useTranslation>['t'], language: Language): string {
  if (entry.max === null) return t('reports.form.populationOver', { min: formatNumber(entry.min - 1, language) });
  const max = formatNumber(entry.max, language);
  return entry.min === 0 ? t('reports.form.populationUpTo', { max }) : t('reports.form.populationBetween', { min: formatNumber(entry.min, language), max });
}

/**
 * The public statistics (/statistik): per model version the distribution of totals and areas,
 * a map and a table of every municipality's latest published evaluation, and trends over the
 * years. Every filter lives in the address, so a view can be shared.
 */
export function StatisticsPage() {
  const { t, language } = useTranslation();
  usePageTitle(t('statistics.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const query = statisticsQuery(filters);
  const id = useId();

  const change = (patch: Partial<StatisticsFilters>) => {
    const next = { ...filters, ...patch };
    // Another country has other counties, groups and population classes.
    if (patch.country && patch.country !== filters.country) Object.assign(next, { county: '', group: '', populationClass: '', model: '' });
    setSearchParams(filtersToSearch(next), { replace: true });
  };

  const statistics = useApiQuery({
    queryKey: queryKeys.statistics.get(query, language),
    queryFn: ({ signal }) => statisticsApi.statistics(query, language, signal),
  });
  const municipalities = useApiQuery({
    queryKey: queryKeys.statistics.municipalities(filters.country),
    queryFn: ({ signal }) => statisticsApi.municipalities(filters.country, signal),
    staleTime: 5 * 60_000,
  });
  const counties = useMemo(() => {
    const list = municipalities.state.status === 'ok' ? municipalities.state.data.items : [];
    const byId = new Map(list.map((item) => [item.county.id, item.county.name]));
    return [...byId.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [municipalities.state]);
  const municipalityCount = municipalities.state.status === 'ok' ? municipalities.state.data.total : null;

  const data = statistics.state.status === 'ok' ? statistics.state.data : statistics.state.status === 'loading' ? statistics.state.previous : undefined;

  return (
    <div className="page statistics-page">
      <PageHeading>{t('statistics.heading')}</PageHeading>
      <Paragraph className="statistics-page__intro">{t('statistics.intro')}</Paragraph>

      <form className="panel statistics-filters" onSubmit={(event) => event.preventDefault()} aria-label={t('statistics.filters.label')}>
        <Fieldset>
          <Fieldset.Legend>{t('statistics.filters.legend')}</Fieldset.Legend>
          <div className="statistics-filters__grid">
            <Field>
              <Label htmlFor={`${id}-country`}>{t('statistics.filters.country')}</Label>
              <Select id={`${id}-country`} value={filters.country} onChange={(event) => change({ country: event.target.value === 'no' ? 'no' : 'se' })}>
                <Select.Option value="se">{t('statistics.country.se')}</Select.Option>
                <Select.Option value="no">{t('statistics.country.no')}</Select.Option>
              </Select>
            </Field>
            <Field>
              <Label htmlFor={`${id}-model`}>{t('statistics.filters.model')}</Label>
              <Select id={`${id}-model`} value={filters.model || (data?.model ?? '')} onChange={(event) => change({ model: event.target.value })}>
                {(data?.models ?? []).map((model) => (
                  <Select.Option key={model.id} value={model.id}>
                    {t('statistics.filters.modelOption', { title: model.title, n: model.n })}
                  </Select.Option>
                ))}
                {filters.model && !data?.models.some((model) => model.id === filters.model) ? <Select.Option value={filters.model}>{filters.model}</Select.Option> : null}
                {!filters.model && !data?.model ? <Select.Option value="">{t('statistics.filters.noModel')}</Select.Option> : null}
              </Select>
            </Field>
            <Field>
              <Label htmlFor={`${id}-county`}>{filters.country === 'no' ? t('statistics.filters.countyNo') : t('reports.form.county')}</Label>
              <Select id={`${id}-county`} value={filters.county} onChange={(event) => change({ county: event.target.value })}>
                <Select.Option value="">{filters.country === 'no' ? t('statistics.filters.anyCountyNo') : t('reports.form.anyCounty')}</Select.Option>
                {counties.map(([countyId, name]) => (
                  <Select.Option key={countyId} value={countyId}>
                    {name}
                  </Select.Option>
                ))}
                {filters.county && !counties.some(([countyId]) => countyId === filters.county) ? <Select.Option value={filters.county}>{filters.county}</Select.Option> : null}
              </Select>
            </Field>
            {filters.country === 'se' ? (
              <Field>
                <Label htmlFor={`${id}-group`}>{t('reports.form.municipalityGroup')}</Label>
                <Select id={`${id}-group`} value={filters.group} onChange={(event) => change({ group: event.target.value })}>
                  <Select.Option value="">{t('peerGroups.anyGroup')}</Select.Option>
                  {SKR_GROUPS.map((group) => (
                    <Select.Option key={group} value={group}>
                      {t('statistics.filters.groupOption', { code: group, name: t(`comparison.skrGroup.${group}`) })}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            ) : null}
            <Field>
              <Label htmlFor={`${id}-population`}>{t('reports.form.populationClass')}</Label>
              <Select id={`${id}-population`} value={filters.populationClass} onChange={(event) => change({ populationClass: event.target.value })}>
                <Select.Option value="">{t('reports.form.anyPopulation')}</Select.Option>
                {(data?.populationClasses ?? []).map((entry) => (
                  <Select.Option key={entry.id} value={entry.id}>
                    {populationClassText(entry, t, language)}
                  </Select.Option>
                ))}
                {filters.populationClass && !data?.populationClasses.some((entry) => entry.id === filters.populationClass) ? (
                  <Select.Option value={filters.populationClass}>{filters.populationClass}</Select.Option>
                ) : null}
              </Select>
            </Field>
          </div>
        </Fieldset>
      </form>

      {statistics.state.status === 'error' ? <ErrorAlert error={statistics.state.error} onRetry={statistics.retry} /> : null}
      {statistics.state.status === 'loading' ? <LoadingStatus label={t('statistics.loading')} /> : null}
      {data ? (
        <div aria-busy={statistics.state.status === 'loading'}>
          <StatisticsContent data={data} filters={filters} municipalityCount={municipalityCount} onFilter={(q) => change({ q })} />
        </div>
      ) : null}
    </div>
  );
}

interface ContentProps {
  data: StatisticsResponse;
  filters: StatisticsFilters;
  /** Municipalities of the country (the map's regions), when known. */
  municipalityCount: number | null;
  onFilter: (text: string) => void;
}

function StatisticsContent({ data, filters, municipalityCount, onFilter }: ContentProps) {
  const { t, language } = useTranslation();
  const model = data.models.find((entry) => entry.id === data.model) ?? null;
  const titles = useMemo(() => new Map(data.models.map((entry) => [entry.id, entry.title])), [data.models]);
  const format = (value: number) => formatShown(value, language);

  const rows = useMemo(
    (): LatestRow[] =>
      data.latest.map((row) => ({
        id: row.municipality.id,
        name: row.municipality.shortName,
        county: row.municipality.countyName,
        year: row.year,
        model: titles.get(row.frameworkId) ?? row.frameworkId,
        total: row.total.shown,
        max: row.total.max,
        percent: row.total.percent,
        areas: row.frameworkId === data.model ? Object.fromEntries(row.areas.map((area) => [area.code, area.shown])) : {},
        rankClass: row.rankClass,
        complete: row.complete,
      })),
    [data, titles],
  );

  const entries = useMemo(
    (): MapEntry[] =>
      rows
        .filter((row): row is LatestRow & { rankClass: number } => row.rankClass !== null)
        .map((row) => ({
          id: row.id,
          name: row.name,
          rankClass: row.rankClass,
          total: t('evaluation.totalOf', { value: formatNumber(row.total, language), max: formatNumber(row.max, language) }),
          year: row.year === null ? t('evaluation.yearUnknown') : String(row.year),
          model: row.model,
        })),
    [rows, t, language],
  );

  if (data.models.length === 0 || !model) {
    return (
      <section className="statistics-section">
        <Paragraph>{t('statistics.empty')}</Paragraph>
      </section>
    );
  }

  const classes = data.distribution?.classes ?? [];
  const noData = Math.max(0, (municipalityCount ?? entries.length) - entries.length);
  const legend = classLegend(
    classes,
    noData,
    {
      range: ({ rankClass, min, max, n }) => t('statistics.legend.range', { rankClass, min, max, n }),
      empty: ({ rankClass }) => t('statistics.legend.empty', { rankClass }),
      noData: ({ n }) => t('statistics.legend.noData', { count: n, model: model.title }),
    },
    format,
  );
  const mapTitle = t('statistics.map.title', { model: model.title });
  const range = data.distribution?.total.shown;
  const mapSummary =
    entries.length === 0 || !range
      ? t('statistics.map.summaryEmpty', { model: model.title })
      : t('statistics.map.summary', { count: entries.length, model: model.title, min: format(range.min), max: format(range.max), noData });

  const trend = data.trends.byModel.find((entry) => entry.frameworkId === model.id);
  const trendYears = (trend?.years ?? []).map((entry) => ({ year: entry.year, n: entry.n, shownMean: entry.total.shownMean, shownMedian: entry.total.shownMedian }));
  const first = trendYears[0];
  const last = trendYears.at(-1);
  const trendSpec =
    first && last
      ? trendChart(
          model.id,
          model.max,
          trendYears,
          {
            title: t('statistics.trends.chartTitle', { model: model.title }),
            summary:
              trendYears.length === 1
                ? t('statistics.trends.summaryOne', { year: first.year, mean: format(first.shownMean), n: first.n, max: model.max })
                : t('statistics.trends.summary', { first: first.year, firstMean: format(first.shownMean), firstN: first.n, last: last.year, lastMean: format(last.shownMean), lastN: last.n, max: model.max }),
            caption: t('statistics.trends.caption', { model: model.title }),
            columns: { year: t('statistics.column.year'), n: 'n', mean: t('statistics.distribution.mean'), median: t('statistics.distribution.median') },
            axis: t('statistics.trends.axis'),
          },
          format,
          (value) => formatNumber(value, language),
        )
      : null;

  return (
    <>
      <section className="statistics-section" aria-labelledby="statistics-distribution">
        <Heading level={2} data-size="md" id="statistics-distribution">
          {t('statistics.distribution.heading', { model: model.title })}
        </Heading>
        {data.distribution && data.distribution.n > 0 ? (
          <DistributionTable distribution={data.distribution} modelTitle={model.title} />
        ) : (
          <Paragraph>{t('statistics.distribution.empty', { model: model.title })}</Paragraph>
        )}
      </section>

      <section className="statistics-section" aria-labelledby="statistics-map">
        <Heading level={2} data-size="md" id="statistics-map">
          {t('statistics.map.heading')}
        </Heading>
        <MunicipalityMap country={filters.country} entries={entries} legend={legend} title={mapTitle} summary={mapSummary} />
      </section>

      <section className="statistics-section" aria-labelledby="statistics-latest">
        <Heading level={2} data-size="md" id="statistics-latest">
          {t('statistics.latest.heading')}
        </Heading>
        <LatestTable rows={rows} areas={model.areas} modelTitle={model.title} country={filters.country} filter={filters.q} onFilter={onFilter} />
      </section>

      <section className="statistics-section" aria-labelledby="statistics-trends">
        <Heading level={2} data-size="md" id="statistics-trends">
          {t('statistics.trends.heading')}
        </Heading>
        {trendSpec ? <ChartFigure spec={trendSpec} /> : <Paragraph>{t('statistics.trends.empty', { model: model.title })}</Paragraph>}
        {trend && trend.undated > 0 ? <Paragraph data-size="sm">{t('statistics.trends.undated', { count: trend.undated })}</Paragraph> : null}
        {data.trends.crossVersion ? <CrossVersionTable crossVersion={data.trends.crossVersion} titles={titles} /> : null}
      </section>
    </>
  );
}
