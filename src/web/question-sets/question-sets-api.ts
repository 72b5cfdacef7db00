import {
  questionSetsOperations as ops,
  type CreateQuestionSetInput,
  type QuestionSetFileFormat,
  type QuestionSetSummary,
  type QuestionSetView,
  type UpdateQuestionSetInput,
} from '../../contract/question-sets.js';
import { apiUrl, callApi } from '../api/call.js';
import { queryKeys } from '../api/query-keys.js';
import type { QueryClient } from '@tanstack/react-query';

export type { QuestionSetFileFormat, QuestionSetSummary, QuestionSetView };

/** The question sets (administrators write them; evaluators read them). */
export const questionSetsApi = {
  list: (signal?: AbortSignal) => callApi(ops.listQuestionSets, {}, { signal }),
  get: (setId: string, signal?: AbortSignal) => callApi(ops.getQuestionSet, { params: { setId } }, { signal }),
  create: (input: CreateQuestionSetInput) => callApi(ops.createQuestionSet, { body: input }),
  update: (setId: string, input: UpdateQuestionSetInput) => callApi(ops.updateQuestionSet, { params: { setId }, body: input }),
  newVersion: (setId: string) => callApi(ops.createQuestionSetVersion, { params: { setId } }),
  remove: (setId: string, version: number) => callApi(ops.deleteQuestionSet, { params: { setId }, query: { version } }),
  /** A set from a JSON or XLSX file; with `replaces`, the next version of that set's family. */
  importFile: (file: Blob, format: QuestionSetFileFormat, replaces?: string) => callApi(ops.importQuestionSet, { query: { format, replaces }, body: file }),
  /** Where the set is downloaded as a file. */
  fileUrl: (setId: string, format: QuestionSetFileFormat) => apiUrl(ops.exportQuestionSet, { params: { setId }, query: { format } }),
};

/** The format of a chosen file by its name; null when neither JSON nor XLSX. */
export function fileFormatOf(name: string): QuestionSetFileFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/** After any change of a set: every read of the sets. */
export const invalidateQuestionSets = (client: QueryClient): Promise<unknown> => client.invalidateQueries({ queryKey: queryKeys.questionSets.all });
