import type { Database } from '../../db/client.js';
import type { Catalogue } from '../../domain/framework.js';
import type { MunicipalityRef } from '../../domain/municipality.js';
import { extractText } from '../../import/extract-text.js';
import { ImportError } from '../../import/import-error.js';
import { parseReportText } from '../../import/parse-report.js';
import type { ParsedReport } from '../../import/types.js';
import { refusalOfDatabaseError } from '../../kernel/complete-scores-refusal.js';
import { AppError, type ImportJobFailureCode } from '../../kernel/errors.js';
import { toArchiveEvaluations } from './archive-input.js';
import { saveArchivedEvaluation, type SavedEvaluation } from './save-archive.js';

export interface ImportContext {
  db: Database;
  catalogue: Catalogue;
  municipalities: readonly MunicipalityRef[];
}

export type ImportStage = 'extracting' | 'parsing' | 'saving';

export interface ImportOutcome {
  report: ParsedReport;
  saved: SavedEvaluation[];
}

/**
 * Imports one document: text extraction, parsing, and every evaluation it holds saved in ONE
 * transaction, so a failure leaves nothing half-written. Used by the CLI and the upload jobs.
 * @param onStage called before each stage, for progress reporting
 */
export async function importDocumentBytes(
  bytes: Uint8Array,
  file: string,
  context: ImportContext,
  actor: string,
  onStage: (stage: ImportStage) => Promise<void> | void = () => undefined,
): Promise<ImportOutcome> {
  await onStage('extracting');
  const text = await extractText(bytes, file);
  await onStage('parsing');
  const report = parseReportText(text, { catalogue: context.catalogue, municipalities: context.municipalities, file });
  if (!report.municipality) throw new ImportError('unknown-municipality', file, 'names no Swedish municipality that Kompass can match');
  const inputs = toArchiveEvaluations(report);
  await onStage('saving');
  const saved = await context.db.transaction(async (tx) => {
    const results: SavedEvaluation[] = [];
    for (const input of inputs) results.push(await saveArchivedEvaluation(tx, context.catalogue, input, file, actor));
    return results;
  });
  return { report, saved };
}

/**
 * The error a failed import reports: ImportErrors as they are, the database's refusal of an
 * incomplete evaluation with the units it names, anything else as internal.
 */
export function describeImportFailure(error: unknown, file: string, catalogue?: Catalogue): { code: ImportJobFailureCode; message: string } {
  if (error instanceof ImportError) return { code: error.code, message: error.message };
  const refusal = refusalOfDatabaseError(error, catalogue);
  if (refusal instanceof AppError) return { code: 'missing-scores', message: `${file}: ${refusal.message}; nothing was saved` };
  return { code: 'internal', message: `${file}: an internal error stopped the import; nothing was saved` };
}
