import type { ChartSeries } from './types.js';

/** Font stack of every chart; Liberation Sans is what the servers have, Arial its metric twin. */
export const CHART_FONT = 'Liberation Sans, Arial, sans-serif';

/** Text and line colours (contrast ≥ 4.5:1 on white). */
export const INK = '#1f1f1f';
const MUTED_INK = '#4a4a4a';
export const GRID_LINE = '#d4d4d4';
/** The pale bar behind a value that shows its maximum. */
export const MAX_FILL = '#e6e6e6';

/**
 * How one series is drawn. Colours come from the Okabe–Ito colour-blind-safe palette, darkened
 * where needed so each has at least 3:1 contrast on white; each style also has its own bar
 * pattern (decal), line type and symbol, so colour is never the only thing telling series apart.
 */
export interface SeriesStyle {
  color: string;
  decal: Record<string, unknown>;
  lineType: 'solid' | number[];
  symbol: string;
}

const NO_PATTERN = { symbol: 'none' };
const DIAGONAL = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: -Math.PI / 4, color: 'rgba(255, 255, 255, 0.8)' };
const DOTS = { symbol: 'circle', symbolSize: 0.7, dashArrayX: [[5, 5], [0, 5, 5]], dashArrayY: [5, 0], color: 'rgba(255, 255, 255, 0.85)' };
const VERTICAL = { symbol: 'rect', symbolSize: 1, dashArrayX: [2, 4], dashArrayY: [1, 0], rotation: 0, color: 'rgba(255, 255, 255, 0.8)' };
const CHECKER = { symbol: 'rect', symbolSize: 1, dashArrayX: [[4, 4], [0, 4, 4]], dashArrayY: [4, 0], color: 'rgba(255, 255, 255, 0.7)' };
const HORIZONTAL = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0, color: 'rgba(255, 255, 255, 0.8)' };

/** All styles, in the order they are handed out when a preferred one is taken. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#0072b2', decal: NO_PATTERN, lineType: 'solid', symbol: 'circle' },
  { color: '#c44a00', decal: DIAGONAL, lineType: [8, 4], symbol: 'rect' },
  { color: '#5f5f5f', decal: DOTS, lineType: [2, 3], symbol: 'triangle' },
  { color: '#007a5a', decal: VERTICAL, lineType: [10, 3, 2, 3], symbol: 'diamond' },
  { color: '#8b3a88', decal: CHECKER, lineType: [4, 4], symbol: 'pin' },
  { color: '#8a6100', decal: HORIZONTAL, lineType: [1, 4], symbol: 'roundRect' },
];

const PREFERRED: Record<ChartSeries['kind'], number> = { municipality: 0, national: 1, previous: 2, peer: 3, reference: 4 };

/**
 * A distinct style for every series: each kind has a preferred style, and when two series want
 * the same one (two earlier evaluations, say) the later gets the next free style.
 */
export function assignSeriesStyles(series: ReadonlyArray<Pick<ChartSeries, 'kind'>>): SeriesStyle[] {
  const used = new Set<number>();
  return series.map((entry) => {
    let index = PREFERRED[entry.kind];
    for (let step = 0; used.has(index) && step < SERIES_STYLES.length; step += 1) index = (index + 1) % SERIES_STYLES.length;
    used.add(index);
    return SERIES_STYLES[index] as SeriesStyle;
  });
}

const TEXT_STYLE = { fontFamily: CHART_FONT, color: INK, fontSize: 13 };

/** The parts every chart shares: no animation, the font, the title and subtitle, and a legend. */
export function baseOption(title: string, subtitle: string | null, legend: boolean): Record<string, unknown> {
  return {
    animation: false,
    aria: { enabled: false },
    backgroundColor: '#ffffff',
    textStyle: TEXT_STYLE,
    title: {
      text: title,
      subtext: subtitle ?? '',
      left: 8,
      top: 4,
      textStyle: { fontFamily: CHART_FONT, color: INK, fontSize: 16, fontWeight: 'bold' },
      subtextStyle: { fontFamily: CHART_FONT, color: MUTED_INK, fontSize: 13 },
    },
    ...(legend
      ? {
          legend: {
            top: subtitle ? 52 : 32,
            left: 8,
            itemWidth: 28,
            itemHeight: 14,
            textStyle: { fontFamily: CHART_FONT, color: INK, fontSize: 13 },
          },
        }
      : {}),
  };
}

