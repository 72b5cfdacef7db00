/**
 * Changes to a questionnaire. Every change goes through `versionedWrite` with the evaluation as
 * its target (a questionnaire of a final or published evaluation is read-only) and is audited as
 * `evaluation.questionnaire.*`. The team sends, changes, invites and reopens (the questionnaire's
 * own version); the respondents answer (each answer's own version), upload and submit.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../db/audit.js';
import type { Database, Executor } from '../../db/client.js';
import type { Principal } from '../../domain/access.js';
import { mediaTypeOf } from '../../domain/evidence.js';
import type { Catalogue } from '../../domain/framework.js';
import { ANSWER_FILES_MAX, type AnswerValue, type Question } from '../../domain/question-set-values.js';
import { answerEvidenceNotes, answerEvidenceTitle } from '../../domain/questionnaire-evidence.js';
import { allQuestions, answerValueProblem, questionnaireProgress } from '../../domain/questionnaire-rules.js';
import { AppError, forbidden, invalid, notFound, staleVersion } from '../../kernel/errors.js';
import { versionedWrite, type LockedEvaluation } from '../../kernel/versioned-write.js';
import { presentEvidence } from '../evidence/presenter.js';
import { findEvidence, insertEvidence, insertEvidenceFile } from '../evidence/repository.js';
import { answerRefOf, answerState, presentAnswer, presentAnswerFile } from './presenter.js';
import { questionnaireToday, readAnsweringQuestionnaire, readQuestionnaireBundle, readTeamQuestionnaire, requireReadable } from './queries.js';
import {
  addRespondent,
  countAnswerFiles,
  deleteAnswerFile as deleteFileRow,
  findAnswer,
  findAnswerFile,
  findQuestionnaire,
  findQuestionnaireOfEvaluation,
  findQuestionSet,
  insertAnswer,
  insertAnswerFile,
  insertQuestionnaire,
  listAnswerEvidence,
  listMunicipalityUsers,
  readAnswerFile,
  setRespondents,
  updateAnswerAtVersion,
  updateQuestionnaireAtVersion,
  type QuestionnaireRow,
} from './repository.js';
import type { Evidence } from '../../contract/evidence.js';
import type {
  AnswerFile,
  AnswerView,
  AnsweringQuestionnaire,
  SaveAnswerInput,
  SendQuestionnaireInput,
  TeamQuestionnaire,
  UpdateQuestionnaireInput,
} from '../../contract/questionnaires.js';

/** Who makes a change: the principal, the audit actor, and the user's id and name (kept on answers and files). */
export interface QuestionnaireEditor {
  principal: Principal;
  actor: string;
  userId: string;
  name: string;
}

const entry = (editor: QuestionnaireEditor, action: string, evaluationId: string, values: Pick<AuditEntry, 'oldValue' | 'newValue'>): AuditEntry => ({
  actor: editor.actor,
  action: `evaluation.questionnaire.${action}`,
  entityType: 'evaluation',
  entityId: evaluationId,
  ...values,
});

// The team's changes

async function requireQuestionnaireOf(tx: Executor, evaluationId: string): Promise<QuestionnaireRow> {
  const questionnaire = await findQuestionnaireOfEvaluation(tx, evaluationId);
  if (!questionnaire) throw notFound(`The questionnaire of evaluation ${evaluationId}`);
  return questionnaire;
}

async function currentTeamQuestionnaire(tx: Executor, catalogue: Catalogue, evaluationId: string): Promise<TeamQuestionnaire> {
  const questionnaire = await readTeamQuestionnaire(tx, catalogue, evaluationId);
  if (!questionnaire) throw new Error(`The questionnaire of ${evaluationId} was written but cannot be read`);
  return questionnaire;
}

/** Refuses respondents who are not enabled users of the evaluation's municipality. */
async function checkRespondents(tx: Executor, evaluation: LockedEvaluation, respondentIds: readonly string[]): Promise<void> {
  const candidates = new Set((await listMunicipalityUsers(tx, evaluation.municipalityId)).map((person) => person.userId));
  const details = respondentIds.flatMap((id, index) =>
    candidates.has(id) ? [] : [{ field: `body.respondentIds.${index}`, message: `is not a user of municipality ${evaluation.municipalityId}` }],
  );
  if (details.length > 0) throw new AppError('validation', `Invalid input: ${details.map((detail) => `${detail.field}: ${detail.message}`).join('; ')}`, details);
}

