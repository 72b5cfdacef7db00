import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { TableScroll } from '../ui/TableScroll.js';
import type { StatisticsResponse } from './statistics-api.js';

type CrossVersion = NonNullable<StatisticsResponse['trends']['crossVersion']>;

/**
 * The newest model's areas over the years through the area map: per year and per model version
 * (never averaged across versions), in percent of the linked areas' maximum, with the caveat first.
 */
export function CrossVersionTable({ crossVersion, titles }: { crossVersion: CrossVersion; titles: ReadonlyMap<string, string> }) {
  const { t, language } = useTranslation();
  const captionId = useId();
  const headingId = useId();
  const columns = [...new Map(crossVersion.areas.flatMap((area) => area.points.map((point) => [`${point.year}|${point.frameworkId}`, point] as const))).values()].sort(
    (a, b) => a.year - b.year || a.frameworkId.localeCompare(b.frameworkId),
  );
  const model = titles.get(crossVersion.frameworkId) ?? crossVersion.frameworkId;
  return (
    <section className="statistics-cross-version" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {t('statistics.cross.heading', { model })}
      </Heading>
      <Alert data-color="warning" className="statistics-cross-version__caveat">
        <Paragraph data-size="sm">{crossVersion.caveat}</Paragraph>
      </Alert>
      <Paragraph data-size="sm">{crossVersion.note}</Paragraph>
      {columns.length === 0 ? (
        <Paragraph>{t('statistics.cross.empty')}</Paragraph>
      ) : (
        <TableScroll labelledBy={captionId}>
          <table className="data-table">
            <caption id={captionId}>{t('statistics.cross.caption', { model })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.cross.area')}</th>
                {columns.map((column) => (
                  <th key={`${column.year}|${column.frameworkId}`} scope="col" className="num">
                    {t('statistics.cross.column', { year: column.year, model: titles.get(column.frameworkId) ?? column.frameworkId })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {crossVersion.areas.map((area) => (
                <tr key={area.code}>
                  <th scope="row">{t('statistics.distribution.area', { code: area.code, title: area.title })}</th>
                  {columns.map((column) => {
                    const point = area.points.find((entry) => entry.year === column.year && entry.frameworkId === column.frameworkId);
                    return (
                      <td key={`${column.year}|${column.frameworkId}`} className="num">
                        {point ? t('statistics.cross.cell', { percent: formatNumber(point.shownPercent, language, 1), n: point.n }) : '–'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
