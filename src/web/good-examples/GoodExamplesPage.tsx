import { Button, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { COUNTRIES, isCountry } from '../../domain/municipality.js';
import { formatNumber } from '../../i18n/index.js';
import { api } from '../api/client.js';
import { queryKeys } from '../api/query-keys.js';
import { combineQueries, useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import { countryName } from '../ui/municipality-text.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { TableScroll } from '../ui/TableScroll.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { goodExamplesApi, type GoodExampleGroup, type GoodExampleOverview } from './good-examples-api.js';
import './good-examples.css';

const ALL = '';

function GroupTable({ group }: { group: GoodExampleGroup }) {
  const { language, t } = useTranslation();
  const captionId = useId();
  const caption = group.subarea
    ? t('goodExamples.caption.subarea', { code: group.subarea.code, title: group.subarea.title })
    : t('goodExamples.caption.area', { code: group.area.code, title: group.area.title });
  const more = group.municipalityCount - group.municipalities.length;
  return (
    <div className="good-examples-group">
      <TableScroll labelledBy={captionId}>
        <Table zebra className="data-table good-examples-table">
          <caption id={captionId}>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('goodExamples.column.municipality')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('goodExamples.column.citations')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('goodExamples.column.evaluations')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {group.municipalities.map((entry) => (
              <Table.Row key={entry.municipality.id}>
                <Table.HeaderCell scope="row" className="row-header">
                  <AppLink to={paths.municipality(entry.municipality.id)}>{entry.municipality.name}</AppLink>
                </Table.HeaderCell>
                <Table.Cell className="num">{formatNumber(entry.citations, language)}</Table.Cell>
                <Table.Cell className="num">{formatNumber(entry.evaluations, language)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {more > 0 ? <Paragraph data-size="sm">{t('goodExamples.more', { count: more })}</Paragraph> : null}
    </div>
  );
}

/** Groups by model version, then by area (the area's own group first, then its sub-areas'). */
function byModelAndArea(groups: readonly GoodExampleGroup[]) {
  const models: Array<{ id: string; title: string; areas: Array<{ code: string; title: string; groups: GoodExampleGroup[] }> }> = [];
  for (const group of groups) {
    let model = models.find((candidate) => candidate.id === group.model.id);
    if (!model) {
      model = { ...group.model, areas: [] };
      models.push(model);
    }
    let area = model.areas.find((candidate) => candidate.code === group.area.code);
    if (!area) {
      area = { ...group.area, groups: [] };
      model.areas.push(area);
    }
    area.groups.push(group);
  }
  return models;
}

function Overview({ overview, frameworks, model, country }: { overview: GoodExampleOverview; frameworks: ReadonlyArray<{ id: string; title: string }>; model: string; country: string }) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const [chosenModel, setChosenModel] = useState(model);
  const [chosenCountry, setChosenCountry] = useState(country);
  const filterHeadingId = useId();
  const models = byModelAndArea(overview.groups);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (chosenModel !== ALL) next.model = chosenModel;
    if (chosenCountry !== ALL) next.country = chosenCountry;
    setSearchParams(next);
  };

  return (
    <>
      <form className="panel good-examples-filter" aria-labelledby={filterHeadingId} onSubmit={apply}>
        <Heading level={2} data-size="2xs" id={filterHeadingId}>
          {t('goodExamples.filters')}
        </Heading>
        <div className="good-examples-filter__fields">
          <Field>
            <Label>{t('goodExamples.model')}</Label>
            <Select value={chosenModel} onChange={(event) => setChosenModel(event.target.value)}>
              <Select.Option value={ALL}>{t('goodExamples.allModels')}</Select.Option>
              {frameworks.map((framework) => (
                <Select.Option key={framework.id} value={framework.id}>
                  {framework.title}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('goodExamples.country')}</Label>
            <Select value={chosenCountry} onChange={(event) => setChosenCountry(event.target.value)}>
              <Select.Option value={ALL}>{t('goodExamples.allCountries')}</Select.Option>
              {COUNTRIES.map((code) => (
                <Select.Option key={code} value={code}>
                  {countryName(code, t)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary">
            {t('goodExamples.show')}
          </Button>
        </div>
      </form>
      {models.length === 0 ? <Paragraph>{t('goodExamples.none')}</Paragraph> : null}
      {models.length > 1 ? <Paragraph data-size="sm">{t('goodExamples.versionsNote')}</Paragraph> : null}
      {models.map((entry) => (
        <section key={entry.id} aria-labelledby={`goda-exempel-${entry.id}`} className="good-examples-model">
          <Heading level={2} data-size="sm" id={`goda-exempel-${entry.id}`}>
            {entry.title}
          </Heading>
          {entry.areas.map((area) => (
            <section key={area.code} aria-labelledby={`goda-exempel-${entry.id}-${area.code}`}>
              <Heading level={3} data-size="xs" id={`goda-exempel-${entry.id}-${area.code}`}>
                {t('goodExamples.areaHeading', { code: area.code, title: area.title })}
              </Heading>
              {area.groups.map((group) => (
                <GroupTable key={group.subarea?.code ?? group.area.code} group={group} />
              ))}
            </section>
          ))}
        </section>
      ))}
    </>
  );
}

/** `/goda-exempel`: per model version and sub-area, the municipalities most often named as good examples; filters in the address. */
export function GoodExamplesPage() {
  const { language, t } = useTranslation();
  usePageTitle(t('goodExamples.title'));
  const [searchParams] = useSearchParams();
  const model = searchParams.get('model') ?? ALL;
  const countryParam = searchParams.get('country') ?? ALL;
  const country = isCountry(countryParam) ? countryParam : undefined;
  const filter = { model: model || undefined, country };
  const overview = useApiQuery({
    queryKey: queryKeys.goodExamples.overview({ ...filter, lang: language }),
    queryFn: ({ signal }) => goodExamplesApi.overview(filter, language, signal),
  });
  const frameworks = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  const { state, retry } = combineQueries([overview, frameworks], (data, list) => ({ overview: data, frameworks: list.items.map(({ id, title }) => ({ id, title })) }));
  return (
    <div className="page">
      <PageHeading>{t('goodExamples.title')}</PageHeading>
      <Paragraph>{t('goodExamples.intro')}</Paragraph>
      <PageState state={state} retry={retry}>
        {(data) => <Overview key={`${model}|${country ?? ''}`} overview={data.overview} frameworks={data.frameworks} model={model} country={country ?? ALL} />}
      </PageState>
    </div>
  );
}
