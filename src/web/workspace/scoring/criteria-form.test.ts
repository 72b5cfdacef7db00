import { describe, expect, it } from 'vitest';
import type { CriterionView } from '../../../contract/frameworks.js';
import { assessedCount, codesNamed, CRITERION_CODE, isValueOf, proposalOf, UNIT_CODE, valuesOf } from './criteria-form.js';

const met = (code: string, weight = 1): CriterionView => ({ code, text: `Kriterium ${code}`, guidance: null, typicalEvidence: null, weight, scale: { kind: 'met' } });
const levels: CriterionView = {
  code: '1.1.3',
  text: 'Nivåer',
  guidance: 'Läs planen.',
  typicalEvidence: null,
  weight: 2,
  scale: {
    kind: 'levels',
    levels: [
      { code: 'none', label: 'Ingen', points: 0 },
      { code: 'some', label: 'Någon', points: 1 },
      { code: 'full', label: 'Full', points: 3 },
    ],
  },
};
const criteria = [met('1.1.1'), met('1.1.2'), levels];

describe('criteria in the workspace', () => {
  it('offers the scale values with "na" last', () => {
    expect(valuesOf(met('1.1.1'))).toEqual(['met', 'partly', 'not_met', 'na']);
    expect(valuesOf(levels)).toEqual(['none', 'some', 'full', 'na']);
    expect(isValueOf(levels, 'some')).toBe(true);
    expect(isValueOf(levels, 'met')).toBe(false);
    expect(isValueOf(levels, null)).toBe(false);
  });

  it('proposes as the domain does, from the values chosen', () => {
    const values = new Map<string, string | null>([
      ['1.1.1', 'met'],
      ['1.1.2', null],
    ]);
    expect(proposalOf(20, criteria, values, '0.5')).toEqual({ kind: 'incomplete', assessed: 1, total: 3 });
    expect(assessedCount(criteria, values)).toBe(1);
    values.set('1.1.2', 'partly').set('1.1.3', 'full');
    // (1 + 0.5 + 2·1) / 4 of 20 = 17.5
    expect(proposalOf(20, criteria, values, '0.5')).toEqual({ kind: 'proposed', score: 1750 });
    values.set('1.1.3', 'na');
    // (1 + 0.5) / 2 of 20 = 15
    expect(proposalOf(20, criteria, values, '0.5')).toEqual({ kind: 'proposed', score: 1500 });
    expect(proposalOf(20, criteria, new Map(criteria.map((criterion) => [criterion.code, 'na'])), '1')).toEqual({ kind: 'not-applicable' });
  });

  it('reads the codes a refusal names, wherever it names them', () => {
    expect(codesNamed([{ field: 'criteria.1.1.2', message: 'is not assessed' }, { field: 'criteria.2.3.1' }], {}, CRITERION_CODE)).toEqual(['1.1.2', '2.3.1']);
    expect(codesNamed([], { missingCriteria: ['1.1.2', { code: '1.2.1' }] }, CRITERION_CODE)).toEqual(['1.1.2', '1.2.1']);
    expect(codesNamed([{ field: 'units.1.2' }, { field: 'units.10.3' }], {}, UNIT_CODE)).toEqual(['1.2', '10.3']);
    expect(codesNamed([{ field: 'units.2.1.deviationReason', message: 'is required: the score departs from the proposal 15.00' }], { unexplainedUnits: [{ unitCode: '2.1', proposal: '15.00' }] }, UNIT_CODE)).toEqual(['2.1']);
    expect(codesNamed([{ message: 'criteria 1.1.3 and 1.1.4 are not assessed' }], {}, CRITERION_CODE)).toEqual(['1.1.3', '1.1.4']);
    expect(codesNamed([{ field: 'criteria.1.1.3' }], {}, UNIT_CODE)).toEqual([]);
  });
});
