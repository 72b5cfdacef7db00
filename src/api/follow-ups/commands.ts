/**
 * Follow-ups' changes: starting one from a published evaluation (the evaluations' own creation,
 * with a baseline), taking a record over from the baseline as the follow-up's starting point
 * (marked as taken over until an ordinary save), and judging the baseline's improvement
 * opportunities. Each through versionedWrite, audited.
 */
import type { Database, Executor } from '../../db/client.js';
import { canReadEvaluation, type Principal } from '../../domain/access.js';
import { findOutlineArea, findOutlineSubarea, layoutProblem, type TextLayout } from '../../domain/evaluation-texts.js';
import { areaTextTakeOver, linkAreas, linkUnits, ownScoreTakeOver, subareaTextTakeOver } from '../../domain/follow-up.js';
import { frameworkOf, type Catalogue, type Framework } from '../../domain/framework.js';
import { findEvaluationRef } from '../../db/evaluation-ref.js';
import { DEFAULT_LANGUAGE } from '../../i18n/language.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { versionedWrite, type LockedEvaluation } from '../../kernel/versioned-write.js';
import { createEvaluation } from '../evaluations/commands.js';
import { findEvaluationRecord } from '../evaluations/repository.js';
import { notAssignedEvaluator, requireIndependentScoring } from '../scoring/commands.js';
import { presentOwnScore } from '../scoring/presenter.js';
import { findIndividualScore, upsertIndividualScore } from '../scoring/repository.js';
import { outlineOf } from '../texts/outline.js';
import { presentAreaText, presentSubareaText } from '../texts/presenter.js';
import { findAreaText, findAreaTexts, findSubareaText, findSubareaTexts, saveAreaText, saveSubareaText } from '../texts/repository.js';
import { presentImprovementReview, previousAnalyses, previousAreaTexts } from './presenter.js';
import { findAgreedScores, findImprovementReview, saveImprovementReview } from './repository.js';
import type { CreateFollowUpInput, ImprovementReview, SaveImprovementReviewInput, TakenOver, TakeOverInput } from '../../contract/follow-ups.js';

/** Titles in a write's answer come in the source language (as the texts' own saves answer). */
const RECORD_LANGUAGE = DEFAULT_LANGUAGE;

/**
 * Starts a follow-up of a published evaluation: a new draft of its municipality, in the same or a
 * newer model version, with nothing copied; an evaluator who starts it is assigned. A baseline the
 * caller may not read is answered as if it did not exist.
 */
export async function createFollowUp(
  db: Database,
  catalogue: Catalogue,
  principal: Principal,
  baselineId: string,
  input: CreateFollowUpInput,
  actor: string,
): Promise<{ id: string }> {
  const ref = await findEvaluationRef(db, baselineId);
  if (!ref || !canReadEvaluation(principal, ref)) throw notFound(`Evaluation ${baselineId}`);
  const evaluator = principal.kind === 'user' && principal.user.role === 'evaluator' ? principal.user.id : undefined;
  const record = await createEvaluation(
    db,
    catalogue,
    { municipalityId: ref.municipalityId, frameworkId: input.frameworkId, evaluators: [], status: 'draft', origin: 'workspace', scores: [] },
    actor,
    evaluator,
    baselineId,
  );
  return { id: record.id };
}

/** Inside a follow-up's change: its baseline (published) and both model versions; 404 when it has none. */
async function requireBaseline(tx: Executor, catalogue: Catalogue, evaluation: LockedEvaluation): Promise<{ id: string; framework: Framework; previous: Framework }> {
  const record = await findEvaluationRecord(tx, evaluation.id);
  const baseline = record?.baselineEvaluationId ? await findEvaluationRecord(tx, record.baselineEvaluationId) : null;
  if (!baseline || baseline.status !== 'published') throw notFound(`The baseline of evaluation ${evaluation.id}`);
  return { id: baseline.id, framework: frameworkOf(catalogue, evaluation.frameworkId), previous: frameworkOf(catalogue, baseline.frameworkId) };
}

const nothingToTakeOver = (what: string) =>
  new AppError('nothing_to_take_over', `The baseline has nothing to start ${what} from (nothing written there, or another model version)`);

