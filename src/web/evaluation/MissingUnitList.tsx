import { ApiError } from '../api/api-error.js';
import type { FrameworkDetail } from '../api/types.js';
import { unitTitles } from './unit-titles.js';

export interface NamedUnit {
  code: string;
  name: string;
}

/** The units a refusal names (`missingUnits` of a `missing-scores` refusal); empty for any other error. */
export function missingUnitsOf(error: unknown): NamedUnit[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.extra.missingUnits)) return [];
  return (error.extra.missingUnits as unknown[]).flatMap((entry) => {
    const unit = entry as Partial<NamedUnit> | null;
    return unit && typeof unit.code === 'string' ? [{ code: unit.code, name: typeof unit.name === 'string' ? unit.name : unit.code }] : [];
  });
}

/**
 * Scoring units without a score, by code and name. With the framework at hand (read in the UI
 * language) the names come from it; otherwise as the server named them.
 */
export function MissingUnitList({ units, framework, label }: { units: readonly NamedUnit[]; framework?: FrameworkDetail; label?: string }) {
  const titles = framework ? unitTitles(framework) : null;
  return (
    <ul className="unit-list" aria-label={label}>
      {units.map((unit) => (
        <li key={unit.code}>
          <span className="unit-list__code">{unit.code}</span> {titles?.get(unit.code) ?? unit.name}
        </li>
      ))}
    </ul>
  );
}
