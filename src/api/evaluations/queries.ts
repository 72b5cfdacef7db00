import type { AppContext } from '../../kernel/context.js';
import { frameworkOf, type Language } from '../../domain/framework.js';
import { notFound } from '../../kernel/errors.js';
import { presentEvaluationDetail } from './presenter.js';
import { findEvaluationListRow, findEvaluationRecord, findEvaluationTexts, findScoreRationales, findScores } from './repository.js';
import type { EvaluationDetail } from '../../contract/evaluations.js';

/**
 * Reads one evaluation in a single snapshot, so the version it reports is the version of the
 * scores it shows: a client that edits what it read and sends that version can never
 * overwrite a change it did not see. The evaluation page, the API and the reports all read it here.
 */
export async function loadEvaluationDetail(context: AppContext, id: string, language: Language): Promise<EvaluationDetail> {
  // One statement after the other: a transaction's connection runs one query at a time.
  const { row, record, scores, texts, rationales } = await context.database.db.transaction(
    async (tx) => ({
      row: await findEvaluationListRow(tx, id),
      record: await findEvaluationRecord(tx, id),
      scores: await findScores(tx, id),
      texts: await findEvaluationTexts(tx, id),
      rationales: await findScoreRationales(tx, id),
    }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (!row || !record) throw notFound(`Evaluation ${id}`);
  return presentEvaluationDetail(row, record, scores, texts, frameworkOf(context.catalogue, record.frameworkId), language, rationales);
}
