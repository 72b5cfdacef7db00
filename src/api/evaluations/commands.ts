import type { Database, Executor } from '../../db/client.js';
import { proposalOf, requireExplainedDeviation } from '../criteria/proposals.js';
import { findAgreedCriteria } from '../criteria/repository.js';
import { findAgreedScores } from '../scoring/repository.js';
import { archiveKeyOf } from '../../domain/archive-key.js';
import { formatDecimal } from '../../domain/decimal.js';
import { frameworkOf, type Catalogue, type Framework } from '../../domain/framework.js';
import { mayFollow } from '../../domain/follow-up.js';
import { checkScoreChanges, type ScoreInput } from '../../domain/score-changes.js';
import { AppError, invalid, notFound, type ErrorDetail } from '../../kernel/errors.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { findMunicipality } from '../municipalities/repository.js';
import { requireSubmissionsComplete } from '../scoring/commands.js';
import { insertAssignment } from './assignment-repository.js';
import type { CreateEvaluationInput, UpdateScoresInput } from '../../contract/evaluations.js';
import { applyScoreChanges, findEvaluationByArchiveKey, findEvaluationRecord, findScores, insertEvaluation, type EvaluationRecord } from './repository.js';

/** Who made a change, as written to the audit log. */
export type Actor = string;

function requireFramework(catalogue: Catalogue, id: string, field: string): Framework {
  const framework = catalogue.frameworks.get(id);
  if (!framework) {
    throw new AppError('validation', `Invalid input: ${field}: unknown framework "${id}"`, [
      { field, message: `unknown framework "${id}"; known: ${[...catalogue.frameworks.keys()].join(', ')}` },
    ]);
  }
  return framework;
}

function checkScores(framework: Framework, inputs: readonly ScoreInput[], field: string) {
  const { changes, problems } = checkScoreChanges(framework, inputs);
  if (problems.length > 0) {
    const details: ErrorDetail[] = problems.map((problem) => ({
      field: `${field}.${problem.index}.${problem.field}`,
      message: problem.message,
    }));
    throw new AppError('validation', `Invalid input: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`, details);
  }
  return changes;
}

/**
 * Inside the creation's transaction: the baseline a follow-up builds on must be a published
 * evaluation of the same municipality, and the follow-up's model version the same or newer (409).
 */
async function requireBaseline(tx: Executor, catalogue: Catalogue, baselineId: string, municipalityId: string, framework: Framework): Promise<void> {
  const baseline = await findEvaluationRecord(tx, baselineId);
  if (!baseline) throw notFound(`Evaluation ${baselineId}`);
  if (baseline.status !== 'published') {
    throw new AppError('baseline_not_published', `A follow-up starts from a published evaluation; ${baselineId} is ${baseline.status}`, [], { status: baseline.status });
  }
  if (baseline.municipalityId !== municipalityId) {
    throw invalid('body.municipalityId', `must be the baseline's municipality, ${baseline.municipalityId}`);
  }
  const previous = frameworkOf(catalogue, baseline.frameworkId);
  if (!mayFollow(previous, framework)) {
    throw new AppError(
      'follow_up_model_older',
      `A follow-up uses the baseline's model version (${previous.id}) or a newer one; ${framework.id} is older`,
      [{ field: 'body.frameworkId', message: `is older than the baseline's ${previous.id}` }],
      { baselineFrameworkId: previous.id },
    );
  }
}

