import type { Hundredths } from './decimal.js';
import { sumHundredths } from './decimal.js';
import { showScores, type ShownScores } from './display-figures.js';
import { isScoredBySubarea, type Framework } from './framework.js';

/** One scored leaf as derived for display: exact value, max, and the whole number shown. */
interface DerivedUnit {
  code: string;
  /** Exact score in hundredths, or null when not scored yet. */
  score: Hundredths | null;
  max: Hundredths;
  shown: number | null;
  percent: number | null;
}

export interface DerivedArea {
  code: string;
  score: Hundredths;
  max: Hundredths;
  shown: number;
  percent: number;
  /** True when every unit of the area has a score. */
  complete: boolean;
  /** Per sub-area scores; empty when the area is scored as a whole. */
  subareas: DerivedUnit[];
}

export interface DerivedScores {
  areas: DerivedArea[];
  total: Hundredths;
  totalShown: number;
  max: Hundredths;
  complete: boolean;
  /** Every shown figure as `showScores` decides it (percents, highest/lowest, what is rounded). */
  display: ShownScores;
}

/**
 * Derives area and total scores from unit scores (sub-areas, or areas for models scored per area).
 * Totals are never stored: this is the one place they come from. Missing units count as zero
 * and make the area incomplete. Shown values and percents come from `showScores`.
 */
export function deriveScores(framework: Framework, scores: ReadonlyMap<string, Hundredths>): DerivedScores {
  const display = showScores({
    areas: framework.areas.map((area) =>
      isScoredBySubarea(area)
        ? { code: area.code, max: area.max, score: null, subareas: area.subareas.map((subarea) => ({ code: subarea.code, score: scores.get(subarea.code) ?? null, max: subarea.max ?? 0 })) }
        : { code: area.code, max: area.max, score: scores.get(area.code) ?? null, subareas: [] },
    ),
  });
  const areas = display.areas.map(
    (area): DerivedArea => ({
      code: area.code,
      score: area.exact,
      max: area.max * 100,
      shown: area.shown,
      percent: area.percent,
      complete: area.complete,
      subareas: area.subareas.map((unit) => ({ code: unit.code, score: unit.exact, max: unit.max * 100, shown: unit.shown, percent: unit.percent })),
    }),
  );
  return {
    areas,
    total: sumHundredths(areas.map((area) => area.score)),
    totalShown: display.total.shown,
    max: sumHundredths(areas.map((area) => area.max)),
    complete: display.complete,
    display,
  };
}
