import type { Executor } from '../../db/client.js';
import { appendAudit } from '../../db/audit.js';
import { archiveKeyOf } from '../../domain/archive-key.js';
import { formatDecimal } from '../../domain/decimal.js';
import type { Catalogue } from '../../domain/framework.js';
import { checkScoreChanges } from '../../domain/score-changes.js';
import { ImportError } from '../../import/import-error.js';
import { findEvaluationByArchiveKey, findScores, insertEvaluation } from '../evaluations/repository.js';
import type { ArchiveEvaluationInput } from './archive-input.js';
import { archiveColumns, clearEvaluationContent, insertEvaluationContent, updateArchivedEvaluation } from './archive-repository.js';

export interface SavedEvaluation {
  id: string;
  archiveKey: string;
  created: boolean;
}

const scoreMap = (scores: ArchiveEvaluationInput['scores']) => Object.fromEntries(scores.map((score) => [score.code, formatDecimal(score.score)]));

/**
 * Saves one archived evaluation inside the caller's transaction: creates it, or — when the same
 * municipality, model and year was imported before — replaces its content, so a report imported
 * twice stays one evaluation. Every save is audited with the scores before and after.
 */
export async function saveArchivedEvaluation(
  tx: Executor,
  catalogue: Catalogue,
  input: ArchiveEvaluationInput,
  file: string,
  actor: string,
): Promise<SavedEvaluation> {
  const framework = catalogue.frameworks.get(input.frameworkId);
  if (!framework) throw new ImportError('unknown-framework', file, `uses the unknown framework "${input.frameworkId}"`);
  const { problems } = checkScoreChanges(framework, input.scores.map((score) => ({ code: score.code, score: score.score / 100 })));
  if (problems.length > 0) {
    const details = problems.map((problem) => `${input.scores[problem.index]?.code ?? '?'}: ${problem.message}`).join('; ');
    throw new ImportError('invalid-scores', file, `has scores Kompass cannot store (${details})`);
  }
  const archiveKey = archiveKeyOf(input);
  if (!archiveKey) throw new ImportError('not-a-report', file, 'gives no year for the evaluation (neither fieldwork nor report date)');

  const existing = await findEvaluationByArchiveKey(tx, archiveKey);
  if (existing) {
    const before = await findScores(tx, existing.id);
    await updateArchivedEvaluation(tx, existing.id, input);
    await clearEvaluationContent(tx, existing.id);
    await insertEvaluationContent(tx, existing.id, input);
    await appendAudit(tx, {
      actor,
      action: 'evaluation.reimport',
      entityType: 'evaluation',
      entityId: existing.id,
      oldValue: { scores: Object.fromEntries([...before].map(([code, score]) => [code, formatDecimal(score)])), published: existing.published },
      newValue: { file, scores: scoreMap(input.scores), published: input.published },
    });
    return { id: existing.id, archiveKey, created: false };
  }
  const record = await insertEvaluation(tx, {
    municipalityId: input.municipalityId,
    frameworkId: input.frameworkId,
    archiveKey,
    ...archiveColumns(input),
  });
  await insertEvaluationContent(tx, record.id, input);
  await appendAudit(tx, {
    actor,
    action: 'evaluation.import',
    entityType: 'evaluation',
    entityId: record.id,
    newValue: { file, archiveKey, scores: scoreMap(input.scores), published: input.published },
  });
  return { id: record.id, archiveKey, created: true };
}
