/**
 * Saving criterion assessments: an evaluator's own (with the same states and locks as own scores)
 * and the pair's agreed ones. In the same transaction the unit's own or agreed score follows the
 * new proposal unless it carries a deviation reason.
 */
import type { Database, Executor } from '../../db/client.js';
import { allowedValues, isAllowedValue, type Proposal } from '../../domain/criteria.js';
import { formatDecimal } from '../../domain/decimal.js';
import { frameworkOf, type Catalogue, type Criterion } from '../../domain/framework.js';
import { invalid } from '../../kernel/errors.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { requireIndependentScoring, requireSubmissionsComplete } from '../scoring/commands.js';
import { presentAgreedScore, presentOwnScore } from '../scoring/presenter.js';
import { findAgreedScoreForWrite, findIndividualScore, upsertAgreedScore, upsertIndividualScore } from '../scoring/repository.js';
import { locateCriterion, proposalOf } from './proposals.js';
import {
  findAgreedCriteria,
  findAssessments,
  foreignEvidenceIds,
  upsertAgreedCriterion,
  upsertAssessment,
  type AgreedCriterionRow,
  type AssessmentRow,
} from './repository.js';
import type { AuditEntry } from '../../db/audit.js';
import type { z } from 'zod';
import type {
  agreedCriterionSchema,
  CriterionAssessment,
  saveAgreedCriterionSchema,
  saveCriterionAssessmentSchema,
  savedCriterionAssessmentSchema,
} from '../../contract/criteria.js';

type SavedAssessment = z.infer<typeof savedCriterionAssessmentSchema>;
type SavedAgreedCriterion = z.infer<typeof agreedCriterionSchema>;

/** An evaluator's assessment as the API shows it; version 0 when nothing is saved. */
export function presentAssessment(unitCode: string, criterionCode: string, row: AssessmentRow | undefined | null): CriterionAssessment {
  return { criterionCode, unitCode, value: row?.value ?? null, note: row?.note ?? '', evidenceIds: row?.evidenceIds ?? [], version: row?.version ?? 0 };
}

export function presentAgreedCriterion(unitCode: string, criterionCode: string, row: AgreedCriterionRow | undefined | null) {
  return { criterionCode, unitCode, value: row?.value ?? null, note: row?.note ?? '', version: row?.version ?? 0 };
}

/** 400 unless the value is null (cleared) or one the criterion's scale allows. */
function checkValue(criterion: Criterion, value: string | null): void {
  if (value !== null && !isAllowedValue(criterion, value)) {
    throw invalid('body.value', `must be one of ${allowedValues(criterion.scale).join(', ')} (the scale of ${criterion.code}), or null`);
  }
}

/** The proposal's score when a score without a deviation reason must follow it, else null. */
function followTarget(proposal: Proposal, current: { score: number | null; deviationReason: string } | null): number | null {
  if (proposal.kind !== 'proposed') return null;
  if (current && current.deviationReason.trim() !== '') return null;
  if (current && current.score === proposal.score) return null;
  return proposal.score;
}

/** Saves the caller's assessment of one criterion if still at the version read; the own score follows the proposal. */
export async function saveCriterionAssessment(
  db: Database,
  catalogue: Catalogue,
  key: { evaluationId: string; userId: string; criterionCode: string },
  input: z.output<typeof saveCriterionAssessmentSchema>,
  actor: string,
): Promise<SavedAssessment> {
  const { evaluationId, userId, criterionCode } = key;
  const evidenceIds = [...new Set(input.evidenceIds)];
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx, evaluation) => {
      await requireIndependentScoring(tx, evaluation, userId);
      const framework = frameworkOf(catalogue, evaluation.frameworkId);
      const { subarea, criterion } = locateCriterion(framework, criterionCode);
      checkValue(criterion, input.value);
      const foreign = await foreignEvidenceIds(tx, evaluationId, evidenceIds);
      if (foreign.length > 0) throw invalid('body.evidenceIds', `are not evidence items of this evaluation: ${foreign.join(', ')}`);
      const unit = (await findAssessments(tx, evaluationId, [userId], subarea.code)).get(userId) ?? new Map<string, AssessmentRow>();
      const before = unit.get(criterionCode);
      const shown = presentAssessment(subarea.code, criterionCode, before);
      return {
        current: { framework, unitCode: subarea.code, unit, shown },
        check: { what: `Your assessment of ${criterionCode}`, sent: input.version, current: before?.version ?? 0, shown },
      };
    },
    write: async ({ tx, current: { framework, unitCode, unit, shown } }) => {
      const row = await upsertAssessment(tx, { evaluationId, userId, unitCode, criterionCode }, { value: input.value, note: input.note, evidenceIds });
      const assessment = presentAssessment(unitCode, criterionCode, row);
      const entityId = `${evaluationId}:${userId}`;
      // Private until every evaluator has submitted, audited under the entity of the own scores.
      const audit: AuditEntry[] = [
        { actor, action: 'independent-criterion.update', entityType: 'independent-score', entityId, oldValue: shown, newValue: assessment },
      ];
      const values = new Map([...unit].map(([code, saved]) => [code, saved.value]));
      values.set(criterionCode, input.value);
      const scoreKey = { evaluationId, userId, unitCode };
      const before = await findIndividualScore(tx, evaluationId, userId, unitCode);
      const target = followTarget(proposalOf(framework, unitCode, values), before);
      let followedScore: SavedAssessment['followedScore'] = null;
      if (target !== null) {
        const saved = presentOwnScore(unitCode, await upsertIndividualScore(tx, scoreKey, { score: target, rationale: before?.rationale ?? '', deviationReason: '' }));
        followedScore = { unitCode, score: saved.score, version: saved.version };
        audit.push({ actor, action: 'independent-score.update', entityType: 'independent-score', entityId, oldValue: presentOwnScore(unitCode, before), newValue: saved });
      }
      return { result: { assessment, followedScore }, audit };
    },
  });
}

