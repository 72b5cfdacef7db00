import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNumber } from '../../i18n/index.js';
import type { EvaluationSummary } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { IncompleteMark } from '../evaluation/IncompleteNotice.js';

/**
 * Totals over time as horizontal bars. Each bar's year, model and value are written out beside
 * it, so the bars only repeat what the text says; models also differ by fill pattern, never by
 * colour alone.
 */
export function TotalsChart({ items }: { items: EvaluationSummary[] }) {
  const { language, t } = useTranslation();
  const headingId = useId();
  const frameworks = [...new Set(items.map((item) => item.framework.id))];
  return (
    <figure className="totals-chart" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('municipality.chartHeading')}
      </Heading>
      <ul className="totals-chart__list">
        {items.map((item) => {
          const width = item.total.max > 0 ? Math.min(100, (item.total.shown / item.total.max) * 100) : 0;
          const pattern = frameworks.indexOf(item.framework.id) % 3;
          return (
            <li key={item.id} className="totals-chart__row">
              <span className="totals-chart__label">
                <span className="totals-chart__year">{item.year ?? t('evaluation.yearUnknown')}</span>
                <span className="totals-chart__model">{item.framework.title}</span>
              </span>
              <span className="totals-chart__track" aria-hidden="true">
                <span className={`totals-chart__bar totals-chart__bar--p${pattern}`} style={{ width: `${width}%` }} />
              </span>
              <span className="totals-chart__value">
                {t('evaluation.totalOf', { value: formatNumber(item.total.shown, language), max: formatNumber(item.total.max, language) })}
                <IncompleteMark complete={item.complete} />
              </span>
            </li>
          );
        })}
      </ul>
      <figcaption>
        <Paragraph data-size="sm" className="muted">
          {t('municipality.chartNote')}
        </Paragraph>
      </figcaption>
    </figure>
  );
}
