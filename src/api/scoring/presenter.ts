import { calibrate, type DifferenceSummary } from '../../domain/calibration.js';
import type { Proposal } from '../../domain/criteria.js';
import type { Hundredths } from '../../domain/decimal.js';
import { formatDecimal } from '../../domain/decimal.js';
import { criteriaOf, findSubarea, listScoringUnits, localise, type Framework, type Language } from '../../domain/framework.js';
import { compareCriterion, agreementOf, type CriterionComparison } from '../../domain/criteria-agreement.js';
import { proposalOf } from '../criteria/proposals.js';
import type { AgreedCriterionRow, AssessmentRow } from '../criteria/repository.js';
import type { AgreedScoreRow, EvaluatorWithSubmission, IndividualScore } from './repository.js';
import type { CalibrationView, OwnScore } from '../../contract/scoring.js';

const decimalOrNull = (value: Hundredths | null): string | null => (value === null ? null : formatDecimal(value));

/** One evaluator's own score of a unit as the API shows it; version 0 when nothing is saved. */
export function presentOwnScore(unitCode: string, saved: IndividualScore | null | undefined): OwnScore {
  return {
    unitCode,
    score: decimalOrNull(saved?.score ?? null),
    rationale: saved?.rationale ?? '',
    deviationReason: saved?.deviationReason ?? '',
    version: saved?.version ?? 0,
    takenOver: saved?.takenOver ?? false,
  };
}

/** The agreed score of a unit as sent back with a version conflict. */
export function presentAgreedScore(unitCode: string, current: AgreedScoreRow | null) {
  return current
    ? { unitCode, score: formatDecimal(current.score), rationale: current.rationale, deviationReason: current.deviationReason, version: current.version }
    : { unitCode, score: null, rationale: '', deviationReason: '', version: 0 };
}

/** The title of a scoring unit in the reader's language: its sub-area's, or its area's when the area is scored whole. */
export function unitTitles(framework: Framework, language: Language): Map<string, string> {
  const titles = new Map<string, string>();
  for (const area of framework.areas) {
    titles.set(area.code, localise(area.title, language));
    for (const subarea of area.subareas) titles.set(subarea.code, localise(subarea.title, language));
  }
  return titles;
}

const proposalText = (proposal: Proposal): string | null => (proposal.kind === 'proposed' ? formatDecimal(proposal.score) : null);

const presentSummary = (summary: DifferenceSummary) => ({
  meanAbsoluteDifference: decimalOrNull(summary.meanAbsoluteDifference),
  maxDifference: decimalOrNull(summary.maxDifference),
  unitsApart: summary.unitsApart,
});

export interface CalibrationInput {
  framework: Framework;
  /** The language of the area and unit titles. */
  language: Language;
  evaluators: readonly EvaluatorWithSubmission[];
  /** The caller's user id when the caller is one of the assigned evaluators. */
  callerId: string | null;
  /**
   * Individual scores per evaluator id. Before every evaluator has submitted this must hold the
   * caller's own scores at most: the presenter shows what it is given.
   */
  individual: ReadonlyMap<string, ReadonlyMap<string, IndividualScore>>;
  agreed: ReadonlyMap<string, AgreedScoreRow>;
  /** Criterion assessments per evaluator id, under the same rule as `individual`. */
  assessments: ReadonlyMap<string, ReadonlyMap<string, AssessmentRow>>;
  agreedCriteria: ReadonlyMap<string, AgreedCriterionRow>;
}

/** True once every assigned evaluator has submitted (and there is at least one). */
export const isRevealed = (evaluators: readonly EvaluatorWithSubmission[]): boolean =>
  evaluators.length > 0 && evaluators.every((evaluator) => evaluator.submittedAt !== null);

/**
 * The calibration view: every unit with the caller's own score, the others' scores and the
 * difference once revealed, and the agreed score; how far apart the evaluators were per area
 * and overall.
 */
