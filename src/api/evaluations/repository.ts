import type { EvaluationOrigin, EvaluationStatus } from '../../domain/evaluation-status.js';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { visibleEvaluations } from '../../db/evaluation-visibility.js';
import { queryRows } from '../../db/query.js';
import { areaTexts, evaluations, goodExamples, municipalities, scores, subareaTexts } from '../../db/schema.js';
import type { EvaluationVisibility } from '../../domain/access.js';
import type { Hundredths } from '../../domain/decimal.js';
import { formatDecimal, parseDecimal } from '../../domain/decimal.js';
import type { ScoreChange } from '../../domain/score-changes.js';
import type { EvaluationListQuery } from '../../contract/evaluations.js';

export type EvaluationRecord = typeof evaluations.$inferSelect;
export type NewEvaluationRecord = typeof evaluations.$inferInsert;

/** An evaluation row with what every listing needs: municipality names, position, derived total. */
export interface EvaluationListRow {
  id: string;
  municipalityId: string;
  municipalityName: string;
  municipalityShortName: string;
  frameworkId: string;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  reportDate: string | null;
  statedOrdinal: number | null;
  /** Held to the domain's values by the table's check constraints. */
  status: EvaluationStatus;
  origin: EvaluationOrigin;
  position: number;
  total: Hundredths;
  /** Codes of the framework's scoring units without a score, in framework order (evaluation_missing_units). */
  missingUnits: string[];
}

/** Chronological order within a municipality: fieldwork, else report date, else creation. */
const chronology = sql`coalesce(e.fieldwork_start, e.report_date) nulls last, e.created_at, e.id`;

const listSelect = sql`
  with ranked as (
    select e.*, row_number() over (partition by e.municipality_id order by ${chronology})::int as position
    from evaluations e
  )
  select r.id, r.municipality_id as "municipalityId", m.name as "municipalityName",
    m.short_name as "municipalityShortName", r.framework_id as "frameworkId",
    r.fieldwork_start as "fieldworkStart", r.fieldwork_end as "fieldworkEnd", r.report_date as "reportDate",
    r.stated_ordinal as "statedOrdinal", r.status, r.origin, r.position,
    (select coalesce(sum(s.score), 0)::text from scores s where s.evaluation_id = r.id) as total,
    evaluation_missing_units(r.id) as "missingUnits"
  from ranked r join municipalities m on m.id = r.municipality_id`;

function toListRow(row: Record<string, unknown>): EvaluationListRow {
  return { ...(row as unknown as EvaluationListRow), total: parseDecimal(String(row.total)) ?? 0, missingUnits: (row.missingUnits as string[] | null) ?? [] };
}

/** Lists evaluations with their derived totals, newest first within each municipality. */
export async function listEvaluations(
  executor: Executor,
  query: EvaluationListQuery,
  visibility: EvaluationVisibility,
): Promise<{ rows: EvaluationListRow[]; total: number }> {
  const conditions: SQL[] = [visibleEvaluations('r', visibility)];
  if (query.municipality) conditions.push(sql`r.municipality_id = ${query.municipality}`);
  if (query.framework) conditions.push(sql`r.framework_id = ${query.framework}`);
  if (query.status) conditions.push(sql`r.status = ${query.status}`);
  const where = sql.join(conditions, sql` and `);
  const rows = await queryRows<Record<string, unknown>>(
    executor,
    sql`${listSelect} where ${where} order by coalesce(r.fieldwork_start, r.report_date) desc nulls last, m.short_name, r.position desc limit ${query.limit} offset ${query.offset}`,
  );
  const count = await queryRows<{ total: number }>(executor, sql`select count(*)::int as total from evaluations r where ${where}`);
  return { rows: rows.map(toListRow), total: count[0]?.total ?? 0 };
}

/** One evaluation as a list row (names, position, total), or null. */
export async function findEvaluationListRow(executor: Executor, id: string): Promise<EvaluationListRow | null> {
  const [row] = await queryRows<Record<string, unknown>>(executor, sql`${listSelect} where r.id = ${id}`);
  return row ? toListRow(row) : null;
}

export async function findEvaluationRecord(executor: Executor, id: string): Promise<EvaluationRecord | null> {
  const rows = await executor.select().from(evaluations).where(eq(evaluations.id, id));
  return rows[0] ?? null;
}

