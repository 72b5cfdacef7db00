/**
 * Chapter 2's comparison sections: the profile against the national average (and stored
 * reference averages), against the municipality's earlier evaluations and against a peer group.
 * Every average carries its n; below the minimum n a warning is shown; figures that come through
 * an area map carry the caveat.
 */
import { peerProfileChart, profileBarsChart, profileRadarChart } from '../charts/index.js';
import type { ChartSeries } from '../charts/types.js';
import type { AverageFigure, GroupComparison, HistoryPoint } from '../domain/comparison/types.js';
import { formatNumber } from '../i18n/format.js';
import { chartBlock, type BuildContext } from './build-context.js';
import { formatAverage, formatN, formatRange, formatShare, formatWhole, quote } from './format.js';
import type { ReportBlock, ReportSection, ReportTable } from './model.js';
import { roundPointsTogether, shownAverages } from './scores.js';

const DASH = '–';

function municipalitySeries(context: BuildContext, name: string): ChartSeries {
  return { name, kind: 'municipality', values: context.shown.areas.map((area) => area.shown) };
}

function averagesInOrder(context: BuildContext, group: GroupComparison): Array<AverageFigure | null> {
  const byCode = new Map(group.areas.map((area) => [area.code, area.average]));
  return context.categories.map((category) => byCode.get(category.code) ?? null);
}

function groupSeries(context: BuildContext, group: GroupComparison): ChartSeries {
  const n = formatN(group.n, context.language);
  const name = group.kind === 'national' ? context.t.comparison.nationalSeries(n) : context.t.comparison.groupSeries(group.label, n);
  // The chart shows the same one-decimal averages as the table.
  return { name, kind: group.kind, values: shownAverages(averagesInOrder(context, group), group.total).areas };
}

function averageCells(context: BuildContext, figure: AverageFigure | null, shownMean: number | null): string[] {
  const { language } = context;
  if (!figure || shownMean === null) return [DASH, formatWhole(figure?.n ?? 0, language), DASH];
  const range = figure.distribution
    ? formatRange(formatNumber(figure.distribution.min, language, 1), formatNumber(figure.distribution.max, language, 1))
    : DASH;
  return [formatAverage(shownMean, language), formatWhole(figure.n, language), range];
}

/** The municipality's points beside a group's averages, per area and in total. */
function groupTable(context: BuildContext, group: GroupComparison, caption: string): ReportTable {
  const { t, language, shown } = context;
  const figures = averagesInOrder(context, group);
  const means = shownAverages(figures, group.total);
  return {
    caption,
    columns: [
      { label: t.comparison.area, numeric: false },
      { label: t.comparison.municipality, numeric: true },
      { label: t.comparison.average, numeric: true },
      { label: t.comparison.n, numeric: true },
      { label: t.comparison.range, numeric: true },
    ],
    rows: [
      ...context.categories.map((category, index) => ({
        cells: [category.label, formatWhole(shown.areas[index]?.shown ?? 0, language), ...averageCells(context, figures[index] ?? null, means.areas[index] ?? null)],
        total: false,
      })),
      { cells: [t.comparison.total, formatWhole(shown.total, language), ...averageCells(context, group.total, means.total)], total: true },
    ],
  };
}

/** The warning (few evaluations) and the caveat (area map) of a group, when they apply. */
function groupNotices(context: BuildContext, group: GroupComparison): ReportBlock[] {
  const notices: ReportBlock[] = [];
  const figures = [group.total, ...group.areas.map((area) => area.average)];
  if (group.warning || figures.some((figure) => figure?.belowMinimum)) {
    const text =
      group.warning ??
      context.t.summary.belowMinimum(formatN(group.n, context.language), formatWhole(context.options.comparison.minN, context.language));
    notices.push({ kind: 'notice', tone: 'warning', text });
  }
  if (group.caveat) notices.push({ kind: 'notice', tone: 'caveat', text: group.caveat });
  return notices;
}

function rankBlocks(context: BuildContext, group: GroupComparison): ReportBlock[] {
  const figure = group.total;
  if (!figure || figure.rank === null || figure.percentile === null) return [];
  const { t, language } = context;
  return [
    {
      kind: 'paragraph',
      text: t.summary.rankSentence(context.municipality, formatWhole(figure.rank, language), formatWhole(figure.n, language), formatShare(figure.percentile, language)),
    },
  ];
}