async function takeOverOwnScore(db: Database, catalogue: Catalogue, evaluationId: string, userId: string | null, input: Extract<TakeOverInput, { kind: 'own-score' }>, actor: string) {
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx, evaluation) => {
      if (userId === null) throw notAssignedEvaluator();
      await requireIndependentScoring(tx, evaluation, userId);
      const baseline = await requireBaseline(tx, catalogue, evaluation);
      const link = linkUnits(baseline.framework, baseline.previous, catalogue.areaMaps).find((candidate) => candidate.unitCode === input.unitCode);
      if (!link) throw notFound(`Scoring unit ${input.unitCode} of ${evaluation.frameworkId}`);
      const source = ownScoreTakeOver(link, await findAgreedScores(tx, baseline.id));
      if (!source) throw nothingToTakeOver(`the score of ${input.unitCode}`);
      const before = await findIndividualScore(tx, evaluationId, userId, input.unitCode);
      const shown = presentOwnScore(input.unitCode, before);
      return { current: { source, shown, userId }, check: { what: `Your score of ${input.unitCode}`, sent: input.version, current: shown.version, shown } };
    },
    write: async ({ tx, current: { source, shown, userId: caller } }) => {
      const key = { evaluationId, userId: caller, unitCode: input.unitCode };
      const saved = presentOwnScore(input.unitCode, await upsertIndividualScore(tx, key, source, true));
      // Under the own scores' entity, as saveOwnScore audits them (private until submitted).
      const audit = { actor, action: 'independent-score.take-over', entityType: 'independent-score', entityId: `${evaluationId}:${caller}`, oldValue: shown, newValue: saved };
      return { result: { kind: 'own-score' as const, ...saved }, audit };
    },
  });
}

/** A text as the audit log keeps it: what was written, without display titles. */
const audited = <T extends { title: string }>({ title: _title, ...rest }: T) => rest;

async function takeOverAreaText(db: Database, catalogue: Catalogue, evaluationId: string, input: Extract<TakeOverInput, { kind: 'area-text' }>, actor: string) {
  return versionedWrite(db, {
    evaluation: evaluationId,
    bumpEvaluation: true,
    read: async (tx, evaluation) => {
      const area = findOutlineArea(outlineOf(catalogue, evaluation.frameworkId), input.areaCode);
      if (!area) throw notFound(`Area ${input.areaCode} of ${evaluation.frameworkId}`);
      const baseline = await requireBaseline(tx, catalogue, evaluation);
      const link = linkAreas(baseline.framework, baseline.previous, catalogue.areaMaps).find((candidate) => candidate.areaCode === input.areaCode);
      const source = link ? areaTextTakeOver(link, previousAreaTexts(await findAreaTexts(tx, baseline.id))) : null;
      if (!source) throw nothingToTakeOver(`the text of area ${input.areaCode}`);
      const before = await findAreaText(tx, evaluationId, input.areaCode);
      const shown = presentAreaText(area, before, RECORD_LANGUAGE);
      // The baseline's layout within one model version, else the follow-up's own (or one summary).
      const wanted: TextLayout = source.layout ?? shown.layout;
      const layout: TextLayout = layoutProblem(area, wanted) ? 'summary' : wanted;
      return {
        current: { area, before, shown, values: { layout, analysis: source.analysis, strengths: source.strengths, improvements: source.improvements } },
        check: { what: `The text of area ${input.areaCode}`, sent: input.version, current: shown.version, shown },
      };
    },
    write: async ({ tx, current: { area, before, shown, values }, version }) => {
      const saved = presentAreaText(area, await saveAreaText(tx, evaluationId, input.areaCode, values, version, true), RECORD_LANGUAGE);
      const audit = {
        actor,
        action: 'evaluation.text.area.take-over',
        entityType: 'evaluation',
        entityId: evaluationId,
        subject: `text.area/${input.areaCode}`,
        oldValue: before ? audited(shown) : null,
        newValue: audited(saved),
      };
      return { result: { kind: 'area-text' as const, ...saved }, audit };
    },
  });
}

