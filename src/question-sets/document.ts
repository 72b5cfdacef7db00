/**
 * A question set as a file (JSON or XLSX): what the file holds, and how a file's problems are
 * named — a JSON path (`content.sections.0.questions.2.type`) or a cell (`Frågor!F12`).
 */
import type { z } from 'zod';
import { createQuestionSetSchema, type CreateQuestionSetInput } from '../contract/question-sets.js';
import type { FileProblem } from '../kernel/json-file.js';

export const QUESTION_SET_FILE_FORMAT = 'kompass-question-set';
export const QUESTION_SET_FILE_FORMAT_VERSION = 1;

/** What a file carries: the model version, the language, the title, the description and the content. */
export type QuestionSetDocument = CreateQuestionSetInput;

/** One problem of a file: where (a JSON path or a cell) and what. */
export type { FileProblem };

/** A file read: the set it holds, or its problems; `locate` turns a path into the set into where it is in the file. */
export type ReadResult = { ok: true; document: QuestionSetDocument; locate: (path: string) => string } | { ok: false; problems: FileProblem[] };

/** Checks the fields of a set read from a file, naming each problem through `locate`. */
export function checkDocument(raw: unknown, locate: (path: string) => string): ReadResult {
  const parsed = createQuestionSetSchema.safeParse(raw);
  if (parsed.success) return { ok: true, document: parsed.data, locate };
  return { ok: false, problems: issueProblems(parsed.error, locate) };
}

function issueProblems(error: z.ZodError, locate: (path: string) => string): FileProblem[] {
  return error.issues.map((issue) => ({ field: locate(issue.path.map(String).join('.')), message: issue.message }));
}

/** The fields of a document in the order a file shows them. */
export const documentOf = (set: QuestionSetDocument): QuestionSetDocument => ({
  frameworkId: set.frameworkId,
  language: set.language,
  title: set.title,
  description: set.description,
  content: set.content,
});
