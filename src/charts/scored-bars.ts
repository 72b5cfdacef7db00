import { shownExtremes } from '../domain/display-figures.js';
import { formatList } from '../i18n/format.js';
import { chartText, type ChartTextKey } from '../i18n/chart-texts.js';
import { categoryName, formatPercentValue, formatValue, MISSING, percentValue } from './format.js';
import { baseOption, categoryRowHeight, horizontalBarAxes, MAX_FILL, narrowBarsLayout, SERIES_STYLES, valueLabel, withNarrowLayout } from './style.js';
import type { Language } from '../i18n/language.js';
import type { ScoredCategory } from './types.js';

/** Chart width in CSS px shared by the bar charts. */
export const BAR_CHART_WIDTH = 720;
const BARS_HEIGHT = 40;

/** One scored category ready for display: its code, name, value, max and percent. */
export interface ScoredRow {
  code: string;
  name: string;
  value: number | null;
  max: number;
  percent: number | null;
}

/** The rows of a scored chart, each percent computed from the shown value and the max. */
export function scoredRows(categories: readonly ScoredCategory[]): ScoredRow[] {
  return categories.map((category) => ({
    code: category.code,
    name: categoryName(category),
    value: category.value,
    max: category.max,
    percent: percentValue(category.value, category.max),
  }));
}

/**
 * The sentences naming the rows with the highest and the lowest shown share of their maximum
 * (every tie named; none when all share one percent), decided by `shownExtremes`.
 */
export function extremeSentences(
  rows: readonly ScoredRow[],
  keys: { highest: ChartTextKey; lowest: ChartTextKey },
  language: Language,
  decimals: number,
): string[] {
  const ends = shownExtremes(rows.map((row) => ({ code: row.code, shown: row.value, max: row.max })));
  if (ends.highest.length === 0) return [];
  const describe = (codes: readonly string[]) =>
    formatList(
      rows.filter((row) => codes.includes(row.code)).map((row) => chartText(language, 'altShare', { name: row.name, ...rowParams(row, language, decimals) })),
      language,
    );
  return [chartText(language, keys.highest, { list: describe(ends.highest) }), chartText(language, keys.lowest, { list: describe(ends.lowest) })];
}

/**
 * Horizontal bars of achieved points, each over a pale bar of its maximum, with "value of max"
 * labels. A missing value has no bar and "–" as its label.
 */
export function scoredBarsOption(input: {
  title: string;
  subtitle: string | null;
  rows: readonly ScoredRow[];
  language: Language;
  decimals: number;
}): { option: Record<string, unknown>; height: number } {
  const { rows, language, decimals } = input;
  const axisMax = Math.max(1, ...rows.map((row) => (Number.isFinite(row.max) ? row.max : 0)));
  const top = input.subtitle ? 88 : 68;
  const rowHeight = categoryRowHeight(rows.map((row) => row.name), BARS_HEIGHT);
  const height = top + rows.length * rowHeight + 40;
  const municipality = SERIES_STYLES[0];
  // Maxima are whole points. The "value of max" label sits right of the pale maximum bar, where it never collides with it.
  const maxima = rows.map((row) => {
    const text =
      row.value === null
        ? MISSING
        : chartText(language, 'valueOfMax', { value: formatValue(row.value, language, decimals), max: formatValue(row.max, language, 0) });
    return { value: Number.isFinite(row.max) ? row.max : 0, label: valueLabel(text) };
  });
  const option = {
    ...baseOption(input.title, input.subtitle, true),
    grid: { left: 236, right: 96, top, bottom: 32 },
    ...horizontalBarAxes(axisMax, rows.map((row) => row.name)),
    series: [
      {
        name: chartText(language, 'maximum'),
        type: 'bar',
        barWidth: 22,
        silent: true,
        itemStyle: { color: MAX_FILL, borderColor: '#767676', borderWidth: 1 },
        data: maxima,
      },
      {
        name: chartText(language, 'achieved'),
        type: 'bar',
        barWidth: 22,
        barGap: '-100%',
        itemStyle: { color: municipality?.color, decal: municipality?.decal },
        data: rows.map((row) => row.value),
      },
    ],
  };
  return { option: withNarrowLayout(option, narrowBarsLayout(rows, rowHeight, 88)), height };
}

/** Table cells of one scored row: name, points, max and percent. */
export function scoredRowCells(row: ScoredRow, language: Language, decimals: number): string[] {
  return [row.name, formatValue(row.value, language, decimals), formatValue(row.max, language, 0), formatPercentValue(row.percent, language)];
}

/** "{value} av {max} poäng"-style parameters of a row for the text alternative. */
export function rowParams(row: ScoredRow, language: Language, decimals: number): Record<string, string> {
  return {
    value: formatValue(row.value, language, decimals),
    max: formatValue(row.max, language, 0),
    percent: formatPercentValue(row.percent, language),
  };
}
