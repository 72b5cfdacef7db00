import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { assessCompleteness } from './completeness.js';

const catalogue = loadCatalogue();
const framework = (id: string) => catalogue.frameworks.get(id)!;

describe('assessCompleteness', () => {
  it('lists per scoring unit what is missing: score, rationale, evidence', () => {
    const agreed = new Map([
      ['1.1', { rationale: 'Tydlig strategi.' }],
      ['1.2', { rationale: '   ' }],
    ]);
    const result = assessCompleteness(framework('kommunkompassen-2020'), agreed, [['1.1', '1.3'], ['1.1'], ['1.3', '1.3']]);
    expect(result.units).toHaveLength(36);
    expect(result.units.slice(0, 3)).toEqual([
      { code: '1.1', areaCode: '1', hasScore: true, hasRationale: true, evidenceCount: 2 },
      { code: '1.2', areaCode: '1', hasScore: true, hasRationale: false, evidenceCount: 0 },
      // An item that names a unit twice counts once.
      { code: '1.3', areaCode: '1', hasScore: false, hasRationale: false, evidenceCount: 2 },
    ]);
    expect(result.missingScores.slice(0, 2)).toEqual(['1.3', '1.4']);
    expect(result.missingScores).toHaveLength(34);
    expect(result.missingRationales.slice(0, 2)).toEqual(['1.2', '1.3']);
    expect(result.withoutEvidence.slice(0, 2)).toEqual(['1.2', '1.4']);
    expect(result.withoutEvidence).toHaveLength(34);
  });

  it('uses whole areas as units where the model scores per area (2010)', () => {
    const result = assessCompleteness(framework('kommunkompassen-2010'), new Map([['3', { rationale: 'x' }]]), []);
    expect(result.units.map((unit) => unit.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(result.missingScores).toEqual(['1', '2', '4', '5', '6', '7', '8']);
    expect(result.units[2]).toEqual({ code: '3', areaCode: '3', hasScore: true, hasRationale: true, evidenceCount: 0 });
  });
});