/** The version check of a questionnaire-level change: 409 with the team's current view when stale. */
const teamCheck = (tx: Executor, catalogue: Catalogue, evaluationId: string, questionnaire: QuestionnaireRow, sent: number) => ({
  what: 'The questionnaire',
  sent,
  current: questionnaire.version,
  refuse: async () => staleVersion('The questionnaire', sent, questionnaire.version, await currentTeamQuestionnaire(tx, catalogue, evaluationId)),
});

/** Sends a set of the evaluation's model version to the chosen respondents; 409 when one was sent. */
export async function sendQuestionnaire(db: Database, catalogue: Catalogue, evaluationId: string, input: SendQuestionnaireInput, editor: QuestionnaireEditor): Promise<TeamQuestionnaire> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx, evaluation) => {
      if (await findQuestionnaireOfEvaluation(tx, evaluationId)) throw new AppError('questionnaire_exists', `Evaluation ${evaluationId} already has a questionnaire`);
      const questionSet = await findQuestionSet(tx, input.questionSetId);
      if (!questionSet) throw notFound(`Question set ${input.questionSetId}`);
      if (questionSet.frameworkId !== evaluation.frameworkId) {
        throw new AppError('question_set_model_mismatch', `Question set ${input.questionSetId} is written for ${questionSet.frameworkId}; the evaluation uses ${evaluation.frameworkId}`, [], {
          questionSetFrameworkId: questionSet.frameworkId,
          evaluationFrameworkId: evaluation.frameworkId,
        });
      }
      await checkRespondents(tx, evaluation, input.respondentIds);
      return { current: questionSet };
    },
    write: async ({ tx, current: questionSet }) => {
      const questionnaire = await insertQuestionnaire(tx, { evaluationId, questionSetId: questionSet.id, opensOn: input.opensOn, dueOn: input.dueOn, createdBy: editor.actor });
      await setRespondents(tx, questionnaire.id, input.respondentIds);
      const newValue = { questionnaireId: questionnaire.id, questionSetId: questionSet.id, versionNo: questionSet.versionNo, opensOn: input.opensOn, dueOn: input.dueOn, respondentIds: input.respondentIds };
      return { result: await currentTeamQuestionnaire(tx, catalogue, evaluationId), audit: entry(editor, 'send', evaluationId, { newValue }) };
    },
  });
}

/** Changes the dates and the respondents at the version the team read. */
export async function updateQuestionnaire(db: Database, catalogue: Catalogue, evaluationId: string, input: UpdateQuestionnaireInput, editor: QuestionnaireEditor): Promise<TeamQuestionnaire> {
  const { version, opensOn, dueOn, respondentIds } = input;
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx) => {
      const questionnaire = await requireQuestionnaireOf(tx, evaluationId);
      return { current: questionnaire, check: teamCheck(tx, catalogue, evaluationId, questionnaire, version) };
    },
    write: async ({ tx, evaluation, current: before }) => {
      await checkRespondents(tx, evaluation, respondentIds);
      if (!(await updateQuestionnaireAtVersion(tx, before.id, version, { opensOn, dueOn }))) throw new Error(`Questionnaire ${before.id} moved under the evaluation's lock`);
      const bundle = await readQuestionnaireBundle(tx, catalogue, before);
      const oldRespondents = bundle.respondents.map((person) => person.userId);
      await setRespondents(tx, before.id, respondentIds);
      const audit = entry(editor, 'update', evaluationId, {
        oldValue: { questionnaireId: before.id, opensOn: before.opensOn, dueOn: before.dueOn, respondentIds: oldRespondents },
        newValue: { questionnaireId: before.id, opensOn, dueOn, respondentIds },
      });
      return { result: await currentTeamQuestionnaire(tx, catalogue, evaluationId), audit };
    },
  });
}

/** An invitation as the team passes it on: the one-time link only when the account has no password. */
export interface Invitation {
  userId: string;
  email: string;
  url: string | null;
  expiresAt: string | null;
}

/**
 * Adds a respondent by e-mail (see `inviteRespondent` in ./invitation.ts for the accounts); bumps
 * the questionnaire's version so a form read before the invitation cannot drop the new respondent.
 */
