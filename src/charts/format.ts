import { percentOf } from '../domain/decimal.js';
import { formatNumber, formatPercent } from '../i18n/format.js';
import type { ChartLanguage } from './types.js';

/** What a table cell or label shows for a missing value. */
export const MISSING = '–';

/** Default number of decimals shown: scores are exact hundredths, so two keep them exact. */
export const DEFAULT_DECIMALS = 2;

/** A value for display (decimal comma in Swedish and Norwegian), or "–" when missing. */
export function formatValue(value: number | null | undefined, language: ChartLanguage, decimals = DEFAULT_DECIMALS): string {
  return value === null || value === undefined || !Number.isFinite(value) ? MISSING : formatNumber(value, language, decimals);
}

/** A signed difference for display ("+12,5", "−3"); zero has no sign. */
export function formatDifference(value: number, language: ChartLanguage, decimals = DEFAULT_DECIMALS): string {
  const text = formatNumber(Math.abs(value), language, decimals);
  if (text === formatNumber(0, language, decimals)) return text;
  return `${value > 0 ? '+' : '\u2212'}${text}`;
}

/** A value in integer hundredths (scores and averages have at most two decimals; more are rounded). */
export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/** The exact sum of values (through hundredths), or null when any is missing. */
export function sumValues(values: ReadonlyArray<number | null>): number | null {
  let total = 0;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) return null;
    total += toHundredths(value);
  }
  return total / 100;
}

/** The exact difference a − b (through hundredths). */
export function difference(a: number, b: number): number {
  return (toHundredths(a) - toHundredths(b)) / 100;
}

/** Percent of max, half-up to a whole percent, computed as the scoring does (null when unknown). */
export function percentValue(value: number | null, max: number): number | null {
  if (value === null || !Number.isFinite(value) || !Number.isFinite(max) || max <= 0) return null;
  return percentOf(toHundredths(value), toHundredths(max));
}

/** A percentage for display ("65 %"), or "–" when missing. */
export function formatPercentValue(percent: number | null, language: ChartLanguage): string {
  return percent === null ? MISSING : formatPercent(percent, language);
}

/** "{code} {label}" for a category, without doubling a code the label already starts with. */
export function categoryName(category: { code: string; label: string }): string {
  const label = category.label.trim();
  if (!category.code || label.startsWith(category.code)) return label;
  return label ? `${category.code} ${label}` : category.code;
}
