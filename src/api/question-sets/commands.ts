/**
 * Writes to the question sets (administrators): create, replace, start the next version, delete
 * and import. Each runs through versionedWrite with no evaluation and is audited as
 * `question-set.*`. A set some questionnaire uses is frozen: replacing or deleting it is refused
 * with 409 `question_set_frozen` (make a new version instead).
 */
import { randomUUID } from 'node:crypto';
import type { Database, Executor } from '../../db/client.js';
import type { CreateQuestionSetInput, QuestionSetView, UpdateQuestionSetInput } from '../../contract/question-sets.js';
import { listScoringUnits, type Catalogue } from '../../domain/framework.js';
import { questionSetProblems, type QuestionSetProblem } from '../../domain/question-set-rules.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { presentQuestionSet } from './presenter.js';
import {
  countQuestionnairesUsing,
  deleteQuestionSetRow,
  highestVersionNo,
  insertQuestionSet,
  lockFamily,
  lockQuestionSet,
  updateQuestionSetRow,
  type QuestionSetFields,
  type QuestionSetRecord,
} from './repository.js';
import { requireQuestionSetRow } from './queries.js';

const ENTITY = 'question-set';

/** What the audit log keeps of a set's state. */
const audited = (row: QuestionSetRecord) => ({
  familyId: row.familyId,
  versionNo: row.versionNo,
  frameworkId: row.frameworkId,
  language: row.language,
  title: row.title,
  description: row.description,
  content: row.content,
});

/** The problems of a set for a model version: an unknown model version, or its content's rules. */
export function questionSetContentProblems(catalogue: Catalogue, frameworkId: string, content: QuestionSetFields['content']): QuestionSetProblem[] {
  const framework = catalogue.frameworks.get(frameworkId);
  if (!framework) return [{ field: 'frameworkId', message: `must be a model version Kompass knows ('${frameworkId}' is not one)` }];
  return questionSetProblems(content, new Set(listScoringUnits(framework).map((unit) => unit.code)), frameworkId);
}

/** Refuses a set with problems: 400 `validation` naming each field under `prefix` (e.g. `body`). */
export function refuseProblems(problems: readonly QuestionSetProblem[], prefix: string): void {
  if (problems.length === 0) return;
  const details = problems.map((problem) => ({ field: `${prefix}.${problem.field}`, message: problem.message }));
  throw new AppError('validation', `The question set breaks ${problems.length === 1 ? 'a rule' : `${problems.length} rules`}: ${details.map((d) => `${d.field}: ${d.message}`).slice(0, 5).join('; ')}`, details);
}

const fieldsOf = (input: QuestionSetFields): QuestionSetFields => ({ title: input.title, description: input.description, language: input.language, content: input.content });

/** Refuses a change to a set a questionnaire uses. */
async function refuseFrozen(tx: Executor, id: string): Promise<void> {
  const usedBy = await countQuestionnairesUsing(tx, id);
  if (usedBy > 0) {
    throw new AppError('question_set_frozen', `Question set ${id} is used by ${usedBy} questionnaire(s) and can no longer change: make a new version of it`, [], { usedBy });
  }
}

async function presented(tx: Executor, catalogue: Catalogue, id: string): Promise<QuestionSetView> {
  return presentQuestionSet(await requireQuestionSetRow(tx, id), catalogue);
}

export interface NewSetOptions {
  /** Make the set the next version of this set's family (an import that replaces it). */
  replaces?: string;
  demo?: boolean;
  /** The audit action (`question-set.create` unless told). */
  action?: string;
  /** Where the input's fields are in the request, for refusals (`body`). */
  prefix?: string;
}

