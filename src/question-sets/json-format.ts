/**
 * The JSON file of a question set: `{ format: 'kompass-question-set', formatVersion: 1,
 * frameworkId, language, title, description, content }`. Problems are named by their JSON path.
 */
import { readJsonDocument } from '../kernel/json-file.js';
import { documentOf, QUESTION_SET_FILE_FORMAT, QUESTION_SET_FILE_FORMAT_VERSION, checkDocument, type QuestionSetDocument, type ReadResult } from './document.js';

/** The set as a JSON file (indented, with a final line break). */
export function questionSetToJson(set: QuestionSetDocument): string {
  return `${JSON.stringify({ format: QUESTION_SET_FILE_FORMAT, formatVersion: QUESTION_SET_FILE_FORMAT_VERSION, ...documentOf(set) }, null, 2)}\n`;
}

/** Reads a JSON file's bytes (UTF-8, a byte order mark allowed). */
export function readQuestionSetJson(bytes: Uint8Array): ReadResult {
  const read = readJsonDocument(bytes, QUESTION_SET_FILE_FORMAT, QUESTION_SET_FILE_FORMAT_VERSION);
  if (!read.ok) return read;
  const { format: _format, formatVersion: _version, ...rest } = read.record;
  const result = checkDocument(rest, (path) => path || '(file)');
  if (read.headerProblems.length === 0) return result;
  return { ok: false, problems: [...read.headerProblems, ...(result.ok ? [] : result.problems)] };
}
