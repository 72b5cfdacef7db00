/** SQL of the questionnaires: the questionnaire, its set, respondents, answers and files (bytes only when read). */
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { evaluations, evidenceItems, municipalities, questionnaireAnswers, questionnaireFiles, questionnaireRespondents, questionnaires, questionSets, users } from '../../db/schema.js';
import type { EvaluationStatus } from '../../domain/evaluation-status.js';
import type { Country } from '../../domain/municipality.js';

export type QuestionnaireRow = typeof questionnaires.$inferSelect;
export type QuestionSetRow = typeof questionSets.$inferSelect;
export type AnswerRow = typeof questionnaireAnswers.$inferSelect;
/** A file's description, without its bytes. */
export type AnswerFileRow = Omit<typeof questionnaireFiles.$inferSelect, 'content'>;

/** The evaluation a questionnaire belongs to, as the questionnaire shows it. */
export interface QuestionnaireEvaluationRow {
  id: string;
  frameworkId: string;
  status: EvaluationStatus;
  municipality: { id: string; country: Country; code: string; name: string };
}

export interface PersonRow {
  userId: string;
  name: string;
  email: string;
  hasPassword: boolean;
}

export async function findQuestionnaireEvaluation(executor: Executor, evaluationId: string): Promise<QuestionnaireEvaluationRow | null> {
  const [row] = await executor
    .select({
      id: evaluations.id,
      frameworkId: evaluations.frameworkId,
      status: evaluations.status,
      municipalityId: municipalities.id,
      country: municipalities.country,
      code: municipalities.code,
      name: municipalities.name,
    })
    .from(evaluations)
    .innerJoin(municipalities, eq(municipalities.id, evaluations.municipalityId))
    .where(eq(evaluations.id, evaluationId));
  if (!row) return null;
  return { id: row.id, frameworkId: row.frameworkId, status: row.status, municipality: { id: row.municipalityId, country: row.country, code: row.code, name: row.name } };
}

export async function findQuestionnaire(executor: Executor, questionnaireId: string): Promise<QuestionnaireRow | null> {
  const [row] = await executor.select().from(questionnaires).where(eq(questionnaires.id, questionnaireId));
  return row ?? null;
}

export async function findQuestionnaireOfEvaluation(executor: Executor, evaluationId: string): Promise<QuestionnaireRow | null> {
  const [row] = await executor.select().from(questionnaires).where(eq(questionnaires.evaluationId, evaluationId));
  return row ?? null;
}

export async function findQuestionSet(executor: Executor, questionSetId: string): Promise<QuestionSetRow | null> {
  const [row] = await executor.select().from(questionSets).where(eq(questionSets.id, questionSetId));
  return row ?? null;
}

export async function insertQuestionnaire(
  executor: Executor,
  fields: Pick<typeof questionnaires.$inferInsert, 'evaluationId' | 'questionSetId' | 'opensOn' | 'dueOn' | 'createdBy'>,
): Promise<QuestionnaireRow> {
  const [row] = await executor.insert(questionnaires).values(fields).returning();
  if (!row) throw new Error('Inserting a questionnaire returned no row');
  return row;
}

