/**
 * The completeness invariant: an evaluation run in Kompass that has reached the fact check (or
 * is final or published) has an agreed score for every scoring unit of its framework.
 *
 * This module decides, purely: which evaluations the rule binds, which units are missing, and
 * how a refusal names them. The database enforces the same rule on every write (a deferred
 * constraint trigger, see drizzle/0005_complete_scores.sql and docs/decisions/0005-…), and a
 * violation it reports is described here too, so every refusal reads the same.
 *
 * Archived evaluations (origin `archive`) are records of published reports: a report that
 * printed no figure for a unit is stored as it is. The rule does not bind them, but the same
 * missing units mark them incomplete wherever their total appears, and comparisons leave them out.
 */
import type { EvaluationOrigin, EvaluationStatus } from './evaluation-status.js';
import { listScoringUnits, localise, type Framework, type Language } from './framework.js';

/** The statuses in which an evaluation run in Kompass must have every unit scored. */
export const COMPLETE_SCORES_STATUSES: readonly EvaluationStatus[] = ['fact_check', 'final', 'published'];

/** True when the rule binds an evaluation of this status and origin. */
export function requiresCompleteScores(status: EvaluationStatus, origin: EvaluationOrigin): boolean {
  return origin === 'workspace' && COMPLETE_SCORES_STATUSES.includes(status);
}

/** A scoring unit without a score, by code and name (the sub-area's, or the area's where the model scores areas). */
export interface MissingUnit {
  code: string;
  name: string;
}

/** The codes of the framework's scoring units that have no score, in framework order. */
export function missingUnitCodes(framework: Framework, scored: { has(code: string): boolean }): string[] {
  return listScoringUnits(framework)
    .map((unit) => unit.code)
    .filter((code) => !scored.has(code));
}

/** Names unit codes of a framework (codes it does not know keep the code as their name). */
export function nameUnits(framework: Framework, codes: readonly string[], language: Language = 'sv'): MissingUnit[] {
  const names = new Map<string, string>();
  for (const area of framework.areas) {
    names.set(area.code, localise(area.title, language));
    for (const subarea of area.subareas) names.set(subarea.code, localise(subarea.title, language));
  }
  return codes.map((code) => ({ code, name: names.get(code) ?? code }));
}

/** Up to this many missing units are named with their names in a message; more are listed by code. */
const NAMED_IN_MESSAGE = 5;

/**
 * Why a change is refused: the evaluation would be at `status` without an agreed score for the
 * given units (of `unitCount` in its framework). A few units are named in full
 * ("3.2 Politisk styrning"); a long list by code, the names being in the refusal's data.
 */
export function incompleteScoresMessage(status: EvaluationStatus, missing: readonly MissingUnit[], unitCount: number): string {
  const named = (unit: MissingUnit) => (unit.name === unit.code ? unit.code : `${unit.code} ${unit.name}`);
  const listed = missing.length <= NAMED_IN_MESSAGE ? missing.map(named).join('; ') : missing.map((unit) => unit.code).join(', ');
  return `An evaluation at ${status} must have an agreed score for every scoring unit; ${missing.length} of ${unitCount} would have none: ${listed}`;
}
