/**
 * Chapter 2's comparison sections: the profile against the national average (and stored
 * reference averages), against the municipality's earlier evaluations and against a peer group.
 * Every average carries its n; below the minimum n a warning is shown; figures that come through
 * an area map carry the caveat.
 */
import { peerProfileChart, profileBarsChart, profileRadarChart } from '../charts/index.js';
import type { ChartSeries } from '../charts/types.js';
import type { AverageFigure, GroupComparison, HistoryPoint } from '../domain/comparison/types.js';
import { pointsToHundredths, SCORE_DECIMALS, showAverages, showParts, showRange, type ShownAverages, type ShownParts } from '../domain/display-figures.js';
import { chartBlock, exactSectionNumber, tableNote, type BuildContext } from './build-context.js';
import { quote } from '../i18n/format.js';
import { formatAverage, formatN, formatRange, formatShare, formatWhole } from './format.js';
import type { ReportBlock, ReportSection, ReportTable } from './model.js';

const DASH = '–';

/** The municipality's points as shown, with its total: the figures of the overview of points. */
function municipalitySeries(context: BuildContext, name: string): ChartSeries {
  return { name, kind: 'municipality', values: context.shown.areas.map((area) => area.shown), total: context.shown.total.shown, decimals: SCORE_DECIMALS };
}

function averagesInOrder(context: BuildContext, group: GroupComparison): Array<AverageFigure | null> {
  const byCode = new Map(group.areas.map((area) => [area.code, area.average]));
  return context.categories.map((category) => byCode.get(category.code) ?? null);
}

/** A group's averages as shown (one decimal, adding up to the shown total where they can), decided once for its table and charts. */
function groupAverages(context: BuildContext, group: GroupComparison): ShownAverages {
  const hundredths = (figure: AverageFigure | null) => (figure ? pointsToHundredths(figure.mean) : null);
  return showAverages(averagesInOrder(context, group).map(hundredths), hundredths(group.total));
}

function groupSeries(context: BuildContext, group: GroupComparison): ChartSeries {
  const n = formatN(group.n, context.language);
  const name = group.kind === 'national' ? context.t.comparison.nationalSeries(n) : context.t.comparison.groupSeries(group.label, n);
  // The chart shows the same one-decimal averages and total as the table.
  const shown = groupAverages(context, group);
  return { name, kind: group.kind, values: shown.areas, total: shown.total, decimals: shown.decimals };
}

function rangeOf(figure: AverageFigure | null) {
  return figure?.distribution ? showRange(pointsToHundredths(figure.distribution.min), pointsToHundredths(figure.distribution.max)) : null;
}

function averageCells(context: BuildContext, figure: AverageFigure | null, shownMean: number | null): string[] {
  const { language } = context;
  if (!figure || shownMean === null) return [DASH, formatWhole(figure?.n ?? 0, language), DASH];
  const range = rangeOf(figure);
  return [formatAverage(shownMean, language), formatWhole(figure.n, language), range ? formatRange(formatAverage(range.min, language), formatAverage(range.max, language)) : DASH];
}

/** True when any of the municipality's area or total points beside the averages is rounded. */
function municipalityRounded(context: BuildContext): boolean {
  return context.shown.total.rounded || context.shown.areas.some((area) => area.rounded);
}

/**
 * The note of a table (or chart) of the municipality beside groups' averages: how the points
 * and the averages are rounded, and which group's total is not the sum of its areas.
 */
function comparisonNote(context: BuildContext, groups: readonly GroupComparison[]): { note?: string } {
  const { t } = context;
  const sentences: string[] = [];
  if (municipalityRounded(context)) sentences.push(t.notes.wholePoints(exactSectionNumber(context)));
  const averages = groups.map((group) => ({ group, shown: groupAverages(context, group) }));
  const rangesRounded = groups.some((group) => [group.total, ...group.areas.map((area) => area.average)].some((figure) => rangeOf(figure)?.rounded));
  if (averages.some(({ shown }) => shown.rounded) || rangesRounded) sentences.push(t.notes.averages);
  for (const { group, shown } of averages) if (shown.totalIsNotSum) sentences.push(t.notes.totalIsNotSum(group.label));
  return sentences.length > 0 ? { note: sentences.join(' ') } : {};
}

/** The municipality's points beside a group's averages, per area and in total. */
function groupTable(context: BuildContext, group: GroupComparison, caption: string): ReportTable {
  const { t, language, shown } = context;
  const figures = averagesInOrder(context, group);
  const means = groupAverages(context, group);
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
      { cells: [t.comparison.total, formatWhole(shown.total.shown, language), ...averageCells(context, group.total, means.total)], total: true },
    ],
    ...comparisonNote(context, [group]),
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
    blocks.push(chartBlock(context, profileRadarChart({ title: t.summary.national, categories: context.categories, series, ...tableNote(comparisonNote(context, groups)) }, language)));
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
    const groups = comparison.national.total !== null ? [peer, comparison.national] : [peer];
    const series = [municipalitySeries(context, context.municipality), ...groups.map((group) => groupSeries(context, group))];
    blocks.push(chartBlock(context, peerProfileChart({ title: t.summary.peer, categories: context.categories, series, ...tableNote(comparisonNote(context, groups)) }, language)));
    blocks.push({ kind: 'table', table: groupTable(context, peer, t.comparison.peerCaption(peer.label)) });
  }
  return { id: 'summary-peer', number, title: t.summary.peer, pageBreak: false, blocks, sections: [] };
}

/** An earlier evaluation's areas (mapped onto this one's) and total as shown. */
function historyValues(context: BuildContext, point: HistoryPoint): ShownParts {
  const byCode = new Map(point.areas.map((area) => [area.code, area.score]));
  const parts = context.categories.map((category) => {
    const score = byCode.get(category.code);
    return score === null || score === undefined ? null : pointsToHundredths(score);
  });
  return showParts(parts, pointsToHundredths(point.total));
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
  const notes: string[] = [];
  if (municipalityRounded(context) || rounded.some((point) => point.rounded)) notes.push(t.notes.wholePoints(context.shown.anyRounded ? exactSectionNumber(context) : null));
  history.forEach((point, index) => {
    if (rounded[index]?.totalIsNotSum) notes.push(t.notes.totalIsNotSum(t.comparison.evaluationOf(yearOf(point))));
  });
  const note = notes.length > 0 ? { note: notes.join(' ') } : {};
  const series: ChartSeries[] = [
    ...history.map((point, index) => ({
      name: t.comparison.evaluationOf(yearOf(point)),
      kind: 'previous' as const,
      values: rounded[index]?.parts ?? [],
      total: rounded[index]?.total ?? null,
      decimals: SCORE_DECIMALS,
    })),
    municipalitySeries(context, current),
  ];
  blocks.push(chartBlock(context, profileBarsChart({ title: t.summary.history, categories: context.categories, series, ...tableNote(note) }, language)));
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
          cells: [category.label, ...rounded.map((point) => cell(point.parts[index])), cell(context.shown.areas[index]?.shown)],
          total: false,
        })),
        { cells: [t.comparison.total, ...rounded.map((point) => cell(point.total)), cell(context.shown.total.shown)], total: true },
      ],
      ...note,
    },
  });
  return { id: 'summary-history', number, title: t.summary.history, pageBreak: false, blocks, sections: [] };
}
