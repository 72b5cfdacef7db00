import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedValues, pointsOf, proposeScore, type Proposal } from './criteria.js';
import type { Criterion, CriterionScale } from './framework.js';

const label = { sv: 'Nivå', en: 'Level', nb: 'Nivå' };
const text = { sv: 'Kriterium', en: 'Criterion', nb: 'Kriterium' };

/** A level scale with a 0-point level and a top level above 0 (as publishing requires). */
const levelScale: fc.Arbitrary<CriterionScale> = fc
  .uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 })
  .map((points) => ({ kind: 'levels' as const, levels: [0, ...points].map((value, index) => ({ code: `l${index}`, label, points: value })) }));

const scale: fc.Arbitrary<CriterionScale> = fc.oneof(fc.constant<CriterionScale>({ kind: 'met' }), levelScale);

const criteria = (minLength = 1): fc.Arbitrary<Criterion[]> =>
  fc
    .array(fc.record({ weight: fc.integer({ min: 1, max: 100 }), scale }), { minLength, maxLength: 8 })
    .map((items) => items.map((item, index) => ({ code: `1.1.${index + 1}`, text, ...item })));

const STEPS = [1, 50, 100] as const;

/** A sub-area with criteria and an allowed value for each ("na" included). */
const assessed = fc
  .record({ max: fc.integer({ min: 1, max: 100 }), criteria: criteria(), step: fc.constantFrom(...STEPS) })
  .chain((subarea) =>
    fc.tuple(...subarea.criteria.map((criterion) => fc.constantFrom(...allowedValues(criterion.scale)))).map((values) => ({
      ...subarea,
      values: Object.fromEntries(subarea.criteria.map((criterion, index) => [criterion.code, values[index]!])),
    })),
  );

const scoreOf = (proposal: Proposal): number | null => (proposal.kind === 'proposed' ? proposal.score : null);

/** The value of a criterion with the most and with the fewest points. */
function extremeValue(scale: CriterionScale, which: 'top' | 'bottom'): string {
  if (scale.kind === 'met') return which === 'top' ? 'met' : 'not_met';
  const sorted = [...scale.levels].sort((a, b) => a.points - b.points);
  return (which === 'top' ? sorted[sorted.length - 1] : sorted[0])!.code;
}

