import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { agreedCriteria, criterionAssessments, evidenceItems } from '../../db/schema.js';

export interface AssessmentRow {
  unitCode: string;
  criterionCode: string;
  value: string | null;
  note: string;
  evidenceIds: string[];
  version: number;
}

export interface AgreedCriterionRow {
  unitCode: string;
  criterionCode: string;
  value: string | null;
  note: string;
  version: number;
}

const assessmentColumns = {
  unitCode: criterionAssessments.unitCode,
  criterionCode: criterionAssessments.criterionCode,
  value: criterionAssessments.value,
  note: criterionAssessments.note,
  evidenceIds: criterionAssessments.evidenceIds,
  version: criterionAssessments.version,
};

/** The criterion assessments of the given evaluators: user id → criterion code → assessment (optionally of one unit). */
export async function findAssessments(
  executor: Executor,
  evaluationId: string,
  userIds: readonly string[],
  unitCode?: string,
): Promise<Map<string, Map<string, AssessmentRow>>> {
  const result = new Map<string, Map<string, AssessmentRow>>(userIds.map((id) => [id, new Map()]));
  if (userIds.length === 0) return result;
  const rows = await executor
    .select({ userId: criterionAssessments.userId, ...assessmentColumns })
    .from(criterionAssessments)
    .where(
      and(
        eq(criterionAssessments.evaluationId, evaluationId),
        inArray(criterionAssessments.userId, [...userIds]),
        unitCode === undefined ? undefined : eq(criterionAssessments.unitCode, unitCode),
      ),
    );
  for (const { userId, ...row } of rows) result.get(userId)?.set(row.criterionCode, row);
  return result;
}

/** Every assessment of the given evaluations: evaluation id → user id → criterion code → value. */
export async function findAssessmentValues(executor: Executor, evaluationIds: readonly string[]): Promise<Map<string, Map<string, Map<string, string | null>>>> {
  const result = new Map<string, Map<string, Map<string, string | null>>>();
  if (evaluationIds.length === 0) return result;
  const rows = await executor
    .select({
      evaluationId: criterionAssessments.evaluationId,
      userId: criterionAssessments.userId,
      criterionCode: criterionAssessments.criterionCode,
      value: criterionAssessments.value,
    })
    .from(criterionAssessments)
    .where(inArray(criterionAssessments.evaluationId, [...evaluationIds]));
  for (const row of rows) {
    const byUser = result.get(row.evaluationId) ?? new Map<string, Map<string, string | null>>();
    const values = byUser.get(row.userId) ?? new Map<string, string | null>();
    values.set(row.criterionCode, row.value);
    byUser.set(row.userId, values);
    result.set(row.evaluationId, byUser);
  }
  return result;
}

/** Writes one evaluator's assessment of one criterion; its version counts up from 1. */
export async function upsertAssessment(
  executor: Executor,
  key: { evaluationId: string; userId: string; unitCode: string; criterionCode: string },
  value: { value: string | null; note: string; evidenceIds: readonly string[] },
): Promise<AssessmentRow> {
  const evidenceIds = [...value.evidenceIds];
  const [row] = await executor
    .insert(criterionAssessments)
    .values({ ...key, value: value.value, note: value.note, evidenceIds, version: 1 })
    .onConflictDoUpdate({
      target: [criterionAssessments.evaluationId, criterionAssessments.userId, criterionAssessments.criterionCode],
      set: { value: value.value, note: value.note, evidenceIds, version: sql`${criterionAssessments.version} + 1`, updatedAt: sql`now()` },
    })
    .returning(assessmentColumns);
  if (!row) throw new Error('upsert into criterion_assessments returned no row');
  return row;
}

/** The agreed criteria of an evaluation (optionally of one unit), keyed by criterion code. */
export async function findAgreedCriteria(executor: Executor, evaluationId: string, unitCode?: string): Promise<Map<string, AgreedCriterionRow>> {
  const rows = await executor
    .select({
      unitCode: agreedCriteria.unitCode,
      criterionCode: agreedCriteria.criterionCode,
      value: agreedCriteria.value,
      note: agreedCriteria.note,
      version: agreedCriteria.version,
    })
    .from(agreedCriteria)
    .where(and(eq(agreedCriteria.evaluationId, evaluationId), unitCode === undefined ? undefined : eq(agreedCriteria.unitCode, unitCode)));
  return new Map(rows.map((row) => [row.criterionCode, row]));
}

/** Writes the agreed assessment of one criterion at `version` (the evaluation's new version). */
export async function upsertAgreedCriterion(
  executor: Executor,
  key: { evaluationId: string; unitCode: string; criterionCode: string },
  value: { value: string | null; note: string; version: number },
): Promise<void> {
  await executor
    .insert(agreedCriteria)
    .values({ ...key, ...value })
    .onConflictDoUpdate({
      target: [agreedCriteria.evaluationId, agreedCriteria.criterionCode],
      set: { value: value.value, note: value.note, version: value.version, updatedAt: sql`now()` },
    });
}

/** Of the given ids, those that are not evidence items of the evaluation. */
export async function foreignEvidenceIds(executor: Executor, evaluationId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await executor
    .select({ id: evidenceItems.id })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.evaluationId, evaluationId), inArray(evidenceItems.id, [...ids])));
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}