export async function addInvitedRespondent(
  db: Database,
  catalogue: Catalogue,
  evaluationId: string,
  editor: QuestionnaireEditor,
  account: (tx: Executor, evaluation: LockedEvaluation) => Promise<Invitation & { created: boolean }>,
): Promise<{ questionnaire: TeamQuestionnaire; invitation: Invitation }> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx) => ({ current: await requireQuestionnaireOf(tx, evaluationId) }),
    write: async ({ tx, evaluation, current: questionnaire }) => {
      const { created, ...invitation } = await account(tx, evaluation);
      await addRespondent(tx, questionnaire.id, invitation.userId);
      if (!(await updateQuestionnaireAtVersion(tx, questionnaire.id, questionnaire.version, {}))) throw new Error(`Questionnaire ${questionnaire.id} moved under the evaluation's lock`);
      const newValue = { questionnaireId: questionnaire.id, userId: invitation.userId, email: invitation.email, accountCreated: created, linkCreated: invitation.url !== null };
      return { result: { questionnaire: await currentTeamQuestionnaire(tx, catalogue, evaluationId), invitation }, audit: entry(editor, 'invite', evaluationId, { newValue }) };
    },
  });
}

/** Opens submitted answers for changes again. */
export async function reopenQuestionnaire(db: Database, catalogue: Catalogue, evaluationId: string, version: number, editor: QuestionnaireEditor): Promise<TeamQuestionnaire> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx) => {
      const questionnaire = await requireQuestionnaireOf(tx, evaluationId);
      return { current: questionnaire, check: teamCheck(tx, catalogue, evaluationId, questionnaire, version) };
    },
    write: async ({ tx, current: before }) => {
      if (before.status !== 'submitted') throw new AppError('conflict', 'The questionnaire is open: only submitted answers can be reopened');
      if (!(await updateQuestionnaireAtVersion(tx, before.id, version, { status: 'open', submittedAt: null, submittedBy: null }))) {
        throw new Error(`Questionnaire ${before.id} moved under the evaluation's lock`);
      }
      const audit = entry(editor, 'reopen', evaluationId, { oldValue: { questionnaireId: before.id, status: 'submitted', submittedAt: before.submittedAt?.toISOString() ?? null }, newValue: { status: 'open' } });
      return { result: await currentTeamQuestionnaire(tx, catalogue, evaluationId), audit };
    },
  });
}

/** Makes an answer, or one of its documents, an evidence item linked to the question's sub-areas. */
export async function linkAnswerEvidence(db: Database, catalogue: Catalogue, evaluationId: string, questionKey: string, fileId: string | null, editor: QuestionnaireEditor): Promise<Evidence> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx) => {
      const bundle = await readQuestionnaireBundle(tx, catalogue, await requireQuestionnaireOf(tx, evaluationId));
      const question = allQuestions(bundle.questionSet.content).find((one) => one.key === questionKey);
      if (!question) throw notFound(`Question ${questionKey}`);
      const answer = bundle.answers.find((row) => row.questionKey === questionKey) ?? null;
      const file = fileId === null ? null : (bundle.files.find((one) => one.id === fileId && one.questionKey === questionKey) ?? null);
      if (fileId !== null && !file) throw notFound(`File ${fileId} of question ${questionKey}`);
      if (fileId === null && !answer) throw notFound(`The answer to question ${questionKey}`);
      const ref = answerRefOf(questionKey, fileId);
      const existing = (await listAnswerEvidence(tx, evaluationId)).find((item) => item.answerRef === ref);
      if (existing) throw new AppError('evidence_exists', `The ${fileId === null ? 'answer' : 'document'} is already evidence item ${existing.id}`, [], { evidenceId: existing.id });
      return { current: { bundle, question, answer, file } };
    },
    write: async ({ tx, current: { bundle, question, answer, file } }) => {
      let evidenceFileId: string | null = null;
      if (file) {
        const stored = await readAnswerFile(tx, bundle.questionnaire.id, file.id);
        if (!stored) throw new Error(`File ${file.id} vanished under the evaluation's lock`);
        const copy = await insertEvidenceFile(tx, {
          evaluationId,
          fileName: stored.fileName,
          mediaType: stored.mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          content: stored.content,
          uploadedBy: editor.actor,
        });
        evidenceFileId = copy.id;
      }
      const id = await insertEvidence(
        tx,
        evaluationId,
        {
          kind: 'document',
          title: answerEvidenceTitle(question, file?.fileName ?? null),
          documentKind: 'questionnaire',
          occurredOn: null,
          url: null,
          fileId: evidenceFileId,
          notes: answerEvidenceNotes(question, answer?.value ?? null, bundle.questionSet.language, file?.fileName ?? null),
          unitCodes: question.unitCodes,
          answerRef: answerRefOf(question.key, file?.id ?? null),
        },
        editor.actor,
      );
      const created = await findEvidence(tx, evaluationId, id);
      if (!created) throw new Error(`Evidence item ${id} was written but cannot be read`);
      const evidence = presentEvidence(created);
      const newValue = { questionnaireId: bundle.questionnaire.id, questionKey: question.key, fileId: file?.id ?? null, evidenceId: id, evidenceFileId, title: evidence.title, unitCodes: evidence.unitCodes };
      return { result: evidence, audit: entry(editor, 'evidence.link', evaluationId, { newValue }) };
    },
  });
}

