import { decimalsOf, formatValue, percentValue, sumValues } from './format.js';
import { BAR_CHART_WIDTH, extremeSentences, rowParams, scoredBarsOption, scoredRowCells, scoredRows } from './scored-bars.js';
import { chartText } from '../i18n/chart-texts.js';
import type { Language } from '../i18n/language.js';
import type { ChartSpec, SubareaBarsInput } from './types.js';

/**
 * The sub-areas of one area, each against its maximum. The area's row in the table is the exact
 * sum of the sub-areas shown, so the parts always add up to the total beside them.
 */
export function subareaBarsChart(input: SubareaBarsInput, language: Language): ChartSpec {
  const { code, title: areaTitle } = input.area;
  const title = input.title ?? chartText(language, 'subareaTitle', { code, title: areaTitle });
  const rows = scoredRows(input.subareas);
  const decimals = input.decimals ?? decimalsOf(rows.map((row) => row.value));
  const { option, height } = scoredBarsOption({ title, subtitle: null, rows, language, decimals });

  const totalValue = sumValues(rows.map((row) => row.value));
  const totalMax = sumValues(rows.map((row) => row.max)) ?? Number.NaN;
  const total = { code, name: chartText(language, 'areaTotal'), value: totalValue, max: totalMax, percent: percentValue(totalValue, totalMax) };

  const scored = rows.filter((row) => row.value !== null);
  const sentences = [
    scored.length === rows.length
      ? chartText(language, 'altSubareas', { code, title: areaTitle, count: rows.length, ...rowParams(total, language, decimals) })
      : chartText(language, 'altSubareasPartial', {
          code,
          title: areaTitle,
          scored: scored.length,
          count: rows.length,
          value: formatValue(sumValues(scored.map((row) => row.value)), language, decimals),
          max: formatValue(sumValues(scored.map((row) => row.max)), language, 0),
        }),
    ...extremeSentences(rows, { highest: 'altSubareaHighest', lowest: 'altSubareaLowest' }, language, decimals),
  ];
  const missing = rows.filter((row) => row.value === null).map((row) => row.name);
  if (missing.length > 0) sentences.push(chartText(language, 'altMissing', { list: missing.join(chartText(language, 'listSeparator')) }));

  return {
    id: `subareas-${code}`,
    title,
    option,
    textAlternative: sentences.join(' '),
    table: {
      caption: chartText(language, 'tableSubareas', { code }),
      columns: [chartText(language, 'subarea'), chartText(language, 'points'), chartText(language, 'max'), chartText(language, 'percent')],
      rows: [...rows.map((row) => scoredRowCells(row, language, decimals)), scoredRowCells(total, language, decimals)],
      hasTotalRow: true,
      ...(input.tableNote ? { note: input.tableNote } : {}),
    },
    width: BAR_CHART_WIDTH,
    height,
  };
}
