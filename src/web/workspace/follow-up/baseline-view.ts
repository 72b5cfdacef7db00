/**
 * Pure helpers of the baseline beside the workspace's own fields: finding a unit's or an area's
 * previous counterpart, and the baseline's year.
 */
import type { Baseline, BaselineArea, BaselineUnit } from './follow-up-api.js';

/** The baseline's units and areas by the follow-up's codes. */
export interface BaselineIndex {
  units: ReadonlyMap<string, BaselineUnit>;
  areas: ReadonlyMap<string, BaselineArea>;
}

export function indexBaseline(baseline: Baseline): BaselineIndex {
  return {
    units: new Map(baseline.units.map((unit) => [unit.unitCode, unit])),
    areas: new Map(baseline.areas.map((area) => [area.areaCode, area])),
  };
}

/** The year of the baseline as its title shows it: its report date's year, or null when unknown. */
export function baselineYear(reportDate: string | null): string | null {
  const year = reportDate ? /^\d{4}/.exec(reportDate)?.[0] : undefined;
  return year ?? null;
}
