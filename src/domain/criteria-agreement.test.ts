import { describe, expect, it } from 'vitest';
import { agreementOf, compareCodes, compareCriterion, criteriaAgreement, formatFraction, mostDisagreed } from './criteria-agreement.js';
import type { CriterionScale } from './framework.js';

const met: CriterionScale = { kind: 'met' };
const label = { sv: 'x', en: 'x', nb: 'x' };
const levels: CriterionScale = {
  kind: 'levels',
  levels: [
    { code: 'none', label, points: 0 },
    { code: 'some', label, points: 1 },
    { code: 'all', label, points: 3 },
  ],
};

describe('criteria agreement', () => {
  it('counts pairs over criteria every evaluator assessed, agreements, and the mean spread of shares over applicable pairs', () => {
    const figures = criteriaAgreement([
      { code: '1.1.1', scale: met, values: ['met', 'met'] },
      { code: '1.1.2', scale: met, values: ['met', 'partly'] },
      { code: '1.1.3', scale: met, values: ['met', null] },
      { code: '1.1.4', scale: met, values: ['na', 'na'] },
      { code: '1.1.5', scale: met, values: ['na', 'met'] },
      { code: '1.2.1', scale: levels, values: ['some', 'all'] },
    ]);
    // Pairs: 1.1.1, 1.1.2, 1.1.4, 1.1.5, 1.2.1 (5); alike: 1.1.1, 1.1.4 (2).
    // Applicable pairs: 1.1.1 (0), 1.1.2 (0.5), 1.2.1 (2/3): 7/6 ÷ 3 = 0.3888…
    expect(figures).toEqual({ pairs: 5, agreements: 2, agreementRate: '0.40', meanAbsoluteDifference: '0.39' });
  });

  it('has no figures without pairs, and none for a single evaluator', () => {
    expect(criteriaAgreement([])).toEqual({ pairs: 0, agreements: 0, agreementRate: null, meanAbsoluteDifference: null });
    expect(criteriaAgreement([{ code: '1.1.1', scale: met, values: ['met'] }])).toEqual({ pairs: 0, agreements: 0, agreementRate: null, meanAbsoluteDifference: null });
    expect(criteriaAgreement([{ code: '1.1.1', scale: met, values: ['na', 'na'] }])).toEqual({ pairs: 1, agreements: 1, agreementRate: '1.00', meanAbsoluteDifference: null });
  });

  it('takes the largest minus the smallest share with more than two evaluators', () => {
    expect(compareCriterion({ code: '1.1.1', scale: met, values: ['met', 'partly', 'not_met'] })).toMatchObject({ pair: true, agrees: false });
    expect(criteriaAgreement([{ code: '1.1.1', scale: met, values: ['partly', 'met', 'not_met'] }]).meanAbsoluteDifference).toBe('1.00');
  });

  it('rounds half up to two decimals, exactly', () => {
    expect(formatFraction({ numerator: 5n, denominator: 8n })).toBe('0.63');
    expect(formatFraction({ numerator: 1n, denominator: 8n })).toBe('0.13');
    expect(formatFraction({ numerator: 2n, denominator: 3n })).toBe('0.67');
    expect(formatFraction({ numerator: 7n, denominator: 7n })).toBe('1.00');
    expect(agreementOf([]).agreementRate).toBeNull();
  });

  it('lists the criteria disagreed on most, then by rate and code, only those with pairs', () => {
    const comparisons = [
      compareCriterion({ code: '1.1.10', scale: met, values: ['met', 'partly'] }),
      compareCriterion({ code: '1.1.2', scale: met, values: ['met', 'partly'] }),
      compareCriterion({ code: '1.1.2', scale: met, values: ['met', 'met'] }),
      compareCriterion({ code: '1.1.9', scale: met, values: ['met', 'partly'] }),
      compareCriterion({ code: '1.1.9', scale: met, values: ['met', 'not_met'] }),
      compareCriterion({ code: '1.1.3', scale: met, values: ['met', null] }),
      compareCriterion({ code: '1.1.4', scale: met, values: ['met', 'met'] }),
    ];
    expect(mostDisagreed(comparisons, 20)).toEqual([
      { code: '1.1.9', pairs: 2, disagreements: 2, disagreementRate: '1.00' },
      { code: '1.1.10', pairs: 1, disagreements: 1, disagreementRate: '1.00' },
      { code: '1.1.2', pairs: 2, disagreements: 1, disagreementRate: '0.50' },
      { code: '1.1.4', pairs: 1, disagreements: 0, disagreementRate: '0.00' },
    ]);
    expect(mostDisagreed(comparisons, 2).map((entry) => entry.code)).toEqual(['1.1.9', '1.1.10']);
    expect(['1.10.1', '1.2.1', '1.2'].sort(compareCodes)).toEqual(['1.2', '1.2.1', '1.10.1']);
  });
});
