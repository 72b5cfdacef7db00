import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { areaTexts, evaluations, goodExamples, scores, subareaTexts } from '../../db/schema.js';
import { formatDecimal } from '../../domain/decimal.js';
import type { ArchiveEvaluationInput } from './archive-input.js';

/** The columns of an archived evaluation that an import sets. */
export function archiveColumns(input: ArchiveEvaluationInput) {
  return {
    fieldworkStart: input.fieldworkStart,
    fieldworkEnd: input.fieldworkEnd,
    reportDate: input.reportDate,
    statedOrdinal: input.statedOrdinal,
    evaluators: input.evaluators,
    interviewees: input.interviewees,
    sources: input.sources,
    summaryComments: input.summaryComments,
    published: input.published,
    importReport: input.importReport,
    status: 'published',
    origin: 'archive',
  } as const;
}

/** Removes an evaluation's scores and texts so an import can write them afresh. */
export async function clearEvaluationContent(executor: Executor, evaluationId: string): Promise<void> {
  await executor.delete(scores).where(eq(scores.evaluationId, evaluationId));
  await executor.delete(areaTexts).where(eq(areaTexts.evaluationId, evaluationId));
  await executor.delete(subareaTexts).where(eq(subareaTexts.evaluationId, evaluationId));
  await executor.delete(goodExamples).where(eq(goodExamples.evaluationId, evaluationId));
}

/** Writes an evaluation's scores and texts (after clearEvaluationContent, or for a new one). */
export async function insertEvaluationContent(
  executor: Executor,
  evaluationId: string,
  input: Pick<ArchiveEvaluationInput, 'scores' | 'areaTexts' | 'subareaTexts' | 'goodExamples'>,
): Promise<void> {
  if (input.scores.length > 0) {
    await executor
      .insert(scores)
      .values(input.scores.map((score) => ({ evaluationId, unitCode: score.code, score: formatDecimal(score.score) })));
  }
  if (input.areaTexts.length > 0) {
    await executor.insert(areaTexts).values(input.areaTexts.map((text) => ({ evaluationId, ...text })));
  }
  if (input.subareaTexts.length > 0) {
    await executor
      .insert(subareaTexts)
      .values(input.subareaTexts.map((text) => ({ evaluationId, unitCode: text.code, analysis: text.analysis })));
  }
  if (input.goodExamples.length > 0) {
    await executor.insert(goodExamples).values(input.goodExamples.map((example) => ({ evaluationId, ...example })));
  }
}

export async function updateArchivedEvaluation(executor: Executor, evaluationId: string, input: ArchiveEvaluationInput): Promise<void> {
  await executor
    .update(evaluations)
    .set({ ...archiveColumns(input), version: sql`${evaluations.version} + 1`, updatedAt: sql`now()` })
    .where(eq(evaluations.id, evaluationId));
}