/** The exact unit scores of an evaluation, keyed by unit code. */
export async function findScores(executor: Executor, id: string): Promise<Map<string, Hundredths>> {
  const rows = await executor
    .select({ code: scores.unitCode, score: scores.score })
    .from(scores)
    .where(eq(scores.evaluationId, id));
  return new Map(rows.map((row) => [row.code, parseDecimal(row.score) ?? 0]));
}

/** The agreed scores' rationales that are not empty, keyed by unit code. */
export async function findScoreRationales(executor: Executor, id: string): Promise<Map<string, string>> {
  const rows = await executor
    .select({ code: scores.unitCode, rationale: scores.rationale })
    .from(scores)
    .where(and(eq(scores.evaluationId, id), sql`${scores.rationale} <> ''`));
  return new Map(rows.map((row) => [row.code, row.rationale]));
}

/** The follow-ups of an evaluation that `visibility` lets the reader see, oldest first. */
export async function findFollowUps(executor: Executor, id: string, visibility: EvaluationVisibility): Promise<Array<{ id: string; status: EvaluationStatus }>> {
  return queryRows<{ id: string; status: EvaluationStatus }>(
    executor,
    sql`select f.id, f.status from evaluations f where f.baseline_evaluation_id = ${id} and ${visibleEvaluations('f', visibility)} order by f.created_at, f.id`,
  );
}

export async function findEvaluationByArchiveKey(executor: Executor, archiveKey: string): Promise<EvaluationRecord | null> {
  const rows = await executor.select().from(evaluations).where(eq(evaluations.archiveKey, archiveKey));
  return rows[0] ?? null;
}

export async function insertEvaluation(executor: Executor, record: NewEvaluationRecord): Promise<EvaluationRecord> {
  const rows = await executor.insert(evaluations).values(record).returning();
  const inserted = rows[0];
  if (!inserted) throw new Error('insert into evaluations returned no row');
  return inserted;
}

/**
 * Applies score changes: sets the given units, deletes those set to null. Each set unit takes
 * `version`, the evaluation's new version: unit versions come from the evaluation's counter, so
 * a unit cleared and set again never reuses a version a client may still hold.
 */
export async function applyScoreChanges(executor: Executor, id: string, changes: readonly ScoreChange[], version: number): Promise<void> {
  const toSet = changes.filter((change): change is { code: string; score: Hundredths } => change.score !== null);
  const toClear = changes.filter((change) => change.score === null).map((change) => change.code);
  if (toSet.length > 0) {
    await executor
      .insert(scores)
      .values(toSet.map((change) => ({ evaluationId: id, unitCode: change.code, score: formatDecimal(change.score), version })))
      .onConflictDoUpdate({ target: [scores.evaluationId, scores.unitCode], set: { score: sql`excluded.score`, version, updatedAt: sql`now()` } });
  }
  if (toClear.length > 0) {
    await executor.delete(scores).where(and(eq(scores.evaluationId, id), inArray(scores.unitCode, toClear)));
  }
}

/** True when the database holds no evaluation at all (first start: load demo data). */
export async function hasNoEvaluations(executor: Executor): Promise<boolean> {
  const rows = await executor.select({ id: evaluations.id }).from(evaluations).limit(1);
  return rows.length === 0;
}

/** The written parts of an evaluation: per-area texts, per-sub-area analyses, good examples. */
export interface EvaluationTexts {
  areas: Map<string, { introduction: string | null; analysis: string | null; strengths: string[]; improvements: string[] }>;
  subareas: Map<string, string>;
  goodExamples: Array<{ areaCode: string | null; unitCode: string | null; municipalityId: string | null; municipalityName: string | null; text: string }>;
}

export async function findEvaluationTexts(executor: Executor, id: string): Promise<EvaluationTexts> {
  const [areaRows, subareaRows, exampleRows] = await Promise.all([
    executor.select().from(areaTexts).where(eq(areaTexts.evaluationId, id)),
    executor.select().from(subareaTexts).where(eq(subareaTexts.evaluationId, id)),
    executor
      .select({ areaCode: goodExamples.areaCode, unitCode: goodExamples.unitCode, municipalityId: goodExamples.municipalityId, municipalityName: municipalities.shortName, text: goodExamples.text })
      .from(goodExamples)
      .leftJoin(municipalities, eq(municipalities.id, goodExamples.municipalityId))
      .where(eq(goodExamples.evaluationId, id))
      .orderBy(goodExamples.id),
  ]);
  return {
    areas: new Map(areaRows.map((row) => [row.areaCode, row])),
    subareas: new Map(subareaRows.map((row) => [row.unitCode, row.analysis])),
    goodExamples: exampleRows,
  };
}
