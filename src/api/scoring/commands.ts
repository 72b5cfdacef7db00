import type { Database, Executor } from '../../db/client.js';
import { unitsNotReady } from '../../domain/calibration.js';
import type { Hundredths } from '../../domain/decimal.js';
import { formatDecimal } from '../../domain/decimal.js';
import { criteriaOf, findSubarea, frameworkOf, listScoringUnits, type Catalogue, type Framework } from '../../domain/framework.js';
import { checkScoreChanges } from '../../domain/score-changes.js';
import { AppError, forbidden, invalid } from '../../kernel/errors.js';
import { versionedWrite, type LockedEvaluation } from '../../kernel/versioned-write.js';
import { agreedProposal, ownProposal, proposalOf, requireExplainedDeviation } from '../criteria/proposals.js';
import { findAssessments } from '../criteria/repository.js';
import { presentAgreedScore, presentOwnScore } from './presenter.js';
import {
  deleteAgreedScore,
  findAgreedScoreForWrite,
  findIndividualScore,
  findIndividualScores,
  findSubmission,
  insertSubmission,
  isAssigned,
  listEvaluatorsWithSubmissions,
  upsertAgreedScore,
  upsertIndividualScore,
} from './repository.js';
import { INDEPENDENT_SCORING_STATUSES, type AgreedScore, type OwnScore, type SaveAgreedScoreInput, type SaveOwnScoreInput } from '../../contract/scoring.js';

export const notAssignedEvaluator = () => forbidden('Only the evaluators assigned to this evaluation have their own scores');

/** Validates one unit's score exactly as agreed scores are validated (0..max, in the framework's steps). */
function parseUnitScore(framework: Framework, unitCode: string, score: number | string | null): Hundredths | null {
  const { changes, problems } = checkScoreChanges(framework, [{ code: unitCode, score }]);
  const problem = problems[0];
  if (problem) throw invalid(problem.field === 'code' ? 'params.unitCode' : 'body.score', problem.message);
  return changes[0]?.score ?? null;
}

/** The refusal of an agreed score while assigned evaluators have not submitted their own scores. */
async function awaitingSubmissions(tx: Executor, evaluationId: string): Promise<AppError> {
  const waiting = (await listEvaluatorsWithSubmissions(tx, evaluationId)).filter((evaluator) => evaluator.submittedAt === null);
  return new AppError(
    'conflict',
    `Agreed scores can be set once every assigned evaluator has submitted their independent scores; still to submit: ${waiting.map((evaluator) => evaluator.name).join(', ')}`,
    [],
    { reason: 'awaiting-submissions', waitingFor: waiting.map((evaluator) => ({ id: evaluator.id, name: evaluator.name })) },
  );
}

/**
 * Agreed scores wait for the independent ones: refused (409) while an assigned evaluator has not
 * submitted. Evaluations without assigned evaluators (archived reports, administrators' records)
 * take agreed scores directly.
 */
export async function requireSubmissionsComplete(tx: Executor, evaluationId: string): Promise<void> {
  const waiting = (await listEvaluatorsWithSubmissions(tx, evaluationId)).some((evaluator) => evaluator.submittedAt === null);
  if (waiting) throw await awaitingSubmissions(tx, evaluationId);
}

/** Inside a change's transaction, with the evaluation locked: refused unless the caller is an assigned evaluator who may still change their own scores (403/409). */
export async function requireIndependentScoring(tx: Executor, evaluation: LockedEvaluation, userId: string): Promise<void> {
  const evaluationId = evaluation.id;
  if (!(await isAssigned(tx, evaluationId, userId))) throw notAssignedEvaluator();
  if (!INDEPENDENT_SCORING_STATUSES.includes(evaluation.status)) {
    throw new AppError('conflict', `Independent scores can change only while the evaluation is a draft or in review; it is ${evaluation.status}`, [], {
      reason: 'status',
      status: evaluation.status,
    });
  }
  const submittedAt = await findSubmission(tx, evaluationId, userId);
  if (submittedAt) {
    throw new AppError('conflict', `You submitted your independent scores at ${submittedAt.toISOString()}: they are locked and can no longer change`, [], {
      reason: 'submitted',
      submittedAt: submittedAt.toISOString(),
    });
  }
}