export function nationalSection(context: BuildContext, number: string): ReportSection {
  const { t, language, comparison } = context;
  const national = comparison.national;
  const since = comparison.options.since === null ? null : String(comparison.options.since);
  const blocks: ReportBlock[] = [];
  if (national.n === 0 || national.total === null) {
    blocks.push({ kind: 'paragraph', text: t.summary.noNational });
  } else {
    blocks.push({ kind: 'paragraph', text: t.summary.nationalSentence(context.frameworkTitle, since, formatN(national.n, language)) });
    blocks.push(...rankBlocks(context, national));
  }
  blocks.push(...groupNotices(context, national));
  const references = comparison.references.filter((reference) => reference.total !== null);
  for (const reference of references) {
    if (reference.source) {
      blocks.push({ kind: 'paragraph', text: t.summary.referenceSource(reference.label, reference.source.name, reference.source.date) });
    }
    blocks.push(...groupNotices(context, reference));
  }
  const groups = [national, ...references].filter((group) => group.total !== null);
  if (groups.length > 0) {
    const series = [municipalitySeries(context, context.municipality), ...groups.map((group) => groupSeries(context, group))];
    blocks.push(chartBlock(context, profileRadarChart({ title: t.summary.national, categories: context.categories, series }, language)));
    for (const group of groups) {
      blocks.push({ kind: 'table', table: groupTable(context, group, group.kind === 'national' ? t.comparison.nationalCaption : t.comparison.peerCaption(group.label)) });
    }
  }
  return { id: 'summary-national', number, title: t.summary.national, pageBreak: false, blocks, sections: [] };
}

export function peerSection(context: BuildContext, number: string): ReportSection | null {
  const { t, language, comparison } = context;
  const peer = comparison.peer;
  if (!peer) return null;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t.summary.peerSentence(quote(peer.label, language), formatN(peer.n, language)) }];
  blocks.push(...rankBlocks(context, peer));
  blocks.push(...groupNotices(context, peer));
  if (peer.total !== null) {
    const series = [municipalitySeries(context, context.municipality), groupSeries(context, peer)];
    if (comparison.national.total !== null) series.push(groupSeries(context, comparison.national));
    blocks.push(chartBlock(context, peerProfileChart({ title: t.summary.peer, categories: context.categories, series }, language)));
    blocks.push({ kind: 'table', table: groupTable(context, peer, t.comparison.peerCaption(peer.label)) });
  }
  return { id: 'summary-peer', number, title: t.summary.peer, pageBreak: false, blocks, sections: [] };
}

function historyValues(context: BuildContext, point: HistoryPoint): { total: number; values: Array<number | null> } {
  const byCode = new Map(point.areas.map((area) => [area.code, area.score]));
  return roundPointsTogether(
    context.categories.map((category) => byCode.get(category.code) ?? null),
    point.total,
  );
}

export function historySection(context: BuildContext, number: string): ReportSection | null {
  const { t, language, comparison } = context;
  const history = comparison.history;
  if (history.length === 0) return null;
  const yearOf = (point: HistoryPoint) => (point.year === null ? DASH : String(point.year));
  const rounded = history.map((point) => historyValues(context, point));
  const current = t.comparison.thisEvaluation(context.year ?? DASH);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t.summary.historySentence(context.municipality, formatWhole(history.length, language)) },
  ];
  const caveats = new Set(
    history.filter((point) => point.caveat !== null || point.frameworkId !== context.detail.framework.id).map((point) => point.caveat ?? context.caveat),
  );
  for (const caveat of caveats) blocks.push({ kind: 'notice', tone: 'caveat', text: caveat });
  const series: ChartSeries[] = [
    ...history.map((point, index) => ({ name: t.comparison.evaluationOf(yearOf(point)), kind: 'previous' as const, values: rounded[index]?.values ?? [] })),
    municipalitySeries(context, current),
  ];
  blocks.push(chartBlock(context, profileBarsChart({ title: t.summary.history, categories: context.categories, series }, language)));
  const cell = (value: number | null | undefined) => (value === null || value === undefined ? DASH : formatWhole(value, language));
  blocks.push({
    kind: 'table',
    table: {
      caption: t.comparison.historyCaption,
      columns: [
        { label: t.comparison.area, numeric: false },
        ...history.map((point) => ({ label: t.comparison.evaluationOf(yearOf(point)), numeric: true })),
        { label: current, numeric: true },
      ],
      rows: [
        ...context.categories.map((category, index) => ({
          cells: [category.label, ...rounded.map((point) => cell(point.values[index])), cell(context.shown.areas[index]?.shown)],
          total: false,
        })),
        { cells: [t.comparison.total, ...rounded.map((point) => cell(point.total)), cell(context.shown.total)], total: true },
      ],
    },
  });
  return { id: 'summary-history', number, title: t.summary.history, pageBreak: false, blocks, sections: [] };
}
