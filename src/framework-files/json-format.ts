/**
 * The JSON file of a model version: `{ format: 'kompass-framework', formatVersion: 1, definition,
 * maps }`. Problems are named by their JSON path.
 */
import { checkDocument, documentOf, FRAMEWORK_FILE_FORMAT, FRAMEWORK_FILE_FORMAT_VERSION, type FileProblem, type FrameworkDocument, type ReadResult } from './document.js';

/** The version as a JSON file (indented, with a final line break). */
export function frameworkToJson(document: FrameworkDocument): string {
  return `${JSON.stringify({ format: FRAMEWORK_FILE_FORMAT, formatVersion: FRAMEWORK_FILE_FORMAT_VERSION, ...documentOf(document) }, null, 2)}\n`;
}

/** Reads a JSON file's bytes (UTF-8, a byte order mark allowed). */
export function readFrameworkJson(bytes: Uint8Array): ReadResult {
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
  const problems: FileProblem[] = [];
  if (record.format !== FRAMEWORK_FILE_FORMAT) problems.push({ field: 'format', message: `must be '${FRAMEWORK_FILE_FORMAT}'` });
  if (record.formatVersion !== FRAMEWORK_FILE_FORMAT_VERSION) problems.push({ field: 'formatVersion', message: `must be ${FRAMEWORK_FILE_FORMAT_VERSION}` });
  const result = checkDocument({ definition: record.definition, maps: record.maps }, (path) => path || '(file)');
  if (problems.length === 0) return result;
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
}
