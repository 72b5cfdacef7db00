import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { evaluationAssignments, evaluations, evaluatorScores, evaluatorSubmissions, scores, users } from '../../db/schema.js';
import type { Hundredths } from '../../domain/decimal.js';
import { formatDecimal, parseDecimal } from '../../domain/decimal.js';

export interface EvaluatorWithSubmission {
  id: string;
  name: string;
  submittedAt: Date | null;
}

export interface IndividualScore {
  score: Hundredths | null;
  rationale: string;
  /** Why the score departs from its criteria's proposal; '' when it does not (it then follows the proposal). */
  deviationReason: string;
  version: number;
  /** Taken over from the baseline evaluation and not edited since. */
  takenOver: boolean;
}

export interface AgreedScoreRow {
  score: Hundredths;
  rationale: string;
  /** Why the agreed score departs from the agreed criteria's proposal; '' when it does not. */
  deviationReason: string;
  version: number;
}

const toHundredths = (value: string | null): Hundredths | null => (value === null ? null : (parseDecimal(value) ?? 0));

const individualColumns = {
  score: evaluatorScores.score,
  rationale: evaluatorScores.rationale,
  deviationReason: evaluatorScores.deviationReason,
  version: evaluatorScores.version,
  takenOver: evaluatorScores.takenOver,
};

const toIndividual = (row: { score: string | null; rationale: string; deviationReason: string; version: number; takenOver: boolean }): IndividualScore => ({
  score: toHundredths(row.score),
  rationale: row.rationale,
  deviationReason: row.deviationReason,
  version: row.version,
  takenOver: row.takenOver,
});

export async function findFrameworkId(executor: Executor, evaluationId: string): Promise<string | null> {
  const [row] = await executor.select({ frameworkId: evaluations.frameworkId }).from(evaluations).where(eq(evaluations.id, evaluationId));
  return row?.frameworkId ?? null;
}

/** The evaluators assigned to an evaluation (by name), each with when they submitted their scores. */
export async function listEvaluatorsWithSubmissions(executor: Executor, evaluationId: string): Promise<EvaluatorWithSubmission[]> {
  return executor
    .select({ id: users.id, name: users.name, submittedAt: evaluatorSubmissions.submittedAt })
    .from(evaluationAssignments)
    .innerJoin(users, eq(users.id, evaluationAssignments.userId))
    .leftJoin(
      evaluatorSubmissions,
      and(eq(evaluatorSubmissions.evaluationId, evaluationAssignments.evaluationId), eq(evaluatorSubmissions.userId, evaluationAssignments.userId)),
    )
    .where(eq(evaluationAssignments.evaluationId, evaluationId))
    .orderBy(asc(users.name), asc(users.id));
}

export async function isAssigned(executor: Executor, evaluationId: string, userId: string): Promise<boolean> {
  const rows = await executor
    .select({ userId: evaluationAssignments.userId })
    .from(evaluationAssignments)
    .where(and(eq(evaluationAssignments.evaluationId, evaluationId), eq(evaluationAssignments.userId, userId)));
  return rows.length > 0;
}

export async function findSubmission(executor: Executor, evaluationId: string, userId: string): Promise<Date | null> {
  const [row] = await executor
    .select({ submittedAt: evaluatorSubmissions.submittedAt })
    .from(evaluatorSubmissions)
    .where(and(eq(evaluatorSubmissions.evaluationId, evaluationId), eq(evaluatorSubmissions.userId, userId)));
  return row?.submittedAt ?? null;
}

/** Records a submission; returns when it was made (the first time, if it already existed). */
export async function insertSubmission(executor: Executor, evaluationId: string, userId: string): Promise<{ submittedAt: Date; created: boolean }> {
  const [inserted] = await executor.insert(evaluatorSubmissions).values({ evaluationId, userId }).onConflictDoNothing().returning();
  if (inserted) return { submittedAt: inserted.submittedAt, created: true };
  const existing = await findSubmission(executor, evaluationId, userId);
  if (!existing) throw new Error('evaluator submission vanished while it was being recorded');
  return { submittedAt: existing, created: false };
}

