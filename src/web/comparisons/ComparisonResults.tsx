import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useMemo, type ReactNode } from 'react';
import { formatNumber, formatPartialDate } from '../../i18n/index.js';
import type { EvaluationDetail } from '../api/types.js';
import { ChartFigure } from '../ui/ChartFigure.js';
import { useTranslation } from '../language/language-context.js';
import { crossesVersions, historyChart, nationalChart, peerChart, referencesWithTotal, type ComparisonChartTexts } from './comparison-charts.js';
import type { ComparisonGroup, EvaluationComparison } from './comparisons-api.js';

/** A warning (few evaluations, an empty group) or a caveat (across model versions), in words as well as colour. */
function Notice({ tone, children }: { tone: 'warning' | 'caveat'; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert data-color={tone === 'warning' ? 'warning' : 'info'} className="comparison-notice">
      <Paragraph data-size="sm">
        <strong>{t(tone === 'warning' ? 'comparisons.warningLabel' : 'comparisons.caveatLabel')}: </strong>
        {children}
      </Paragraph>
    </Alert>
  );
}

/** The group's warning and caveat from the API (already in the page's language). */
function GroupNotices({ group }: { group: ComparisonGroup }) {
  return (
    <>
      {group.warning ? <Notice tone="warning">{group.warning}</Notice> : null}
      {group.caveat ? <Notice tone="caveat">{group.caveat}</Notice> : null}
    </>
  );
}

/** "Leksand har plats 1 av 2 …" when the group's total places the evaluation. */
function RankSentence({ group, name }: { group: ComparisonGroup; name: string }) {
  const { t, language } = useTranslation();
  const figure = group.total;
  if (!figure || figure.rank === null || figure.percentile === null) return null;
  return (
    <Paragraph>
      {t('comparisons.rank', { name, rank: formatNumber(figure.rank, language), n: formatNumber(figure.n, language), percentile: formatNumber(figure.percentile, language, 0) })}
    </Paragraph>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="comparison-part">
      <Heading level={3} data-size="xs" id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * The comparisons of one evaluation: against the national average (and stored reference
 * averages with their source and date), the chosen peer group and the municipality's earlier
 * evaluations, each with its n, warnings and caveats, and a chart with its text and table.
 */
export function ComparisonResults({ evaluation, comparison }: { evaluation: EvaluationDetail; comparison: EvaluationComparison }) {
  const { t, language } = useTranslation();
  const name = evaluation.municipality.shortName;
  const year = evaluation.year === null ? t('evaluation.yearUnknown') : String(evaluation.year);
  const charts = useMemo(() => {
    const texts: ComparisonChartTexts = {
      municipality: evaluation.municipality.name,
      national: t('comparisons.series.national'),
      peer: t('comparisons.series.peer'),
      evaluationOf: (pointYear) => t('comparisons.series.evaluationOf', { year: pointYear }),
      current: t('comparisons.series.current', { year }),
      titles: { national: t('comparisons.chart.national'), peer: t('comparisons.chart.peer'), history: t('comparisons.chart.history') },
    };
    const input = { evaluation, comparison, texts, language };
    return { national: nationalChart(input), peer: peerChart(input), history: historyChart(input) };
  }, [evaluation, comparison, language, t, year]);
  const { national, peer, history } = comparison;
  const since = comparison.options.since;
  const n = (value: number) => formatNumber(value, language);
  // Across model versions the figures come through the area map: never shown without its caveat.
  const stated = [...new Set(comparison.history.map((point) => point.caveat).filter((caveat): caveat is string => caveat !== null))];
  const historyCaveats = stated.length === 0 && crossesVersions(comparison) ? [t('municipality.versionCaveat')] : stated;

  return (
    <div className="comparison-results">
      <Part title={t('comparisons.national.heading')}>
        <Paragraph>
          {since === null
            ? t('comparisons.national.text', { framework: evaluation.framework.title, n: national.n })
            : t('comparisons.national.textSince', { framework: evaluation.framework.title, n: national.n, year: since })}
        </Paragraph>
        <RankSentence group={national} name={name} />
        <GroupNotices group={national} />
        {referencesWithTotal(comparison).map((reference) => (
          <div key={reference.label} className="comparison-reference">
            <Paragraph>
              {t('comparisons.reference', { label: reference.label, source: reference.source?.name ?? '', date: reference.source ? formatPartialDate(reference.source.date, language) : '' })}{' '}
              {reference.total?.nKnown === false ? t('comparisons.referenceNoN') : t('comparisons.referenceN', { n: reference.n })}
            </Paragraph>
            <GroupNotices group={reference} />
          </div>
        ))}
        {charts.national ? <ChartFigure spec={charts.national} /> : null}
      </Part>

      <Part title={t('comparisons.peer.heading')}>
        {peer ? (
          <>
            <Paragraph>{t('comparisons.peer.text', { label: peer.label, n: peer.n })}</Paragraph>
            <RankSentence group={peer} name={name} />
            <GroupNotices group={peer} />
            {charts.peer ? <ChartFigure spec={charts.peer} /> : null}
          </>
        ) : (
          <Paragraph>{t('comparisons.peer.none')}</Paragraph>
        )}
      </Part>

      <Part title={t('comparisons.history.heading')}>
        {history.length === 0 ? (
          <Paragraph>{t('comparisons.history.none', { name })}</Paragraph>
        ) : (
          <>
            <Paragraph>{history.length === 1 ? t('comparisons.history.one', { name }) : t('comparisons.history.other', { name, count: n(history.length) })}</Paragraph>
            {historyCaveats.map((caveat) => (
              <Notice key={caveat} tone="caveat">
                {caveat}
              </Notice>
            ))}
            {charts.history ? <ChartFigure spec={charts.history} /> : null}
          </>
        )}
      </Part>
    </div>
  );
}
