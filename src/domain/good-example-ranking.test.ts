import { describe, expect, it } from 'vitest';
import { rankCitedMunicipalities } from './good-example-ranking.js';

const byId = (a: string, b: string) => a.localeCompare(b);

describe('rankCitedMunicipalities', () => {
  it('counts citations and distinct evaluations per group, most cited first', () => {
    const ranked = rankCitedMunicipalities(
      [
        { group: '6.4', municipalityId: 'se-1', evaluationId: 'e1' },
        { group: '6.4', municipalityId: 'se-2', evaluationId: 'e1' },
        { group: '6.4', municipalityId: 'se-2', evaluationId: 'e1' },
        { group: '6.4', municipalityId: 'se-2', evaluationId: 'e2' },
        { group: '1', municipalityId: 'se-3', evaluationId: 'e3' },
      ],
      10,
      byId,
    );
    expect(ranked).toEqual([
      { group: '6.4', municipalityCount: 2, top: [{ municipalityId: 'se-2', citations: 3, evaluations: 2 }, { municipalityId: 'se-1', citations: 1, evaluations: 1 }] },
      { group: '1', municipalityCount: 1, top: [{ municipalityId: 'se-3', citations: 1, evaluations: 1 }] },
    ]);
  });

  it('breaks ties by evaluations, then by name, and keeps the count beyond the limit', () => {
    const ranked = rankCitedMunicipalities(
      [
        { group: 'g', municipalityId: 'b', evaluationId: 'e1' },
        { group: 'g', municipalityId: 'b', evaluationId: 'e1' },
        { group: 'g', municipalityId: 'a', evaluationId: 'e1' },
        { group: 'g', municipalityId: 'a', evaluationId: 'e2' },
        { group: 'g', municipalityId: 'd', evaluationId: 'e1' },
        { group: 'g', municipalityId: 'c', evaluationId: 'e1' },
      ],
      3,
      byId,
    );
    expect(ranked[0]!.top.map((entry) => entry.municipalityId)).toEqual(['a', 'b', 'c']);
    expect(ranked[0]!.municipalityCount).toBe(4);
  });
});
