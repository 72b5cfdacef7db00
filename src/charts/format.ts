import { shownPercent } from '../domain/display-figures.js';
import { formatNumber, formatPercent } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';

/** What a table cell or label shows for a missing value. */
export const MISSING = '–';

/** The most decimals a chart shows: scores and averages come with at most two. */
const MAX_DECIMALS = 2;

/**
 * The decimals a group of values is shown with: the most any of them needs (at most two), so
 * every value of a series or column carries the same number of decimals.
 */
export function decimalsOf(values: ReadonlyArray<number | null | undefined>): number {
  let decimals = 0;
  for (const value of values) {
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    const hundredths = toHundredths(value);
    if (hundredths % 10 !== 0) return MAX_DECIMALS;
    if (hundredths % 100 !== 0) decimals = 1;
  }
  return decimals;
}

/** A value for display with exactly `decimals` decimals (decimal comma in Swedish and Norwegian), or "–" when missing. */
export function formatValue(value: number | null | undefined, language: Language, decimals: number): string {
  return value === null || value === undefined || !Number.isFinite(value) ? MISSING : formatNumber(value, language, decimals, decimals);
}

/** A signed difference for display ("+12,5", "−3"); zero has no sign. */
export function formatDifference(value: number, language: Language, decimals: number): string {
  const text = formatNumber(Math.abs(value), language, decimals, decimals);
  if (text === formatNumber(0, language, decimals, decimals)) return text;
  return `${value > 0 ? '+' : '\u2212'}${text}`;
}

/** A value in integer hundredths (scores and averages have at most two decimals; more are rounded). */
function toHundredths(value: number): number {
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

/** The shown value as a percent of max, as every shown percent is computed (null when unknown). */
export function percentValue(value: number | null, max: number): number | null {
  if (value === null || !Number.isFinite(value) || !Number.isFinite(max) || max <= 0) return null;
  return shownPercent(value, max);
}

/** A percentage for display ("65 %"), or "–" when missing. */
export function formatPercentValue(percent: number | null, language: Language): string {
  return percent === null ? MISSING : formatPercent(percent, language);
}

/** "{code} {label}" for a category, without doubling a code the label already starts with. */
export function categoryName(category: { code: string; label: string }): string {
  const label = category.label.trim();
  if (!category.code || label.startsWith(category.code)) return label;
  return label ? `${category.code} ${label}` : category.code;
}
