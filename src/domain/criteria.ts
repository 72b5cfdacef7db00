/**
 * Criteria inside a sub-area: what an assessment may say, and how a sub-area's proposed score
 * follows from its assessed criteria. Pure; exact integer arithmetic in hundredths.
 */
import type { Hundredths } from './decimal.js';
import type { Criterion, CriterionScale, Subarea } from './framework.js';

/** The met scale's values; a level scale uses its levels' codes. "na" is possible on every scale. */
export const MET_VALUES = ['met', 'partly', 'not_met'] as const;
export type MetValue = (typeof MET_VALUES)[number];
export const NOT_APPLICABLE = 'na';

/** An assessment's value: a met-scale value, a level code, or "na". */
export type CriterionValue = string;

/** The values a criterion's scale allows, "na" last. */
export function allowedValues(scale: CriterionScale): string[] {
  const values = scale.kind === 'met' ? [...MET_VALUES] : scale.levels.map((level) => level.code);
  return [...values, NOT_APPLICABLE];
}

/** True when the value is one the criterion's scale allows. */
export function isAllowedValue(criterion: Criterion, value: string): boolean {
  return allowedValues(criterion.scale).includes(value);
}

/**
 * The points a value earns and the points the criterion can earn, or null for "na" (or a value the
 * scale does not know). The met scale counts met 2, partly 1, not met 0 of 2 (partly is half).
 */
export function pointsOf(scale: CriterionScale, value: string): { earned: number; possible: number } | null {
  if (scale.kind === 'met') {
    const earned = value === 'met' ? 2 : value === 'partly' ? 1 : value === 'not_met' ? 0 : null;
    return earned === null ? null : { earned, possible: 2 };
  }
  const level = scale.levels.find((candidate) => candidate.code === value);
  if (!level) return null;
  const possible = Math.max(...scale.levels.map((candidate) => candidate.points));
  return { earned: level.points, possible };
}

/** A share in [0, 1] for a value (met 1, partly 0.5, a level its points over the top level's), or null for "na". */
export function shareOf(scale: CriterionScale, value: string): number | null {
  const points = pointsOf(scale, value);
  if (!points) return null;
  return points.possible === 0 ? 0 : points.earned / points.possible;
}

export type Proposal =
  /** The sub-area has no criteria: it is scored as a whole. */
  | { kind: 'none' }
  /** Some criteria are not assessed yet. */
  | { kind: 'incomplete'; assessed: number; total: number }
  /** Every criterion is assessed as not applicable: no proposal can follow. */
  | { kind: 'not-applicable' }
  | { kind: 'proposed'; score: Hundredths };

/**
 * The proposed score of a sub-area from its criteria's values (keyed by criterion code):
 * max × Σ weight·earned/possible ÷ Σ weight over the applicable criteria, rounded half-up to the
 * score step. Never above max (max is whole points, so a multiple of any step), never below 0,
 * monotone in each criterion's value, and a not-applicable criterion changes nothing but the
 * denominator. Values the scale does not know count as not assessed.
 */
export function proposeScore(
  subarea: Pick<Subarea, 'max' | 'criteria'>,
  values: Readonly<Record<string, CriterionValue | undefined>>,
  scoreStep: Hundredths,
): Proposal {
  const criteria = subarea.criteria ?? [];
  if (criteria.length === 0 || subarea.max === undefined) return { kind: 'none' };
  let assessed = 0;
  // Exact: the shares over a common denominator (BigInt, as level scales may have many maxima).
  const common = criteria.reduce((product, criterion) => lcm(product, BigInt(possibleOf(criterion.scale))), 1n);
  let numerator = 0n;
  let denominator = 0n;
  for (const criterion of criteria) {
    const value = values[criterion.code];
    if (value === undefined || !isAllowedValue(criterion, value)) continue;
    assessed += 1;
    const points = pointsOf(criterion.scale, value);
    if (!points) continue;
    const weight = BigInt(criterion.weight);
    denominator += weight * common;
    if (points.possible > 0) numerator += (weight * BigInt(points.earned) * common) / BigInt(points.possible);
  }
  if (assessed < criteria.length) return { kind: 'incomplete', assessed, total: criteria.length };
  if (denominator === 0n) return { kind: 'not-applicable' };
  const max = BigInt(subarea.max * 100);
  const step = BigInt(Math.max(1, scoreStep));
  const steps = (2n * max * numerator + step * denominator) / (2n * step * denominator);
  const score = Number(steps * step);
  return { kind: 'proposed', score: Math.min(subarea.max * 100, score) };
}

function possibleOf(scale: CriterionScale): number {
  return scale.kind === 'met' ? 2 : Math.max(1, ...scale.levels.map((level) => level.points));
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** True when a score deviates from a proposal and so needs a stated reason. */
export function deviatesFromProposal(proposal: Proposal, score: Hundredths | null): boolean {
  return proposal.kind === 'proposed' && score !== null && score !== proposal.score;
}