/** A value label on a bar: the formatted text as a literal, so the option stays plain JSON. */
export function valueLabel(text: string, position: 'right' | 'insideRight' = 'right'): Record<string, unknown> {
  return { show: true, position, formatter: text, fontFamily: CHART_FONT, color: INK, fontSize: 12 };
}

/** Width, size and line height of the category names beside horizontal bars. */
const CATEGORY_LABEL = { width: 216, fontSize: 12, lineHeight: 15 };
const NARROW_LABEL = { width: 112, fontSize: 11, lineHeight: 13 };

/** The category axis text: every name shown, long names broken onto more lines. */
function categoryAxisLabel(): Record<string, unknown> {
  return { fontFamily: CHART_FONT, color: INK, ...CATEGORY_LABEL, overflow: 'break', interval: 0 };
}

/** About how many lines a name takes at a width (Liberation Sans averages about 0.5 em a character). */
function estimateLines(text: string, width: number, fontSize: number): number {
  return Math.max(1, Math.ceil((text.length * fontSize * 0.5) / width));
}

/** Height of one category row, so its name fits beside its bars. */
export function categoryRowHeight(names: readonly string[], barsHeight: number): number {
  const lines = Math.max(1, ...names.map((name) => estimateLines(name, CATEGORY_LABEL.width, CATEGORY_LABEL.fontSize)));
  return Math.max(barsHeight, lines * CATEGORY_LABEL.lineHeight + 12);
}

/** Width in CSS px below which a chart switches to its narrow layout (phones). */
export const NARROW_WIDTH = 560;

/**
 * The option with an ECharts media rule for narrow containers (smaller names and margins). It
 * stays plain JSON, and the server, drawing at the chart's full width, uses the base layout.
 */
export function withNarrowLayout(option: Record<string, unknown>, narrow: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...narrow };
  for (const [key, value] of Object.entries(narrowTitle(option))) merged[key] = { ...(narrow[key] as object | undefined), ...value };
  return { ...option, media: [{ query: { maxWidth: NARROW_WIDTH - 1 }, option: merged }] };
}

const NARROW_TITLE = { width: 300, fontSize: 14, lineHeight: 18 };

/** How far the legend and the plot move down in the narrow layout, for the lines a long title gains there. */
export function narrowTitleShift(title: string): number {
  return (estimateLines(title, NARROW_TITLE.width, NARROW_TITLE.fontSize) - 1) * NARROW_TITLE.lineHeight;
}

/**
 * On a phone a long title breaks onto more lines (300 px fits the smallest screens), and the
 * legend and the plot move down by the lines it gained.
 */
function narrowTitle(option: Record<string, unknown>): Record<string, object> {
  const title = option.title as { text: string };
  const legend = option.legend as { top: number } | undefined;
  const grid = option.grid as { top: number } | undefined;
  const shift = narrowTitleShift(title.text);
  return {
    title: { textStyle: { ...NARROW_TITLE, overflow: 'break' } },
    ...(legend ? { legend: { top: legend.top + shift } } : {}),
    ...(grid ? { grid: { top: grid.top + shift } } : {}),
  };
}

/**
 * The narrow layout of the horizontal bar charts: names get less room and smaller type, and
 * when some would not fit their row even so, the axis shows just the codes (the names stay in
 * the table and the text beside the chart).
 */
export function narrowBarsLayout(categories: ReadonlyArray<{ code: string; name: string }>, rowHeight: number, rightMargin: number): Record<string, unknown> {
  const maxLines = Math.floor((rowHeight - 4) / NARROW_LABEL.lineHeight);
  const fits = categories.every((category) => estimateLines(category.name, NARROW_LABEL.width, NARROW_LABEL.fontSize) <= maxLines);
  return {
    grid: { left: fits ? 120 : 48, right: rightMargin },
    yAxis: fits ? { axisLabel: NARROW_LABEL } : { data: categories.map((category) => category.code), axisLabel: { width: 40 } },
    legend: { textStyle: { fontSize: 12 } },
  };
}

/** The axes of a horizontal bar chart: values along the bottom from 0 to `axisMax`, the categories down the side in order. */
export function horizontalBarAxes(axisMax: number, names: readonly string[]): Record<string, unknown> {
  return {
    xAxis: {
      type: 'value',
      min: 0,
      max: axisMax,
      splitLine: { lineStyle: { color: GRID_LINE } },
      axisLabel: { fontFamily: CHART_FONT, color: INK, fontSize: 12 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK } },
      axisLabel: categoryAxisLabel(),
    },
  };
}