/** Writes a new set: version 1 of a new family, or the next version of the family of `replaces`. */
export async function createQuestionSet(db: Database, catalogue: Catalogue, input: CreateQuestionSetInput, actor: string, options: NewSetOptions = {}): Promise<QuestionSetView> {
  refuseProblems(questionSetContentProblems(catalogue, input.frameworkId, input.content), options.prefix ?? 'body');
  return versionedWrite(db, {
    read: async (tx) => {
      if (options.replaces === undefined) return { current: { familyId: randomUUID(), versionNo: 1 } };
      const replaced = await lockQuestionSet(tx, options.replaces);
      if (!replaced) throw notFound(`Question set ${options.replaces}`);
      if (replaced.frameworkId !== input.frameworkId) {
        // Not question_set_model_mismatch: that code speaks of an evaluation's model version.
        throw new AppError('validation', `The file's set is for ${input.frameworkId}; the set it replaces is for ${replaced.frameworkId}`, [
          { field: 'query.replaces', message: `is a set for ${replaced.frameworkId}, not ${input.frameworkId}` },
        ]);
      }
      await lockFamily(tx, replaced.familyId);
      return { current: { familyId: replaced.familyId, versionNo: (await highestVersionNo(tx, replaced.familyId)) + 1 } };
    },
    write: async ({ tx, current }) => {
      const row = await insertQuestionSet(tx, { ...fieldsOf(input), frameworkId: input.frameworkId, ...current, createdBy: actor, demo: options.demo ?? false });
      return {
        result: await presented(tx, catalogue, row.id),
        audit: { actor, action: options.action ?? `${ENTITY}.create`, entityType: ENTITY, entityId: row.id, newValue: audited(row) },
      };
    },
  });
}

/** Replaces a set no questionnaire uses; `input.version` is the version last read. */
export async function updateQuestionSet(db: Database, catalogue: Catalogue, id: string, input: UpdateQuestionSetInput, actor: string): Promise<QuestionSetView> {
  return versionedWrite(db, {
    read: async (tx) => {
      const row = await lockQuestionSet(tx, id);
      if (!row) throw notFound(`Question set ${id}`);
      await refuseFrozen(tx, id);
      refuseProblems(questionSetContentProblems(catalogue, row.frameworkId, input.content), 'body');
      return { current: row, check: { what: `Question set ${id}`, sent: input.version, current: row.version, shown: await presented(tx, catalogue, id) } };
    },
    write: async ({ tx, current }) => {
      const row = await updateQuestionSetRow(tx, id, fieldsOf(input));
      return {
        result: await presented(tx, catalogue, id),
        audit: { actor, action: `${ENTITY}.update`, entityType: ENTITY, entityId: id, oldValue: audited(current), newValue: audited(row) },
      };
    },
  });
}

/** Starts the next version of the set's family as an editable copy of this version. */
export async function createQuestionSetVersion(db: Database, catalogue: Catalogue, id: string, actor: string): Promise<QuestionSetView> {
  return versionedWrite(db, {
    read: async (tx) => {
      const source = await lockQuestionSet(tx, id);
      if (!source) throw notFound(`Question set ${id}`);
      await lockFamily(tx, source.familyId);
      return { current: { source, versionNo: (await highestVersionNo(tx, source.familyId)) + 1 } };
    },
    write: async ({ tx, current: { source, versionNo } }) => {
      const row = await insertQuestionSet(tx, { ...fieldsOf(source), familyId: source.familyId, versionNo, frameworkId: source.frameworkId, createdBy: actor });
      return {
        result: await presented(tx, catalogue, row.id),
        audit: { actor, action: `${ENTITY}.version`, entityType: ENTITY, entityId: row.id, newValue: { ...audited(row), copiedFrom: source.id } },
      };
    },
  });
}

/** Removes a set version no questionnaire uses; `version` is the version last read. */
export async function deleteQuestionSet(db: Database, catalogue: Catalogue, id: string, version: number, actor: string): Promise<void> {
  await versionedWrite(db, {
    read: async (tx) => {
      const row = await lockQuestionSet(tx, id);
      if (!row) throw notFound(`Question set ${id}`);
      await refuseFrozen(tx, id);
      return { current: row, check: { what: `Question set ${id}`, sent: version, current: row.version, shown: await presented(tx, catalogue, id) } };
    },
    write: async ({ tx, current }) => {
      await deleteQuestionSetRow(tx, id);
      return { result: undefined, audit: { actor, action: `${ENTITY}.delete`, entityType: ENTITY, entityId: id, oldValue: audited(current) } };
    },
  });
}
