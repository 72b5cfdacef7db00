/**
 * Calibration: how far the evaluators' independent scores lie apart, per scoring unit, per area
 * and overall. Pure functions over exact hundredths; nothing here rounds through floating point.
 */
import type { Hundredths } from './decimal.js';

/**
 * How far the individual scores of one unit lie apart: the largest minus the smallest (for a
 * pair, |a − b|). Null unless there are at least two scores and every one of them is set.
 */
export function spreadOf(scores: ReadonlyArray<Hundredths | null>): Hundredths | null {
  if (scores.length < 2) return null;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const score of scores) {
    if (score === null) return null;
    low = Math.min(low, score);
    high = Math.max(high, score);
  }
  return high - low;
}

/** The mean of non-negative hundredths, rounded half up to whole hundredths; null for none. */
export function meanHundredths(values: readonly Hundredths[]): Hundredths | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  // Integer arithmetic: floor((2·sum + n) / 2n) is sum / n rounded half up.
  return Math.floor((2 * sum + values.length) / (2 * values.length));
}

export interface DifferenceSummary {
  /** Mean of the units' differences (only units with one); null when no unit has a difference. */
  meanAbsoluteDifference: Hundredths | null;
  maxDifference: Hundredths | null;
  /** Units whose scores differ at all. */
  unitsApart: number;
}

/** Summarises unit differences; units without a difference (null) are left out. */
export function summariseDifferences(differences: ReadonlyArray<Hundredths | null>): DifferenceSummary {
  const known = differences.filter((difference): difference is Hundredths => difference !== null);
  return {
    meanAbsoluteDifference: meanHundredths(known),
    maxDifference: known.length === 0 ? null : Math.max(...known),
    unitsApart: known.filter((difference) => difference > 0).length,
  };
}

export interface CalibrationUnitInput {
  code: string;
  areaCode: string;
  /** Every evaluator's score of the unit, in one order for all units; null when not scored. */
  scores: ReadonlyArray<Hundredths | null>;
}

export interface Calibration {
  units: Array<{ code: string; difference: Hundredths | null }>;
  /** In the order the area codes were given. */
  areas: Array<{ code: string } & DifferenceSummary>;
  overall: DifferenceSummary;
}

/** Differences per unit, and their summaries per area and overall. */
export function calibrate(units: readonly CalibrationUnitInput[], areaCodes: readonly string[]): Calibration {
  const differences = units.map((unit) => ({ code: unit.code, areaCode: unit.areaCode, difference: spreadOf(unit.scores) }));
  return {
    units: differences.map(({ code, difference }) => ({ code, difference })),
    areas: areaCodes.map((code) => ({
      code,
      ...summariseDifferences(differences.filter((unit) => unit.areaCode === code).map((unit) => unit.difference)),
    })),
    overall: summariseDifferences(differences.map((unit) => unit.difference)),
  };
}

/**
 * The units that keep an evaluator from submitting, in the order given: those without a score
 * or without a rationale (blank counts as none).
 */
export function unitsNotReady(
  unitCodes: readonly string[],
  own: ReadonlyMap<string, { score: Hundredths | null; rationale: string }>,
): string[] {
  return unitCodes.filter((code) => {
    const entry = own.get(code);
    return !entry || entry.score === null || entry.rationale.trim() === '';
  });
}
