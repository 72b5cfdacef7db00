import { createHash } from 'node:crypto';
import type { Database, Executor } from '../../db/client.js';
import { mediaTypeOf, unitCodeProblems } from '../../domain/evidence.js';
import { listScoringUnits, type Catalogue } from '../../domain/framework.js';
import { AppError, invalid, notFound, staleVersion } from '../../kernel/errors.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { presentEvidence, presentEvidenceFile } from './presenter.js';
import {
  deleteEvidenceAtVersion,
  findEvidence,
  findEvidenceFile,
  insertEvidence,
  insertEvidenceFile,
  updateEvidenceAtVersion,
  type EvidenceFields,
  type EvidenceRow,
} from './repository.js';
import type { CreateEvidenceInput, Evidence, EvidenceFile, UpdateEvidenceInput } from '../../contract/evidence.js';

/** Who made a change, as written to the audit log and the item. */
type Actor = string;

/** The columns an input sets; the fields of the other kinds are cleared. */
function fieldsOf(input: CreateEvidenceInput): EvidenceFields {
  const common = { kind: input.kind, notes: input.notes, unitCodes: input.unitCodes };
  const none = { title: '', occurredOn: null, intervieweeGroup: null, people: null, documentKind: null, channel: null, url: null, fileId: null };
  switch (input.kind) {
    case 'interview':
      return { ...none, ...common, title: input.title ?? '', occurredOn: input.occurredOn, intervieweeGroup: input.intervieweeGroup, people: input.people };
    case 'document':
      return { ...none, ...common, title: input.title, documentKind: input.documentKind, occurredOn: input.occurredOn ?? null, url: input.url ?? null, fileId: input.fileId ?? null };
    case 'observation':
      return { ...none, ...common, title: input.title, channel: input.channel, url: input.url ?? null, occurredOn: input.occurredOn };
  }
}

/** Refuses sub-areas that are not scoring units of the evaluation's framework, and files of other evaluations. */
async function checkReferences(tx: Executor, catalogue: Catalogue, evaluation: { id: string; frameworkId: string }, fields: EvidenceFields): Promise<void> {
  const framework = catalogue.frameworks.get(evaluation.frameworkId);
  if (!framework) throw new Error(`Evaluation ${evaluation.id} references framework ${evaluation.frameworkId}, which the catalogue does not have`);
  const problems = unitCodeProblems(fields.unitCodes ?? [], listScoringUnits(framework).map((unit) => unit.code));
  if (problems.length > 0) {
    const details = problems.map((problem) => ({ field: `body.unitCodes.${problem.index}`, message: problem.message }));
    throw new AppError('validation', `Invalid input: ${details.map((detail) => `${detail.field}: ${detail.message}`).join('; ')}`, details);
  }
  if (fields.fileId && !(await findEvidenceFile(tx, evaluation.id, fields.fileId))) {
    throw invalid('body.fileId', `no file ${fields.fileId} was uploaded to this evaluation`);
  }
}

/** What the audit log keeps of an item: its content, not its bookkeeping. */
function auditView(row: EvidenceRow): Record<string, unknown> {
  const { id, kind, title, occurredOn, intervieweeGroup, people, documentKind, channel, url, fileId, notes, unitCodes } = row;
  return { id, kind, title, occurredOn, intervieweeGroup, people, documentKind, channel, url, fileId, notes, unitCodes };
}

/** The fields that differ, before and after (with the item's id and kind for context). */
function changes(before: EvidenceRow, after: EvidenceRow): { oldValue: Record<string, unknown>; newValue: Record<string, unknown> } {
  const old = auditView(before);
  const now = auditView(after);
  const changed = Object.keys(now).filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]));
  const pick = (view: Record<string, unknown>) => Object.fromEntries([['id', view.id], ['kind', view.kind], ...changed.map((key) => [key, view[key]])]);
  return { oldValue: pick(old), newValue: pick(now) };
}

