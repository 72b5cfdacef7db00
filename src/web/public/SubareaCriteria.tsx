import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { CriterionView } from '../../contract/frameworks.js';
import { formatNumber } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';

/**
 * The criteria a sub-area is assessed by: each one's text, its weight when the sub-area's
 * criteria are not all weighted alike, its scale, and its guidance and typical evidence behind a
 * disclosure.
 */
export function SubareaCriteria({ code, title, criteria }: { code: string; title: string; criteria: readonly CriterionView[] }) {
  const { t, language } = useTranslation();
  const headingId = useId();
  const weighted = criteria.some((criterion) => criterion.weight !== 1);
  return (
    <section aria-labelledby={headingId} className="subarea-criteria">
      <Heading level={4} data-size="2xs" id={headingId}>
        {`${t('framework.criteria.heading', { code })} ${title} (${t('framework.criteria.count', { count: criteria.length })})`}
      </Heading>
      <ol className="criteria-list">
        {criteria.map((criterion) => (
          <li key={criterion.code} className="criteria-list__item">
            <p className="criteria-list__text">
              <span className="code">{criterion.code}</span> {criterion.text}
            </p>
            <p className="criteria-list__meta muted">
              {weighted ? `${t('framework.criteria.weight', { weight: formatNumber(criterion.weight, language) })} · ` : ''}
              {criterion.scale.kind === 'met'
                ? t('framework.criteria.scaleMet')
                : criterion.scale.levels.map((level) => t('framework.criteria.level', { label: level.label, points: formatNumber(level.points, language) })).join(' / ')}
            </p>
            {criterion.guidance || criterion.typicalEvidence ? (
              <details className="criteria-list__details">
                <summary>{`${t('framework.criteria.details')} (${criterion.code})`}</summary>
                {criterion.guidance ? (
                  <p>
                    <strong>{t('framework.criteria.guidance')}: </strong>
                    {criterion.guidance}
                  </p>
                ) : null}
                {criterion.typicalEvidence ? (
                  <p>
                    <strong>{t('framework.criteria.typicalEvidence')}: </strong>
                    {criterion.typicalEvidence}
                  </p>
                ) : null}
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
