/** SQL of the question sets: the versions of each family, which questionnaires use them, and their writes. */
import { and, asc, desc, eq, getTableColumns, max, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { questionnaires, questionSets } from '../../db/schema.js';

export type QuestionSetRecord = typeof questionSets.$inferSelect;

/** A set with what its listing says of it: how many questionnaires use it and whether it is its family's latest version. */
export interface QuestionSetRow extends QuestionSetRecord {
  usedBy: number;
  latest: boolean;
}

/** The columns a write sets (the rest are the family's or the database's). */
export type QuestionSetFields = Pick<typeof questionSets.$inferInsert, 'title' | 'description' | 'language' | 'content'>;

// Correlated subqueries name the outer table in full: a column interpolated alone may render unqualified.
const usedBy = sql<number>`(select count(*)::int from questionnaires as used where used.question_set_id = question_sets.id)`;
const latest = sql<boolean>`not exists (select 1 from question_sets as later where later.family_id = question_sets.family_id and later.version_no > question_sets.version_no)`;

const rowColumns = { ...getTableColumns(questionSets), usedBy, latest };

/** Every set version (of one model version when given): the newest model version first, then the newest sets first. */
export async function listQuestionSetRows(executor: Executor, frameworkId?: string): Promise<QuestionSetRow[]> {
  return executor
    .select(rowColumns)
    .from(questionSets)
    .where(frameworkId === undefined ? undefined : eq(questionSets.frameworkId, frameworkId))
    .orderBy(desc(questionSets.frameworkId), desc(questionSets.createdAt), desc(questionSets.versionNo), asc(questionSets.id));
}

export async function findQuestionSetRow(executor: Executor, id: string): Promise<QuestionSetRow | null> {
  const [row] = await executor.select(rowColumns).from(questionSets).where(eq(questionSets.id, id));
  return row ?? null;
}

/** The set's record, locked for a change (null when there is none). */
export async function lockQuestionSet(executor: Executor, id: string): Promise<QuestionSetRecord | null> {
  const [row] = await executor.select().from(questionSets).where(eq(questionSets.id, id)).for('update');
  return row ?? null;
}

/** How many questionnaires use the set (a used set is frozen). */
export async function countQuestionnairesUsing(executor: Executor, id: string): Promise<number> {
  const [row] = await executor.select({ count: sql<number>`count(*)::int` }).from(questionnaires).where(eq(questionnaires.questionSetId, id));
  return row?.count ?? 0;
}

/** The family's highest version number so far (0 for a new family). */
export async function highestVersionNo(executor: Executor, familyId: string): Promise<number> {
  const [row] = await executor.select({ highest: max(questionSets.versionNo) }).from(questionSets).where(eq(questionSets.familyId, familyId));
  return row?.highest ?? 0;
}

/**
 * Locks the family's versions so two new versions of one family never take the same number
 * (the unique index would refuse the second; this makes it wait and take the next).
 */
export async function lockFamily(executor: Executor, familyId: string): Promise<void> {
  await executor.select({ id: questionSets.id }).from(questionSets).where(eq(questionSets.familyId, familyId)).for('update');
}

export async function insertQuestionSet(
  executor: Executor,
  values: QuestionSetFields & { familyId: string; versionNo: number; frameworkId: string; createdBy: string; demo?: boolean; id?: string },
): Promise<QuestionSetRecord> {
  const [row] = await executor.insert(questionSets).values(values).returning();
  if (!row) throw new Error('Inserting a question set returned no row');
  return row;
}

export async function updateQuestionSetRow(executor: Executor, id: string, fields: QuestionSetFields): Promise<QuestionSetRecord> {
  const [row] = await executor
    .update(questionSets)
    .set({ ...fields, version: sql`${questionSets.version} + 1`, updatedAt: sql`now()` })
    .where(eq(questionSets.id, id))
    .returning();
  if (!row) throw new Error(`Question set ${id} vanished while locked`);
  return row;
}

export async function deleteQuestionSetRow(executor: Executor, id: string): Promise<void> {
  await executor.delete(questionSets).where(and(eq(questionSets.id, id)));
}
