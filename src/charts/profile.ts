import { categoryName, decimalsOf, difference, formatDifference, formatValue, sumValues } from './format.js';
import { BAR_CHART_WIDTH } from './scored-bars.js';
import { radarLayout, type RadarAxis, type RadarLayout } from './radar-layout.js';
import { assignSeriesStyles, baseOption, categoryRowHeight, CHART_FONT, GRID_LINE, horizontalBarAxes, INK, NARROW_WIDTH, narrowBarsLayout, narrowTitleShift, valueLabel, withNarrowLayout, type SeriesStyle } from './style.js';
import { textWidth } from './text-metrics.js';
import { formatList } from '../i18n/format.js';
import { chartText } from '../i18n/chart-texts.js';
import type { Language } from '../i18n/language.js';
import type { ChartSeries, ChartSpec, ProfileInput } from './types.js';

const RADAR_SIZE = { width: 720, height: 560 };
const BAR_HEIGHT = 16;

/** A series ready to draw: its legend name (with n), values, total and style. */
interface PreparedSeries {
  name: string;
  kind: ChartSeries['kind'];
  values: Array<number | null>;
  total: number | null;
  /** Decimals every value and the total of the series are shown with. */
  decimals: number;
  style: SeriesStyle;
}

function prepare(input: ProfileInput): PreparedSeries[] {
  const styles = assignSeriesStyles(input.series);
  return input.series.map((series, index) => {
    if (series.values.length !== input.categories.length) {
      throw new Error(`Chart series "${series.name}" has ${series.values.length} values for ${input.categories.length} categories.`);
    }
    const hasN = series.n !== undefined && !/\bn\s*=/.test(series.name);
    const total = series.total === undefined ? sumValues(series.values) : series.total;
    return {
      name: hasN ? `${series.name} (n = ${series.n})` : series.name,
      kind: series.kind,
      values: series.values.map((value) => (value === null || !Number.isFinite(value) ? null : value)),
      total,
      decimals: series.decimals ?? input.decimals ?? decimalsOf([...series.values, total]),
      style: styles[index] as SeriesStyle,
    };
  });
}

/** Table of a profile: one row per category, one column per series (each with its own decimals), totals last. */
function profileTable(input: ProfileInput, series: readonly PreparedSeries[], language: Language) {
  return {
    caption: chartText(language, 'tableProfile'),
    columns: [chartText(language, 'area'), ...series.map((entry) => entry.name), chartText(language, 'max')],
    rows: [
      ...input.categories.map((category, index) => [
        categoryName(category),
        ...series.map((entry) => formatValue(entry.values[index], language, entry.decimals)),
        formatValue(category.max, language, 0),
      ]),
      [
        chartText(language, 'total'),
        ...series.map((entry) => formatValue(entry.total, language, entry.decimals)),
        formatValue(sumValues(input.categories.map((category) => category.max)), language, 0),
      ],
    ],
    hasTotalRow: true,
    ...(input.tableNote ? { note: input.tableNote } : {}),
  };
}

/**
 * The text alternative of a profile: each series' total, then how the first series (the
 * municipality) compares with each of the others, area by area and in total.
 */
function profileText(input: ProfileInput, series: readonly PreparedSeries[], language: Language): string {
  const names = input.categories.map(categoryName);
  const sentences: string[] = [];
  for (const entry of series) {
    const missing = entry.values.filter((value) => value === null).length;
    sentences.push(
      entry.total !== null
        ? chartText(language, 'altSeriesTotal', { name: entry.name, total: formatValue(entry.total, language, entry.decimals) })
        : chartText(language, 'altSeriesIncomplete', { name: entry.name, count: missing, all: entry.values.length }),
    );
  }
  const subject = series.find((entry) => entry.kind === 'municipality') ?? series[0];
  if (!subject) return sentences.join(' ');
  const subjectName = subject.kind === 'municipality' ? chartText(language, 'municipality') : subject.name;
  for (const other of series) {
    if (other === subject) continue;
    // A difference carries the decimals of the finer of its two figures.
    const decimals = Math.max(subject.decimals, other.decimals);
    const diffs: Array<{ area: string; diff: number }> = [];
    subject.values.forEach((value, index) => {
      const otherValue = other.values[index];
      if (value !== null && otherValue !== null && otherValue !== undefined) diffs.push({ area: names[index] ?? '', diff: difference(value, otherValue) });
    });
    if (diffs.length === 0) continue;
    const params = { name: other.name, subject: subjectName, above: diffs.filter((entry) => entry.diff > 0).length, count: diffs.length };
    if (subject.total !== null && other.total !== null) {
      const totalDiff = difference(subject.total, other.total);
      const key = totalDiff > 0 ? 'altCompareAbove' : totalDiff < 0 ? 'altCompareBelow' : 'altCompareEqual';
      sentences.push(chartText(language, key, { ...params, diff: formatValue(Math.abs(totalDiff), language, decimals) }));
    } else {
      sentences.push(chartText(language, 'altCompareAreas', params));
    }
    // Every area sharing the largest difference is named, so none is left out of a tie.
    const named = (diff: number) =>
      formatList(
        diffs.filter((entry) => entry.diff === diff).map((entry) => chartText(language, 'altDifference', { area: entry.area, diff: formatDifference(entry.diff, language, decimals) })),
        language,
      );
    const largest = Math.max(...diffs.map((entry) => entry.diff));
    const smallest = Math.min(...diffs.map((entry) => entry.diff));
    if (largest > 0) sentences.push(chartText(language, 'altLargestAbove', { list: named(largest) }));
    if (smallest < 0) sentences.push(chartText(language, 'altLargestBelow', { list: named(smallest) }));
  }
  return sentences.join(' ');
}

