/**
 * The municipality's earlier evaluations as points on its history, expressed in the areas of
 * the evaluation being compared. Across framework versions the areas go through the
 * catalogue's area map, and the point carries the map's caveat.
 */
import type { Hundredths } from '../decimal.js';
import { caveatBetween, localise, type Catalogue, type Framework, type Language } from '../framework.js';
import { hasAnyScore, mapAreas } from '../previous-comparison.js';
import { deriveScores } from '../scoring.js';
import type { HistoryPoint } from './types.js';

/** The year an evaluation belongs to: its fieldwork start, else its report date; null when neither is known. */
export function evaluationYear(fieldworkStart: string | null, reportDate: string | null): number | null {
  const date = fieldworkStart ?? reportDate;
  const year = date ? Number(date.slice(0, 4)) : Number.NaN;
  return Number.isInteger(year) ? year : null;
}

/**
 * One earlier evaluation as a history point: its total, and per area of `current` the sum of
 * the earlier evaluation's linked areas (null when none is linked or none of them is scored).
 */
export function historyPointOf(
  earlier: { evaluationId: string; year: number | null; framework: Framework; scores: ReadonlyMap<string, Hundredths> },
  current: Framework,
  catalogue: Pick<Catalogue, 'areaMaps' | 'caveat'>,
  language: Language,
): HistoryPoint {
  const derived = deriveScores(earlier.framework, earlier.scores);
  const byCode = new Map(derived.areas.map((area) => [area.code, area]));
  const links = mapAreas(current, earlier.framework, catalogue.areaMaps);
  return {
    evaluationId: earlier.evaluationId,
    year: earlier.year,
    frameworkId: earlier.framework.id,
    total: derived.total / 100,
    complete: derived.complete,
    areas: current.areas.map((area) => {
      const scored = (links.get(area.code) ?? []).flatMap((code) => {
        const linked = byCode.get(code);
        return linked && hasAnyScore(linked) ? [linked.score] : [];
      });
      return { code: area.code, score: scored.length === 0 ? null : scored.reduce((sum, score) => sum + score, 0) / 100 };
    }),
    caveat: earlier.framework.id === current.id ? null : localise(caveatBetween(catalogue, current.id, earlier.framework.id), language),
  };
}
