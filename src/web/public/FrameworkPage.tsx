import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { formatDecimalString, formatNumber } from '../../i18n/index.js';
import { api } from '../api/client.js';
import type { FrameworkDetail } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { combineQueries, useApiQuery } from '../api/query-state.js';
import { AreaMapTable } from './AreaMapTable.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { FactList } from '../ui/FactList.js';
import { FrameworkAreaSection } from './FrameworkAreaSection.js';
import { frameworkPeriod } from './framework-period.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import './public.css';

interface FrameworkData {
  framework: FrameworkDetail;
  titles: ReadonlyMap<string, string>;
}

function FrameworkView({ framework, titles }: FrameworkData) {
  const { language, t } = useTranslation();
  usePageTitle(framework.title);
  const caveat = framework.areaMaps[0]?.caveat;
  return (
    <div className="page">
      <Breadcrumbs items={[{ label: t('nav.start'), to: paths.start() }, { label: t('nav.frameworks'), to: paths.frameworks() }, { label: framework.title }]} />
      <PageHeading>{framework.title}</PageHeading>
      {framework.current ? (
        <Tag data-color="success" className="heading-tag">
          {t('frameworks.current')}
        </Tag>
      ) : null}
      <section aria-label={t('framework.facts')}>
        <FactList
          facts={[
            { label: t('frameworks.revision'), value: framework.revision },
            { label: t('frameworks.period'), value: frameworkPeriod(framework, t) },
            { label: t('frameworks.max'), value: formatNumber(framework.max, language) },
            { label: t('frameworks.scoredBy'), value: t(`frameworks.scoredBy.${framework.scoredBy}`) },
            { label: t('framework.scoreStep'), value: formatDecimalString(framework.scoreStep, language) },
          ]}
        />
      </section>
      {framework.note ? <Paragraph>{framework.note}</Paragraph> : null}

      <section aria-labelledby="framework-areas">
        <Heading level={2} data-size="sm" id="framework-areas">
          {t('framework.areasHeading')}
        </Heading>
        {framework.example && framework.areas.some((area) => area.subareas.some((subarea) => subarea.criteria.length > 0)) ? (
          <Alert data-color="warning" className="caveat">
            <Paragraph>{t('framework.criteria.example')}</Paragraph>
          </Alert>
        ) : null}
        {framework.areas.map((area) => (
          <FrameworkAreaSection key={area.code} area={area} />
        ))}
      </section>

      <section aria-labelledby="framework-maps">
        <Heading level={2} data-size="sm" id="framework-maps">
          {t('framework.mapsHeading')}
        </Heading>
        {framework.areaMaps.length === 0 ? (
          <Paragraph>{t('framework.noMaps')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('framework.mapsIntro')}</Paragraph>
            {caveat ? (
              <Alert data-color="info" className="caveat">
                <Paragraph>
                  <strong>{t('municipality.caveatLabel')}: </strong>
                  {caveat}
                </Paragraph>
              </Alert>
            ) : null}
            <div className="area-maps">
              {framework.areaMaps.map((map) => (
                <AreaMapTable key={`${map.from}-${map.to}`} map={map} framework={framework} titles={titles} generalCaveat={caveat} />
              ))}
            </div>
          </>
        )}
      </section>
    </div>
  );
}

/** One model version: its areas and sub-areas, and how its areas map to other versions. */
export function FrameworkPage() {
  const { id = '' } = useParams();
  const { language } = useTranslation();
  const framework = useApiQuery({ queryKey: queryKeys.frameworks.detail(id, language), queryFn: ({ signal }) => api.getFramework(id, language, signal) });
  const list = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  const { state, retry } = combineQueries(
    [framework, list],
    (detail, all): FrameworkData => ({ framework: detail, titles: new Map(all.items.map((item) => [item.id, item.title])) }),
  );
  return (
    <PageState state={state} retry={retry}>
      {(data) => <FrameworkView {...data} />}
    </PageState>
  );
}
