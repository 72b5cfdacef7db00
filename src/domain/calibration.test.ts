import { describe, expect, it } from 'vitest';
import { calibrate, meanHundredths, spreadOf, summariseDifferences, unitsNotReady } from './calibration.js';

describe('spreadOf', () => {
  it('is |a − b| for a pair and max − min for more', () => {
    expect(spreadOf([650, 800])).toBe(150);
    expect(spreadOf([800, 650])).toBe(150);
    expect(spreadOf([700, 700])).toBe(0);
    expect(spreadOf([500, 925, 700])).toBe(425);
  });

  it('is null with fewer than two scores or a missing one', () => {
    expect(spreadOf([])).toBeNull();
    expect(spreadOf([500])).toBeNull();
    expect(spreadOf([500, null])).toBeNull();
  });
});

describe('meanHundredths', () => {
  it('rounds half up to whole hundredths without floating point drift', () => {
    expect(meanHundredths([])).toBeNull();
    expect(meanHundredths([10, 20])).toBe(15);
    // 1/3 of a hundredth rounds down, 2/3 up, 1/2 up.
    expect(meanHundredths([0, 0, 1])).toBe(0);
    expect(meanHundredths([0, 1, 1])).toBe(1);
    expect(meanHundredths([0, 1])).toBe(1);
    expect(meanHundredths([100, 200, 200])).toBe(167);
  });
});

describe('summariseDifferences', () => {
  it('leaves units without a difference out', () => {
    expect(summariseDifferences([null, null])).toEqual({ meanAbsoluteDifference: null, maxDifference: null, unitsApart: 0 });
    expect(summariseDifferences([0, 250, null, 50])).toEqual({ meanAbsoluteDifference: 100, maxDifference: 250, unitsApart: 2 });
  });
});

describe('calibrate', () => {
  it('reports per unit, per area and overall for a known pair of score sets', () => {
    const a = { '1.1': 1500, '1.2': 800, '2.1': 1000, '2.2': 2050 };
    const b = { '1.1': 1200, '1.2': 800, '2.1': 1125, '2.2': 2050 };
    const units = (Object.keys(a) as Array<keyof typeof a>).map((code) => ({ code, areaCode: code.split('.')[0]!, scores: [a[code], b[code]] }));
    expect(calibrate(units, ['1', '2', '3'])).toEqual({
      units: [
        { code: '1.1', difference: 300 },
        { code: '1.2', difference: 0 },
        { code: '2.1', difference: 125 },
        { code: '2.2', difference: 0 },
      ],
      areas: [
        { code: '1', meanAbsoluteDifference: 150, maxDifference: 300, unitsApart: 1 },
        // (125 + 0) / 2 = 62.5 hundredths, rounded half up.
        { code: '2', meanAbsoluteDifference: 63, maxDifference: 125, unitsApart: 1 },
        { code: '3', meanAbsoluteDifference: null, maxDifference: null, unitsApart: 0 },
      ],
      // (300 + 0 + 125 + 0) / 4 = 106.25 hundredths.
      overall: { meanAbsoluteDifference: 106, maxDifference: 300, unitsApart: 2 },
    });
  });
});

describe('unitsNotReady', () => {
  it('lists units without a score or with a blank rationale, in order', () => {
    const own = new Map([
      ['1.1', { score: 500, rationale: 'Because.' }],
      ['1.2', { score: null, rationale: 'Not yet.' }],
      ['1.3', { score: 0, rationale: '  \n' }],
      ['1.4', { score: 0, rationale: 'Zero is a score.' }],
    ]);
    expect(unitsNotReady(['1.1', '1.2', '1.3', '1.4', '1.5'], own)).toEqual(['1.2', '1.3', '1.5']);
  });
});
