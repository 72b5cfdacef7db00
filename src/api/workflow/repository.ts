import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { evaluations, evidenceItems, factComments, presence, scores, users } from '../../db/schema.js';
import { missingUnitCodes, nameUnits } from '../../domain/complete-scores.js';
import type { EvaluationOrigin, EvaluationStatus } from '../../domain/evaluation-status.js';
import { listScoringUnits, type Framework } from '../../domain/framework.js';
import type { WorkflowFacts } from '../../domain/workflow.js';
import type { CommentStatus } from '../../contract/workflow.js';

/** How long a presence heartbeat counts as "here". */
const PRESENCE_WINDOW_SECONDS = 60;

export interface StatusRow {
  id: string;
  status: EvaluationStatus;
  origin: EvaluationOrigin;
  version: number;
  frameworkId: string;
}

const statusColumns = {
  id: evaluations.id,
  status: evaluations.status,
  origin: evaluations.origin,
  version: evaluations.version,
  frameworkId: evaluations.frameworkId,
};

/** The evaluation's status, locked until the transaction ends (serialises with every content change). */
export async function lockEvaluationStatus(tx: Executor, id: string): Promise<StatusRow | null> {
  const [row] = await tx.select(statusColumns).from(evaluations).where(eq(evaluations.id, id)).for('update');
  return row ?? null;
}

export async function findEvaluationStatus(executor: Executor, id: string): Promise<StatusRow | null> {
  const [row] = await executor.select(statusColumns).from(evaluations).where(eq(evaluations.id, id));
  return row ?? null;
}

/** Sets the status and moves the evaluation to its next version; returns that version. */
export async function setStatus(tx: Executor, id: string, status: EvaluationStatus): Promise<number> {
  const [row] = await tx
    .update(evaluations)
    .set({ status, version: sql`${evaluations.version} + 1`, updatedAt: sql`now()` })
    .where(eq(evaluations.id, id))
    .returning({ version: evaluations.version });
  if (!row) throw new Error(`Evaluation ${id} vanished while its status changed`);
  return row.version;
}

/** The agreed scores present, with their rationale. */
export async function findAgreedScores(executor: Executor, id: string): Promise<Map<string, { rationale: string }>> {
  const rows = await executor.select({ code: scores.unitCode, rationale: scores.rationale }).from(scores).where(eq(scores.evaluationId, id));
  return new Map(rows.map((row) => [row.code, { rationale: row.rationale }]));
}

async function countOpenComments(executor: Executor, id: string): Promise<number> {
  const [row] = await executor
    .select({ count: sql<number>`count(*)::int` })
    .from(factComments)
    .where(and(eq(factComments.evaluationId, id), eq(factComments.status, 'open')));
  return row?.count ?? 0;
}

/** What the status flow's preconditions look at. */
export async function findWorkflowFacts(executor: Executor, evaluation: StatusRow, framework: Framework): Promise<WorkflowFacts> {
  // One after the other: inside a transaction the connection runs one query at a time.
  const agreed = await findAgreedScores(executor, evaluation.id);
  const openComments = await countOpenComments(executor, evaluation.id);
  return {
    origin: evaluation.origin,
    unitsWithoutAgreedScore: nameUnits(framework, missingUnitCodes(framework, agreed)),
    unitCount: listScoringUnits(framework).length,
    openComments,
  };
}

/** Per evidence item, the unit codes it is linked to. */
export async function findEvidenceUnitCodes(executor: Executor, id: string): Promise<string[][]> {
  const rows = await executor.select({ unitCodes: evidenceItems.unitCodes }).from(evidenceItems).where(eq(evidenceItems.evaluationId, id));
  return rows.map((row) => row.unitCodes);
}

// ---- Fact-check comments ----

export interface CommentRow {
  id: string;
  evaluationId: string;
  unitCode: string | null;
  authorId: string;
  authorName: string;
  authorOrganisation: string;
  body: string;
  status: CommentStatus;
  answer: string | null;
  answeredById: string | null;
  answeredByName: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const answerer = alias(users, 'answerer');

function selectComments(executor: Executor) {
  return executor
    .select({
      id: factComments.id,
      evaluationId: factComments.evaluationId,
      unitCode: factComments.unitCode,
      authorId: factComments.authorId,
      authorName: users.name,
      authorOrganisation: users.organisation,
      body: factComments.body,
      status: factComments.status,
      answer: factComments.answer,
      answeredById: factComments.answeredBy,
      answeredByName: answerer.name,
      version: factComments.version,
      createdAt: factComments.createdAt,
      updatedAt: factComments.updatedAt,
    })
    .from(factComments)
    .innerJoin(users, eq(users.id, factComments.authorId))
    .leftJoin(answerer, eq(answerer.id, factComments.answeredBy));
}

const toCommentRow = (row: Omit<CommentRow, 'status'> & { status: string }): CommentRow => ({ ...row, status: row.status as CommentStatus });

/** An evaluation's comments, oldest first. */
export async function listComments(executor: Executor, evaluationId: string): Promise<CommentRow[]> {
  const rows = await selectComments(executor).where(eq(factComments.evaluationId, evaluationId)).orderBy(asc(factComments.createdAt), asc(factComments.id));
  return rows.map(toCommentRow);
}

export async function findComment(executor: Executor, evaluationId: string, commentId: string): Promise<CommentRow | null> {
  const [row] = await selectComments(executor).where(and(eq(factComments.evaluationId, evaluationId), eq(factComments.id, commentId)));
  return row ? toCommentRow(row) : null;
}

export async function insertComment(tx: Executor, values: { evaluationId: string; unitCode: string | null; authorId: string; body: string }): Promise<string> {
  const [row] = await tx.insert(factComments).values(values).returning({ id: factComments.id });
  if (!row) throw new Error('insert into fact_comments returned no row');
  return row.id;
}

export interface CommentChanges {
  body?: string;
  answer?: string;
  answeredBy?: string;
  status?: CommentStatus;
}

/** Applies changes if the comment is still at `version`; false when it is not (stale). */
export async function updateComment(tx: Executor, commentId: string, version: number, changes: CommentChanges): Promise<boolean> {
  const rows = await tx
    .update(factComments)
    .set({ ...changes, version: sql`${factComments.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(factComments.id, commentId), eq(factComments.version, version)))
    .returning({ id: factComments.id });
  return rows.length > 0;
}

// ---- Presence ----

export interface PresenceRow {
  userId: string;
  name: string;
  section: string;
  seenAt: Date;
}

export async function upsertPresence(executor: Executor, evaluationId: string, userId: string, section: string): Promise<void> {
  await executor
    .insert(presence)
    .values({ evaluationId, userId, section })
    .onConflictDoUpdate({ target: [presence.evaluationId, presence.userId], set: { section, seenAt: sql`now()` } });
}

/** The other users seen on the evaluation within the presence window, by name. */
export async function listPresentOthers(executor: Executor, evaluationId: string, userId: string): Promise<PresenceRow[]> {
  return executor
    .select({ userId: presence.userId, name: users.name, section: presence.section, seenAt: presence.seenAt })
    .from(presence)
    .innerJoin(users, eq(users.id, presence.userId))
    .where(
      and(
        eq(presence.evaluationId, evaluationId),
        ne(presence.userId, userId),
        gt(presence.seenAt, sql`now() - make_interval(secs => ${PRESENCE_WINDOW_SECONDS})`),
      ),
    )
    .orderBy(asc(users.name), asc(presence.userId));
}
