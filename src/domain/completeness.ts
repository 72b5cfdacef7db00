/**
 * How complete an evaluation's working material is: per scoring unit, whether it has an agreed
 * score, a rationale for it, and evidence. Pure; the caller reads the facts.
 */
import { listScoringUnits, type Framework } from './framework.js';

interface UnitCompleteness {
  code: string;
  areaCode: string;
  hasScore: boolean;
  /** The agreed score's rationale is not blank. */
  hasRationale: boolean;
  /** Evidence items linked to the unit. */
  evidenceCount: number;
}

export interface Completeness {
  units: UnitCompleteness[];
  /** Units without an agreed score, in framework order. */
  missingScores: string[];
  /** Units without a rationale (a unit without an agreed score has none either), in framework order. */
  missingRationales: string[];
  /** Units no evidence item is linked to, in framework order. */
  withoutEvidence: string[];
}

/**
 * @param agreed the agreed scores present, by unit code, with their rationale (Markdown)
 * @param evidenceUnitCodes per evidence item, the unit codes it is linked to
 */
export function assessCompleteness(
  framework: Framework,
  agreed: ReadonlyMap<string, { rationale: string }>,
  evidenceUnitCodes: ReadonlyArray<readonly string[]>,
): Completeness {
  const evidence = new Map<string, number>();
  for (const codes of evidenceUnitCodes) {
    for (const code of new Set(codes)) evidence.set(code, (evidence.get(code) ?? 0) + 1);
  }
  const units = listScoringUnits(framework).map((unit): UnitCompleteness => {
    const score = agreed.get(unit.code);
    return {
      code: unit.code,
      areaCode: unit.areaCode,
      hasScore: score !== undefined,
      hasRationale: score !== undefined && score.rationale.trim() !== '',
      evidenceCount: evidence.get(unit.code) ?? 0,
    };
  });
  return {
    units,
    missingScores: units.filter((unit) => !unit.hasScore).map((unit) => unit.code),
    missingRationales: units.filter((unit) => !unit.hasRationale).map((unit) => unit.code),
    withoutEvidence: units.filter((unit) => unit.evidenceCount === 0).map((unit) => unit.code),
  };
}
