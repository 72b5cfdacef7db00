import { DEFAULT_DECIMALS, formatValue, percentValue, sumValues } from './format.js';
import { BAR_CHART_WIDTH, extremes, rowParams, scoredBarsOption, scoredRowCells, scoredRows } from './scored-bars.js';
import { chartText } from './texts.js';
import type { ChartLanguage, ChartSpec, SubareaBarsInput } from './types.js';

/**
 * The sub-areas of one area, each against its maximum. The area's row in the table is the exact
 * sum of the sub-areas shown, so the parts always add up to the total beside them.
 */
export function subareaBarsChart(input: SubareaBarsInput, language: ChartLanguage): ChartSpec {
  const decimals = input.decimals ?? DEFAULT_DECIMALS;
  const { code, title: areaTitle } = input.area;
  const title = input.title ?? chartText(language, 'subareaTitle', { code, title: areaTitle });
  const rows = scoredRows(input.subareas);
  const { option, height } = scoredBarsOption({ title, subtitle: null, rows, language, decimals });

  const total = {
    code: code,
    name: chartText(language, 'areaTotal'),
    value: sumValues(rows.map((row) => row.value)),
    max: sumValues(rows.map((row) => row.max)) ?? Number.NaN,
    percent: null as number | null,
  };
  total.percent = percentValue(total.value, total.max);

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
          max: formatValue(sumValues(scored.map((row) => row.max)), language, decimals),
        }),
  ];
  const ends = extremes(rows);
  if (ends && ends.highest !== ends.lowest) {
    sentences.push(chartText(language, 'altSubareaHighest', { subarea: ends.highest.name, ...rowParams(ends.highest, language, decimals) }));
    sentences.push(chartText(language, 'altSubareaLowest', { subarea: ends.lowest.name, ...rowParams(ends.lowest, language, decimals) }));
  }
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
    },
    width: BAR_CHART_WIDTH,
    height,
  };
}
