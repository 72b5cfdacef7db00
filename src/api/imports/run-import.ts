import type { Database } from '../../db/client.js';
import type { Catalogue } from '../../domain/framework.js';
import type { MunicipalityRef } from '../../domain/municipality.js';
import type { Executor } from '../../db/client.js';
import { ImportError } from '../../import/import-error.js';
import type { ParsedReport } from '../../import/types.js';
import { refusalOfDatabaseError } from '../../kernel/complete-scores-refusal.js';
import { AppError, type ImportJobFailureCode } from '../../kernel/errors.js';
import { toArchiveEvaluations } from './archive-input.js';
import { ImportWorkerFailure, parseDocumentInWorker, type ImportWorkerLimits } from './import-worker.js';
import { saveArchivedEvaluation, type SavedEvaluation } from './save-archive.js';

export interface ImportContext {
  db: Database;
  catalogue: Catalogue;
  municipalities: readonly MunicipalityRef[];
  /** The import worker's memory, time and expansion limits; the defaults when absent. */
  importLimits?: ImportWorkerLimits;
}

export interface ImportRunOptions {
  /** Called before each stage, for progress reporting. */
  onStage?: (stage: ImportStage) => Promise<void> | void;
  /** Aborting stops the worker (cancelling the job). */
  signal?: AbortSignal;
  /**
   * Runs in the transaction that saves the evaluations, after them (the job's own status): what
   * it throws rolls the saves back.
   */
  beforeCommit?: (tx: Executor, outcome: ImportOutcome) => Promise<void>;
}

export type ImportStage = 'extracting' | 'parsing' | 'saving';

export interface ImportOutcome {
  report: ParsedReport;
  saved: SavedEvaluation[];
}

/**
 * Imports one document: text extraction and parsing in a worker thread with memory and time
 * limits (`import-worker.ts`), then every evaluation it holds saved in ONE transaction, so a
 * failure leaves nothing half-written. Used by the CLI and the upload jobs.
 */
export async function importDocumentBytes(
  bytes: Uint8Array,
  file: string,
  context: ImportContext,
  actor: string,
  options: ImportRunOptions = {},
): Promise<ImportOutcome> {
  const onStage = options.onStage ?? (() => undefined);
  await onStage('extracting');
  let parsing: Promise<void> | void = undefined;
  const report = await parseDocumentInWorker(bytes, file, {
    catalogue: context.catalogue,
    municipalities: context.municipalities,
    limits: context.importLimits,
    signal: options.signal,
    onParsing: () => {
      parsing = onStage('parsing');
    },
  });
  await parsing;
  if (!report.municipality) throw new ImportError('unknown-municipality', file, 'names no Swedish municipality that Kompass can match');
  const inputs = toArchiveEvaluations(report);
  await onStage('saving');
  const saved = await context.db.transaction(async (tx) => {
    const results: SavedEvaluation[] = [];
    for (const input of inputs) results.push(await saveArchivedEvaluation(tx, context.catalogue, input, file, actor));
    await options.beforeCommit?.(tx, { report, saved: results });
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
  if (error instanceof ImportWorkerFailure && error.code !== 'cancelled') return { code: error.code, message: `${error.message}; nothing was saved` };
  const refusal = refusalOfDatabaseError(error, catalogue);
  if (refusal instanceof AppError) return { code: 'missing-scores', message: `${file}: ${refusal.message}; nothing was saved` };
  return { code: 'internal', message: `${file}: an internal error stopped the import; nothing was saved` };
}