/** Changes the questionnaire if it is still at the version given; null when it is not. */
export async function updateQuestionnaireAtVersion(
  executor: Executor,
  questionnaireId: string,
  version: number,
  changes: Partial<Pick<QuestionnaireRow, 'opensOn' | 'dueOn' | 'status' | 'submittedAt' | 'submittedBy'>>,
): Promise<QuestionnaireRow | null> {
  const [row] = await executor
    .update(questionnaires)
    .set({ ...changes, version: sql`${questionnaires.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(questionnaires.id, questionnaireId), eq(questionnaires.version, version)))
    .returning();
  return row ?? null;
}

// Respondents

export async function listRespondents(executor: Executor, questionnaireId: string): Promise<PersonRow[]> {
  const rows = await executor
    .select({ userId: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash })
    .from(questionnaireRespondents)
    .innerJoin(users, eq(users.id, questionnaireRespondents.userId))
    .where(eq(questionnaireRespondents.questionnaireId, questionnaireId))
    .orderBy(asc(users.name), asc(users.id));
  return rows.map(({ passwordHash, ...person }) => ({ ...person, hasPassword: passwordHash !== null }));
}

/** The municipality's enabled users, who may be chosen as respondents. */
export async function listMunicipalityUsers(executor: Executor, municipalityId: string): Promise<PersonRow[]> {
  const rows = await executor
    .select({ userId: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.role, 'municipality'), eq(users.municipalityId, municipalityId), eq(users.disabled, false)))
    .orderBy(asc(users.name), asc(users.id));
  return rows.map(({ passwordHash, ...person }) => ({ ...person, hasPassword: passwordHash !== null }));
}

export async function isRespondent(executor: Executor, questionnaireId: string, userId: string): Promise<boolean> {
  const [row] = await executor
    .select({ userId: questionnaireRespondents.userId })
    .from(questionnaireRespondents)
    .where(and(eq(questionnaireRespondents.questionnaireId, questionnaireId), eq(questionnaireRespondents.userId, userId)));
  return row !== undefined;
}

/** Makes the respondents exactly these users (those already there keep when they were added). */
export async function setRespondents(executor: Executor, questionnaireId: string, userIds: readonly string[]): Promise<void> {
  const current = (await listRespondents(executor, questionnaireId)).map((person) => person.userId);
  const removed = current.filter((id) => !userIds.includes(id));
  const added = userIds.filter((id) => !current.includes(id));
  if (removed.length > 0) {
    await executor.delete(questionnaireRespondents).where(and(eq(questionnaireRespondents.questionnaireId, questionnaireId), inArray(questionnaireRespondents.userId, removed)));
  }
  if (added.length > 0) await executor.insert(questionnaireRespondents).values(added.map((userId) => ({ questionnaireId, userId })));
}

export async function addRespondent(executor: Executor, questionnaireId: string, userId: string): Promise<void> {
  await executor.insert(questionnaireRespondents).values({ questionnaireId, userId }).onConflictDoNothing();
}

/** The questionnaires the user answers, oldest first. */
export async function listQuestionnairesOfRespondent(executor: Executor, userId: string): Promise<QuestionnaireRow[]> {
  const rows = await executor
    .select({ questionnaire: questionnaires })
    .from(questionnaireRespondents)
    .innerJoin(questionnaires, eq(questionnaires.id, questionnaireRespondents.questionnaireId))
    .where(eq(questionnaireRespondents.userId, userId))
    .orderBy(asc(questionnaires.createdAt), asc(questionnaires.id));
  return rows.map((row) => row.questionnaire);
}

export async function findUserName(executor: Executor, userId: string): Promise<string | null> {
  const [row] = await executor.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

// Answers

export async function listAnswers(executor: Executor, questionnaireId: string): Promise<AnswerRow[]> {
  return executor.select().from(questionnaireAnswers).where(eq(questionnaireAnswers.questionnaireId, questionnaireId)).orderBy(asc(questionnaireAnswers.questionKey));
}

export async function findAnswer(executor: Executor, questionnaireId: string, questionKey: string): Promise<AnswerRow | null> {
  const [row] = await executor
    .select()
    .from(questionnaireAnswers)
    .where(and(eq(questionnaireAnswers.questionnaireId, questionnaireId), eq(questionnaireAnswers.questionKey, questionKey)));
  return row ?? null;
}

interface AnswerWrite {
  value: unknown;
  updatedBy: string;
  updatedByName: string;
}

/** The first answer to a question; null when one was written meanwhile. */
export async function insertAnswer(executor: Executor, questionnaireId: string, questionKey: string, write: AnswerWrite): Promise<AnswerRow | null> {
  const [row] = await executor
    .insert(questionnaireAnswers)
    .values({ questionnaireId, questionKey, value: sql`${JSON.stringify(write.value)}::jsonb`, updatedBy: write.updatedBy, updatedByName: write.updatedByName })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Changes an answer if it is still at the version given; null when it is not. */
export async function updateAnswerAtVersion(executor: Executor, questionnaireId: string, questionKey: string, version: number, write: AnswerWrite): Promise<AnswerRow | null> {
  const [row] = await executor
    .update(questionnaireAnswers)
    .set({
      value: sql`${JSON.stringify(write.value)}::jsonb`,
      updatedBy: write.updatedBy,
      updatedByName: write.updatedByName,
      version: sql`${questionnaireAnswers.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(questionnaireAnswers.questionnaireId, questionnaireId), eq(questionnaireAnswers.questionKey, questionKey), eq(questionnaireAnswers.version, version)))
    .returning();
  return row ?? null;
}

// Files

const fileColumns = {
  id: questionnaireFiles.id,
  questionnaireId: questionnaireFiles.questionnaireId,
  questionKey: questionnaireFiles.questionKey,
  fileName: questionnaireFiles.fileName,
  mediaType: questionnaireFiles.mediaType,
  sizeBytes: questionnaireFiles.sizeBytes,
  sha256: questionnaireFiles.sha256,
  uploadedBy: questionnaireFiles.uploadedBy,
  uploadedByName: questionnaireFiles.uploadedByName,
  uploadedAt: questionnaireFiles.uploadedAt,
};

/** The questionnaire's files in the order uploaded, without their bytes. */
export async function listAnswerFiles(executor: Executor, questionnaireId: string): Promise<AnswerFileRow[]> {
  return executor
    .select(fileColumns)
    .from(questionnaireFiles)
    .where(eq(questionnaireFiles.questionnaireId, questionnaireId))
    .orderBy(asc(questionnaireFiles.uploadedAt), asc(questionnaireFiles.id));
}

export async function findAnswerFile(executor: Executor, questionnaireId: string, fileId: string): Promise<AnswerFileRow | null> {
  const [row] = await executor
    .select(fileColumns)
    .from(questionnaireFiles)
    .where(and(eq(questionnaireFiles.questionnaireId, questionnaireId), eq(questionnaireFiles.id, fileId)));
  return row ?? null;
}

/** A file with its bytes (base64 on the way, as evidence files travel: see insertEvidenceFile). */
export async function readAnswerFile(executor: Executor, questionnaireId: string, fileId: string): Promise<(AnswerFileRow & { content: Buffer }) | null> {
  const [row] = await executor
    .select({ ...fileColumns, base64: sql<string>`encode(${questionnaireFiles.content}, 'base64')` })
    .from(questionnaireFiles)
    .where(and(eq(questionnaireFiles.questionnaireId, questionnaireId), eq(questionnaireFiles.id, fileId)));
  if (!row) return null;
  const { base64, ...record } = row;
  return { ...record, content: Buffer.from(base64, 'base64') };
}

export async function countAnswerFiles(executor: Executor, questionnaireId: string, questionKey: string): Promise<number> {
  const [row] = await executor
    .select({ count: sql<number>`count(*)::int` })
    .from(questionnaireFiles)
    .where(and(eq(questionnaireFiles.questionnaireId, questionnaireId), eq(questionnaireFiles.questionKey, questionKey)));
  return Number(row?.count ?? 0);
}

export async function insertAnswerFile(executor: Executor, file: Omit<typeof questionnaireFiles.$inferInsert, 'content'> & { content: Uint8Array }): Promise<AnswerFileRow> {
  const base64 = Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength).toString('base64');
  const [row] = await executor
    .insert(questionnaireFiles)
    .values({ ...file, content: sql`decode(${base64}, 'base64')` })
    .returning(fileColumns);
  if (!row) throw new Error('Inserting a questionnaire file returned no row');
  return row;
}

export async function deleteAnswerFile(executor: Executor, fileId: string): Promise<void> {
  await executor.delete(questionnaireFiles).where(eq(questionnaireFiles.id, fileId));
}

// Evidence made from answers

/** The evaluation's evidence items made from answers: their ids and `answer_ref`s. */
export async function listAnswerEvidence(executor: Executor, evaluationId: string): Promise<Array<{ id: string; answerRef: string }>> {
  const rows = await executor
    .select({ id: evidenceItems.id, answerRef: evidenceItems.answerRef })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.evaluationId, evaluationId), isNotNull(evidenceItems.answerRef)))
    .orderBy(asc(evidenceItems.createdAt), asc(evidenceItems.id));
  return rows.flatMap((row) => (row.answerRef === null ? [] : [{ id: row.id, answerRef: row.answerRef }]));
}
