import { and, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { queryRows } from '../../db/query.js';
import { evaluations, evidenceFiles, evidenceItems } from '../../db/schema.js';
import type { EvidenceListQuery } from '../../contract/evidence.js';

type EvidenceItemRecord = typeof evidenceItems.$inferSelect;
/** The columns of an item a change sets (the rest are the row's identity and bookkeeping). */
export type EvidenceFields = Omit<typeof evidenceItems.$inferInsert, 'id' | 'evaluationId' | 'version' | 'createdBy' | 'createdAt' | 'updatedAt'>;

/** An uploaded file's description, without its bytes. */
interface EvidenceFileRef {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface EvidenceRow extends EvidenceItemRecord {
  file: EvidenceFileRef | null;
}

const fileColumns = {
  fileRefId: evidenceFiles.id,
  fileName: evidenceFiles.fileName,
  mediaType: evidenceFiles.mediaType,
  sizeBytes: evidenceFiles.sizeBytes,
};

type JoinedRow = EvidenceItemRecord & { fileRefId: string | null; fileName: string | null; mediaType: string | null; sizeBytes: number | null };

function toRow({ fileRefId, fileName, mediaType, sizeBytes, ...item }: JoinedRow): EvidenceRow {
  const file = fileRefId && fileName !== null && mediaType !== null && sizeBytes !== null ? { id: fileRefId, fileName, mediaType, sizeBytes } : null;
  return { ...item, file };
}

function selectItems(executor: Executor, where: SQL | undefined) {
  return executor
    .select({ ...getTableColumns(evidenceItems), ...fileColumns })
    .from(evidenceItems)
    .leftJoin(evidenceFiles, eq(evidenceFiles.id, evidenceItems.fileId))
    .where(where);
}

/** The evaluation's evidence, newest first, in one query (file descriptions joined, never their bytes). */
export async function listEvidence(executor: Executor, evaluationId: string, query: EvidenceListQuery): Promise<EvidenceRow[]> {
  const conditions: SQL[] = [eq(evidenceItems.evaluationId, evaluationId)];
  if (query.unit) conditions.push(sql`${evidenceItems.unitCodes} @> ${JSON.stringify([query.unit])}::jsonb`);
  if (query.kind) conditions.push(eq(evidenceItems.kind, query.kind));
  const rows = await selectItems(executor, and(...conditions)).orderBy(desc(evidenceItems.createdAt), desc(evidenceItems.id));
  return rows.map(toRow);
}

/** One item of the evaluation, or null (also when it belongs to another evaluation). */
export async function findEvidence(executor: Executor, evaluationId: string, id: string): Promise<EvidenceRow | null> {
  const [row] = await selectItems(executor, and(eq(evidenceItems.evaluationId, evaluationId), eq(evidenceItems.id, id)));
  return row ? toRow(row) : null;
}

export async function insertEvidence(executor: Executor, evaluationId: string, fields: EvidenceFields, createdBy: string): Promise<string> {
  const [row] = await executor.insert(evidenceItems).values({ ...fields, evaluationId, createdBy }).returning({ id: evidenceItems.id });
  if (!row) throw new Error('Inserting an evidence item returned no row');
  return row.id;
}

/** Replaces an item's fields if it is still at the version given; false when it is not (or is gone). */
export async function updateEvidenceAtVersion(executor: Executor, evaluationId: string, id: string, version: number, fields: EvidenceFields): Promise<boolean> {
  const rows = await executor
    .update(evidenceItems)
    .set({ ...fields, version: sql`${evidenceItems.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(evidenceItems.evaluationId, evaluationId), eq(evidenceItems.id, id), eq(evidenceItems.version, version)))
    .returning({ id: evidenceItems.id });
  return rows.length > 0;
}

/** Deletes an item if it is still at the version given; false when it is not (or is gone). */
export async function deleteEvidenceAtVersion(executor: Executor, evaluationId: string, id: string, version: number): Promise<boolean> {
  const rows = await executor
    .delete(evidenceItems)
    .where(and(eq(evidenceItems.evaluationId, evaluationId), eq(evidenceItems.id, id), eq(evidenceItems.version, version)))
    .returning({ id: evidenceItems.id });
  return rows.length > 0;
}

/** How many items of each kind link to each unit code. */
export async function countEvidenceByUnit(executor: Executor, evaluationId: string): Promise<Array<{ code: string; kind: string; count: number }>> {
  return queryRows(
    executor,
    sql`select u.code, i.kind, count(*)::int as count
        from ${evidenceItems} i cross join lateral jsonb_array_elements_text(i.unit_codes) as u(code)
        where i.evaluation_id = ${evaluationId}
        group by u.code, i.kind`,
  );
}

export async function findFrameworkId(executor: Executor, evaluationId: string): Promise<string | null> {
  const [row] = await executor.select({ frameworkId: evaluations.frameworkId }).from(evaluations).where(eq(evaluations.id, evaluationId));
  return row?.frameworkId ?? null;
}

// Files

export type EvidenceFileRecord = Omit<typeof evidenceFiles.$inferSelect, 'content'>;

const fileRecordColumns = {
  id: evidenceFiles.id,
  evaluationId: evidenceFiles.evaluationId,
  fileName: evidenceFiles.fileName,
  mediaType: evidenceFiles.mediaType,
  sizeBytes: evidenceFiles.sizeBytes,
  sha256: evidenceFiles.sha256,
  uploadedBy: evidenceFiles.uploadedBy,
  uploadedAt: evidenceFiles.uploadedAt,
};

/**
 * Stores a file. Its bytes travel as base64 text, decoded (and encoded on reading) by the
 * database: PGlite's own bytea parameters take time quadratic in the size (about 30 s to store
 * 20 MB), base64 is linear (about 1.5 s); node-postgres would send bytea as longer hex text.
 */
export async function insertEvidenceFile(executor: Executor, file: typeof evidenceFiles.$inferInsert & { content: Uint8Array }): Promise<EvidenceFileRecord> {
  const base64 = Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength).toString('base64');
  const [row] = await executor
    .insert(evidenceFiles)
    .values({ ...file, content: sql`decode(${base64}, 'base64')` })
    .returning(fileRecordColumns);
  if (!row) throw new Error('Inserting an evidence file returned no row');
  return row;
}

/** A file of the evaluation without its bytes, or null (also when it belongs to another evaluation). */
export async function findEvidenceFile(executor: Executor, evaluationId: string, id: string): Promise<EvidenceFileRecord | null> {
  const [row] = await executor
    .select(fileRecordColumns)
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.evaluationId, evaluationId), eq(evidenceFiles.id, id)));
  return row ?? null;
}

/** A file of the evaluation with its bytes, for downloading (base64 on the way, see insertEvidenceFile). */
export async function readEvidenceFile(executor: Executor, evaluationId: string, id: string): Promise<(EvidenceFileRecord & { content: Buffer }) | null> {
  const [row] = await executor
    .select({ ...fileRecordColumns, base64: sql<string>`encode(${evidenceFiles.content}, 'base64')` })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.evaluationId, evaluationId), eq(evidenceFiles.id, id)));
  if (!row) return null;
  const { base64, ...record } = row;
  return { ...record, content: Buffer.from(base64, 'base64') };
}
