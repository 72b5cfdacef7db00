/** Reads of the question sets (administrators and evaluators). */
import type { Database, Executor } from '../../db/client.js';
import type { QuestionSetSummary, QuestionSetView } from '../../contract/question-sets.js';
import type { Catalogue } from '../../domain/framework.js';
import { notFound } from '../../kernel/errors.js';
import { presentQuestionSet, presentQuestionSetSummary } from './presenter.js';
import { findQuestionSetRow, listQuestionSetRows, type QuestionSetRow } from './repository.js';

export async function listQuestionSets(db: Database, catalogue: Catalogue, frameworkId?: string): Promise<{ items: QuestionSetSummary[] }> {
  const rows = await listQuestionSetRows(db, frameworkId);
  return { items: rows.map((row) => presentQuestionSetSummary(row, catalogue)) };
}

/** The set's row with its use, or 404. */
export async function requireQuestionSetRow(executor: Executor, id: string): Promise<QuestionSetRow> {
  const row = await findQuestionSetRow(executor, id);
  if (!row) throw notFound(`Question set ${id}`);
  return row;
}

export async function loadQuestionSet(db: Database, catalogue: Catalogue, id: string): Promise<QuestionSetView> {
  return presentQuestionSet(await requireQuestionSetRow(db, id), catalogue);
}
