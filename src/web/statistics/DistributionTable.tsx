import { Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { TableScroll } from '../ui/TableScroll.js';
import type { StatisticsResponse } from './statistics-api.js';

type Distribution = NonNullable<StatisticsResponse['distribution']>;

const FIGURES = ['min', 'q1', 'median', 'q3', 'max', 'mean'] as const;

/** The chosen model's distribution: n, min, quartiles, max and mean of the total and of each area. */
export function DistributionTable({ distribution, modelTitle }: { distribution: Distribution; modelTitle: string }) {
  const { t, language } = useTranslation();
  const captionId = useId();
  const noteId = useId();
  const figures = [distribution.total, ...distribution.areas];
  const rounded = figures.some((figure) => figure.rounded);
  const label = (figure: Distribution['total']) => (figure.code === 'total' ? t('statistics.distribution.total') : t('statistics.distribution.area', { code: figure.code, title: figure.title }));
  return (
    <>
      <TableScroll labelledBy={captionId}>
        <table className="data-table statistics-distribution" aria-describedby={rounded ? noteId : undefined}>
          <caption id={captionId}>{t('statistics.distribution.caption', { model: modelTitle, n: distribution.n })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.distribution.figure')}</th>
              <th scope="col" className="num">
                {t('statistics.distribution.maxPoints')}
              </th>
              <th scope="col" className="num">
                n
              </th>
              {FIGURES.map((key) => (
                <th key={key} scope="col" className="num">
                  {t(`statistics.distribution.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <tr key={figure.code} className={figure.code === 'total' ? 'total-row' : undefined}>
                <th scope="row">{label(figure)}</th>
                <td className="num">{formatNumber(figure.max, language)}</td>
                <td className="num">{formatNumber(figure.n, language)}</td>
                {FIGURES.map((key) => (
                  <td key={key} className="num">
                    {figure.shown ? formatNumber(figure.shown[key], language, 1) : '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {rounded ? (
        <Paragraph id={noteId} data-size="sm" className="muted">
          {t('statistics.distribution.rounded')}
        </Paragraph>
      ) : null}
      {distribution.incomplete > 0 ? <Paragraph data-size="sm">{t('statistics.distribution.incomplete', { count: distribution.incomplete })}</Paragraph> : null}
      {distribution.totalIsNotSum ? <Paragraph data-size="sm">{t('statistics.distribution.notSum')}</Paragraph> : null}
    </>
  );
}