/** Saves the caller's own score of one unit if it is still at the version the caller read. */
export async function saveOwnScore(
  db: Database,
  catalogue: Catalogue,
  key: { evaluationId: string; userId: string; unitCode: string },
  input: SaveOwnScoreInput,
  actor: string,
): Promise<OwnScore> {
  return versionedWrite(db, {
    evaluation: key.evaluationId,
    read: async (tx, evaluation) => {
      await requireIndependentScoring(tx, evaluation, key.userId);
      const framework = frameworkOf(catalogue, evaluation.frameworkId);
      const score = parseUnitScore(framework, key.unitCode, input.score);
      // A score that departs from what the evaluator's criteria propose needs a reason.
      requireExplainedDeviation(await ownProposal(tx, framework, key.evaluationId, key.userId, key.unitCode), key.unitCode, score, input.deviationReason);
      const before = await findIndividualScore(tx, key.evaluationId, key.userId, key.unitCode);
      const shown = presentOwnScore(key.unitCode, before);
      return { current: { score, shown }, check: { what: `Your score of ${key.unitCode}`, sent: input.version, current: before?.version ?? 0, shown } };
    },
    write: async ({ tx, current }) => {
      const saved = presentOwnScore(key.unitCode, await upsertIndividualScore(tx, key, { score: current.score, rationale: input.rationale, deviationReason: input.deviationReason }));
      // Own scores stay private until every evaluator has submitted: they are audited under an
      // entity of their own ("independent-score", evaluation:evaluator), which the evaluation's
      // trail (readable by the partner) does not list; administrators read it in the whole log.
      const audit = {
        actor,
        action: 'independent-score.update',
        entityType: 'independent-score',
        entityId: `${key.evaluationId}:${key.userId}`,
        oldValue: current.shown,
        newValue: saved,
      };
      return { result: saved, audit };
    },
  });
}

function missingMessage(entry: { score: Hundredths | null; rationale: string } | undefined): string {
  const noScore = !entry || entry.score === null;
  const noRationale = !entry || entry.rationale.trim() === '';
  if (noScore && noRationale) return 'has no score and no rationale';
  return noScore ? 'has no score' : 'has no rationale';
}

/**
 * Every criterion of every sub-area with criteria the evaluator has not assessed, and the units
 * whose score departs from their complete proposal without a reason.
 */
async function criteriaProblems(
  tx: Executor,
  framework: Framework,
  evaluationId: string,
  userId: string,
  own: ReadonlyMap<string, { score: Hundredths | null; deviationReason: string }>,
): Promise<{ unassessed: string[]; unexplained: Array<{ unitCode: string; proposal: string }> }> {
  const values = new Map([...((await findAssessments(tx, evaluationId, [userId])).get(userId) ?? new Map())].map(([code, row]) => [code, row.value as string | null]));
  const unassessed: string[] = [];
  const unexplained: Array<{ unitCode: string; proposal: string }> = [];
  for (const unit of listScoringUnits(framework)) {
    const subarea = findSubarea(framework, unit.code);
    const criteria = subarea ? criteriaOf(subarea) : [];
    if (criteria.length === 0) continue;
    for (const criterion of criteria) if ((values.get(criterion.code) ?? null) === null) unassessed.push(criterion.code);
    const proposal = proposalOf(framework, unit.code, values);
    const score = own.get(unit.code);
    if (proposal.kind === 'proposed' && score && score.score !== null && score.score !== proposal.score && score.deviationReason.trim() === '') {
      unexplained.push({ unitCode: unit.code, proposal: formatDecimal(proposal.score) });
    }
  }
  return { unassessed, unexplained };
}

/**
 * Submits the caller's own scores (then they are locked); needs a score and rationale for every
 * unit, every criterion assessed, and a reason for every score that departs from its proposal.
 */
