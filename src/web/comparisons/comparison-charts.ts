/**
 * The evaluation page's comparison charts, built with the report's chart builders from the same
 * shown figures as the report (the page's whole points for the municipality, averages and
 * earlier evaluations as src/domain/display-figures.ts shows them), so page and report never disagree.
 */
import { peerProfileChart, profileBarsChart, profileRadarChart, type ChartCategory, type ChartSeries, type ChartSpec } from '../../charts/builders.js';
import type { Language } from '../../i18n/index.js';
import { pointsToHundredths, SCORE_DECIMALS, showAverages, showParts } from '../../domain/display-figures.js';
import type { EvaluationDetail } from '../api/types.js';
import type { ComparisonGroup, EvaluationComparison, HistoryPoint } from './comparisons-api.js';

/** The words the charts need, in the page's language. */
export interface ComparisonChartTexts {
  /** The legend name of the evaluated municipality, e.g. "Leksands kommun". */
  municipality: string;
  /** Legend names of the averages; the builders append "(n = …)". */
  national: string;
  peer: string;
  /** Legend name of an earlier evaluation ("Utvärdering 2019") and of this one. */
  evaluationOf(year: string): string;
  current: string;
  titles: { national: string; peer: string; history: string };
}

interface ChartInput {
  evaluation: EvaluationDetail;
  comparison: EvaluationComparison;
  texts: ComparisonChartTexts;
  language: Language;
}

const categoriesOf = (evaluation: EvaluationDetail): ChartCategory[] => evaluation.areas.map((area) => ({ code: area.code, label: area.title, max: area.max }));

const municipalitySeries = (evaluation: EvaluationDetail, name: string): ChartSeries => ({
  name,
  kind: 'municipality',
  values: evaluation.areas.map((area) => area.shown),
  total: evaluation.total.shown,
  decimals: SCORE_DECIMALS,
});

const hundredths = (points: number | null | undefined) => (points === null || points === undefined ? null : pointsToHundredths(points));

/** A group's shown averages in the evaluation's area order, with its n when the source states one. */
function groupSeries(evaluation: EvaluationDetail, group: ComparisonGroup, name: string): ChartSeries {
  const byCode = new Map(group.areas.map((area) => [area.code, area.average]));
  const shown = showAverages(
    evaluation.areas.map((area) => hundredths(byCode.get(area.code)?.mean)),
    hundredths(group.total?.mean),
  );
  const nKnown = group.total?.nKnown !== false;
  return { name, kind: group.kind, values: shown.areas, total: shown.total, decimals: shown.decimals, ...(nKnown ? { n: group.n } : {}) };
}

/** The stored reference averages that have a total, as the report draws them beside the national average. */
export const referencesWithTotal = (comparison: EvaluationComparison): ComparisonGroup[] => comparison.references.filter((reference) => reference.total !== null);

/** The profile against the national average and the reference averages (radar); null when there is no average. */
export function nationalChart({ evaluation, comparison, texts, language }: ChartInput): ChartSpec | null {
  const groups = [comparison.national, ...referencesWithTotal(comparison)].filter((group) => group.total !== null);
  if (groups.length === 0) return null;
  const series = [
    municipalitySeries(evaluation, texts.municipality),
    ...groups.map((group) => groupSeries(evaluation, group, group.kind === 'national' ? texts.national : group.label)),
  ];
  return profileRadarChart({ title: texts.titles.national, categories: categoriesOf(evaluation), series }, language);
}

/** The profile against the peer group (and the national average) as grouped bars; null without a non-empty peer group. */
export function peerChart({ evaluation, comparison, texts, language }: ChartInput): ChartSpec | null {
  const peer = comparison.peer;
  if (!peer || peer.total === null) return null;
  const series = [municipalitySeries(evaluation, texts.municipality), groupSeries(evaluation, peer, texts.peer)];
  if (comparison.national.total !== null) series.push(groupSeries(evaluation, comparison.national, texts.national));
  return peerProfileChart({ title: texts.titles.peer, categories: categoriesOf(evaluation), series }, language);
}

const yearText = (point: Pick<HistoryPoint, 'year'>) => (point.year === null ? '–' : String(point.year));

/** The earlier evaluations beside this one (grouped bars), in this evaluation's areas; null without history. */
export function historyChart({ evaluation, comparison, texts, language }: ChartInput): ChartSpec | null {
  if (comparison.history.length === 0) return null;
  const series: ChartSeries[] = comparison.history.map((point) => {
    const byCode = new Map(point.areas.map((area) => [area.code, area.score]));
    const shown = showParts(
      evaluation.areas.map((area) => hundredths(byCode.get(area.code))),
      pointsToHundredths(point.total),
    );
    return { name: texts.evaluationOf(yearText(point)), kind: 'previous', values: shown.parts, total: shown.total, decimals: SCORE_DECIMALS };
  });
  series.push(municipalitySeries(evaluation, texts.current));
  return profileBarsChart({ title: texts.titles.history, categories: categoriesOf(evaluation), series }, language);
}

/** True when an earlier evaluation was made with another model version (its figures come through the area map). */
export const crossesVersions = (comparison: EvaluationComparison): boolean =>
  comparison.history.some((point) => point.caveat !== null || point.frameworkId !== comparison.frameworkId);
