import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber } from '../../i18n/index.js';
import { api } from '../api/client.js';
import type { FrameworkList } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { AppLink } from '../ui/AppLink.js';
import { frameworkPeriod } from './framework-period.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { TableScroll } from '../ui/TableScroll.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';

function FrameworksView({ frameworks }: { frameworks: FrameworkList }) {
  const { language, t } = useTranslation();
  const captionId = useId();
  return (
    <div className="page">
      <PageHeading>{t('frameworks.heading')}</PageHeading>
      <Paragraph className="lead">{t('frameworks.intro')}</Paragraph>
      <TableScroll labelledBy={captionId}>
        <Table zebra className="data-table">
          <caption id={captionId}>{t('frameworks.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('frameworks.version')}</th>
              <th scope="col">{t('frameworks.revision')}</th>
              <th scope="col">{t('frameworks.period')}</th>
              <th scope="col" className="num">{t('frameworks.areas')}</th>
              <th scope="col" className="num">{t('frameworks.max')}</th>
              <th scope="col">{t('frameworks.scoredBy')}</th>
            </tr>
          </thead>
          <tbody>
            {frameworks.items.map((framework) => (
              <tr key={framework.id}>
                <th scope="row" className="row-header">
                  <AppLink to={paths.framework(framework.id)}>{framework.title}</AppLink>{' '}
                  {framework.current ? (
                    <Tag data-color="success" data-size="sm" className="inline-tag">
                      {t('frameworks.current')}
                    </Tag>
                  ) : null}
                </th>
                <td>{framework.revision}</td>
                <td>{frameworkPeriod(framework, t)}</td>
                <td className="num">{formatNumber(framework.areaCount, language)}</td>
                <td className="num">{formatNumber(framework.max, language)}</td>
                <td>{t(`frameworks.scoredBy.${framework.scoredBy}`)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </TableScroll>
    </div>
  );
}

/** The model versions, newest first. */
export function FrameworksPage() {
  const { language, t } = useTranslation();
  usePageTitle(t('frameworks.title'));
  const { state, retry } = useApiQuery({ queryKey: queryKeys.frameworks.list(language), queryFn: ({ signal }) => api.listFrameworks(language, signal) });
  return (
    <PageState state={state} retry={retry}>
      {(frameworks) => <FrameworksView frameworks={frameworks} />}
    </PageState>
  );
}
