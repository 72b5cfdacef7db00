/**
 * A question set to and from a file: the export (JSON or XLSX) and the import, which reads the
 * file, names each problem by JSON path or cell, and writes the set as a new family or as the next
 * version of the family it replaces.
 */
import type { Database } from '../../db/client.js';
import type { QuestionSetFileFormat, QuestionSetView } from '../../contract/question-sets.js';
import type { Catalogue } from '../../domain/framework.js';
import { AppError } from '../../kernel/errors.js';
import { documentOf, type FileProblem, type QuestionSetDocument } from '../../question-sets/document.js';
import { questionSetToJson, readQuestionSetJson } from '../../question-sets/json-format.js';
import { questionSetToXlsx, readQuestionSetXlsx } from '../../question-sets/xlsx-format.js';
import { createQuestionSet, questionSetContentProblems } from './commands.js';
import { requireQuestionSetRow } from './queries.js';

export interface QuestionSetFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<QuestionSetFileFormat, string> = {
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file name from the set's title: letters and digits kept, the rest as '-'. */
function baseName(title: string, versionNo: number): string {
  const slug = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'fragor'}-v${versionNo}`;
}

export async function exportQuestionSetFile(db: Database, id: string, format: QuestionSetFileFormat): Promise<QuestionSetFile> {
  const row = await requireQuestionSetRow(db, id);
  const document: QuestionSetDocument = documentOf(row);
  const body = format === 'json' ? Buffer.from(questionSetToJson(document), 'utf8') : questionSetToXlsx(document);
  return { fileName: `${baseName(row.title, row.versionNo)}.${format}`, contentType: CONTENT_TYPES[format], body };
}

function refuseFile(problems: readonly FileProblem[]): never {
  const shown = problems.slice(0, 5).map((problem) => `${problem.field}: ${problem.message}`);
  throw new AppError('validation', `The file cannot be imported: ${shown.join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`, [...problems]);
}

/** Makes a set of the file; `replaces` makes it the next version of that set's family. */
export async function importQuestionSetFile(
  db: Database,
  catalogue: Catalogue,
  bytes: Uint8Array,
  format: QuestionSetFileFormat,
  replaces: string | undefined,
  actor: string,
): Promise<QuestionSetView> {
  const read = format === 'json' ? readQuestionSetJson(bytes) : await readQuestionSetXlsx(bytes);
  if (!read.ok) refuseFile(read.problems);
  const problems = questionSetContentProblems(catalogue, read.document.frameworkId, read.document.content);
  if (problems.length > 0) refuseFile(problems.map((problem) => ({ field: read.locate(problem.field), message: problem.message })));
  return createQuestionSet(db, catalogue, read.document, actor, { ...(replaces === undefined ? {} : { replaces }), action: 'question-set.import' });
}
