import { describe, expect, it } from 'vitest';
import { formatDecimal, formatPoints, numberToHundredths, parseDecimal, percentOf, roundHalfUp } from './decimal.js';

describe('exact decimals', () => {
  it('parses points with a decimal point or a Swedish decimal comma', () => {
    expect(parseDecimal('6')).toBe(600);
    expect(parseDecimal('6.5')).toBe(650);
    expect(parseDecimal('6,25')).toBe(625);
    expect(parseDecimal(' 12,5 ')).toBe(1250);
  });

  it('rejects anything that is not a non-negative decimal with at most two decimals', () => {
    for (const text of ['', '-1', '6.555', 'abc', '1e3', '6,5,5', 'NaN']) expect(parseDecimal(text)).toBeNull();
  });

  it('keeps sums exact where binary floating point would not', () => {
    expect(formatDecimal((numberToHundredths(0.1) ?? 0) + (numberToHundredths(0.2) ?? 0))).toBe('0.30');
    expect(numberToHundredths(6.505)).toBeNull();
    expect(numberToHundredths(-1)).toBeNull();
  });

  it('formats for people and rounds half-up', () => {
    expect(formatPoints(650)).toBe('6,5');
    expect(formatPoints(700)).toBe('7');
    expect(roundHalfUp(650)).toBe(7);
    expect(roundHalfUp(649)).toBe(6);
    expect(percentOf(650, 1000)).toBe(65);
    expect(percentOf(100, 300)).toBe(33);
    expect(percentOf(100, 0)).toBe(0);
  });
});
