/** SQL of the action plans: the plan, its actions, their notes and evidence (file bytes only when downloaded). */
import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { actionPlans, areaTexts, evaluations, municipalities, planActionEvidence, planActionNotes, planActions } from '../../db/schema.js';
import type { EvaluationStatus } from '../../domain/evaluation-status.js';

export type PlanRow = typeof actionPlans.$inferSelect;
export type ActionRow = typeof planActions.$inferSelect;
export type NoteRow = typeof planActionNotes.$inferSelect;
/** An evidence row without the file's bytes. */
export type EvidenceRow = Omit<typeof planActionEvidence.$inferSelect, 'content'>;

/** The columns of an action a change sets. */
export type ActionFields = Pick<
  typeof planActions.$inferInsert,
  'areaCode' | 'unitCode' | 'improvementIndex' | 'improvementText' | 'title' | 'description' | 'responsible' | 'startDate' | 'dueDate' | 'status' | 'statusReason' | 'progress' | 'priority'
>;

/** The evaluation a plan belongs to, as the plan shows it. */
export interface PlanEvaluationRow {
  id: string;
  municipalityId: string;
  municipalityName: string;
  frameworkId: string;
  reportDate: string | null;
  status: EvaluationStatus;
}

export async function findPlanEvaluation(executor: Executor, evaluationId: string): Promise<PlanEvaluationRow | null> {
  const [row] = await executor
    .select({
      id: evaluations.id,
      municipalityId: evaluations.municipalityId,
      municipalityName: municipalities.name,
      frameworkId: evaluations.frameworkId,
      reportDate: evaluations.reportDate,
      status: evaluations.status,
    })
    .from(evaluations)
    .innerJoin(municipalities, eq(municipalities.id, evaluations.municipalityId))
    .where(eq(evaluations.id, evaluationId));
  return row ?? null;
}

export async function findPlan(executor: Executor, evaluationId: string): Promise<PlanRow | null> {
  const [row] = await executor.select().from(actionPlans).where(eq(actionPlans.evaluationId, evaluationId));
  return row ?? null;
}

/** Each area's improvement opportunities as the report has them. */
export async function listImprovementTexts(executor: Executor, evaluationId: string): Promise<Array<{ areaCode: string; improvements: string[] }>> {
  return executor.select({ areaCode: areaTexts.areaCode, improvements: areaTexts.improvements }).from(areaTexts).where(eq(areaTexts.evaluationId, evaluationId));
}

export async function listActions(executor: Executor, evaluationId: string): Promise<ActionRow[]> {
  return executor.select().from(planActions).where(eq(planActions.evaluationId, evaluationId)).orderBy(asc(planActions.position), asc(planActions.id));
}

export async function findAction(executor: Executor, evaluationId: string, actionId: string): Promise<ActionRow | null> {
  const [row] = await executor
    .select()
    .from(planActions)
    .where(and(eq(planActions.evaluationId, evaluationId), eq(planActions.id, actionId)));
  return row ?? null;
}

/** The notes of the given actions, newest first (by the date noted, then by when written). */
export async function listNotes(executor: Executor, actionIds: readonly string[]): Promise<NoteRow[]> {
  if (actionIds.length === 0) return [];
  return executor
    .select()
    .from(planActionNotes)
    .where(inArray(planActionNotes.actionId, [...actionIds]))
    .orderBy(desc(planActionNotes.notedOn), desc(planActionNotes.createdAt), desc(planActionNotes.id));
}

const { content: _content, ...evidenceColumns } = getTableColumns(planActionEvidence);

/** The evidence of the given actions in the order added, without the files' bytes. */
export async function listEvidence(executor: Executor, actionIds: readonly string[]): Promise<EvidenceRow[]> {
  if (actionIds.length === 0) return [];
  return executor
    .select(evidenceColumns)
    .from(planActionEvidence)
    .where(inArray(planActionEvidence.actionId, [...actionIds]))
    .orderBy(asc(planActionEvidence.addedAt), asc(planActionEvidence.id));
}

/** One evidence row of the evaluation's plan (without its bytes), or null. */
export async function findEvidence(executor: Executor, evaluationId: string, evidenceId: string): Promise<EvidenceRow | null> {
  const [row] = await executor
    .select(evidenceColumns)
    .from(planActionEvidence)
    .innerJoin(planActions, eq(planActions.id, planActionEvidence.actionId))
    .where(and(eq(planActions.evaluationId, evaluationId), eq(planActionEvidence.id, evidenceId)));
  return row ?? null;
}

