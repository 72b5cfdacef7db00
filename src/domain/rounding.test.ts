import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from './decimal.js';
import { apportionLargestRemainder, roundScoreTree } from './rounding.js';

const hundredths = fc.integer({ min: 0, max: 4000 });
const tree = fc.array(
  fc.array(hundredths, { minLength: 0, maxLength: 7 }).map((parts) => ({
    parts,
    value: parts.length > 0 ? parts.reduce((sum, part) => sum + part, 0) : 0,
  })),
  { minLength: 1, maxLength: 9 },
).chain((areas) =>
  // Areas without parts (models scored per area) get a value of their own.
  fc.tuple(...areas.map((area) => (area.parts.length > 0 ? fc.constant(area) : hundredths.map((value) => ({ parts: [], value }))))),
);

describe('roundScoreTree (largest remainder)', () => {
  it('shows parts that add up to the shown area, and areas that add up to the shown total', () => {
    fc.assert(
      fc.property(tree, (areas) => {
        const shown = roundScoreTree({ areas });
        expect(shown.areas.reduce((sum, area) => sum + area.value, 0)).toBe(shown.total);
        for (const area of shown.areas) {
          if (area.parts.length > 0) expect(area.parts.reduce((sum, part) => sum + part, 0)).toBe(area.value);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('shows the total rounded half-up and moves no value by a whole point or more', () => {
    fc.assert(
      fc.property(tree, (areas) => {
        const shown = roundScoreTree({ areas });
        expect(shown.total).toBe(roundHalfUp(areas.reduce((sum, area) => sum + area.value, 0)));
        areas.forEach((area, index) => {
          const shownArea = shown.areas[index]!;
          expect(Math.abs(shownArea.value * 100 - area.value)).toBeLessThan(100);
          area.parts.forEach((part, partIndex) => expect(Math.abs(shownArea.parts[partIndex]! * 100 - part)).toBeLessThan(100));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('never changes a value that is already whole', () => {
    fc.assert(
      fc.property(tree, (areas) => {
        const shown = roundScoreTree({ areas });
        areas.forEach((area, index) => {
          if (area.value % 100 === 0) expect(shown.areas[index]!.value * 100).toBe(area.value);
          area.parts.forEach((part, partIndex) => {
            if (part % 100 === 0) expect(shown.areas[index]!.parts[partIndex]! * 100).toBe(part);
          });
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds the published example 6.5 + 6.5 + 7 = 20 to parts that add up', () => {
    // Half-up on each part would show 7 + 7 + 7 = 21 beside a total of 20.
    const shown = roundScoreTree({ areas: [{ value: 2000, parts: [650, 650, 700] }] });
    expect(shown.total).toBe(20);
    expect(shown.areas[0]!.parts.reduce((a, b) => a + b, 0)).toBe(20);
  });
});

describe('apportionLargestRemainder', () => {
  it('gives the extra units to the largest remainders, deterministically', () => {
    expect(apportionLargestRemainder([140, 160, 200], 5)).toEqual([1, 2, 2]);
    expect(apportionLargestRemainder([150, 150], 3)).toEqual([2, 1]);
  });

  it('refuses a target that the parts cannot reach', () => {
    expect(() => apportionLargestRemainder([100, 200], 4)).toThrow(RangeError);
  });
});
