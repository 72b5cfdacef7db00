import { Button, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { OPEN_DATA_CATALOG_PATH, openDataCatalogOperations, type OpenDataSummary } from '../../contract/open-data-catalog.js';
import {
  OPEN_DATA_ATTRIBUTION,
  OPEN_DATA_COLUMNS,
  OPEN_DATA_DATASETS,
  OPEN_DATA_FORMATS,
  OPEN_DATA_LICENCE,
  OPEN_DATA_PAGE_DEFAULT,
  OPEN_DATA_PAGE_MAX,
  OPEN_DATA_TITLES,
  openDataOperations,
  type OpenDataDataset,
} from '../../contract/open-data.js';
import { API_PREFIX } from '../../contract/operation.js';
import { COUNTRIES, type Country } from '../../domain/municipality.js';
import { formatDateTime, formatNumber } from '../../i18n/index.js';
import { api } from '../api/client.js';
import { callApi } from '../api/call.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { PageHeading } from '../ui/PageHeading.js';
import { TableScroll } from '../ui/TableScroll.js';
import { countryName } from '../ui/municipality-text.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { downloadUrl, fileNameOf, filterFromSearch, searchWithFilter, type OpenDataFilter } from './open-data-filter.js';
import './open-data.css';

/** The years a filter offers: those the published data covers, and a year the address holds beyond them. */
function yearChoices(summary: OpenDataSummary | undefined, filter: OpenDataFilter): number[] {
  const years = new Set<number>();
  if (summary?.firstYear != null && summary.lastYear != null) for (let year = summary.firstYear; year <= summary.lastYear; year += 1) years.add(year);
  if (filter.since !== undefined) years.add(filter.since);
  if (filter.until !== undefined) years.add(filter.until);
  return [...years].sort((a, b) => a - b);
}

/** A text with a `{link}` placeholder, the link put in its place. */
function WithLink({ text, link }: { text: string; link: ReactNode }) {
  const [before, after] = text.split('{link}');
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}

/** The filters of the files (country, model version, years), kept in the address. */
function FilterForm({ filter, summary, onChange }: { filter: OpenDataFilter; summary: OpenDataSummary | undefined; onChange: (filter: OpenDataFilter) => void }) {
  const { language, t } = useTranslation();
  const id = useId();
  const frameworks = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  const frameworkTitles = new Map(frameworks.state.status === 'ok' ? frameworks.state.data.items.map((item) => [item.id, item.title]) : []);
  const models = [...new Set([...(summary?.models ?? []), ...(filter.model ? [filter.model] : [])])];
  const years = yearChoices(summary, filter);
  const set = (change: Partial<Record<keyof OpenDataFilter, string>>) => {
    const next: OpenDataFilter = { ...filter };
    for (const [key, value] of Object.entries(change) as Array<[keyof OpenDataFilter, string]>) {
      if (value === '') delete next[key];
      else if (key === 'since' || key === 'until') next[key] = Number(value);
      else if (key === 'country') next.country = value as Country;
      else next.model = value;
    }
    onChange(next);
  };
  const filtered = Object.keys(filter).length > 0;
  return (
    <section aria-labelledby={`${id}-heading`} className="panel open-data__filters">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('openData.filter.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('openData.filter.hint')}</Paragraph>
      <div className="open-data__filter-fields">
        <Field>
          <Label htmlFor={`${id}-country`}>{t('openData.filter.country')}</Label>
          <Select id={`${id}-country`} value={filter.country ?? ''} onChange={(event) => set({ country: event.target.value })}>
            <Select.Option value="">{t('openData.filter.allCountries')}</Select.Option>
            {COUNTRIES.map((country) => (
              <Select.Option key={country} value={country}>
                {countryName(country, t)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${id}-model`}>{t('openData.filter.model')}</Label>
          <Select id={`${id}-model`} value={filter.model ?? ''} onChange={(event) => set({ model: event.target.value })}>
            <Select.Option value="">{t('openData.filter.allModels')}</Select.Option>
            {models.map((model) => (
              <Select.Option key={model} value={model}>
                {frameworkTitles.get(model) ?? model}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${id}-since`}>{t('openData.filter.since')}</Label>
          <Select id={`${id}-since`} value={filter.since ?? ''} onChange={(event) => set({ since: event.target.value })}>
            <Select.Option value="">{t('openData.filter.anyYear')}</Select.Option>
            {years
              .filter((year) => filter.until === undefined || year <= filter.until)
              .map((year) => (
                <Select.Option key={year} value={year}>
                  {year}
                </Select.Option>
              ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${id}-until`}>{t('openData.filter.until')}</Label>
          <Select id={`${id}-until`} value={filter.until ?? ''} onChange={(event) => set({ until: event.target.value })}>
            <Select.Option value="">{t('openData.filter.anyYear')}</Select.Option>
            {years
              .filter((year) => filter.since === undefined || year >= filter.since)
              .map((year) => (
                <Select.Option key={year} value={year}>
                  {year}
                </Select.Option>
              ))}
          </Select>
        </Field>
      </div>
      {filtered ? (
        <Button variant="secondary" data-size="sm" type="button" onClick={() => onChange({})} className="open-data__reset">
          {t('openData.filter.reset')}
        </Button>
      ) : null}
    </section>
  );
}

/** One dataset: what it holds, its files in every format, and its columns. */
function DatasetSection({ dataset, filter }: { dataset: OpenDataDataset; filter: OpenDataFilter }) {
  const { language, t } = useTranslation();
  const id = useId();
  const title = OPEN_DATA_TITLES[dataset][language];
  return (
    <section aria-labelledby={`${id}-heading`} className="open-data__dataset" id={`dataset-${dataset}`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {title}
      </Heading>
      <Paragraph>{t(dataset === 'evaluations' ? 'openData.dataset.evaluations' : 'openData.dataset.scores')}</Paragraph>

      <Heading level={3} data-size="xs">
        {t('openData.downloads.heading', { dataset: title.toLocaleLowerCase(language) })}
      </Heading>
      <TableScroll labelledBy={`${id}-files`}>
        <Table className="data-table open-data__files">
          <caption id={`${id}-files`} className="ds-sr-only">
            {t('openData.downloads.caption', { dataset: title })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('openData.downloads.format')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('openData.downloads.link')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('openData.downloads.fileType')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('openData.downloads.purpose')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {OPEN_DATA_FORMATS.map((format) => (
              <Table.Row key={format}>
                <Table.HeaderCell scope="row" className="row-header">
                  {t(`openData.format.${format}`)}
                </Table.HeaderCell>
                <Table.Cell>
                  <a className="ds-link open-data__file" href={downloadUrl(dataset, format, filter, language)} data-format={format} data-dataset={dataset}>
                    {fileNameOf(dataset, format)}
                  </a>
                </Table.Cell>
                <Table.Cell>{t(`openData.fileType.${format}`)}</Table.Cell>
                <Table.Cell>{t(`openData.purpose.${format}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>

      <Heading level={3} data-size="xs">
        {t('openData.columns.heading', { dataset: title.toLocaleLowerCase(language) })}
      </Heading>
      <TableScroll labelledBy={`${id}-columns`}>
        <Table zebra className="data-table open-data__columns">
          <caption id={`${id}-columns`} className="ds-sr-only">
            {t('openData.columns.caption', { dataset: title })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('openData.columns.column')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('openData.columns.type')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('openData.columns.description')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {OPEN_DATA_COLUMNS[dataset].map((column) => (
              <Table.Row key={column.id}>
                <Table.HeaderCell scope="row" className="row-header">
                  <code>{column.id}</code>
                </Table.HeaderCell>
                <Table.Cell>{t(`openData.type.${column.type}`)}</Table.Cell>
                <Table.Cell>{column.description[language]}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Paragraph data-size="sm" className="muted">
        {t('openData.columns.empty')}
      </Paragraph>
    </section>
  );
}

/** How the JSON addresses page, with a real `next` of the first page under the current filter. */
function JsonPaging({ filter }: { filter: OpenDataFilter }) {
  const { language, t } = useTranslation();
  const id = useId();
  const firstPage = downloadUrl('evaluations', 'json', filter, language, { limit: '1' });
  const query = { ...filter, limit: 1, ...(language === 'sv' ? {} : { lang: language }) };
  const example = useApiQuery({
    queryKey: queryKeys.evaluations.openDataExample(query),
    queryFn: ({ signal }) => callApi(openDataOperations.openDataEvaluationsJson, { query }, { signal }),
  });
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('openData.json.heading')}
      </Heading>
      <Paragraph>
        {t('openData.json.text', { max: formatNumber(OPEN_DATA_PAGE_MAX, language), default: formatNumber(OPEN_DATA_PAGE_DEFAULT, language) })}
      </Paragraph>
      <div aria-live="polite" aria-busy={example.state.status === 'loading'}>
        {example.state.status === 'ok' ? (
          example.state.data.next ? (
            <>
              <Paragraph>
                <WithLink
                  text={t('openData.json.example', { first: '{link}' })}
                  link={
                    <a className="ds-link" href={firstPage}>
                      <code>{firstPage}</code>
                    </a>
                  }
                />
              </Paragraph>
              <pre className="open-data__example">
                <code>{`"next": ${JSON.stringify(example.state.data.next)}`}</code>
              </pre>
            </>
          ) : (
            <Paragraph>{t('openData.json.exampleLast')}</Paragraph>
          )
        ) : example.state.status === 'error' ? (
          <Paragraph data-size="sm" className="muted">
            {t('openData.json.unavailable')}
          </Paragraph>
        ) : (
          <Paragraph data-size="sm" className="muted">
            {t('openData.json.loading')}
          </Paragraph>
        )}
      </div>
    </section>
  );
}

/** The open data (/oppna-data): what it is, its licence and attribution, the files with filters, columns, paging, docs and catalogue. */
export function OpenDataPage() {
  const { language, t } = useTranslation();
  usePageTitle(t('openData.title'));
  const [search, setSearch] = useSearchParams();
  const filter = filterFromSearch(search);
  const summary = useApiQuery({
    queryKey: queryKeys.evaluations.openDataSummary(),
    queryFn: ({ signal }) => callApi(openDataCatalogOperations.getOpenDataSummary, {}, { signal }),
  });
  const data = summary.state.status === 'ok' ? summary.state.data : undefined;
  const licenceId = useId();
  const moreId = useId();

  let status = '';
  if (data) {
    if (data.evaluations === 0) status = t('openData.status.nothing');
    else {
      const count = t('openData.status.count', { count: data.evaluations });
      const years = data.firstYear !== null && data.lastYear !== null ? ` ${t('openData.status.years', { first: String(data.firstYear), last: String(data.lastYear) })}` : '';
      status = `${count}${years}.${data.modified ? ` ${t('openData.status.modified', { date: formatDateTime(data.modified, language) })}` : ''}`;
    }
  }

  return (
    <div className="page open-data">
      <PageHeading>{t('openData.title')}</PageHeading>
      <Paragraph>{t('openData.intro')}</Paragraph>
      <Paragraph>{t('openData.datasetsIntro')}</Paragraph>
      {summary.state.status === 'error' ? <ErrorAlert error={summary.state.error} onRetry={summary.retry} /> : null}
      <Paragraph className="open-data__status" data-testid="open-data-status">
        {status}
      </Paragraph>

      <section aria-labelledby={licenceId}>
        <Heading level={2} data-size="sm" id={licenceId}>
          {t('openData.licence.heading')}
        </Heading>
        <Paragraph>
          <WithLink
            text={t('openData.licence.text')}
            link={
              <a className="ds-link" href={OPEN_DATA_LICENCE.url} rel="license">
                {t('openData.licence.link')}
              </a>
            }
          />
        </Paragraph>
        <Paragraph>{t('openData.licence.attribution')}</Paragraph>
        <blockquote className="open-data__attribution">
          <p>{OPEN_DATA_ATTRIBUTION[language]}</p>
        </blockquote>
        <Paragraph data-size="sm">{t('openData.licence.inFiles')}</Paragraph>
      </section>

      <FilterForm filter={filter} summary={data} onChange={(next) => setSearch(searchWithFilter(search, next), { replace: true })} />

      {OPEN_DATA_DATASETS.map((dataset) => (
        <DatasetSection key={dataset} dataset={dataset} filter={filter} />
      ))}

      <JsonPaging filter={filter} />

      <section aria-labelledby={moreId}>
        <Heading level={2} data-size="sm" id={moreId}>
          {t('openData.more.heading')}
        </Heading>
        <ul className="link-list">
          <li>
            <a className="ds-link" href={`${API_PREFIX}/docs`}>
              {t('openData.more.apiDocs')}
            </a>{' '}
            {t('openData.more.apiDocsText')}
          </li>
          <li>
            <a className="ds-link" href={`${API_PREFIX}${OPEN_DATA_CATALOG_PATH}`} type="application/rdf+xml">
              {t('openData.more.catalog')}
            </a>{' '}
            {t('openData.more.catalogText')}
          </li>
        </ul>
      </section>
    </div>
  );
}