// The respondents' changes

/**
 * The questionnaire a respondent changes, checked before its evaluation is locked: 404 for anyone
 * who may not read it (so a locked evaluation tells them nothing), 403 for its team (they read).
 */
async function respondentTarget(db: Database, questionnaireId: string, editor: QuestionnaireEditor): Promise<QuestionnaireRow> {
  const { questionnaire, reader } = await requireReadable(db, editor.principal, questionnaireId);
  if (reader !== 'respondent') throw forbidden("Only the questionnaire's respondents change its answers");
  return questionnaire;
}

/** Inside the change: the questionnaire again, refused unless it is open and opened. */
async function requireAnswerable(tx: Executor, catalogue: Catalogue, questionnaireId: string) {
  const questionnaire = await findQuestionnaire(tx, questionnaireId);
  if (!questionnaire) throw notFound(`Questionnaire ${questionnaireId}`);
  if (questionnaire.status === 'submitted') {
    throw new AppError('questionnaire_submitted', 'The answers have been submitted and are read-only until the evaluation team reopens them', [], {
      submittedAt: questionnaire.submittedAt?.toISOString() ?? null,
    });
  }
  const today = questionnaireToday();
  if (today < questionnaire.opensOn) {
    throw new AppError('questionnaire_not_open', `The questionnaire opens on ${questionnaire.opensOn}`, [], { opensOn: questionnaire.opensOn });
  }
  return readQuestionnaireBundle(tx, catalogue, questionnaire);
}

function requireQuestion(questions: readonly Question[], questionKey: string): Question {
  const question = questions.find((one) => one.key === questionKey);
  if (!question) throw notFound(`Question ${questionKey}`);
  return question;
}

/** The answer's version against the one the respondent read (0: none yet); 409 with the current answer when stale. */
function answerCheck(current: AnswerView | null, sent: number) {
  return { what: 'The answer', sent, current: current?.version ?? 0, shown: current };
}

/** Saves one answer at the version the respondent read; the value must fit its question. */
export async function saveAnswer(db: Database, catalogue: Catalogue, questionnaireId: string, questionKey: string, input: SaveAnswerInput, editor: QuestionnaireEditor): Promise<AnswerView> {
  const target = await respondentTarget(db, questionnaireId, editor);
  return versionedWrite(db, {
    evaluation: target.evaluationId,
    read: async (tx) => {
      const bundle = await requireAnswerable(tx, catalogue, questionnaireId);
      const question = requireQuestion(allQuestions(bundle.questionSet.content), questionKey);
      const problem = answerValueProblem(question, input.value as AnswerValue);
      if (problem) throw invalid('body.value', problem);
      const before = await findAnswer(tx, questionnaireId, questionKey);
      const shown = before ? presentAnswer(before) : null;
      return { current: before, check: answerCheck(shown, input.version) };
    },
    write: async ({ tx, current: before }) => {
      const write = { value: input.value, updatedBy: editor.userId, updatedByName: editor.name };
      const saved = before ? await updateAnswerAtVersion(tx, questionnaireId, questionKey, input.version, write) : await insertAnswer(tx, questionnaireId, questionKey, write);
      if (!saved) throw new Error(`The answer to ${questionKey} moved under the evaluation's lock`);
      const audit = entry(editor, 'answer', target.evaluationId, {
        oldValue: before ? { questionnaireId, questionKey, value: before.value } : null,
        newValue: { questionnaireId, questionKey, value: input.value },
      });
      return { result: presentAnswer(saved), audit };
    },
  });
}