/** A file attached to an action of the evaluation's plan, with its bytes; null for a link or none. */
export async function readEvidenceFile(
  executor: Executor,
  evaluationId: string,
  evidenceId: string,
): Promise<{ fileName: string; mediaType: string; content: Uint8Array } | null> {
  const [row] = await executor
    .select({ fileName: planActionEvidence.fileName, mediaType: planActionEvidence.mediaType, content: planActionEvidence.content })
    .from(planActionEvidence)
    .innerJoin(planActions, eq(planActions.id, planActionEvidence.actionId))
    .where(and(eq(planActions.evaluationId, evaluationId), eq(planActionEvidence.id, evidenceId), eq(planActionEvidence.kind, 'file')));
  if (!row || row.fileName === null || row.content === null) return null;
  return { fileName: row.fileName, mediaType: row.mediaType ?? 'application/octet-stream', content: row.content };
}

export async function insertPlan(executor: Executor, evaluationId: string, createdBy: string): Promise<void> {
  await executor.insert(actionPlans).values({ evaluationId, createdBy });
}

/** Changes the plan's settings if it is still at the version given; false when it is not. */
export async function updatePlanAtVersion(
  executor: Executor,
  evaluationId: string,
  version: number,
  fields: Pick<PlanRow, 'visibility' | 'includeInReport' | 'nextFollowUp'>,
): Promise<boolean> {
  const rows = await executor
    .update(actionPlans)
    .set({ ...fields, version: sql`${actionPlans.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(actionPlans.evaluationId, evaluationId), eq(actionPlans.version, version)))
    .returning({ version: actionPlans.version });
  return rows.length > 0;
}

export async function countActions(executor: Executor, evaluationId: string): Promise<{ count: number; lastPosition: number }> {
  const [row] = await executor
    .select({ count: sql<number>`count(*)::int`, lastPosition: sql<number>`coalesce(max(${planActions.position}), 0)::int` })
    .from(planActions)
    .where(eq(planActions.evaluationId, evaluationId));
  return row ?? { count: 0, lastPosition: 0 };
}

/** Inserts actions at the given positions; returns their ids in the same order. */
export async function insertActions(executor: Executor, evaluationId: string, actions: ReadonlyArray<ActionFields & { position: number }>, createdBy: string): Promise<string[]> {
  if (actions.length === 0) return [];
  const rows = await executor
    .insert(planActions)
    .values(actions.map((action) => ({ ...action, evaluationId, createdBy })))
    .returning({ id: planActions.id, position: planActions.position });
  return actions.map((action) => rows.find((row) => row.position === action.position)!.id);
}

/** Replaces an action's fields if it is still at the version given; false when it is not (or is gone). */
export async function updateActionAtVersion(executor: Executor, evaluationId: string, actionId: string, version: number, fields: Partial<ActionFields>): Promise<boolean> {
  const rows = await executor
    .update(planActions)
    .set({ ...fields, version: sql`${planActions.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(planActions.evaluationId, evaluationId), eq(planActions.id, actionId), eq(planActions.version, version)))
    .returning({ id: planActions.id });
  return rows.length > 0;
}

/** Deletes an action (its notes and evidence with it) if it is still at the version given. */
export async function deleteActionAtVersion(executor: Executor, evaluationId: string, actionId: string, version: number): Promise<boolean> {
  const rows = await executor
    .delete(planActions)
    .where(and(eq(planActions.evaluationId, evaluationId), eq(planActions.id, actionId), eq(planActions.version, version)))
    .returning({ id: planActions.id });
  return rows.length > 0;
}

export async function insertNote(executor: Executor, note: typeof planActionNotes.$inferInsert): Promise<NoteRow> {
  const [row] = await executor.insert(planActionNotes).values(note).returning();
  if (!row) throw new Error('Inserting a note returned no row');
  return row;
}

export async function findNote(executor: Executor, actionId: string, noteId: string): Promise<NoteRow | null> {
  const [row] = await executor
    .select()
    .from(planActionNotes)
    .where(and(eq(planActionNotes.actionId, actionId), eq(planActionNotes.id, noteId)));
  return row ?? null;
}

export async function deleteNote(executor: Executor, noteId: string): Promise<void> {
  await executor.delete(planActionNotes).where(eq(planActionNotes.id, noteId));
}

export async function insertEvidence(executor: Executor, evidence: typeof planActionEvidence.$inferInsert): Promise<EvidenceRow> {
  const [row] = await executor.insert(planActionEvidence).values(evidence).returning(evidenceColumns);
  if (!row) throw new Error('Inserting evidence returned no row');
  return row;
}

export async function deleteEvidence(executor: Executor, evidenceId: string): Promise<void> {
  await executor.delete(planActionEvidence).where(eq(planActionEvidence.id, evidenceId));
}
