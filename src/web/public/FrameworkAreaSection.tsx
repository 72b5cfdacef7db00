import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber } from '../../i18n/index.js';
import type { FrameworkArea } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { TableScroll } from '../ui/TableScroll.js';
import { SubareaCriteria } from './SubareaCriteria.js';

/** One area of a model version: its maximum, other names it goes by, its sub-areas and their criteria. */
export function FrameworkAreaSection({ area }: { area: FrameworkArea }) {
  const { language, t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const none = <span className="muted">{t('framework.aliasesNone')}</span>;
  return (
    <section aria-labelledby={headingId} className="area-section">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('framework.areaHeading', { code: area.code, title: area.title })}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('framework.areaMax', { max: formatNumber(area.max, language) })}
        {area.aliases.length > 0 ? ` · ${t('framework.aliases')}: ${area.aliases.join('; ')}` : ''}
      </Paragraph>
      {area.subareas.length === 0 || area.scoredBy === 'area' ? <Paragraph data-size="sm">{t('framework.areaWhole')}</Paragraph> : null}
      {area.subareas.length > 0 ? (
        <TableScroll labelledBy={captionId}>
          <Table className="data-table score-table">
            <caption id={captionId} className="ds-sr-only">
              {t('framework.areaCaption', { code: area.code })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="code">{t('evaluation.code')}</th>
                <th scope="col">{t('evaluation.subarea')}</th>
                <th scope="col" className="num">{t('evaluation.max')}</th>
                <th scope="col">{t('framework.aliases')}</th>
              </tr>
            </thead>
            <tbody>
              {area.subareas.map((subarea) => (
                <tr key={subarea.code}>
                  <th scope="row" className="code">{subarea.code}</th>
                  <td>{subarea.title}</td>
                  <td className="num">{subarea.max === null ? none : formatNumber(subarea.max, language)}</td>
                  <td className="aliases">{subarea.aliases.length > 0 ? subarea.aliases.join('; ') : none}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableScroll>
      ) : null}
      {area.subareas
        .filter((subarea) => subarea.criteria.length > 0)
        .map((subarea) => (
          <SubareaCriteria key={subarea.code} code={subarea.code} title={subarea.title} criteria={subarea.criteria} />
        ))}
    </section>
  );
}
