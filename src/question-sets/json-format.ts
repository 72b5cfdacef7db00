/**
 * The JSON file of a question set: `{ format: 'kompass-question-set', formatVersion: 1,
 * frameworkId, language, title, description, content }`. Problems are named by their JSON path.
 */
import { documentOf, QUESTION_SET_FILE_FORMAT, QUESTION_SET_FILE_FORMAT_VERSION, checkDocument, type QuestionSetDocument, type ReadResult } from './document.js';

/** The set as a JSON file (indented, with a final line break). */
export function questionSetToJson(set: QuestionSetDocument): string {
  return `${JSON.stringify({ format: QUESTION_SET_FILE_FORMAT, formatVersion: QUESTION_SET_FILE_FORMAT_VERSION, ...documentOf(set) }, null, 2)}\n`;
}

/** Reads a JSON file's bytes (UTF-8, a byte order mark allowed). */
export function readQuestionSetJson(bytes: Uint8Array): ReadResult {
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
  const problems = [];
  if (record.format !== QUESTION_SET_FILE_FORMAT) problems.push({ field: 'format', message: `must be '${QUESTION_SET_FILE_FORMAT}'` });
  if (record.formatVersion !== QUESTION_SET_FILE_FORMAT_VERSION) problems.push({ field: 'formatVersion', message: `must be ${QUESTION_SET_FILE_FORMAT_VERSION}` });
  const { format: _format, formatVersion: _version, ...rest } = record;
  const result = checkDocument(rest, (path) => path || '(file)');
  if (problems.length === 0) return result;
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
}
