import { findCompleteScoresViolation } from '../db/complete-scores-violation.js';
import { incompleteScoresMessage, nameUnits, type MissingUnit } from '../domain/complete-scores.js';
import type { EvaluationStatus } from '../domain/evaluation-status.js';
import type { Catalogue } from '../domain/framework.js';
import { AppError } from './errors.js';

/**
 * The refusal of a change that would leave an evaluation at `status` (fact_check, final or
 * published) without an agreed score for the given units: 409 `conflict` with the reason
 * `missing-scores`, the status and the units by code and name, one detail per unit.
 */
export function incompleteScoresRefusal(status: EvaluationStatus, missing: readonly MissingUnit[], unitCount: number): AppError {
  return new AppError(
    'conflict',
    incompleteScoresMessage(status, missing, unitCount),
    missing.map((unit) => ({ field: `units.${unit.code}`, message: `${unit.name}: has no agreed score` })),
    { reason: 'missing-scores', status, missingUnits: missing },
  );
}

/**
 * The database's refusal of such a change (whatever code path made it) as the same refusal;
 * any other error is returned as it is. With the catalogue the units are named, else by code.
 */
export function refusalOfDatabaseError(error: unknown, catalogue?: Catalogue): unknown {
  const violation = findCompleteScoresViolation(error);
  if (!violation) return error;
  const framework = catalogue?.frameworks.get(violation.frameworkId);
  const missing = framework ? nameUnits(framework, violation.missingUnits) : violation.missingUnits.map((code) => ({ code, name: code }));
  return incompleteScoresRefusal(violation.status, missing, violation.unitCount);
}
