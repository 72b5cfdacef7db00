import type { DocumentKind, EvidenceKind, IntervieweeGroup, ObservationChannel } from '../../domain/evidence.js';
import type { EvidenceFileRecord, EvidenceRow } from './repository.js';
import type { Evidence, EvidenceFile, KindCounts } from '../../contract/evidence.js';

/** Shapes one evidence item (the database's check constraints and the input schemas keep the vocabularies). */
export function presentEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    kind: row.kind as EvidenceKind,
    title: row.title,
    occurredOn: row.occurredOn,
    intervieweeGroup: row.intervieweeGroup as IntervieweeGroup | null,
    people: row.people,
    documentKind: row.documentKind as DocumentKind | null,
    channel: row.channel as ObservationChannel | null,
    url: row.url,
    file: row.file,
    notes: row.notes,
    unitCodes: row.unitCodes,
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentEvidenceFile(file: EvidenceFileRecord): EvidenceFile {
  return {
    id: file.id,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    uploadedAt: file.uploadedAt.toISOString(),
  };
}

/** Every scoring unit (in framework order) with its evidence counted by kind; zero where none. */
export function presentEvidenceSummary(unitCodes: readonly string[], counts: ReadonlyArray<{ code: string; kind: string; count: number }>): { units: Record<string, KindCounts> } {
  const units: Record<string, KindCounts> = {};
  for (const code of unitCodes) units[code] = { interview: 0, document: 0, observation: 0, total: 0 };
  for (const { code, kind, count } of counts) {
    const unit = units[code];
    // Items link only to the framework's units; a code outside it cannot be shown under a sub-area.
    if (!unit || !(kind === 'interview' || kind === 'document' || kind === 'observation')) continue;
    unit[kind] += count;
    unit.total += count;
  }
  return { units };
}
