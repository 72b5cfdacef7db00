/** Reading an evaluation's texts. */
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { evaluations } from '../../db/schema.js';
import type { Catalogue, Language } from '../../domain/framework.js';
import { notFound } from '../../kernel/errors.js';
import { outlineOf } from './outline.js';
import { presentEvaluationTexts } from './presenter.js';
import { findAreaTexts, findSubareaTexts, listGoodExamples } from './repository.js';

/** Every text of an evaluation, read in one snapshot so the versions belong to the texts shown. */
export async function loadTexts(db: Database, catalogue: Catalogue, id: string, language: Language) {
  const [header, areaRows, subareaRows, exampleRows] = await db.transaction(
    (tx) =>
      Promise.all([
        tx
          .select({ frameworkId: evaluations.frameworkId, text: evaluations.summaryComments, version: evaluations.summaryVersion })
          .from(evaluations)
          .where(eq(evaluations.id, id))
          .then((rows) => rows[0] ?? null),
        findAreaTexts(tx, id),
        findSubareaTexts(tx, id),
        listGoodExamples(tx, id),
      ]),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (!header) throw notFound(`Evaluation ${id}`);
  return presentEvaluationTexts(outlineOf(catalogue, header.frameworkId), language, header, areaRows, subareaRows, exampleRows);
}
