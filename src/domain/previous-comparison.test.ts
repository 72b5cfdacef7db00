import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { DEMO_EVALUATIONS } from '../demo/demo-evaluations.js';
import type { AreaMap } from './framework.js';
import { compareWithPrevious, mapAreas } from './previous-comparison.js';
import { deriveScores } from './scoring.js';

const catalogue = loadCatalogue();
const framework = (id: string) => catalogue.frameworks.get(id)!;
const hundredths = (scores: Record<string, number>) => new Map(Object.entries(scores).map(([code, value]) => [code, Math.round(value * 100)]));
const evaluation = (frameworkId: string, scores: Record<string, number>) => ({ framework: framework(frameworkId), derived: deriveScores(framework(frameworkId), hundredths(scores)) });
const demo = (index: number) => evaluation(DEMO_EVALUATIONS[index]!.frameworkId, DEMO_EVALUATIONS[index]!.scores);

describe('mapAreas', () => {
  it('links each area to itself within one framework', () => {
    const links = mapAreas(framework('kommunkompassen-2020'), framework('kommunkompassen-2020'), catalogue.areaMaps);
    expect([...links.entries()].slice(0, 2)).toEqual([['1', ['1']], ['2', ['2']]]);
  });

  it('follows the catalogue map from the older version to the newer, or the other way round', () => {
    const forward = mapAreas(framework('kommunkompassen-2020'), framework('kommunkompassen-2016'), catalogue.areaMaps);
    // 2016's area 2 became 2020's area 5; 2016's area 8 became 2020's area 2.
    expect(forward.get('5')).toEqual(['2']);
    expect(forward.get('2')).toEqual(['8']);
    const backward = mapAreas(framework('kommunkompassen-2016'), framework('kommunkompassen-2020'), catalogue.areaMaps);
    expect(backward.get('2')).toEqual(['5']);
  });

  it('adds up several areas mapped to one, and leaves areas without a counterpart empty', () => {
    const maps: AreaMap[] = [{ from: 'kommunkompassen-2010', to: 'kommunkompassen-2020', areas: { '1': '1', '2': '1', '3': '3' } }];
    const links = mapAreas(framework('kommunkompassen-2020'), framework('kommunkompassen-2010'), maps);
    expect(links.get('1')).toEqual(['1', '2']);
    expect(links.get('2')).toEqual([]);
    expect(mapAreas(framework('kommunkompassen-2020'), framework('kommunkompassen-2010'), []).get('1')).toEqual([]);
  });
});

describe('compareWithPrevious', () => {
  it('compares Örnsköldsvik 2015 with 2013 (same framework)', () => {
    const compared = compareWithPrevious(demo(1), demo(0), catalogue.areaMaps);
    expect(compared[0]).toEqual({ code: '1', current: { score: 6800, shown: 68 }, previous: { score: 4800, shown: 48 }, difference: 20, mappedFrom: ['1'] });
    expect(compared.map((area) => area.difference)).toEqual([20, 12, 8, 14, 13, 18, 18, 7]);
  });

  it('compares Örnsköldsvik 2017 (2016 model) with 2015 (2010 model) through the area map', () => {
    const compared = compareWithPrevious(demo(2), demo(1), catalogue.areaMaps);
    expect(compared[2]).toEqual({ code: '3', current: { score: 7200, shown: 72 }, previous: { score: 7400, shown: 74 }, difference: -2, mappedFrom: ['3'] });
  });

  it('maps areas whose numbers changed, and leaves unscored areas without figures', () => {
    const previous = demo(2);
    const current = evaluation('kommunkompassen-2020', { '5.1': 10, '5.2': 10.5 });
    const compared = compareWithPrevious(current, previous, catalogue.areaMaps);
    // 2020's area 5 is 2016's area 2 (57 points in Örnsköldsvik 2017).
    expect(compared[4]).toMatchObject({ code: '5', current: { score: 2050 }, previous: { score: 5700, shown: 57 }, mappedFrom: ['2'] });
    expect(compared[4]!.difference).toBe(compared[4]!.current!.shown - 57);
    expect(compared[0]).toMatchObject({ code: '1', current: null, previous: { shown: 74 }, difference: null });
  });

  it('uses the shown figures, which add up to the shown total', () => {
    const current = evaluation('kommunkompassen-2020', { '1.1': 10.5, '2.1': 10.5, '3.1': 10 });
    const previous = evaluation('kommunkompassen-2020', { '1.1': 10, '2.1': 10, '3.1': 10 });
    const compared = compareWithPrevious(current, previous, catalogue.areaMaps);
    const shown = compared.slice(0, 3).map((area) => area.current!.shown);
    expect(shown.reduce((sum, value) => sum + value, 0)).toBe(current.derived.totalShown);
    expect(compared.slice(0, 3).map((area) => area.difference)).toEqual(shown.map((value) => value - 10));
  });
});
