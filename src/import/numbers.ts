/** Printed numbers: "73", "6,5", "<b>74</b>", "75%", "75 %". Exact values are integer hundredths. */
import { parseDecimal, type Hundredths } from '../domain/decimal.js';

/** A number as the report printed it, with its exact value. */
export interface PrintedNumber {
  verbatim: string;
  value: Hundredths;
  /** Hundredths of the last printed digit's half unit: 50 for "7", 5 for "6,5", 0.5 → 1 for "6,25". */
  halfUnit: number;
}

/** The pattern of one printed number (decimal comma or point, at most two decimals). */
export const NUMBER_SOURCE = String.raw`\d{1,4}(?:[.,]\d{1,2})?`;

/** Parses a printed number; null when it is not one. A trailing "%" is allowed when `percent`. */
export function readNumber(text: string, options: { percent?: boolean } = {}): PrintedNumber | null {
  let verbatim = text.trim();
  if (options.percent) verbatim = verbatim.replace(/\s*%$/, '');
  const value = parseDecimal(verbatim);
  if (value === null) return null;
  const decimals = /[.,](\d+)$/.exec(verbatim)?.[1]?.length ?? 0;
  const halfUnit = decimals === 0 ? 50 : decimals === 1 ? 5 : 1;
  return { verbatim: text.trim(), value, halfUnit };
}

/** Hundredths to a JSON number in points (650 → 6.5). */
export function toPoints(value: Hundredths): number {
  return value / 100;
}