/**
 * A radar cannot leave a gap, so a missing value is drawn at the centre; the axis carries a note
 * saying whose value is missing there, so the dip is never read as zero points.
 */
function radarAxes(input: ProfileInput, series: readonly PreparedSeries[], language: Language): RadarAxis[] {
  return input.categories.map((category, index) => {
    const missing = series.filter((entry) => entry.values[index] === null).map((entry) => entry.name);
    return {
      code: category.code,
      name: categoryName(category),
      note: missing.length === 0 ? null : chartText(language, 'missingFor', { list: missing.join(chartText(language, 'listSeparator')) }),
    };
  });
}

const LEGEND = { top: 32, left: 8, itemWidth: 18, itemHeight: 12, fontSize: 13, itemGap: 10, padding: 5 };

/** Where the plot may start: below the legend, whose items wrap onto more rows on a narrow chart. */
function plotTop(legendNames: readonly string[], width: number, legendTop: number): number {
  const room = width - LEGEND.left - 2 * LEGEND.padding;
  let rows = 1;
  let used = 0;
  for (const name of legendNames) {
    const item = LEGEND.itemWidth + 5 + textWidth(name, LEGEND.fontSize);
    if (used > 0 && used + LEGEND.itemGap + item > room) {
      rows += 1;
      used = item;
    } else {
      used += (used > 0 ? LEGEND.itemGap : 0) + item;
    }
  }
  const rowHeight = Math.max(LEGEND.itemHeight, LEGEND.fontSize + 2);
  return legendTop + 2 * LEGEND.padding + rows * rowHeight + (rows - 1) * LEGEND.itemGap + 12;
}

/**
 * The widths the radar is laid out for: the server's full width (SVG, PNG, HTML, PDF and Word
 * scale that one picture), then for the web app, which draws at its container's width, the
 * narrowest width of each range of widths, with the type a little smaller on phones.
 */
const RADAR_STEPS: ReadonlyArray<{ width: number; fontSize: number }> = [
  { width: RADAR_SIZE.width, fontSize: 12 },
  { width: 640, fontSize: 12 },
  { width: NARROW_WIDTH, fontSize: 12 },
  { width: 480, fontSize: 11 },
  { width: 400, fontSize: 11 },
  { width: 320, fontSize: 10 },
  { width: 300, fontSize: 10 },
];

function radarOptionFor(axes: readonly RadarAxis[], input: ProfileInput, layout: RadarLayout): Record<string, unknown> {
  return {
    center: ['50%', layout.centerY],
    radius: layout.radius,
    indicator: input.categories.map((category, index) => ({ name: layout.names[index] ?? axes[index]?.code ?? '', max: category.max, min: 0 })),
    axisName: { fontFamily: CHART_FONT, color: INK, fontSize: layout.fontSize, lineHeight: layout.lineHeight },
  };
}

