import type { Hundredths } from './decimal.js';
import { percentOf, sumHundredths } from './decimal.js';
import { isScoredBySubarea, type Framework } from './framework.js';
import { roundScoreTree } from './rounding.js';

/** One scored leaf as derived for display: exact value, max, and the whole number shown. */
export interface DerivedUnit {
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
}

/**
 * Derives area and total scores from unit scores (sub-areas, or areas for models scored per area).
 * Totals are never stored: this is the one place they come from. Missing units count as zero
 * and make the area incomplete. Shown values use largest-remainder rounding, so they add up.
 */
export function deriveScores(framework: Framework, scores: ReadonlyMap<string, Hundredths>): DerivedScores {
  const exact = framework.areas.map((area) => {
    if (!isScoredBySubarea(area)) {
      const score = scores.get(area.code) ?? null;
      return { area, units: [] as Array<{ code: string; score: Hundredths | null; max: Hundredths }>, score: score ?? 0, complete: score !== null };
    }
    const units = area.subareas.map((subarea) => ({
      code: subarea.code,
      score: scores.get(subarea.code) ?? null,
      max: (subarea.max ?? 0) * 100,
    }));
    return {
      area,
      units,
      score: sumHundredths(units.map((unit) => unit.score ?? 0)),
      complete: units.every((unit) => unit.score !== null),
    };
  });
  const shown = roundScoreTree({
    areas: exact.map((entry) => ({ value: entry.score, parts: entry.units.map((unit) => unit.score ?? 0) })),
  });
  const areas = exact.map((entry, index): DerivedArea => {
    const shownArea = shown.areas[index];
    const max = entry.area.max * 100;
    return {
      code: entry.area.code,
      score: entry.score,
      max,
      shown: shownArea?.value ?? 0,
      percent: percentOf(entry.score, max),
      complete: entry.complete,
      subareas: entry.units.map((unit, unitIndex) => ({
        code: unit.code,
        score: unit.score,
        max: unit.max,
        shown: unit.score === null ? null : (shownArea?.parts[unitIndex] ?? 0),
        percent: unit.score === null ? null : percentOf(unit.score, unit.max),
      })),
    };
  });
  return {
    areas,
    total: sumHundredths(areas.map((area) => area.score)),
    totalShown: shown.total,
    max: sumHundredths(areas.map((area) => area.max)),
    complete: areas.every((area) => area.complete),
  };
}