/**
 * Sets the agreed assessment of one criterion if still at the version read (its version is the
 * evaluation's new one); the unit's agreed score follows the proposal unless it has a deviation reason.
 */
export async function saveAgreedCriterion(
  db: Database,
  catalogue: Catalogue,
  key: { evaluationId: string; criterionCode: string },
  input: z.output<typeof saveAgreedCriterionSchema>,
  actor: string,
): Promise<SavedAgreedCriterion> {
  const { evaluationId, criterionCode } = key;
  return versionedWrite(db, {
    evaluation: evaluationId,
    bumpEvaluation: true,
    read: async (tx, evaluation) => {
      const framework = frameworkOf(catalogue, evaluation.frameworkId);
      const { subarea, criterion } = locateCriterion(framework, criterionCode);
      checkValue(criterion, input.value);
      await requireSubmissionsComplete(tx, evaluationId);
      const unit = await findAgreedCriteria(tx, evaluationId, subarea.code);
      const before = unit.get(criterionCode);
      const shown = presentAgreedCriterion(subarea.code, criterionCode, before);
      return {
        current: { framework, unitCode: subarea.code, unit, shown },
        check: { what: `The agreed assessment of ${criterionCode}`, sent: input.version, current: before?.version ?? 0, shown },
      };
    },
    write: async ({ tx, current: { framework, unitCode, unit, shown }, version: evaluationVersion }) => {
      await upsertAgreedCriterion(tx, { evaluationId, unitCode, criterionCode }, { value: input.value, note: input.note, version: evaluationVersion });
      const saved = presentAgreedCriterion(unitCode, criterionCode, { unitCode, criterionCode, value: input.value, note: input.note, version: evaluationVersion });
      const audit: AuditEntry[] = [{ actor, action: 'evaluation.agreed-criterion.update', entityType: 'evaluation', entityId: evaluationId, oldValue: shown, newValue: saved }];
      const values = new Map([...unit].map(([code, row]) => [code, row.value]));
      values.set(criterionCode, input.value);
      const followedScore = await followAgreedScore(tx, { evaluationId, unitCode, evaluationVersion }, proposalOf(framework, unitCode, values), actor, audit);
      return { result: { ...saved, evaluationVersion, followedScore }, audit };
    },
  });
}

/** Sets the unit's agreed score to the proposal when it has no deviation reason (or does not exist yet). */
async function followAgreedScore(
  tx: Executor,
  key: { evaluationId: string; unitCode: string; evaluationVersion: number },
  proposal: Proposal,
  actor: string,
  audit: AuditEntry[],
): Promise<SavedAgreedCriterion['followedScore']> {
  const { evaluationId, unitCode, evaluationVersion } = key;
  const { current } = await findAgreedScoreForWrite(tx, evaluationId, unitCode);
  const target = followTarget(proposal, current);
  if (target === null) return null;
  const rationale = current?.rationale ?? '';
  await upsertAgreedScore(tx, evaluationId, unitCode, { score: target, rationale, deviationReason: '', version: evaluationVersion });
  const score = formatDecimal(target);
  audit.push({
    actor,
    action: 'evaluation.agreed-score.update',
    entityType: 'evaluation',
    entityId: evaluationId,
    oldValue: presentAgreedScore(unitCode, current),
    newValue: { unitCode, score, rationale, deviationReason: '', version: evaluationVersion },
  });
  return { score, version: evaluationVersion };
}