/** The profile as a radar: one polygon per series, each with its own line type and symbol. */
export function profileRadarChart(input: ProfileInput, language: Language): ChartSpec {
  const title = input.title ?? chartText(language, 'radarTitle');
  const series = prepare(input);
  const axes = radarAxes(input, series, language);
  const legendNames = series.map((entry) => entry.name);
  const layouts = RADAR_STEPS.map(({ width, fontSize }) => {
    const legendTop = LEGEND.top + (width < NARROW_WIDTH ? narrowTitleShift(title) : 0);
    const frame = { width, height: RADAR_SIZE.height, top: plotTop(legendNames, width, legendTop), fontSize, lineHeight: fontSize + 3 };
    return radarOptionFor(axes, input, radarLayout(axes, frame));
  });
  const option = {
    ...baseOption(title, null, true),
    legend: {
      top: LEGEND.top,
      left: LEGEND.left,
      itemWidth: LEGEND.itemWidth,
      itemHeight: LEGEND.itemHeight,
      itemGap: LEGEND.itemGap,
      padding: LEGEND.padding,
      textStyle: { fontFamily: CHART_FONT, color: INK, fontSize: LEGEND.fontSize },
      data: series.map((entry) => ({ name: entry.name, icon: entry.style.symbol })),
    },
    radar: {
      ...layouts[0],
      splitLine: { lineStyle: { color: GRID_LINE } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 8,
        data: series.map((entry, index) => ({
          name: entry.name,
          value: entry.values.map((value) => (value === null ? '-' : value)),
          symbol: entry.style.symbol,
          itemStyle: { color: entry.style.color },
          lineStyle: { color: entry.style.color, width: 2.5, type: entry.style.lineType },
          ...(index === 0 ? { areaStyle: { color: entry.style.color, opacity: 0.12 } } : {}),
        })),
      },
    ],
  };
  // Below NARROW_WIDTH the shared narrow rule also breaks the title; each narrower range then gets its own radar.
  const narrowIndex = RADAR_STEPS.findIndex((step) => step.width < NARROW_WIDTH);
  const withNarrow = withNarrowLayout(option, { radar: layouts[narrowIndex] });
  const rule = (index: number) => ({ query: { maxWidth: (RADAR_STEPS[index - 1]?.width ?? 0) - 1 }, option: { radar: layouts[index] } });
  const media = [
    ...RADAR_STEPS.slice(1, narrowIndex).map((_, offset) => rule(offset + 1)),
    ...(withNarrow.media as unknown[]),
    ...RADAR_STEPS.slice(narrowIndex + 1).map((_, offset) => rule(narrowIndex + 1 + offset)),
  ];
  return {
    id: 'profile-radar',
    title,
    option: { ...withNarrow, media },
    textAlternative: profileText(input, series, language),
    table: profileTable(input, series, language),
    ...RADAR_SIZE,
  };
}

function groupedBars(id: string, title: string, input: ProfileInput, language: Language): ChartSpec {
  const series = prepare(input);
  const axisMax = Math.max(1, ...input.categories.map((category) => category.max));
  const top = 68;
  const names = input.categories.map(categoryName);
  const rowHeight = categoryRowHeight(names, Math.max(1, series.length) * (BAR_HEIGHT + 3) + 18);
  const option = {
    ...baseOption(title, null, true),
    grid: { left: 236, right: 64, top, bottom: 32 },
    ...horizontalBarAxes(axisMax, names),
    series: series.map((entry) => ({
      name: entry.name,
      type: 'bar',
      barWidth: BAR_HEIGHT,
      barGap: '18%',
      itemStyle: { color: entry.style.color, decal: entry.style.decal, borderColor: entry.style.color, borderWidth: 1 },
      data: entry.values.map((value) =>
        value === null ? { value: 0, label: valueLabel(formatValue(null, language, 0)) } : { value, label: valueLabel(formatValue(value, language, entry.decimals)) },
      ),
    })),
  };
  return {
    id,
    title,
    option: withNarrowLayout(option, narrowBarsLayout(input.categories.map((category, index) => ({ code: category.code, name: names[index] ?? '' })), rowHeight, 48)),
    textAlternative: profileText(input, series, language),
    table: profileTable(input, series, language),
    width: BAR_CHART_WIDTH,
    height: top + input.categories.length * rowHeight + 40,
  };
}

/** The profile as grouped horizontal bars: per area one bar per series, each with its own pattern. */
export function profileBarsChart(input: ProfileInput, language: Language): ChartSpec {
  return groupedBars('profile-bars', input.title ?? chartText(language, 'barsTitle'), input, language);
}

/** The municipality against a peer group (and, when given, the national average) as grouped bars. */
export function peerProfileChart(input: ProfileInput, language: Language): ChartSpec {
  return groupedBars('peer-profile', input.title ?? chartText(language, 'peerTitle'), input, language);
}
