/**
 * How far evaluators agree on criteria: a pair is a criterion every evaluator assessed (each has a
 * value, "na" included); it agrees when every value is the same. The mean absolute difference is
 * taken over the pairs every evaluator found applicable, of the shares (met 1, partly 0.5, a level
 * its points over the top level's; with more than two evaluators, the largest minus the smallest).
 * Pure and exact: figures are decimal strings with two decimals, rounded half-up.
 */
import { shareOf } from './criteria.js';
import type { CriterionScale } from './framework.js';

/** One criterion's values, one per evaluator (null or undefined when not assessed). */
export interface CriterionValues {
  code: string;
  scale: CriterionScale;
  values: ReadonlyArray<string | null | undefined>;
}

/** What one criterion contributes: whether it is a pair, whether it agrees, and the shares' spread. */
export interface CriterionComparison {
  code: string;
  pair: boolean;
  agrees: boolean;
  /** The shares' spread as an exact fraction; null unless a pair every evaluator found applicable. */
  difference: Fraction | null;
}

/** An exact non-negative fraction. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

export interface AgreementFigures {
  pairs: number;
  agreements: number;
  /** agreements / pairs ("0.75"); null with no pairs. */
  agreementRate: string | null;
  /** Mean spread of shares over the applicable pairs ("0.25"); null when there are none. */
  meanAbsoluteDifference: string | null;
}

/** A share as an exact fraction (met scale over 2, level scale over the top level's points), or null for "na". */
function shareFraction(scale: CriterionScale, value: string): Fraction | null {
  const share = shareOf(scale, value);
  if (share === null) return null;
  if (scale.kind === 'met') {
    const earned = value === 'met' ? 2n : value === 'partly' ? 1n : 0n;
    return { numerator: earned, denominator: 2n };
  }
  const top = Math.max(...scale.levels.map((level) => level.points));
  const level = scale.levels.find((candidate) => candidate.code === value);
  if (!level || top === 0) return { numerator: 0n, denominator: 1n };
  return { numerator: BigInt(level.points), denominator: BigInt(top) };
}

const compare = (a: Fraction, b: Fraction) => a.numerator * b.denominator - b.numerator * a.denominator;

function subtract(a: Fraction, b: Fraction): Fraction {
  return { numerator: a.numerator * b.denominator - b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

function add(a: Fraction, b: Fraction): Fraction {
  return { numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

/** Compares one criterion's values across evaluators (fewer than two evaluators never make a pair). */
export function compareCriterion({ code, scale, values }: CriterionValues): CriterionComparison {
  const assessed = values.filter((value): value is string => typeof value === 'string');
  const pair = values.length >= 2 && assessed.length === values.length;
  if (!pair) return { code, pair: false, agrees: false, difference: null };
  const agrees = assessed.every((value) => value === assessed[0]);
  const shares = assessed.map((value) => shareFraction(scale, value));
  if (shares.some((share) => share === null)) return { code, pair, agrees, difference: null };
  const applicable = shares as Fraction[];
  let low = applicable[0]!;
  let high = applicable[0]!;
  for (const share of applicable) {
    if (compare(share, low) < 0) low = share;
    if (compare(share, high) > 0) high = share;
  }
  return { code, pair, agrees, difference: subtract(high, low) };
}

/** A fraction as a decimal string with two decimals, rounded half-up (non-negative fractions). */
export function formatFraction(value: Fraction): string {
  const hundredths = (2n * 100n * value.numerator + value.denominator) / (2n * value.denominator);
  const whole = hundredths / 100n;
  const rest = (hundredths % 100n).toString().padStart(2, '0');
  return `${whole}.${rest}`;
}

/** The agreement figures over compared criteria (of one evaluation or of many). */
export function agreementOf(comparisons: readonly CriterionComparison[]): AgreementFigures {
  const pairs = comparisons.filter((comparison) => comparison.pair);
  const agreements = pairs.filter((comparison) => comparison.agrees).length;
  const differences = pairs.flatMap((comparison) => (comparison.difference ? [comparison.difference] : []));
  const sum = differences.reduce<Fraction>((total, difference) => add(total, difference), { numerator: 0n, denominator: 1n });
  return {
    pairs: pairs.length,
    agreements,
    agreementRate: pairs.length === 0 ? null : formatFraction({ numerator: BigInt(agreements), denominator: BigInt(pairs.length) }),
    meanAbsoluteDifference:
      differences.length === 0 ? null : formatFraction({ numerator: sum.numerator, denominator: sum.denominator * BigInt(differences.length) }),
  };
}

/** Agreement over criteria: compares each, then sums up. */
export function criteriaAgreement(criteria: readonly CriterionValues[]): AgreementFigures {
  return agreementOf(criteria.map(compareCriterion));
}

/** Per criterion code, across comparisons (e.g. of many evaluations): pairs and disagreements. */
export interface CriterionDisagreement {
  code: string;
  pairs: number;
  disagreements: number;
  /** disagreements / pairs, "0.50". */
  disagreementRate: string;
}

/**
 * The criteria evaluators disagree on most: by disagreements, then by rate, then by code; only
 * criteria with pairs, at most `limit`.
 */
export function mostDisagreed(comparisons: readonly CriterionComparison[], limit: number): CriterionDisagreement[] {
  const byCode = new Map<string, { pairs: number; disagreements: number }>();
  for (const comparison of comparisons) {
    if (!comparison.pair) continue;
    const entry = byCode.get(comparison.code) ?? { pairs: 0, disagreements: 0 };
    entry.pairs += 1;
    if (!comparison.agrees) entry.disagreements += 1;
    byCode.set(comparison.code, entry);
  }
  return [...byCode.entries()]
    .map(([code, entry]) => ({ code, ...entry }))
    .sort(
      (a, b) =>
        b.disagreements - a.disagreements ||
        b.disagreements * a.pairs - a.disagreements * b.pairs ||
        compareCodes(a.code, b.code),
    )
    .slice(0, limit)
    .map((entry) => ({ ...entry, disagreementRate: formatFraction({ numerator: BigInt(entry.disagreements), denominator: BigInt(entry.pairs) }) }));
}

/** Orders dotted codes numerically ("1.2.10" after "1.2.9"). */
export function compareCodes(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
