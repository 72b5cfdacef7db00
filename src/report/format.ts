/**
 * Report typography: numbers, percentages, n, ranges and quotes formatted per language.
 * Swedish and Norwegian use a decimal comma and a no-break space between thousands
 * ("20 000"); a no-break space keeps "n = 12" and "52 %" together; ranges use an en dash.
 */
import type { Hundredths } from '../domain/decimal.js';
import { AVERAGE_DECIMALS } from '../domain/display-figures.js';
import type { Language } from '../i18n/language.js';
import { formatNumber, formatPartialDate, formatPercent } from '../i18n/format.js';

const NBSP = '\u00a0';

/** Whole points ("412", "20 000"). */
export function formatWhole(value: number, language: Language): string {
  return formatNumber(value, language, 0);
}

/** An average (or a range beside it) with exactly one decimal ("52,3", "54,0"), as the charts write it. */
export function formatAverage(value: number, language: Language): string {
  return formatNumber(value, language, AVERAGE_DECIMALS, AVERAGE_DECIMALS);
}

/** An exact score with its two decimals ("19,50"), for the exact points of the annex. */
export function formatExact(value: Hundredths, language: Language): string {
  return formatNumber(value / 100, language, 2, 2);
}

/** A whole percentage ("52 %" with a no-break space in Swedish). */
export function formatShare(percent: number, language: Language): string {
  return formatPercent(percent, language);
}

/** "n = 12", kept on one line. */
export function formatN(n: number, language: Language): string {
  return `n${NBSP}=${NBSP}${formatWhole(n, language)}`;
}

/** A range with an en dash ("398–560"). */
export function formatRange(from: string, to: string): string {
  return `${from}–${to}`;
}

/** A date as precise as it is known ("23 november 2023", "februari 2023", "2023"). */
export function formatDate(value: string, language: Language): string {
  return formatPartialDate(value, language);
}

/** A period between two partial dates with an en dash; null when neither is known. */
export function formatDatePeriod(start: string | null, end: string | null, language: Language): string | null {
  if (start && end && start !== end) return `${formatDate(start, language)}\u00a0– ${formatDate(end, language)}`;
  const single = start ?? end;
  return single ? formatDate(single, language) : null;
}

/** A change of whole points with its sign ("+5", "−3" with a real minus sign); no change is "0", as the charts write it. */
export function formatChange(value: number, language: Language): string {
  const size = formatWhole(Math.abs(value), language);
  return value > 0 ? `+${size}` : value < 0 ? `\u2212${size}` : size;
}
