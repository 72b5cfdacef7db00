import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { areaTexts, evaluations, goodExamples, municipalities, subareaTexts } from '../../db/schema.js';
import type { TextLayout } from '../../domain/evaluation-texts.js';

export type AreaTextRow = typeof areaTexts.$inferSelect;
export type SubareaTextRow = typeof subareaTexts.$inferSelect;

export interface SummaryRow {
  text: string | null;
  version: number;
}

export interface GoodExampleRow {
  id: number;
  areaCode: string | null;
  unitCode: string | null;
  municipalityId: string | null;
  municipalityName: string | null;
  text: string;
  version: number;
}

export interface AreaTextValues {
  layout: TextLayout;
  analysis: string | null;
  strengths: string[];
  improvements: string[];
}

export interface GoodExampleValues {
  areaCode: string | null;
  unitCode: string | null;
  municipalityId: string | null;
  text: string;
}

export async function findAreaTexts(executor: Executor, evaluationId: string): Promise<AreaTextRow[]> {
  return executor.select().from(areaTexts).where(eq(areaTexts.evaluationId, evaluationId));
}

export async function findAreaText(executor: Executor, evaluationId: string, areaCode: string): Promise<AreaTextRow | null> {
  const [row] = await executor
    .select()
    .from(areaTexts)
    .where(and(eq(areaTexts.evaluationId, evaluationId), eq(areaTexts.areaCode, areaCode)));
  return row ?? null;
}

/**
 * Writes an area's text at `version`; an introduction from an imported report is kept. An ordinary
 * save clears the taken-over mark; a take-over from the baseline sets it.
 */
export async function saveAreaText(
  executor: Executor,
  evaluationId: string,
  areaCode: string,
  values: AreaTextValues,
  version: number,
  takenOver = false,
): Promise<AreaTextRow> {
  const [row] = await executor
    .insert(areaTexts)
    .values({ evaluationId, areaCode, ...values, takenOver, version })
    .onConflictDoUpdate({ target: [areaTexts.evaluationId, areaTexts.areaCode], set: { ...values, takenOver, version } })
    .returning();
  if (!row) throw new Error('upsert into area_texts returned no row');
  return row;
}

export async function findSubareaTexts(executor: Executor, evaluationId: string): Promise<SubareaTextRow[]> {
  return executor.select().from(subareaTexts).where(eq(subareaTexts.evaluationId, evaluationId));
}

export async function findSubareaText(executor: Executor, evaluationId: string, unitCode: string): Promise<SubareaTextRow | null> {
  const [row] = await executor
    .select()
    .from(subareaTexts)
    .where(and(eq(subareaTexts.evaluationId, evaluationId), eq(subareaTexts.unitCode, unitCode)));
  return row ?? null;
}

/** Writes a sub-area's analysis at `version`; an ordinary save clears the taken-over mark, a take-over sets it. */
export async function saveSubareaText(
  executor: Executor,
  evaluationId: string,
  unitCode: string,
  analysis: string,
  version: number,
  takenOver = false,
): Promise<SubareaTextRow> {
  const [row] = await executor
    .insert(subareaTexts)
    .values({ evaluationId, unitCode, analysis, takenOver, version })
    .onConflictDoUpdate({ target: [subareaTexts.evaluationId, subareaTexts.unitCode], set: { analysis, takenOver, version } })
    .returning();
  if (!row) throw new Error('upsert into subarea_texts returned no row');
  return row;
}

export async function findSummary(executor: Executor, evaluationId: string): Promise<SummaryRow | null> {
  const [row] = await executor
    .select({ text: evaluations.summaryComments, version: evaluations.summaryVersion })
    .from(evaluations)
    .where(eq(evaluations.id, evaluationId));
  return row ?? null;
}

/** Writes the summary comments if they are still at `expectedVersion`; null when they are not. */
export async function saveSummary(executor: Executor, evaluationId: string, text: string | null, expectedVersion: number): Promise<SummaryRow | null> {
  const [row] = await executor
    .update(evaluations)
    .set({ summaryComments: text, summaryVersion: sql`${evaluations.summaryVersion} + 1`, updatedAt: sql`now()` })
    .where(and(eq(evaluations.id, evaluationId), eq(evaluations.summaryVersion, expectedVersion)))
    .returning({ text: evaluations.summaryComments, version: evaluations.summaryVersion });
  return row ?? null;
}

const goodExampleColumns = {
  id: goodExamples.id,
  areaCode: goodExamples.areaCode,
  unitCode: goodExamples.unitCode,
  municipalityId: goodExamples.municipalityId,
  municipalityName: municipalities.shortName,
  text: goodExamples.text,
  version: goodExamples.version,
};

/** An evaluation's good examples in the order they were written. */
export async function listGoodExamples(executor: Executor, evaluationId: string): Promise<GoodExampleRow[]> {
  return executor
    .select(goodExampleColumns)
    .from(goodExamples)
    .leftJoin(municipalities, eq(municipalities.id, goodExamples.municipalityId))
    .where(eq(goodExamples.evaluationId, evaluationId))
    .orderBy(asc(goodExamples.id));
}

export async function findGoodExample(executor: Executor, evaluationId: string, id: number): Promise<GoodExampleRow | null> {
  const [row] = await executor
    .select(goodExampleColumns)
    .from(goodExamples)
    .leftJoin(municipalities, eq(municipalities.id, goodExamples.municipalityId))
    .where(and(eq(goodExamples.evaluationId, evaluationId), eq(goodExamples.id, id)));
  return row ?? null;
}

export async function insertGoodExample(executor: Executor, evaluationId: string, values: GoodExampleValues): Promise<number> {
  const [row] = await executor.insert(goodExamples).values({ evaluationId, ...values, version: 1 }).returning({ id: goodExamples.id });
  if (!row) throw new Error('insert into good_examples returned no row');
  return row.id;
}

/** Changes a good example if it is still at `expectedVersion`; false when it is not (or is gone). */
export async function updateGoodExample(executor: Executor, evaluationId: string, id: number, values: GoodExampleValues, expectedVersion: number): Promise<boolean> {
  const rows = await executor
    .update(goodExamples)
    .set({ ...values, version: sql`${goodExamples.version} + 1` })
    .where(and(eq(goodExamples.evaluationId, evaluationId), eq(goodExamples.id, id), eq(goodExamples.version, expectedVersion)))
    .returning({ id: goodExamples.id });
  return rows.length > 0;
}

/** Deletes a good example if it is still at `expectedVersion`; false when it is not (or is gone). */
export async function deleteGoodExample(executor: Executor, evaluationId: string, id: number, expectedVersion: number): Promise<boolean> {
  const rows = await executor
    .delete(goodExamples)
    .where(and(eq(goodExamples.evaluationId, evaluationId), eq(goodExamples.id, id), eq(goodExamples.version, expectedVersion)))
    .returning({ id: goodExamples.id });
  return rows.length > 0;
}
