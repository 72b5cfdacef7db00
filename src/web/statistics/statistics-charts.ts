/**
 * The statistics page's trend chart: the mean total of one model version per year, as a chart
 * with a text alternative and the same figures as a table (the app's chart conventions). Years of
 * one model only: different model versions are never drawn or averaged as one series.
 */
import type { ChartSpec } from '../../charts/builders.js';

export interface TrendYear {
  year: number;
  n: number;
  shownMean: number;
  shownMedian: number;
}

export interface TrendTexts {
  title: string;
  /** A sentence with the figures, e.g. "Medelvärdet steg från 412,3 (2016, n = 4) till 455,0 (2024, n = 9)." */
  summary: string;
  caption: string;
  columns: { year: string; n: string; mean: string; median: string };
  axis: string;
}

const FONT = 'Liberation Sans, Arial, sans-serif';
const INK = '#1f1f1f';
const BAR = '#0072b2';

/** The chart of a model's mean totals per year; `format` writes a shown figure in the page's language. */
export function trendChart(modelId: string, max: number, years: readonly TrendYear[], texts: TrendTexts, format: (value: number) => string, formatCount: (value: number) => string): ChartSpec {
  const labels = years.map((entry) => String(entry.year));
  return {
    id: `statistics-trend-${modelId}`,
    title: texts.title,
    width: 720,
    height: 320,
    option: {
      animation: false,
      textStyle: { fontFamily: FONT, color: INK },
      title: { text: texts.title, left: 0, top: 0, textStyle: { fontSize: 14, fontWeight: 'bold', color: INK } },
      grid: { left: 56, right: 16, top: 56, bottom: 40 },
      xAxis: { type: 'category', data: labels, axisLabel: { color: INK }, axisLine: { lineStyle: { color: INK } } },
      yAxis: { type: 'value', min: 0, max, name: texts.axis, nameTextStyle: { color: INK, align: 'left' }, axisLabel: { color: INK }, splitLine: { lineStyle: { color: '#d4d4d4' } } },
      series: [
        {
          type: 'bar',
          name: texts.columns.mean,
          data: years.map((entry) => entry.shownMean),
          barMaxWidth: 48,
          itemStyle: { color: BAR },
          label: { show: true, position: 'top', color: INK, formatter: ({ value }: { value: number }) => format(value) },
        },
      ],
    },
    textAlternative: texts.summary,
    table: {
      caption: texts.caption,
      columns: [texts.columns.year, texts.columns.n, texts.columns.mean, texts.columns.median],
      rows: years.map((entry) => [String(entry.year), formatCount(entry.n), format(entry.shownMean), format(entry.shownMedian)]),
    },
  };
}