/** Individual scores of the given evaluators: user id → unit code → score. */
export async function findIndividualScores(
  executor: Executor,
  evaluationId: string,
  userIds: readonly string[],
): Promise<Map<string, Map<string, IndividualScore>>> {
  const result = new Map<string, Map<string, IndividualScore>>(userIds.map((id) => [id, new Map()]));
  if (userIds.length === 0) return result;
  const rows = await executor
    .select({ userId: evaluatorScores.userId, unitCode: evaluatorScores.unitCode, ...individualColumns })
    .from(evaluatorScores)
    .where(and(eq(evaluatorScores.evaluationId, evaluationId), inArray(evaluatorScores.userId, [...userIds])));
  for (const row of rows) {
    result.get(row.userId)?.set(row.unitCode, toIndividual(row));
  }
  return result;
}

export async function findIndividualScore(executor: Executor, evaluationId: string, userId: string, unitCode: string): Promise<IndividualScore | null> {
  const [row] = await executor
    .select(individualColumns)
    .from(evaluatorScores)
    .where(and(eq(evaluatorScores.evaluationId, evaluationId), eq(evaluatorScores.userId, userId), eq(evaluatorScores.unitCode, unitCode)));
  return row ? toIndividual(row) : null;
}

/**
 * Writes one individual score; its version counts up from 1 (rows are never deleted). An ordinary
 * save clears the taken-over mark; a take-over from the baseline sets it.
 */
export async function upsertIndividualScore(
  executor: Executor,
  key: { evaluationId: string; userId: string; unitCode: string },
  value: { score: Hundredths | null; rationale: string; deviationReason?: string },
  takenOver = false,
): Promise<IndividualScore> {
  const score = value.score === null ? null : formatDecimal(value.score);
  const deviationReason = value.deviationReason ?? '';
  const [row] = await executor
    .insert(evaluatorScores)
    .values({ ...key, score, rationale: value.rationale, deviationReason, takenOver, version: 1 })
    .onConflictDoUpdate({
      target: [evaluatorScores.evaluationId, evaluatorScores.userId, evaluatorScores.unitCode],
      set: { score, rationale: value.rationale, deviationReason, takenOver, version: sql`${evaluatorScores.version} + 1`, updatedAt: sql`now()` },
    })
    .returning(individualColumns);
  if (!row) throw new Error('upsert into evaluator_scores returned no row');
  return toIndividual(row);
}

/** Writes several of one evaluator's individual scores in one statement; each version counts up from 1. */
export async function upsertIndividualScores(
  executor: Executor,
  key: { evaluationId: string; userId: string },
  values: ReadonlyArray<{ unitCode: string; score: Hundredths | null; rationale: string; deviationReason: string }>,
): Promise<Map<string, IndividualScore>> {
  if (values.length === 0) return new Map();
  const rows = await executor
    .insert(evaluatorScores)
    .values(
      values.map((value) => ({
        ...key,
        unitCode: value.unitCode,
        score: value.score === null ? null : formatDecimal(value.score),
        rationale: value.rationale,
        deviationReason: value.deviationReason,
        takenOver: false,
        version: 1,
      })),
    )
    .onConflictDoUpdate({
      target: [evaluatorScores.evaluationId, evaluatorScores.userId, evaluatorScores.unitCode],
      set: { score: sql`excluded.score`, rationale: sql`excluded.rationale`, deviationReason: sql`excluded.deviation_reason`, takenOver: false, version: sql`${evaluatorScores.version} + 1`, updatedAt: sql`now()` },
    })
    .returning({ unitCode: evaluatorScores.unitCode, ...individualColumns });
  return new Map(rows.map((row) => [row.unitCode, toIndividual(row)]));
}