export async function submitOwnScores(db: Database, catalogue: Catalogue, evaluationId: string, userId: string, actor: string): Promise<Date> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    write: async ({ tx, evaluation }) => {
      if (!(await isAssigned(tx, evaluationId, userId))) throw notAssignedEvaluator();
      // Submitting again changes nothing and answers with the first submission.
      const earlier = await findSubmission(tx, evaluationId, userId);
      if (earlier) return { result: earlier, audit: null };
      const status = evaluation.status;
      if (!INDEPENDENT_SCORING_STATUSES.includes(status)) {
        throw new AppError('conflict', `Independent scores can be submitted only while the evaluation is a draft or in review; it is ${status}`, [], {
          reason: 'status',
          status,
        });
      }
      const framework = frameworkOf(catalogue, evaluation.frameworkId);
      const unitCodes = listScoringUnits(framework).map((unit) => unit.code);
      const own = (await findIndividualScores(tx, evaluationId, [userId])).get(userId) ?? new Map();
      const missing = unitsNotReady(unitCodes, own);
      if (missing.length > 0) {
        throw new AppError(
          'validation',
          `Every scoring unit needs a score and a rationale before you submit; missing in ${missing.length} of ${unitCodes.length}: ${missing.join(', ')}`,
          missing.map((code) => ({ field: `units.${code}`, message: missingMessage(own.get(code)) })),
          { missingUnits: missing },
        );
      }
      const { unassessed, unexplained } = await criteriaProblems(tx, framework, evaluationId, userId, own);
      if (unassessed.length > 0) {
        throw new AppError(
          'criteria_incomplete',
          `Every criterion needs an assessment before you submit; not assessed: ${unassessed.join(', ')}`,
          unassessed.map((code) => ({ field: `criteria.${code}`, message: 'is not assessed' })),
          { missingCriteria: unassessed },
        );
      }
      if (unexplained.length > 0) {
        throw new AppError(
          'deviation_unexplained',
          `Scores that depart from their criteria's proposal need a reason; without one: ${unexplained.map((unit) => unit.unitCode).join(', ')}`,
          unexplained.map((unit) => ({ field: `units.${unit.unitCode}.deviationReason`, message: `is required: the score departs from the proposal ${unit.proposal}` })),
          { unexplainedUnits: unexplained },
        );
      }
      const { submittedAt } = await insertSubmission(tx, evaluationId, userId);
      const audit = {
        actor,
        action: 'evaluation.independent-scores.submit',
        entityType: 'evaluation',
        entityId: evaluationId,
        newValue: { evaluatorId: userId, submittedAt: submittedAt.toISOString(), units: unitCodes.length },
      };
      return { result: submittedAt, audit };
    },
  });
}

/**
 * Sets (or with null removes) the agreed score of one unit if it is still at the version the
 * client read. Its new version is the evaluation's new version, so versions never repeat.
 */
export async function saveAgreedScore(
  db: Database,
  catalogue: Catalogue,
  key: { evaluationId: string; unitCode: string },
  input: SaveAgreedScoreInput,
  actor: string,
): Promise<AgreedScore> {
  const { evaluationId, unitCode } = key;
  return versionedWrite(db, {
    evaluation: evaluationId,
    bumpEvaluation: true,
    read: async (tx, evaluation) => {
      const framework = frameworkOf(catalogue, evaluation.frameworkId);
      const score = parseUnitScore(framework, unitCode, input.score);
      if (score === null && input.rationale.trim() !== '') {
        throw invalid('body.rationale', 'must be empty when score is null: removing the agreed score removes its rationale');
      }
      if (score === null && input.deviationReason.trim() !== '') {
        throw invalid('body.deviationReason', 'must be empty when score is null: removing the agreed score removes its deviation reason');
      }
      const { current, unsubmitted } = await findAgreedScoreForWrite(tx, evaluationId, unitCode);
      if (unsubmitted > 0) throw await awaitingSubmissions(tx, evaluationId);
      requireExplainedDeviation(await agreedProposal(tx, framework, evaluationId, unitCode), unitCode, score, input.deviationReason);
      const shown = presentAgreedScore(unitCode, current);
      return { current: { score, shown }, check: { what: `The agreed score of ${unitCode}`, sent: input.version, current: current?.version ?? 0, shown } };
    },
    write: async ({ tx, current: { score, shown }, version: evaluationVersion }) => {
      if (score === null) await deleteAgreedScore(tx, evaluationId, unitCode);
      else await upsertAgreedScore(tx, evaluationId, unitCode, { score, rationale: input.rationale, deviationReason: input.deviationReason, version: evaluationVersion });
      const saved: AgreedScore = {
        unitCode,
        score: score === null ? null : formatDecimal(score),
        rationale: score === null ? '' : input.rationale,
        deviationReason: score === null ? '' : input.deviationReason,
        version: score === null ? 0 : evaluationVersion,
        evaluationVersion,
      };
      const audit = {
        actor,
        action: 'evaluation.agreed-score.update',
        entityType: 'evaluation',
        entityId: evaluationId,
        oldValue: shown,
        newValue: { unitCode, score: saved.score, rationale: saved.rationale, deviationReason: saved.deviationReason, version: saved.version },
      };
      return { result: saved, audit };
    },
  });
}
