import type { AppContext } from '../../kernel/context.js';
import type { EvaluationVisibility } from '../../domain/access.js';
import { frameworkOf, type Language } from '../../domain/framework.js';
import { notFound } from '../../kernel/errors.js';
import { presentEvaluationDetail } from './presenter.js';
import { findEvaluationListRow, findEvaluationRecord, findEvaluationTexts, findFollowUps, findScoreRationales, findScores } from './repository.js';
import type { EvaluationDetail } from '../../contract/evaluations.js';

/**
 * Reads one evaluation in a single snapshot, so the version it reports is the version of the
 * scores it shows: a client that edits what it read and sends that version can never
 * overwrite a change it did not see. The evaluation page, the API and the reports all read it here.
 * A published evaluation lists its follow-ups that `visibility` (the reader's) lets one see;
 * without a reader, the published ones.
 */
export async function loadEvaluationDetail(
  context: AppContext,
  id: string,
  language: Language,
  visibility: EvaluationVisibility = { kind: 'published-or' },
): Promise<EvaluationDetail> {
  // One statement after the other: a transaction's connection runs one query at a time.
  const { row, record, scores, texts, rationales, followUps } = await context.database.db.transaction(
    async (tx) => ({
      row: await findEvaluationListRow(tx, id),
      record: await findEvaluationRecord(tx, id),
      scores: await findScores(tx, id),
      texts: await findEvaluationTexts(tx, id),
      rationales: await findScoreRationales(tx, id),
      followUps: await findFollowUps(tx, id, visibility),
    }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (!row || !record) throw notFound(`Evaluation ${id}`);
  const framework = frameworkOf(context.catalogue, record.frameworkId);
  const detail = presentEvaluationDetail(row, record, scores, texts, framework, language, rationales);
  return { ...detail, followUps: record.status === 'published' ? followUps : [] };
}
