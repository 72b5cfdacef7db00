import { DEFAULT_DECIMALS, formatPercentValue, formatValue, percentValue } from './format.js';
import { BAR_CHART_WIDTH, extremes, rowParams, scoredBarsOption, scoredRowCells, scoredRows } from './scored-bars.js';
import { chartText } from './texts.js';
import type { ChartLanguage, ChartSpec, TotalAndAreasInput } from './types.js';

/**
 * The result: the total in the subtitle and one bar per area against its maximum. The text
 * alternative gives the total and the areas with the highest and lowest share of their maximum.
 */
export function totalAndAreasChart(input: TotalAndAreasInput, language: ChartLanguage): ChartSpec {
  const decimals = input.decimals ?? DEFAULT_DECIMALS;
  const title = input.title ?? chartText(language, 'totalTitle');
  const rows = scoredRows(input.areas);
  const totalPercent = input.total.percent === undefined ? percentValue(input.total.value, input.total.max) : input.total.percent;
  const totalParams = {
    value: formatValue(input.total.value, language, decimals),
    max: formatValue(input.total.max, language, decimals),
    percent: formatPercentValue(totalPercent, language),
  };
  const { option, height } = scoredBarsOption({ title, subtitle: chartText(language, 'totalSubtitle', totalParams), rows, language, decimals });

  const sentences = [chartText(language, 'altTotal', totalParams)];
  const ends = extremes(rows);
  if (ends && ends.highest !== ends.lowest) {
    sentences.push(chartText(language, 'altHighest', { area: ends.highest.name, ...rowParams(ends.highest, language, decimals) }));
    sentences.push(chartText(language, 'altLowest', { area: ends.lowest.name, ...rowParams(ends.lowest, language, decimals) }));
  }
  const missing = rows.filter((row) => row.value === null).map((row) => row.name);
  if (missing.length > 0) sentences.push(chartText(language, 'altMissing', { list: missing.join(chartText(language, 'listSeparator')) }));

  return {
    id: 'total-and-areas',
    title,
    option,
    textAlternative: sentences.join(' '),
    table: {
      caption: chartText(language, 'tableTotal'),
      columns: [chartText(language, 'area'), chartText(language, 'points'), chartText(language, 'max'), chartText(language, 'percent')],
      rows: [
        ...rows.map((row) => scoredRowCells(row, language, decimals)),
        [chartText(language, 'total'), totalParams.value, totalParams.max, totalParams.percent],
      ],
      hasTotalRow: true,
    },
    width: BAR_CHART_WIDTH,
    height,
  };
}