describe('proposeScore (properties)', () => {
  it('is never above max nor below 0, and always a multiple of the step', () => {
    fc.assert(
      fc.property(assessed, ({ max, criteria, step, values }) => {
        const score = scoreOf(proposeScore({ max, criteria }, values, step));
        if (score === null) return;
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(max * 100);
        expect(score % step).toBe(0);
      }),
    );
  });

  it('rounds exactly (half up) to each step: 0.01, 0.5 and 1', () => {
    fc.assert(
      fc.property(assessed, ({ max, criteria, step, values }) => {
        const proposal = proposeScore({ max, criteria }, values, step);
        // The exact proposal in hundredths as a fraction over the product of the scales' maxima.
        let numerator = 0n;
        let denominator = 0n;
        const product = criteria.reduce((total, criterion) => total * BigInt(pointsOf(criterion.scale, extremeValue(criterion.scale, 'top'))!.possible), 1n);
        for (const criterion of criteria) {
          const points = pointsOf(criterion.scale, values[criterion.code]!);
          if (!points) continue;
          numerator += (BigInt(criterion.weight) * BigInt(points.earned) * product) / BigInt(points.possible);
          denominator += BigInt(criterion.weight) * product;
        }
        if (denominator === 0n) {
          expect(proposal).toEqual({ kind: 'not-applicable' });
          return;
        }
        const exactNumerator = BigInt(max * 100) * numerator;
        // Half up: the proposal p is a multiple of step with p − step/2 ≤ exact < p + step/2.
        const score = BigInt(scoreOf(proposal)!);
        const half = BigInt(step);
        expect(2n * score * denominator - half * denominator <= 2n * exactNumerator).toBe(true);
        expect(2n * exactNumerator < 2n * score * denominator + half * denominator).toBe(true);
      }),
    );
  });

  it('is monotone: raising any criterion’s value never lowers the proposal', () => {
    fc.assert(
      fc.property(assessed, fc.nat(), fc.nat(), ({ max, criteria, step, values }, pick, other) => {
        const criterion = criteria[pick % criteria.length]!;
        const options = allowedValues(criterion.scale).filter((value) => value !== 'na');
        const a = options[other % options.length]!;
        const b = options[(other + 1) % options.length]!;
        const [low, high] = pointsOf(criterion.scale, a)!.earned <= pointsOf(criterion.scale, b)!.earned ? [a, b] : [b, a];
        const lower = scoreOf(proposeScore({ max, criteria }, { ...values, [criterion.code]: low }, step));
        const higher = scoreOf(proposeScore({ max, criteria }, { ...values, [criterion.code]: high }, step));
        expect(lower).not.toBeNull();
        expect(higher!).toBeGreaterThanOrEqual(lower!);
      }),
    );
  });

  it('is neutral to a not-applicable criterion', () => {
    fc.assert(
      fc.property(assessed, fc.integer({ min: 1, max: 100 }), scale, ({ max, criteria, step, values }, weight, extraScale) => {
        const extra: Criterion = { code: `1.1.${criteria.length + 1}`, text, weight, scale: extraScale };
        const without = proposeScore({ max, criteria }, values, step);
        const withNa = proposeScore({ max, criteria: [...criteria, extra] }, { ...values, [extra.code]: 'na' }, step);
        expect(withNa).toEqual(without);
      }),
    );
  });

  it('gives max when every criterion is fully met and 0 when none is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), criteria(), fc.constantFrom(...STEPS), (max, criteria, step) => {
        const all = (which: 'top' | 'bottom') => Object.fromEntries(criteria.map((criterion) => [criterion.code, extremeValue(criterion.scale, which)]));
        expect(proposeScore({ max, criteria }, all('top'), step)).toEqual({ kind: 'proposed', score: max * 100 });
        expect(proposeScore({ max, criteria }, all('bottom'), step)).toEqual({ kind: 'proposed', score: 0 });
      }),
    );
  });

  it('is incomplete until every criterion is assessed', () => {
    fc.assert(
      fc.property(assessed, fc.nat(), ({ max, criteria, step, values }, pick) => {
        const missing = criteria[pick % criteria.length]!.code;
        const partial = { ...values };
        delete partial[missing];
        expect(proposeScore({ max, criteria }, partial, step)).toEqual({ kind: 'incomplete', assessed: criteria.length - 1, total: criteria.length });
        // A value the scale does not know counts as not assessed.
        expect(proposeScore({ max, criteria }, { ...values, [missing]: 'unknown-level' }, step).kind).toBe('incomplete');
      }),
    );
  });
});

describe('proposeScore (examples)', () => {
  const met = (code: string, weight = 1): Criterion => ({ code, text, weight, scale: { kind: 'met' } });

  it('weights shares and rounds half up to the step', () => {
    const subarea = { max: 20, criteria: [met('1.1.1'), met('1.1.2'), met('1.1.3', 2), met('1.1.4')] };
    const values = { '1.1.1': 'met', '1.1.2': 'met', '1.1.3': 'not_met', '1.1.4': 'met' };
    expect(proposeScore(subarea, values, 1)).toEqual({ kind: 'proposed', score: 1200 });
    // 2 of 3 of 10 = 6.666…: 6.67 at 0.01, 6.5 at 0.5, 7 at 1.
    const thirds = { max: 10, criteria: [met('1.2.1'), met('1.2.2'), met('1.2.3')] };
    const twoOfThree = { '1.2.1': 'met', '1.2.2': 'met', '1.2.3': 'not_met' };
    expect(scoreOf(proposeScore(thirds, twoOfThree, 1))).toBe(667);
    expect(scoreOf(proposeScore(thirds, twoOfThree, 50))).toBe(650);
    expect(scoreOf(proposeScore(thirds, twoOfThree, 100))).toBe(700);
    // Exactly half way (0.25 at step 0.5) rounds up.
    const quarter = { max: 1, criteria: [met('1.3.1'), met('1.3.2')] };
    expect(scoreOf(proposeScore(quarter, { '1.3.1': 'partly', '1.3.2': 'not_met' }, 50))).toBe(50);
  });

  it('has no proposal without criteria, and none when all are not applicable', () => {
    expect(proposeScore({ max: 10, criteria: [] }, {}, 1)).toEqual({ kind: 'none' });
    expect(proposeScore({ max: 10, criteria: [met('1.1.1')] }, { '1.1.1': 'na' }, 1)).toEqual({ kind: 'not-applicable' });
  });
});
