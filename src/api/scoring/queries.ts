/** Reading scores: the caller's own and the calibration view, each in one snapshot. */
import type { Database } from '../../db/client.js';
import { frameworkOf, listScoringUnits, type Catalogue, type Language } from '../../domain/framework.js';
import { notFound } from '../../kernel/errors.js';
import { findAgreedCriteria, findAssessments } from '../criteria/repository.js';
import { isRevealed, presentCalibration, presentOwnScore } from './presenter.js';
import { findAgreedScores, findFrameworkId, findIndividualScores, findSubmission, listEvaluatorsWithSubmissions } from './repository.js';

const SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

/** An evaluator's own score and rationale for every scoring unit, and when they were submitted. */
export async function loadOwnScores(db: Database, catalogue: Catalogue, id: string, userId: string) {
  return db.transaction(async (tx) => {
    const frameworkId = await findFrameworkId(tx, id);
    if (!frameworkId) throw notFound(`Evaluation ${id}`);
    const [submittedAt, scores] = await Promise.all([findSubmission(tx, id, userId), findIndividualScores(tx, id, [userId])]);
    const own = scores.get(userId);
    return {
      submittedAt: submittedAt?.toISOString() ?? null,
      items: listScoringUnits(frameworkOf(catalogue, frameworkId)).map((unit) => presentOwnScore(unit.code, own?.get(unit.code))),
    };
  }, SNAPSHOT);
}

/** Individual scores side by side (the others' only once every evaluator has submitted), differences and agreed scores. */
export async function loadCalibration(db: Database, catalogue: Catalogue, id: string, caller: string | null, language: Language) {
  return db.transaction(async (tx) => {
    const frameworkId = await findFrameworkId(tx, id);
    if (!frameworkId) throw notFound(`Evaluation ${id}`);
    const evaluators = await listEvaluatorsWithSubmissions(tx, id);
    const ownId = evaluators.some((evaluator) => evaluator.id === caller) ? caller : null;
    // Before every evaluator has submitted, nobody's scores but the caller's own are even read.
    const readable = isRevealed(evaluators) ? evaluators.map((evaluator) => evaluator.id) : ownId ? [ownId] : [];
    const [individual, agreed, assessments, agreedCriteria] = await Promise.all([
      findIndividualScores(tx, id, readable),
      findAgreedScores(tx, id),
      findAssessments(tx, id, readable),
      findAgreedCriteria(tx, id),
    ]);
    return presentCalibration({ framework: frameworkOf(catalogue, frameworkId), language, evaluators, callerId: ownId, individual, agreed, assessments, agreedCriteria });
  }, SNAPSHOT);
}
