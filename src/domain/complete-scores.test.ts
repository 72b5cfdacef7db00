import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { COMPLETE_SCORES_STATUSES, incompleteScoresMessage, missingUnitCodes, nameUnits, requiresCompleteScores } from './complete-scores.js';
import { EVALUATION_ORIGINS, EVALUATION_STATUSES } from './evaluation-status.js';
import { listScoringUnits } from './framework.js';

const catalogue = loadCatalogue();
const model2020 = catalogue.frameworks.get('kommunkompassen-2020')!;
const model2010 = catalogue.frameworks.get('kommunkompassen-2010')!;

describe('the completeness rule', () => {
  it('binds evaluations run in Kompass from the fact check on, and no archived report', () => {
    const bound = EVALUATION_ORIGINS.flatMap((origin) => EVALUATION_STATUSES.filter((status) => requiresCompleteScores(status, origin)).map((status) => `${origin}:${status}`));
    expect(bound).toEqual(['workspace:fact_check', 'workspace:final', 'workspace:published']);
    expect(COMPLETE_SCORES_STATUSES).toEqual(['fact_check', 'final', 'published']);
  });

  it('finds the units without a score in framework order', () => {
    const scored = new Set(listScoringUnits(model2020).map((unit) => unit.code).filter((code) => code !== '3.2' && code !== '1.5'));
    expect(missingUnitCodes(model2020, scored)).toEqual(['1.5', '3.2']);
    expect(missingUnitCodes(model2020, new Set(listScoringUnits(model2020).map((unit) => unit.code)))).toEqual([]);
  });

  it('counts the areas as the units of a model scored per area (2010)', () => {
    expect(missingUnitCodes(model2010, new Set(['1', '2', '3', '4', '5', '6', '7']))).toEqual(['8']);
    expect(nameUnits(model2010, ['8'])).toEqual([{ code: '8', name: 'Kommunen som samhällsbyggare' }]);
  });

  it('names units in the asked language, keeping unknown codes as they are', () => {
    expect(nameUnits(model2020, ['3.2', '9.9'])).toEqual([
      { code: '3.2', name: 'Politisk styrning' },
      { code: '9.9', name: '9.9' },
    ]);
    expect(nameUnits(model2020, ['3.2'], 'en')[0]!.name).not.toBe('');
  });

  it('says which status needs what, naming a few units in full and many by code', () => {
    expect(incompleteScoresMessage('final', nameUnits(model2020, ['3.2']), 36)).toBe(
      'An evaluation at final must have an agreed score for every scoring unit; 1 of 36 would have none: 3.2 Politisk styrning',
    );
    const many = nameUnits(model2020, listScoringUnits(model2020).slice(5).map((unit) => unit.code));
    expect(incompleteScoresMessage('published', many, 36)).toMatch(/31 of 36 would have none: 2\.1, 2\.2, .*, 8\.4$/);
  });
});
