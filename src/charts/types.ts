import type { Language } from '../i18n/index.js';

/** Languages the chart texts are written in (the same as the UI's). */
export type ChartLanguage = Language;

/** The data behind a chart as a table; every cell is already formatted for display. */
export interface ChartTable {
  caption: string;
  columns: string[];
  /** One array of cells per row; the first cell names the row. */
  rows: string[][];
  /** True when the last row is a total (of the rows above or the series' own totals). */
  hasTotalRow?: boolean;
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
}

/** A scored category: its points (null when missing) and, optionally, the percent to show. */
export type ScoredCategory = ChartCategory & {
  value: number | null;
  /** Percent as the scoring computed it from exact scores; otherwise computed from value and max. */
  percent?: number | null;
};

/** Options shared by all builders. */
export interface ChartInputOptions {
  title?: string;
  /** Most decimals shown in labels, tables and texts (default 2, which keeps exact scores exact). */
  decimals?: number;
}

/** Input of the total-and-areas chart. */
export interface TotalAndAreasInput extends ChartInputOptions {
  areas: ScoredCategory[];
  total: { value: number; max: number; percent?: number | null };
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
