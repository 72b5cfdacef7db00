/**
 * Reading an uploaded JSON document of Kompass's own file formats (question sets, model versions):
 * UTF-8 (a byte order mark allowed), one JSON object, and its `format` and `formatVersion`. Problems
 * are named by field ('(file)' for the file as a whole), in English.
 */

/** A problem of an uploaded file: where (a JSON path, a cell, or '(file)') and what. */
export interface FileProblem {
  field: string;
  message: string;
}

export type JsonDocumentRead =
  /** The object read, and the problems of its header (an empty list when format and version fit). */
  | { ok: true; record: Record<string, unknown>; headerProblems: FileProblem[] }
  | { ok: false; problems: FileProblem[] };

/** Reads a file's bytes as a JSON object of the given format and version. */
export function readJsonDocument(bytes: Uint8Array, format: string, formatVersion: number): JsonDocumentRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, problems: [{ field: '(file)', message: 'must be UTF-8 text' }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ field: '(file)', message: `must be JSON (${error instanceof Error ? error.message : 'unreadable'})` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: [{ field: '(file)', message: 'must be a JSON object' }] };
  const record = value as Record<string, unknown>;
  const headerProblems: FileProblem[] = [];
  if (record.format !== format) headerProblems.push({ field: 'format', message: `must be '${format}'` });
  if (record.formatVersion !== formatVersion) headerProblems.push({ field: 'formatVersion', message: `must be ${formatVersion}` });
  return { ok: true, record, headerProblems };
}