/** The agreed scores of an evaluation, keyed by unit code. */
export async function findAgreedScores(executor: Executor, evaluationId: string): Promise<Map<string, AgreedScoreRow>> {
  const rows = await executor
    .select({ unitCode: scores.unitCode, score: scores.score, rationale: scores.rationale, deviationReason: scores.deviationReason, version: scores.version })
    .from(scores)
    .where(eq(scores.evaluationId, evaluationId));
  return new Map(
    rows.map((row) => [row.unitCode, { score: parseDecimal(row.score) ?? 0, rationale: row.rationale, deviationReason: row.deviationReason, version: row.version }]),
  );
}

/**
 * In one statement (this runs on every autosave): the agreed score of a unit, and how many
 * assigned evaluators have not submitted their independent scores yet.
 */
export async function findAgreedScoreForWrite(
  executor: Executor,
  evaluationId: string,
  unitCode: string,
): Promise<{ current: AgreedScoreRow | null; unsubmitted: number }> {
  const [row] = await queryRows<{ unsubmitted: number; score: string | null; rationale: string | null; deviation_reason: string | null; version: number | null }>(
    executor,
    sql`select
        (select count(*)::int from evaluation_assignments a
          where a.evaluation_id = ${evaluationId}
            and not exists (select 1 from evaluator_submissions s where s.evaluation_id = a.evaluation_id and s.user_id = a.user_id)) as unsubmitted,
        sc.score::text as score, sc.rationale, sc.deviation_reason, sc.version
      from (select 1) as one
      left join scores sc on sc.evaluation_id = ${evaluationId} and sc.unit_code = ${unitCode}`,
  );
  const current =
    row && row.score !== null
      ? { score: parseDecimal(row.score) ?? 0, rationale: row.rationale ?? '', deviationReason: row.deviation_reason ?? '', version: row.version ?? 0 }
      : null;
  return { current, unsubmitted: row?.unsubmitted ?? 0 };
}

export async function upsertAgreedScore(executor: Executor, evaluationId: string, unitCode: string, value: AgreedScoreRow): Promise<void> {
  const score = formatDecimal(value.score);
  await executor
    .insert(scores)
    .values({ evaluationId, unitCode, score, rationale: value.rationale, deviationReason: value.deviationReason, version: value.version })
    .onConflictDoUpdate({
      target: [scores.evaluationId, scores.unitCode],
      set: { score, rationale: value.rationale, deviationReason: value.deviationReason, version: value.version, updatedAt: sql`now()` },
    });
}

/** Writes several agreed scores in one statement, each at `version` (the evaluation's new version). */
export async function upsertAgreedScores(
  executor: Executor,
  evaluationId: string,
  values: ReadonlyArray<{ unitCode: string; score: Hundredths; rationale: string; deviationReason: string }>,
  version: number,
): Promise<void> {
  if (values.length === 0) return;
  await executor
    .insert(scores)
    .values(
      values.map((value) => ({
        evaluationId,
        unitCode: value.unitCode,
        score: formatDecimal(value.score),
        rationale: value.rationale,
        deviationReason: value.deviationReason,
        version,
      })),
    )
    .onConflictDoUpdate({
      target: [scores.evaluationId, scores.unitCode],
      set: { score: sql`excluded.score`, rationale: sql`excluded.rationale`, deviationReason: sql`excluded.deviation_reason`, version, updatedAt: sql`now()` },
    });
}

export async function deleteAgreedScores(executor: Executor, evaluationId: string, unitCodes: readonly string[]): Promise<void> {
  if (unitCodes.length > 0) await executor.delete(scores).where(and(eq(scores.evaluationId, evaluationId), inArray(scores.unitCode, [...unitCodes])));
}

export async function deleteAgreedScore(executor: Executor, evaluationId: string, unitCode: string): Promise<void> {
  await executor.delete(scores).where(and(eq(scores.evaluationId, evaluationId), eq(scores.unitCode, unitCode)));
}
