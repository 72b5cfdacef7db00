/**
 * The JSON file of a model version: `{ format: 'kompass-framework', formatVersion: 1, definition,
 * maps }`. Problems are named by their JSON path.
 */
import { readJsonDocument } from '../kernel/json-file.js';
import { checkDocument, documentOf, FRAMEWORK_FILE_FORMAT, FRAMEWORK_FILE_FORMAT_VERSION, type FrameworkDocument, type ReadResult } from './document.js';

/** The version as a JSON file (indented, with a final line break). */
export function frameworkToJson(document: FrameworkDocument): string {
  return `${JSON.stringify({ format: FRAMEWORK_FILE_FORMAT, formatVersion: FRAMEWORK_FILE_FORMAT_VERSION, ...documentOf(document) }, null, 2)}\n`;
}

/** Reads a JSON file's bytes (UTF-8, a byte order mark allowed). */
export function readFrameworkJson(bytes: Uint8Array): ReadResult {
  const read = readJsonDocument(bytes, FRAMEWORK_FILE_FORMAT, FRAMEWORK_FILE_FORMAT_VERSION);
  if (!read.ok) return read;
  const result = checkDocument({ definition: read.record.definition, maps: read.record.maps }, (path) => path || '(file)');
  if (read.headerProblems.length === 0) return result;
  return { ok: false, problems: [...read.headerProblems, ...(result.ok ? [] : result.problems)] };
}
