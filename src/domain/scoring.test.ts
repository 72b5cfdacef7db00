import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { DEMO_EVALUATIONS } from '../demo/demo-evaluations.js';
import { comparePublishedFigures, publishedFiguresSchema } from './published-figures.js';
import { deriveScores } from './scoring.js';

const catalogue = loadCatalogue();
const framework = (id: string) => catalogue.frameworks.get(id)!;
const hundredths = (scores: Record<string, number>) => new Map(Object.entries(scores).map(([code, value]) => [code, value * 100]));

describe('deriveScores', () => {
  it('derives area and total scores from sub-area scores (Örnsköldsvik 2017: 552)', () => {
    const demo = DEMO_EVALUATIONS.find((evaluation) => evaluation.frameworkId === 'kommunkompassen-2016')!;
    const derived = deriveScores(framework('kommunkompassen-2016'), hundredths(demo.scores));
    expect(derived.total).toBe(55200);
    expect(derived.totalShown).toBe(552);
    expect(derived.areas.map((area) => area.score / 100)).toEqual([74, 57, 72, 70, 68, 77, 57, 77]);
    expect(derived.complete).toBe(true);
  });

  it('scores the 2010 model per area', () => {
    const derived = deriveScores(framework('kommunkompassen-2010'), hundredths({ 1: 48, 2: 37, 3: 66, 4: 58, 5: 61, 6: 58, 7: 43, 8: 70 }));
    expect(derived.total).toBe(44100);
    expect(derived.areas[0]!.subareas).toEqual([]);
  });

  it('marks missing scores as incomplete and counts them as zero', () => {
    const derived = deriveScores(framework('kommunkompassen-2020'), hundredths({ '1.1': 10 }));
    expect(derived.complete).toBe(false);
    expect(derived.areas[0]!.score).toBe(1000);
    expect(derived.areas[0]!.subareas[1]!.score).toBeNull();
    expect(derived.areas[0]!.subareas[1]!.shown).toBeNull();
  });

  it('shows fractional scores as whole numbers that add up', () => {
    const derived = deriveScores(framework('kommunkompassen-2020'), new Map([['1.1', 650], ['1.2', 650], ['1.3', 700], ['1.4', 0], ['1.5', 0]]));
    const area = derived.areas[0]!;
    expect(area.shown).toBe(20);
    expect(area.subareas.reduce((sum, unit) => sum + (unit.shown ?? 0), 0)).toBe(20);
  });
});

describe('comparePublishedFigures', () => {
  it('finds the known defects of the 2017 and 2023 reports and nothing else', () => {
    for (const demo of DEMO_EVALUATIONS) {
      const derived = deriveScores(framework(demo.frameworkId), hundredths(demo.scores));
      const differences = comparePublishedFigures(publishedFiguresSchema.parse(demo.published), derived);
      const summary = differences.map((difference) => `${difference.kind}:${difference.area ?? ''}`);
      if (demo.municipalityId === 'se-2284' && demo.frameworkId === 'kommunkompassen-2016') {
        expect(summary).toEqual(['area-sum:3', 'area-sum:6']);
      } else if (demo.municipalityId === 'se-2029') {
        expect(summary).toEqual(['chapter-vs-table:4', 'chapter-vs-table:5', 'chapter-vs-table:6', 'chapter-vs-table:8']);
      } else {
        expect(summary).toEqual([]);
      }
    }
  });

  it('reports a printed total that the scores do not give', () => {
    const derived = deriveScores(framework('kommunkompassen-2010'), hundredths({ 1: 50, 2: 50, 3: 50, 4: 50, 5: 50, 6: 50, 7: 50, 8: 50 }));
    const differences = comparePublishedFigures(publishedFiguresSchema.parse({ total: '401' }), derived);
    expect(differences).toEqual([{ kind: 'total-sum', stated: '401', derived: 40000, where: 'published-report, total' }]);
  });
});
