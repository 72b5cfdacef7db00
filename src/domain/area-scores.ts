import type { Hundredths } from './decimal.js';
import { isScoredBySubarea, type Framework } from './framework.js';

export interface AreaScores {
  /** Per area, in framework order: its exact score, or null when any of its units has none. */
  areas: Array<{ code: string; score: Hundredths | null }>;
  /** The exact total, or null when any unit has no score. */
  total: Hundredths | null;
  /** Whether every scoring unit has a score. */
  complete: boolean;
}

/**
 * Exact area scores and total of one evaluation, where a missing unit score leaves its area and
 * the total unknown (null) instead of counting as zero: the figures of open data, where an
 * absent figure must not read as a low one. (`deriveScores` counts missing units as zero for
 * the workspace, where the figures grow as scoring goes on.)
 */
export function areaScoresOf(framework: Framework, scores: ReadonlyMap<string, Hundredths>): AreaScores {
  let total: Hundredths | null = 0;
  const areas = framework.areas.map((area) => {
    const codes = isScoredBySubarea(area) ? area.subareas.map((subarea) => subarea.code) : [area.code];
    let score: Hundredths | null = 0;
    for (const code of codes) {
      const unit = scores.get(code);
      score = unit === undefined || score === null ? null : score + unit;
    }
    total = score === null || total === null ? null : total + score;
    return { code: area.code, score };
  });
  return { areas, total, complete: total !== null };
}
