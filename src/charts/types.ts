/** The data behind a chart as a table; every cell is already formatted for display. */
export interface ChartTable {
  caption: string;
  columns: string[];
  /** One array of cells per row; the first cell names the row. */
  rows: string[][];
  /** True when the last row is a total (of the rows above or the series' own totals). */
  hasTotalRow?: boolean;
  /** A note below the table, e.g. that its figures are rounded and where the exact ones are. */
  note?: string;
}

/**
 * Everything needed to draw one chart, on the server (SVG/PNG) or in the browser: a plain,
 * JSON-serialisable ECharts option plus the accessible alternatives (text and table).
 */
export interface ChartSpec {
  /** Stable identifier, e.g. 'profile-radar'. */
  id: string;
  title: string;
  /** Plain ECharts option (JSON-serialisable, animation off). */
  option: Record<string, unknown>;
  /** A sentence or two summarising what the chart shows, with the numbers. */
  textAlternative: string;
  table: ChartTable;
  /** Intended size in CSS px. */
  width: number;
  height: number;
}

/** One category on a chart axis (an area or a sub-area). */
export interface ChartCategory {
  code: string;
  label: string;
  /** Maximum points of the category. */
  max: number;
}

/** One series of a profile chart. */
export interface ChartSeries {
  /** Legend text incl. n for averages, e.g. 'Riksgenomsnitt (n = 12)'. */
  name: string;
  kind: 'municipality' | 'previous' | 'national' | 'peer' | 'reference';
  /** One value per category, in points; null when missing. */
  values: Array<number | null>;
  /** Number of evaluations behind an average; appended to the name as "(n = 12)" unless it is there. */
  n?: number;
  /** The series' own total (e.g. the average of totals); otherwise the sum of its values. */
  total?: number | null;
  /** Decimals every value of the series is shown with (e.g. 1 for averages); otherwise the most its values need. */
  decimals?: number;
}

/**
 * A scored category: its points as shown (null when missing). Its percent is always computed
 * from the shown points and the max (src/domain/display-figures.ts), as every shown percent is.
 */
export type ScoredCategory = ChartCategory & {
  value: number | null;
};

/** Options shared by all builders. */
export interface ChartInputOptions {
  title?: string;
  /** Decimals every value is shown with in labels, tables and texts; by default the most the values need (at most 2). */
  decimals?: number;
  /** A note below the data table (e.g. that the figures are rounded, and where the exact ones are). */
  tableNote?: string;
}

/** Input of the total-and-areas chart. */
export interface TotalAndAreasInput extends ChartInputOptions {
  areas: ScoredCategory[];
  total: { value: number; max: number };
}

/** Input of the profile charts (radar, grouped bars, peer group). */
export interface ProfileInput extends ChartInputOptions {
  categories: ChartCategory[];
  series: ChartSeries[];
}

/** Input of the sub-area bars within one area. */
export interface SubareaBarsInput extends ChartInputOptions {
  area: { code: string; title: string };
  subareas: ScoredCategory[];
}