async function takeOverSubareaText(db: Database, catalogue: Catalogue, evaluationId: string, input: Extract<TakeOverInput, { kind: 'subarea-text' }>, actor: string) {
  return versionedWrite(db, {
    evaluation: evaluationId,
    bumpEvaluation: true,
    read: async (tx, evaluation) => {
      const subarea = findOutlineSubarea(outlineOf(catalogue, evaluation.frameworkId), input.unitCode);
      if (!subarea) throw notFound(`Sub-area ${input.unitCode} of ${evaluation.frameworkId}`);
      const baseline = await requireBaseline(tx, catalogue, evaluation);
      const link = linkUnits(baseline.framework, baseline.previous, catalogue.areaMaps).find((candidate) => candidate.unitCode === input.unitCode);
      const source = link ? subareaTextTakeOver(link, previousAnalyses(await findSubareaTexts(tx, baseline.id))) : null;
      if (source === null) throw nothingToTakeOver(`the analysis of sub-area ${input.unitCode}`);
      const before = await findSubareaText(tx, evaluationId, input.unitCode);
      const shown = presentSubareaText(subarea, before, RECORD_LANGUAGE);
      return { current: { subarea, before, shown, source }, check: { what: `The analysis of sub-area ${input.unitCode}`, sent: input.version, current: shown.version, shown } };
    },
    write: async ({ tx, current: { subarea, before, shown, source }, version }) => {
      const saved = presentSubareaText(subarea, await saveSubareaText(tx, evaluationId, input.unitCode, source, version, true), RECORD_LANGUAGE);
      const audit = {
        actor,
        action: 'evaluation.text.subarea.take-over',
        entityType: 'evaluation',
        entityId: evaluationId,
        subject: `text.subarea/${input.unitCode}`,
        oldValue: before ? audited(shown) : null,
        newValue: audited(saved),
      };
      return { result: { kind: 'subarea-text' as const, ...saved }, audit };
    },
  });
}

/**
 * Writes a record of the follow-up from its baseline's: the caller's own score of a unit, an
 * area's text or a sub-area's analysis, marked as taken over; 409 when the record's version is
 * stale or the baseline has nothing to start it from.
 */
export async function takeOverFromBaseline(
  db: Database,
  catalogue: Catalogue,
  evaluationId: string,
  userId: string | null,
  input: TakeOverInput,
  actor: string,
): Promise<TakenOver> {
  switch (input.kind) {
    case 'own-score':
      return takeOverOwnScore(db, catalogue, evaluationId, userId, input, actor);
    case 'area-text':
      return takeOverAreaText(db, catalogue, evaluationId, input, actor);
    case 'subarea-text':
      return takeOverSubareaText(db, catalogue, evaluationId, input, actor);
  }
}

/** Judges an improvement opportunity of the baseline if the client read the current version (0: not judged yet). */
export async function judgeImprovement(
  db: Database,
  catalogue: Catalogue,
  key: { evaluationId: string; areaCode: string; index: number },
  input: SaveImprovementReviewInput,
  actor: string,
): Promise<ImprovementReview> {
  return versionedWrite(db, {
    evaluation: key.evaluationId,
    bumpEvaluation: true,
    read: async (tx, evaluation) => {
      const baseline = await requireBaseline(tx, catalogue, evaluation);
      const text = (await findAreaTexts(tx, baseline.id)).find((row) => row.areaCode === key.areaCode);
      if (!text || key.index >= text.improvements.length) throw notFound(`Improvement ${key.index} of area ${key.areaCode} of the baseline`);
      const before = await findImprovementReview(tx, key.evaluationId, key.areaCode, key.index);
      const shown = before ? presentImprovementReview(before) : null;
      return { current: shown, check: { what: `The judgement of improvement ${key.index} of area ${key.areaCode}`, sent: input.version, current: before?.version ?? 0, shown } };
    },
    write: async ({ tx, current, version }) => {
      const saved = presentImprovementReview(await saveImprovementReview(tx, key, { judgement: input.judgement, comment: input.comment }, version));
      const audit = {
        actor,
        action: 'evaluation.improvement-review',
        entityType: 'evaluation',
        entityId: key.evaluationId,
        subject: `improvement-review/${key.areaCode}/${key.index}`,
        oldValue: current,
        newValue: saved,
      };
      return { result: saved, audit };
    },
  });
}