/** Adds a document to a documents question's answer (at most ANSWER_FILES_MAX per question). */
export async function uploadAnswerFile(
  db: Database,
  catalogue: Catalogue,
  questionnaireId: string,
  questionKey: string,
  fileName: string,
  content: Uint8Array,
  editor: QuestionnaireEditor,
): Promise<AnswerFile> {
  const target = await respondentTarget(db, questionnaireId, editor);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const mediaType = mediaTypeOf(fileName);
  return versionedWrite(db, {
    evaluation: target.evaluationId,
    read: async (tx) => {
      const bundle = await requireAnswerable(tx, catalogue, questionnaireId);
      const question = requireQuestion(allQuestions(bundle.questionSet.content), questionKey);
      if (question.type !== 'documents') throw invalid('params.questionKey', `question ${questionKey} takes no documents (it is of type ${question.type})`);
      if ((await countAnswerFiles(tx, questionnaireId, questionKey)) >= ANSWER_FILES_MAX) {
        throw invalid('body', `question ${questionKey} already holds ${ANSWER_FILES_MAX} documents, the most one answer may hold; remove one first`);
      }
      return { current: null };
    },
    write: async ({ tx }) => {
      const file = await insertAnswerFile(tx, { questionnaireId, questionKey, fileName, mediaType, sizeBytes: content.byteLength, sha256, content, uploadedBy: editor.userId, uploadedByName: editor.name });
      const newValue = { questionnaireId, questionKey, fileId: file.id, fileName, mediaType, sizeBytes: content.byteLength, sha256 };
      return { result: presentAnswerFile(file), audit: entry(editor, 'file.upload', target.evaluationId, { newValue }) };
    },
  });
}

/** Removes a document from an answer. */
export async function deleteAnswerFile(db: Database, catalogue: Catalogue, questionnaireId: string, fileId: string, editor: QuestionnaireEditor): Promise<void> {
  const target = await respondentTarget(db, questionnaireId, editor);
  await versionedWrite(db, {
    evaluation: target.evaluationId,
    read: async (tx) => {
      await requireAnswerable(tx, catalogue, questionnaireId);
      const file = await findAnswerFile(tx, questionnaireId, fileId);
      if (!file) throw notFound(`File ${fileId}`);
      return { current: file };
    },
    write: async ({ tx, current: file }) => {
      await deleteFileRow(tx, fileId);
      const oldValue = { questionnaireId, questionKey: file.questionKey, fileId, fileName: file.fileName, sizeBytes: file.sizeBytes, sha256: file.sha256 };
      return { result: undefined, audit: entry(editor, 'file.delete', target.evaluationId, { oldValue }) };
    },
  });
}

/** Submits the answers for all respondents; 409 questionnaire_incomplete naming each shown required question without an answer. */
export async function submitQuestionnaire(db: Database, catalogue: Catalogue, questionnaireId: string, version: number, editor: QuestionnaireEditor): Promise<AnsweringQuestionnaire> {
  const target = await respondentTarget(db, questionnaireId, editor);
  return versionedWrite(db, {
    evaluation: target.evaluationId,
    read: async (tx) => {
      const bundle = await requireAnswerable(tx, catalogue, questionnaireId);
      const check = {
        what: 'The questionnaire',
        sent: version,
        current: bundle.questionnaire.version,
        refuse: async () => staleVersion('The questionnaire', version, bundle.questionnaire.version, await readAnsweringQuestionnaire(tx, catalogue, questionnaireId, editor.principal)),
      };
      return { current: bundle, check };
    },
    write: async ({ tx, current: bundle }) => {
      const content = bundle.questionSet.content;
      const missing = questionnaireProgress(content, answerState(bundle.answers, bundle.files)).requiredMissing;
      if (missing.length > 0) {
        const questions = allQuestions(content);
        const details = missing.map((key) => ({ field: `answers.${key}`, message: `must be answered: ${questions.find((question) => question.key === key)?.text ?? key}` }));
        throw new AppError('questionnaire_incomplete', `${missing.length} required question(s) have no answer: ${missing.join(', ')}`, details, { missing });
      }
      if (!(await updateQuestionnaireAtVersion(tx, questionnaireId, version, { status: 'submitted', submittedAt: new Date(), submittedBy: editor.userId }))) {
        throw new Error(`Questionnaire ${questionnaireId} moved under the evaluation's lock`);
      }
      const audit = entry(editor, 'submit', target.evaluationId, { newValue: { questionnaireId, status: 'submitted', answered: bundle.answers.length, files: bundle.files.length } });
      return { result: await readAnsweringQuestionnaire(tx, catalogue, questionnaireId, editor.principal), audit };
    },
  });
}
