/**
 * Many units at once, with the same rules as the unit-by-unit commands in commands.ts (which the
 * web app's autosave uses): scores brought in from elsewhere, or the demo. One transaction and a
 * few statements however many units; every unit valid and at the version the caller read, else
 * nothing is saved. Audited unit by unit, exactly as the single commands audit one.
 */
import type { Database } from '../../db/client.js';
import type { Hundredths } from '../../domain/decimal.js';
import { formatDecimal } from '../../domain/decimal.js';
import { frameworkOf, type Catalogue, type Framework } from '../../domain/framework.js';
import { checkScoreChanges } from '../../domain/score-changes.js';
import { invalid } from '../../kernel/errors.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { requireIndependentScoring, requireSubmissionsComplete } from './commands.js';
import { proposalOf, requireExplainedDeviation } from '../criteria/proposals.js';
import { findAgreedCriteria, findAssessments } from '../criteria/repository.js';
import { presentAgreedScore, presentOwnScore } from './presenter.js';
import { deleteAgreedScores, findAgreedScores, findIndividualScores, upsertAgreedScores, upsertIndividualScores } from './repository.js';
import type { AgreedScore, OwnScore, SaveAgreedScoreInput, SaveOwnScoreInput } from '../../contract/scoring.js';

/** One unit's input; a missing deviation reason is '' (the score then must match a complete proposal). */
type UnitInput<T extends { deviationReason: string }> = Omit<T, 'deviationReason'> & { unitCode: string; deviationReason?: string };

/** Parses every unit's score against the framework; the first problem is refused naming the entry (`body.<index>.<field>`). */
function parseScores(framework: Framework, inputs: ReadonlyArray<{ unitCode: string; score: number | string | null }>): Array<Hundredths | null> {
  const { changes, problems } = checkScoreChanges(
    framework,
    inputs.map((input) => ({ code: input.unitCode, score: input.score })),
  );
  const problem = problems[0];
  if (problem) throw invalid(`body.${problem.index}.${problem.field === 'code' ? 'unitCode' : 'score'}`, problem.message);
  return changes.map((change) => change.score);
}

/** Saves several of the caller's own scores (see saveOwnScore for one). */
export async function saveOwnScores(
  db: Database,
  catalogue: Catalogue,
  key: { evaluationId: string; userId: string },
  inputs: ReadonlyArray<UnitInput<SaveOwnScoreInput>>,
  actor: string,
): Promise<OwnScore[]> {
  if (inputs.length === 0) return [];
  return versionedWrite(db, {
    evaluation: key.evaluationId,
    read: async (tx, evaluation) => {
      await requireIndependentScoring(tx, evaluation, key.userId);
      const framework = frameworkOf(catalogue, evaluation.frameworkId);
      const parsed = parseScores(framework, inputs);
      const assessments = (await findAssessments(tx, key.evaluationId, [key.userId])).get(key.userId) ?? new Map();
      const values = new Map([...assessments].map(([code, row]) => [code, row.value as string | null]));
      inputs.forEach((input, index) =>
        requireExplainedDeviation(proposalOf(framework, input.unitCode, values), input.unitCode, parsed[index] ?? null, input.deviationReason ?? '', `body.${index}.deviationReason`),
      );
      const current = (await findIndividualScores(tx, key.evaluationId, [key.userId])).get(key.userId) ?? new Map();
      const check = inputs.map((input) => {
        const before = current.get(input.unitCode);
        return { what: `Your score of ${input.unitCode}`, sent: input.version, current: before?.version ?? 0, shown: presentOwnScore(input.unitCode, before) };
      });
      return { current: { parsed, current }, check };
    },
    write: async ({ tx, current: { parsed, current } }) => {
      const saved = await upsertIndividualScores(
        tx,
        key,
        inputs.map((input, index) => ({ unitCode: input.unitCode, score: parsed[index] ?? null, rationale: input.rationale, deviationReason: input.deviationReason ?? '' })),
      );
      const results = inputs.map((input) => presentOwnScore(input.unitCode, saved.get(input.unitCode)));
      // Under an entity of their own, as saveOwnScore audits them (the partner's trail does not list them).
      const audit = results.map((result) => ({
        actor,
        action: 'independent-score.update',
        entityType: 'independent-score',
        entityId: `${key.evaluationId}:${key.userId}`,
        oldValue: presentOwnScore(result.unitCode, current.get(result.unitCode)),
        newValue: result,
      }));
      return { result: results, audit };
    },
  });
}