export function presentCalibration({ framework, language, evaluators, callerId, individual, agreed, assessments, agreedCriteria }: CalibrationInput): CalibrationView {
  const revealed = isRevealed(evaluators);
  const units = listScoringUnits(framework);
  const titles = unitTitles(framework, language);
  const scoreOf = (evaluatorId: string, code: string) => individual.get(evaluatorId)?.get(code);
  const stats = calibrate(
    units.map((unit) => ({
      code: unit.code,
      areaCode: unit.areaCode,
      scores: revealed ? evaluators.map((evaluator) => scoreOf(evaluator.id, unit.code)?.score ?? null) : [],
    })),
    framework.areas.map((area) => area.code),
  );
  const others = revealed ? evaluators.filter((evaluator) => evaluator.id !== callerId) : [];
  const assessmentOf = (evaluatorId: string, code: string) => assessments.get(evaluatorId)?.get(code);
  const agreedValues = new Map([...agreedCriteria].map(([code, row]) => [code, row.value]));
  // Agreement over criteria counts only once every evaluator's assessments are revealed.
  const comparisons: CriterionComparison[] = [];
  const criteriaOfUnit = (code: string) => {
    const subarea = findSubarea(framework, code);
    return subarea ? criteriaOf(subarea) : [];
  };
  return {
    evaluators: evaluators.map((evaluator) => ({ id: evaluator.id, name: evaluator.name, submittedAt: evaluator.submittedAt?.toISOString() ?? null })),
    revealed,
    units: units.map((unit, index) => {
      const own = callerId === null ? null : scoreOf(callerId, unit.code);
      const agreedScore = agreed.get(unit.code);
      return {
        code: unit.code,
        areaCode: unit.areaCode,
        title: titles.get(unit.code) ?? unit.code,
        max: unit.max,
        own: callerId === null ? null : { score: decimalOrNull(own?.score ?? null), rationale: own?.rationale ?? '' },
        others: others.map((evaluator) => {
          const score = scoreOf(evaluator.id, unit.code);
          return { evaluatorId: evaluator.id, score: decimalOrNull(score?.score ?? null), rationale: score?.rationale ?? '' };
        }),
        difference: decimalOrNull(stats.units[index]?.difference ?? null),
        agreed: agreedScore
          ? { score: formatDecimal(agreedScore.score), rationale: agreedScore.rationale, deviationReason: agreedScore.deviationReason, version: agreedScore.version }
          : null,
        criteria: criteriaOfUnit(unit.code).map((criterion) => {
          const mine = callerId === null ? undefined : assessmentOf(callerId, criterion.code);
          const values = revealed ? evaluators.map((evaluator) => assessmentOf(evaluator.id, criterion.code)?.value ?? null) : [];
          if (revealed) comparisons.push(compareCriterion({ code: criterion.code, scale: criterion.scale, values }));
          const agreedCriterion = agreedCriteria.get(criterion.code);
          return {
            code: criterion.code,
            own: callerId === null ? null : { value: mine?.value ?? null, note: mine?.note ?? '' },
            others: others.map((evaluator) => {
              const theirs = assessmentOf(evaluator.id, criterion.code);
              return { evaluatorId: evaluator.id, value: theirs?.value ?? null, note: theirs?.note ?? '' };
            }),
            differs: revealed && new Set(values).size > 1,
            agreed: agreedCriterion ? { value: agreedCriterion.value, note: agreedCriterion.note, version: agreedCriterion.version } : null,
          };
        }),
        proposal: proposalText(proposalOf(framework, unit.code, agreedValues)),
      };
    }),
    areas: stats.areas.map((area, index) => ({
      code: area.code,
      title: framework.areas[index] ? localise(framework.areas[index].title, language) : area.code,
      ...presentSummary(area),
    })),
    overall: {
      ...presentSummary(stats.overall),
      unitsAgreed: units.filter((unit) => agreed.has(unit.code)).length,
      units: units.length,
      criteria: agreementOf(comparisons),
    },
  };
}
