import { describe, expect, it } from 'vitest';
import { areaScoresOf } from './area-scores.js';
import type { Framework } from './framework.js';

const title = { sv: 't', en: 't', nb: 't' };
const framework = {
  id: 'f',
  areas: [
    { code: '1', max: 100, title, subareas: [{ code: '1.1', max: 40, title }, { code: '1.2', max: 60, title }] },
    { code: '2', max: 100, title, subareas: [{ code: '2.1', title }] },
  ],
} as unknown as Framework;

describe('areaScoresOf', () => {
  it('sums exact hundredths per area and in total', () => {
    const result = areaScoresOf(framework, new Map([['1.1', 1_025], ['1.2', 2_010], ['2', 5_050]]));
    expect(result).toEqual({ areas: [{ code: '1', score: 3_035 }, { code: '2', score: 5_050 }], total: 8_085, complete: true });
  });

  it('leaves an area with a missing unit, and the total, unknown instead of counting zero', () => {
    const result = areaScoresOf(framework, new Map([['1.1', 1_025], ['2', 0]]));
    expect(result).toEqual({ areas: [{ code: '1', score: null }, { code: '2', score: 0 }], total: null, complete: false });
  });
});
