/**
 * The scoring units of a framework per area, element ids of their fields, and area totals of
 * typed scores; the score of one unit as typed is `ui/score-input.ts`.
 */
import type { Hundredths } from '../../../domain/decimal.js';
import { showScores } from '../../../domain/display-figures.js';
import type { FrameworkDetail } from '../../api/types.js';

export interface ScoringUnit {
  code: string;
  areaCode: string;
  title: string;
  max: number;
}

export interface ScoringArea {
  code: string;
  title: string;
  max: number;
  units: ScoringUnit[];
}

/** The framework's scoring units per area: its sub-areas, or the area itself when it is scored whole. */
export function scoringAreas(framework: FrameworkDetail): ScoringArea[] {
  return framework.areas.map((area) => ({
    code: area.code,
    title: area.title,
    max: area.max,
    units:
      area.scoredBy === 'subarea' && area.subareas.length > 0
        ? area.subareas.map((subarea) => ({ code: subarea.code, areaCode: area.code, title: subarea.title, max: subarea.max ?? 0 }))
        : [{ code: area.code, areaCode: area.code, title: area.title, max: area.max }],
  }));
}

/** An element id for a unit's field ("1.2" → "poang-1-2"). */
export const fieldId = (prefix: string, code: string) => `${prefix}-${code.replace(/[^A-Za-z0-9]+/g, '-')}`;

export interface AreaTotal {
  code: string;
  /** Exact sum of the scored units, in hundredths. */
  exact: Hundredths;
  /** The whole number shown, rounded as the evaluation rounds (parts add up to the total). */
  shown: number;
  /** Units without a score. */
  missing: number;
}

/**
 * Area totals of the given unit scores, shown as the server shows the evaluation (`showScores`:
 * largest remainder, so shown areas add up to the shown total); missing units count as zero.
 */
export function areaTotals(areas: readonly ScoringArea[], scores: ReadonlyMap<string, Hundredths>): { areas: AreaTotal[]; total: number } {
  const shown = showScores({
    areas: areas.map((area) => {
      const whole = area.units.length === 1 && area.units[0]?.code === area.code;
      return {
        code: area.code,
        max: area.max,
        score: whole ? (scores.get(area.code) ?? null) : null,
        subareas: whole ? [] : area.units.map((unit) => ({ code: unit.code, max: unit.max, score: scores.get(unit.code) ?? null })),
      };
    }),
  });
  return {
    total: shown.total.shown,
    areas: areas.map((area, index) => ({
      code: area.code,
      exact: shown.areas[index]?.exact ?? 0,
      shown: shown.areas[index]?.shown ?? 0,
      missing: area.units.filter((unit) => !scores.has(unit.code)).length,
    })),
  };
}
