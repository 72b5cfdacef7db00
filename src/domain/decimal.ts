/**
 * Exact decimal scores. Scores are kept as integer hundredths so that no binary
 * floating point ever touches a stored or summed value (0.1 + 0.2 stays 0.30).
 */

/** A score or max in integer hundredths of a point (6.5 points = 650). */
export type Hundredths = number;

const DECIMAL = /^(\d{1,6})(?:[.,](\d{1,2}))?$/;

/**
 * Parses "6", "6.5", "6,50" (Swedish decimal comma accepted) into hundredths.
 * Returns null for anything that is not a non-negative decimal with at most two decimals.
 */
export function parseDecimal(text: string): Hundredths | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** Converts a JS number that is already a decimal literal (e.g. 6.5) into hundredths, or null when it has more than two decimals. */
export function numberToHundredths(value: number): Hundredths | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const scaled = Math.round(value * 100);
  return Math.abs(scaled - value * 100) < 1e-6 ? scaled : null;
}

/** Formats hundredths as a canonical decimal string with two decimals ("6.50"). */
export function formatDecimal(value: Hundredths): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Formats hundredths for people: no trailing zeros, Swedish decimal comma when asked ("6,5"). */
export function formatPoints(value: Hundredths, decimalSeparator = ','): string {
  const text = formatDecimal(value).replace(/\.?0+$/, '');
  return decimalSeparator === '.' ? text : text.replace('.', decimalSeparator);
}

/** Sums hundredths; integer addition is exact. */
export function sumHundredths(values: readonly Hundredths[]): Hundredths {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Rounds hundredths half-up to whole points. */
export function roundHalfUp(value: Hundredths): number {
  return Math.floor((value + 50) / 100);
}

/** Percent of max, rounded half-up to a whole percent (max 0 gives 0). */
export function percentOf(achieved: Hundredths, max: Hundredths): number {
  if (max <= 0) return 0;
  return Math.floor((achieved * 100 * 2 + max) / (max * 2));
}