/** Creates an evaluation with its initial scores in one transaction, audited. */
export async function createEvaluation(
  db: Database,
  catalogue: Catalogue,
  input: CreateEvaluationInput,
  actor: Actor,
  /** An evaluator who starts an evaluation becomes one of its evaluators. */
  assignUserId?: string,
  /** The published evaluation a follow-up builds on (checked: published, same municipality, same or newer model). */
  baselineEvaluationId?: string,
): Promise<EvaluationRecord> {
  const framework = requireFramework(catalogue, input.frameworkId, 'body.frameworkId');
  const changes = checkScores(framework, input.scores, 'body.scores');
  return versionedWrite(db, {
    write: async ({ tx }) => {
      if (!(await findMunicipality(tx, input.municipalityId))) {
        throw new AppError('validation', `Invalid input: body.municipalityId: no municipality has the id ${input.municipalityId}`, [
          { field: 'body.municipalityId', message: `no municipality has the id ${input.municipalityId}` },
        ]);
      }
      if (baselineEvaluationId) await requireBaseline(tx, catalogue, baselineEvaluationId, input.municipalityId, framework);
      const archiveKey = input.origin === 'archive' ? archiveKeyOf(input) : null;
      if (archiveKey) {
        const existing = await findEvaluationByArchiveKey(tx, archiveKey);
        if (existing) {
          throw new AppError('conflict', `An archived evaluation of ${input.municipalityId} with ${framework.id} for ${archiveKey.slice(-4)} already exists (${existing.id})`, [], {
            existingId: existing.id,
          });
        }
      }
      const record = await insertEvaluation(tx, {
        archiveKey,
        municipalityId: input.municipalityId,
        frameworkId: framework.id,
        fieldworkStart: input.fieldworkStart ?? null,
        fieldworkEnd: input.fieldworkEnd ?? null,
        reportDate: input.reportDate ?? null,
        statedOrdinal: input.statedOrdinal ?? null,
        evaluators: input.evaluators,
        interviewees: input.interviewees ?? null,
        status: input.status,
        origin: input.origin,
        published: input.published ?? null,
        baselineEvaluationId: baselineEvaluationId ?? null,
      });
      await applyScoreChanges(tx, record.id, changes, record.version);
      if (assignUserId) await insertAssignment(tx, record.id, assignUserId);
      const { scores: _scores, ...metadata } = input;
      const audit = {
        actor,
        action: 'evaluation.create',
        entityType: 'evaluation',
        entityId: record.id,
        newValue: {
          ...metadata,
          ...(assignUserId ? { assigned: [assignUserId] } : {}),
          ...(baselineEvaluationId ? { baselineEvaluationId } : {}),
          scores: Object.fromEntries(changes.map((change) => [change.code, change.score === null ? null : formatDecimal(change.score)])) },
      };
      return { result: record, audit };
    },
  });
}

/**
 * Applies score changes if the evaluation is still at the version the client read.
 * A stale version is refused with 409 and the current version, so no write is ever lost silently.
 */
export async function updateScores(
  db: Database,
  catalogue: Catalogue,
  id: string,
  input: UpdateScoresInput,
  actor: Actor,
): Promise<void> {
  await versionedWrite(db, {
    evaluation: id,
    bumpEvaluation: true,
    read: async (tx) => {
      const record = await findEvaluationRecord(tx, id);
      if (!record) throw notFound(`Evaluation ${id}`);
      const framework = requireFramework(catalogue, record.frameworkId, 'frameworkId');
      const changes = checkScores(framework, input.scores, 'body.scores');
      await requireSubmissionsComplete(tx, id);
      // A score that departs from its agreed criteria's proposal keeps needing the reason it has.
      const [agreedCriteria, agreedScores] = await Promise.all([findAgreedCriteria(tx, id), findAgreedScores(tx, id)]);
      const criterionValues = new Map([...agreedCriteria].map(([code, row]) => [code, row.value]));
      changes.forEach((change, index) =>
        requireExplainedDeviation(
          proposalOf(framework, change.code, criterionValues),
          change.code,
          change.score,
          agreedScores.get(change.code)?.deviationReason ?? '',
          `body.scores.${index}.score`,
        ),
      );
      const refuse = () =>
        new AppError(
          'version_conflict',
          `The evaluation was changed by someone else: you sent version ${input.version}, the current version is ${record.version}. Reload, merge and send again.`,
          [{ field: 'body.version', message: `is ${input.version}, current is ${record.version}` }],
          { currentVersion: record.version },
        );
      return { current: changes, check: { what: 'The evaluation', sent: input.version, current: record.version, refuse } };
    },
    write: async ({ tx, current: changes, version }) => {
      const before = await findScores(tx, id);
      await applyScoreChanges(tx, id, changes, version);
      const audit = {
        actor,
        action: 'evaluation.scores.update',
        entityType: 'evaluation',
        entityId: id,
        oldValue: Object.fromEntries(changes.map((change) => [change.code, before.has(change.code) ? formatDecimal(before.get(change.code) ?? 0) : null])),
        newValue: Object.fromEntries(changes.map((change) => [change.code, change.score === null ? null : formatDecimal(change.score)])),
      };
      return { result: undefined, audit };
    },
  });
}
