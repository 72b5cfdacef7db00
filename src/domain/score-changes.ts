import type { Hundredths } from './decimal.js';
import { formatPoints, numberToHundredths, parseDecimal } from './decimal.js';
import { listScoringUnits, type Framework } from './framework.js';

/** A requested change: set a unit's score, or clear it with null. */
export interface ScoreInput {
  code: string;
  score: number | string | null;
}

export interface ScoreChange {
  code: string;
  score: Hundredths | null;
}

export interface ScoreProblem {
  /** Index of the offending entry in the request. */
  index: number;
  field: 'code' | 'score';
  message: string;
}

function toHundredths(score: number | string): Hundredths | null {
  return typeof score === 'number' ? numberToHundredths(score) : parseDecimal(score);
}

/**
 * Checks requested score changes against the framework: the unit must exist, the score must be
 * an exact decimal within [0, max] and a multiple of the framework's step, and no unit twice.
 * Returns the parsed changes, or every problem found (so a form can show them all at once).
 */
export function checkScoreChanges(
  framework: Framework,
  inputs: readonly ScoreInput[],
): { changes: ScoreChange[]; problems: ScoreProblem[] } {
  const units = new Map(listScoringUnits(framework).map((unit) => [unit.code, unit]));
  const step = parseDecimal(framework.scoreStep) ?? 1;
  const seen = new Set<string>();
  const changes: ScoreChange[] = [];
  const problems: ScoreProblem[] = [];
  inputs.forEach((input, index) => {
    const unit = units.get(input.code);
    if (!unit) {
      const known = [...units.keys()];
      problems.push({
        index,
        field: 'code',
        message: `"${input.code}" is not a scored unit of ${framework.id} (allowed: ${known[0]} … ${known.at(-1)})`,
      });
      return;
    }
    if (seen.has(input.code)) {
      problems.push({ index, field: 'code', message: `"${input.code}" appears more than once` });
      return;
    }
    seen.add(input.code);
    if (input.score === null) {
      changes.push({ code: input.code, score: null });
      return;
    }
    const value = toHundredths(input.score);
    const range = `between 0 and ${unit.max} (the max of ${unit.code})`;
    if (value === null) {
      problems.push({ index, field: 'score', message: `must be a number ${range} with at most two decimals` });
    } else if (value > unit.max * 100) {
      problems.push({ index, field: 'score', message: `${formatPoints(value, '.')} is out of range: must be ${range}` });
    } else if (value % step !== 0) {
      problems.push({ index, field: 'score', message: `must be a multiple of ${framework.scoreStep}` });
    } else {
      changes.push({ code: input.code, score: value });
    }
  });
  return { changes, problems };
}
