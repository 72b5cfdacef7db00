/**
 * A model version as a file (JSON or XLSX): its definition as authored and its maps to earlier
 * versions. A file's problems are named by JSON path (`definition.areas.0.code`) or by cell
 * (`Kriterier!C4`), in English. A file only has to be draft-shaped: what keeps the version from
 * being published is listed once it is imported.
 */
import { z } from 'zod';
import { draftFrameworkSchema, draftMapSchema, type DraftFramework, type DraftMap } from '../domain/framework-draft.js';
import { normaliseDraft, normaliseMap } from '../domain/framework-draft-convert.js';
import type { FileProblem } from '../kernel/json-file.js';

export const FRAMEWORK_FILE_FORMAT = 'kompass-framework';
export const FRAMEWORK_FILE_FORMAT_VERSION = 1;

export const frameworkDocumentSchema = z.object({
  definition: draftFrameworkSchema,
  maps: z.array(draftMapSchema).max(20, 'must have at most 20 maps').default([]),
});

/** What a file carries. */
export interface FrameworkDocument {
  definition: DraftFramework;
  maps: DraftMap[];
}

/** One problem of a file: where (a JSON path or a cell) and what. */
export type { FileProblem };

export type ReadResult = { ok: true; document: FrameworkDocument } | { ok: false; problems: FileProblem[] };

/** Checks what a file holds, naming each problem through `locate`; the document as it is kept. */
export function checkDocument(raw: unknown, locate: (path: string) => string): ReadResult {
  const parsed = frameworkDocumentSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => ({ field: locate(issue.path.map(String).join('.')), message: issue.message })) };
  return { ok: true, document: documentOf(parsed.data) };
}

/** The document as it is kept (empty optional texts left out). */
export const documentOf = (document: FrameworkDocument): FrameworkDocument => ({
  definition: normaliseDraft(document.definition),
  maps: document.maps.map(normaliseMap),
});