/**
 * Sets (or with null removes) several agreed scores (see saveAgreedScore for one). They wait for
 * every assigned evaluator's submission; each takes the evaluation's new version.
 */
export async function saveAgreedScores(
  db: Database,
  catalogue: Catalogue,
  evaluationId: string,
  inputs: ReadonlyArray<UnitInput<SaveAgreedScoreInput>>,
  actor: string,
): Promise<AgreedScore[]> {
  if (inputs.length === 0) return [];
  return versionedWrite(db, {
    evaluation: evaluationId,
    bumpEvaluation: true,
    read: async (tx, evaluation) => {
      const framework = frameworkOf(catalogue, evaluation.frameworkId);
      const parsed = parseScores(framework, inputs);
      inputs.forEach((input, index) => {
        if (parsed[index] === null && input.rationale.trim() !== '') {
          throw invalid(`body.${index}.rationale`, 'must be empty when score is null: removing the agreed score removes its rationale');
        }
        if (parsed[index] === null && (input.deviationReason ?? '').trim() !== '') {
          throw invalid(`body.${index}.deviationReason`, 'must be empty when score is null: removing the agreed score removes its deviation reason');
        }
      });
      await requireSubmissionsComplete(tx, evaluationId);
      const agreedCriteria = await findAgreedCriteria(tx, evaluationId);
      const values = new Map([...agreedCriteria].map(([code, row]) => [code, row.value]));
      inputs.forEach((input, index) =>
        requireExplainedDeviation(proposalOf(framework, input.unitCode, values), input.unitCode, parsed[index] ?? null, input.deviationReason ?? '', `body.${index}.deviationReason`),
      );
      const current = await findAgreedScores(tx, evaluationId);
      const check = inputs.map((input) => {
        const before = current.get(input.unitCode) ?? null;
        return { what: `The agreed score of ${input.unitCode}`, sent: input.version, current: before?.version ?? 0, shown: presentAgreedScore(input.unitCode, before) };
      });
      return { current: { parsed, current }, check };
    },
    write: async ({ tx, current: { parsed, current }, version: evaluationVersion }) => {
      const set = inputs.flatMap((input, index) => {
        const score = parsed[index];
        return score === null || score === undefined ? [] : [{ unitCode: input.unitCode, score, rationale: input.rationale, deviationReason: input.deviationReason ?? '' }];
      });
      await upsertAgreedScores(tx, evaluationId, set, evaluationVersion);
      await deleteAgreedScores(
        tx,
        evaluationId,
        inputs.filter((_, index) => parsed[index] === null).map((input) => input.unitCode),
      );
      const results: AgreedScore[] = inputs.map((input, index) => {
        const score = parsed[index] ?? null;
        return {
          unitCode: input.unitCode,
          score: score === null ? null : formatDecimal(score),
          rationale: score === null ? '' : input.rationale,
          deviationReason: score === null ? '' : (input.deviationReason ?? ''),
          version: score === null ? 0 : evaluationVersion,
          evaluationVersion,
        };
      });
      const audit = results.map((result) => ({
        actor,
        action: 'evaluation.agreed-score.update',
        entityType: 'evaluation',
        entityId: evaluationId,
        oldValue: presentAgreedScore(result.unitCode, current.get(result.unitCode) ?? null),
        newValue: { unitCode: result.unitCode, score: result.score, rationale: result.rationale, deviationReason: result.deviationReason, version: result.version },
      }));
      return { result: results, audit };
    },
  });
}
