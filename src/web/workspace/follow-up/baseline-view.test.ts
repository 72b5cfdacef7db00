import { describe, expect, it } from 'vitest';
import { baselineYear } from './baseline-view.js';

describe('the baseline beside the own fields', () => {
  it('takes the year of a report date however precise it is', () => {
    expect(baselineYear('2023-11-23')).toBe('2023');
    expect(baselineYear('2015')).toBe('2015');
    expect(baselineYear(null)).toBeNull();
  });
});
