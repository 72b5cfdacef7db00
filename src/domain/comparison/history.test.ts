import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import { listScoringUnits } from '../framework.js';
import { evaluationYear, historyPointOf } from './history.js';

const catalogue = loadCatalogue();
const framework2016 = catalogue.frameworks.get('kommunkompassen-2016')!;
const framework2020 = catalogue.frameworks.get('kommunkompassen-2020')!;

describe('evaluation years', () => {
  it('come from the fieldwork start, else the report date', () => {
    expect(evaluationYear('2019-03', '2019-09-01')).toBe(2019);
    expect(evaluationYear(null, '2018')).toBe(2018);
    expect(evaluationYear(null, null)).toBeNull();
  });
});

describe('historyPointOf', () => {
  it('keeps the same version’s areas as they are, without a caveat', () => {
    const point = historyPointOf({ evaluationId: 'e', year: 2019, framework: framework2020, scores: new Map([['1.1', 550], ['2.1', 1000]]) }, framework2020, catalogue, 'sv');
    expect(point).toMatchObject({ evaluationId: 'e', year: 2019, frameworkId: framework2020.id, total: 15.5, complete: false, caveat: null });
    expect(point.areas.slice(0, 3)).toEqual([{ code: '1', score: 5.5 }, { code: '2', score: 10 }, { code: '3', score: null }]);
  });

  it('says whether the earlier evaluation is complete (its total a complete result)', () => {
    const all = new Map(listScoringUnits(framework2020).map((unit) => [unit.code, 100]));
    expect(historyPointOf({ evaluationId: 'e', year: 2019, framework: framework2020, scores: all }, framework2020, catalogue, 'sv')).toMatchObject({ total: 36, complete: true });
  });

  it('maps an earlier version’s areas through the area map, with its caveat', () => {
    const point = historyPointOf({ evaluationId: 'e', year: 2015, framework: framework2016, scores: new Map([['2.1', 500], ['8.1', 700]]) }, framework2020, catalogue, 'sv');
    expect(point.caveat).toBe(catalogue.caveat.sv);
    expect(point.areas.find((area) => area.code === '5')!.score).toBe(5);
    expect(point.areas.find((area) => area.code === '2')!.score).toBe(7);
    expect(point.total).toBe(12);
  });
});
