import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageFigureOf, distributionOf, meanOf, placeWithin, quantileOfSorted } from './statistics.js';

const hundredths = fc.array(fc.integer({ min: 0, max: 80_000 }), { minLength: 1, maxLength: 300 });

describe('meanOf', () => {
  it('is exact over hundredths and rounded half-up once, at the end', () => {
    expect(meanOf([10, 20])).toBe(0.15);
    expect(meanOf([1, 2])).toBe(0.02); // 1.5 hundredths rounds up
    expect(meanOf([12_875, 0, 0, 0])).toBe(32.19); // 32.1875
    // 0.1 + 0.2 in floating point is 0.30000000000000004; in hundredths it is exact
    expect(meanOf([10, 20, 0])).toBe(0.1);
  });

  it('equals the rational mean rounded half-up, for any scores', () => {
    fc.assert(
      fc.property(hundredths, (values) => {
        const sum = values.reduce((a, b) => a + BigInt(b), 0n);
        const n = BigInt(values.length);
        const expected = (2n * sum + n) / (2n * n); // floor((sum/n) + 1/2), in hundredths
        expect(meanOf(values)).toBe(Number(expected) / 100);
      }),
    );
  });

  it('refuses an empty group', () => {
    expect(() => meanOf([])).toThrow();
  });
});

describe('distributionOf (quartiles by linear interpolation, type 7)', () => {
  it('matches R’s quantile(type = 7)', () => {
    // quantile(c(144, 225, 270, 288)) in R: 144.00 204.75 247.50 274.50 288.00
    expect(distributionOf([27_000, 22_500, 14_400, 28_800])).toEqual({ min: 144, q1: 204.75, median: 247.5, q3: 274.5, max: 288 });
    expect(distributionOf([500])).toEqual({ min: 5, q1: 5, median: 5, q3: 5, max: 5 });
    // quantile(c(1, 2), 0.25) = 1.25 → in hundredths 0.0125 rounds to 0.01
    expect(distributionOf([1, 2]).q1).toBe(0.01);
  });

  it('is ordered and stays within the values, for any scores', () => {
    fc.assert(
      fc.property(hundredths, (values) => {
        const d = distributionOf(values);
        expect(d.min).toBeLessThanOrEqual(d.q1);
        expect(d.q1).toBeLessThanOrEqual(d.median);
        expect(d.median).toBeLessThanOrEqual(d.q3);
        expect(d.q3).toBeLessThanOrEqual(d.max);
        expect(d.min).toBe(Math.min(...values) / 100);
        expect(d.max).toBe(Math.max(...values) / 100);
      }),
    );
  });

  it('gives the middle value as the median of an odd count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 80_000 }), { minLength: 1, maxLength: 99 }).filter((v) => v.length % 2 === 1), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(quantileOfSorted(sorted, 0.5)).toBe(sorted[(sorted.length - 1) / 2]);
      }),
    );
  });
});

describe('placeWithin', () => {
  it('ranks 1 for the highest, lets ties share the best rank, and counts the share at or below', () => {
    expect(placeWithin([300, 200, 200, 100], 200, true)).toEqual({ rank: 2, percentile: 75 });
    expect(placeWithin([300, 200, 100], 300, true)).toEqual({ rank: 1, percentile: 100 });
    expect(placeWithin([300, 200, 100], 100, true)).toEqual({ rank: 3, percentile: 33 });
  });

  it('places a value that is not one of the group as one more', () => {
    expect(placeWithin([300, 200, 100], 250, false)).toEqual({ rank: 2, percentile: 75 });
    expect(placeWithin([], 250, false)).toEqual({ rank: 1, percentile: 100 });
  });

  it('keeps rank within 1..size and agrees with percentile, for any group', () => {
    fc.assert(
      fc.property(hundredths, fc.nat(), fc.boolean(), (values, pick, included) => {
        const own = included ? values[pick % values.length]! : (pick % 80_001);
        const size = values.length + (included ? 0 : 1);
        const { rank, percentile } = placeWithin(values, own, included);
        expect(rank).toBeGreaterThanOrEqual(1);
        expect(rank).toBeLessThanOrEqual(size);
        expect(percentile).toBeGreaterThan(0);
        expect(percentile).toBeLessThanOrEqual(100);
        // the highest value is always first and at the 100th percentile
        if (own >= Math.max(...values)) expect({ rank, percentile }).toEqual({ rank: 1, percentile: 100 });
      }),
    );
  });
});

describe('averageFigureOf', () => {
  it('flags groups below the minimum n instead of hiding them, and is null for an empty group', () => {
    expect(averageFigureOf([100, 200], 5, null)).toMatchObject({ mean: 1.5, n: 2, belowMinimum: true, rank: null, percentile: null });
    expect(averageFigureOf([100, 200], 2, { value: 200, included: true })).toMatchObject({ belowMinimum: false, rank: 1, percentile: 100 });
    expect(averageFigureOf([], 5, null)).toBeNull();
  });
});
