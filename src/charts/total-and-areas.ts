import { decimalsOf, formatPercentValue, formatValue, percentValue } from './format.js';
import { BAR_CHART_WIDTH, extremeSentences, scoredBarsOption, scoredRowCells, scoredRows } from './scored-bars.js';
import { chartText } from '../i18n/chart-texts.js';
import type { Language } from '../i18n/language.js';
import type { ChartSpec, TotalAndAreasInput } from './types.js';

/**
 * The result: the total in the subtitle and one bar per area against its maximum. The text
 * alternative gives the total and the areas with the highest and lowest shown share of their maximum.
 */
export function totalAndAreasChart(input: TotalAndAreasInput, language: Language): ChartSpec {
  const title = input.title ?? chartText(language, 'totalTitle');
  const rows = scoredRows(input.areas);
  const decimals = input.decimals ?? decimalsOf([...rows.map((row) => row.value), input.total.value]);
  const totalParams = {
    value: formatValue(input.total.value, language, decimals),
    max: formatValue(input.total.max, language, 0),
    percent: formatPercentValue(percentValue(input.total.value, input.total.max), language),
  };
  const { option, height } = scoredBarsOption({ title, subtitle: chartText(language, 'totalSubtitle', totalParams), rows, language, decimals });

  const sentences = [chartText(language, 'altTotal', totalParams), ...extremeSentences(rows, { highest: 'altHighest', lowest: 'altLowest' }, language, decimals)];
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
      ...(input.tableNote ? { note: input.tableNote } : {}),
    },
    width: BAR_CHART_WIDTH,
    height,
  };
}
