import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import { listScoringUnits } from '../framework.js';
import { deriveScores } from '../scoring.js';
import { evaluationRowFigures } from './evaluation-figures.js';

const catalogue = loadCatalogue();

describe('evaluationRowFigures', () => {
  it('shows exactly what showScores shows for the total and the areas, for every model and any scores, missing ones too', () => {
    for (const framework of catalogue.frameworks.values()) {
      const units = listScoringUnits(framework);
      fc.assert(
        fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }), { minLength: units.length, maxLength: units.length }), (values) => {
          const scores = new Map<string, number>();
          units.forEach((unit, index) => {
            const value = values[index];
            if (value !== undefined) scores.set(unit.code, Math.min(value, unit.max * 100));
          });
          const { display } = deriveScores(framework, scores);
          const row = evaluationRowFigures(framework, scores);
          expect(row.complete).toBe(display.complete);
          expect(row.total).toEqual({ exact: display.total.exact, shown: display.total.shown, max: display.total.max, percent: display.total.percent, rounded: display.total.rounded });
          expect(row.areas).toEqual(
            display.areas.map((area) => ({ code: area.code, complete: area.complete, exact: area.exact, shown: area.shown, max: area.max, percent: area.percent, rounded: area.rounded })),
          );
        }),
        { numRuns: 150 },
      );
    }
  });
});