async function requireItem(tx: Executor, evaluationId: string, id: string): Promise<EvidenceRow> {
  const row = await findEvidence(tx, evaluationId, id);
  if (!row) throw notFound(`Evidence item ${id}`);
  return row;
}

export async function createEvidence(db: Database, catalogue: Catalogue, evaluationId: string, input: CreateEvidenceInput, actor: Actor): Promise<Evidence> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    write: async ({ tx, evaluation }) => {
      const fields = fieldsOf(input);
      await checkReferences(tx, catalogue, evaluation, fields);
      const created = await requireItem(tx, evaluationId, await insertEvidence(tx, evaluationId, fields, actor));
      return { result: presentEvidence(created), audit: { actor, action: 'evaluation.evidence.create', entityType: 'evaluation', entityId: evaluationId, newValue: auditView(created) } };
    },
  });
}

/** The item's version against the one the client read. */
const evidenceCheck = (item: EvidenceRow, sent: number) => ({ what: 'The evidence item', sent, current: item.version, shown: presentEvidence(item) });

/** Under the evaluation's lock a conditional write fails only if the item moved: answered as a stale version. */
async function staleItem(tx: Executor, evaluationId: string, id: string, sent: number): Promise<never> {
  const current = await requireItem(tx, evaluationId, id);
  throw staleVersion('The evidence item', sent, current.version, presentEvidence(current));
}

/** Replaces an item if it is still at the version the client read; a stale version gets 409 with the current item. */
export async function updateEvidence(db: Database, catalogue: Catalogue, evaluationId: string, id: string, input: UpdateEvidenceInput, actor: Actor): Promise<Evidence> {
  const { version, ...content } = input;
  const fields = fieldsOf(content);
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx, evaluation) => {
      const before = await requireItem(tx, evaluationId, id);
      await checkReferences(tx, catalogue, evaluation, fields);
      return { current: before, check: evidenceCheck(before, version) };
    },
    write: async ({ tx, current: before }) => {
      if (!(await updateEvidenceAtVersion(tx, evaluationId, id, version, fields))) await staleItem(tx, evaluationId, id, version);
      const after = await requireItem(tx, evaluationId, id);
      return { result: presentEvidence(after), audit: { actor, action: 'evaluation.evidence.update', entityType: 'evaluation', entityId: evaluationId, ...changes(before, after) } };
    },
  });
}

/** Deletes an item if it is still at the version the client read; a stale version gets 409 with the current item. */
export async function deleteEvidence(db: Database, evaluationId: string, id: string, version: number, actor: Actor): Promise<void> {
  await versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx) => {
      const before = await requireItem(tx, evaluationId, id);
      return { current: before, check: evidenceCheck(before, version) };
    },
    write: async ({ tx, current: before }) => {
      if (!(await deleteEvidenceAtVersion(tx, evaluationId, id, version))) await staleItem(tx, evaluationId, id, version);
      return { result: undefined, audit: { actor, action: 'evaluation.evidence.delete', entityType: 'evaluation', entityId: evaluationId, oldValue: auditView(before) } };
    },
  });
}

/** Stores an uploaded file with the evaluation (its bytes in the database), audited without the bytes. */
export async function uploadEvidenceFile(db: Database, evaluationId: string, fileName: string, content: Uint8Array, actor: Actor): Promise<EvidenceFile> {
  const sha256 = createHash('sha256').update(content).digest('hex');
  const mediaType = mediaTypeOf(fileName);
  return versionedWrite(db, {
    evaluation: evaluationId,
    write: async ({ tx }) => {
      const file = await insertEvidenceFile(tx, { evaluationId, fileName, mediaType, sizeBytes: content.byteLength, sha256, content, uploadedBy: actor });
      const audit = {
        actor,
        action: 'evaluation.evidence-file.upload',
        entityType: 'evaluation',
        entityId: evaluationId,
        newValue: { fileId: file.id, fileName, mediaType, sizeBytes: file.sizeBytes, sha256 },
      };
      return { result: presentEvidenceFile(file), audit };
    },
  });
}
