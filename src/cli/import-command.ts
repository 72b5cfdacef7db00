import { readFile, stat } from 'node:fs/promises';
import { cancelImportJob } from '../api/imports/commands.js';
import { importWorkerLimitsOf, parseDocumentInWorker } from '../api/imports/import-worker.js';
import { describeImportFailure, importDocumentBytes } from '../api/imports/run-import.js';
import type { Executor } from '../db/client.js';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { importFilesDryRun } from '../import/dry-run.js';
import { formatBytes, ImportError, MAX_DOCUMENT_BYTES } from '../import/import-error.js';
import { loadReferenceData } from '../reference/load-reference.js';
import type { AppContext } from '../kernel/context.js';

async function readDocument(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ImportError('unreadable', path, 'is a directory, not a file');
    size = info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('unreadable', path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message);
  }
  // Refuse before reading a huge file into memory.
  if (size > MAX_DOCUMENT_BYTES) throw new ImportError('too-large', path, `is too large (${formatBytes(size)}); the limit is ${formatBytes(MAX_DOCUMENT_BYTES)}`);
  return new Uint8Array(await readFile(path));
}

/**
 * `kompass import cancel JOB-ID`: marks the job cancelled; a server running it (on PostgreSQL,
 * where the CLI can share the database) sees that within a second and stops its worker.
 */
export async function cancelImportFromCli(executor: Executor, id: string): Promise<string> {
  // A job that is unknown or already finished fails with the AppError's message (exit code 1).
  const job = await cancelImportJob(executor, null, id);
  return `Import ${job.id} (${job.fileName}) is cancelled; nothing of it is saved.`;
}

/**
 * `kompass import --dry-run`: parses and prints, writes nothing, needs no database. Each document
 * is read in the import worker with its limits, as uploads are.
 */
export async function importDryRun(files: string[], json: boolean): Promise<{ output: string; failed: number }> {
  const context = { catalogue: loadCatalogue(), municipalities: loadReferenceData().municipalities };
  const limits = importWorkerLimitsOf(process.env);
  const results = await importFilesDryRun(files, context, (bytes, file) => parseDocumentInWorker(bytes, file, { ...context, limits }));
  const failed = results.filter((result) => 'error' in result).length;
  if (json) return { output: JSON.stringify(results, null, 2), failed };
  const lines = results.map((result) =>
    'error' in result
      ? `✗ ${result.error.message}`
      : `✓ ${result.file}: ${result.municipality?.name ?? 'unknown municipality'}, ${result.framework}, ${result.fieldwork ?? result.reportDate ?? 'no date'}, ` +
        `total ${result.derivedTotal ?? '–'} (printed ${result.statedTotal ?? '–'}), ${result.discrepancies.length} discrepancies` +
        result.discrepancies.map((discrepancy) => `\n    - ${discrepancy.kind}: ${discrepancy.message}`).join(''),
  );
  return { output: lines.join('\n'), failed };
}

/** `kompass import FILE...`: each file in its own transaction; a failing file does not stop the others. */
export async function importIntoDatabase(
  files: string[],
  context: AppContext,
  json: boolean,
  print: (line: string) => void,
): Promise<{ output: string; failed: number }> {
  const results: unknown[] = [];
  let failed = 0;
  for (const [index, file] of files.entries()) {
    const prefix = `[${index + 1}/${files.length}] ${file}`;
    try {
      const bytes = await readDocument(file);
      const outcome = await importDocumentBytes(
        bytes,
        file,
        { db: context.database.db, catalogue: context.catalogue, municipalities: context.municipalities, importLimits: importWorkerLimitsOf(process.env) },
        'cli:import',
        {
          onStage: (stage) => {
            if (!json) print(`${prefix}: ${stage}…`);
          },
        },
      );
      const created = outcome.saved.filter((saved) => saved.created).length;
      results.push({ file, evaluations: outcome.saved, discrepancies: outcome.report.discrepancies });
      if (!json) {
        print(
          `${prefix}: done — ${created} created, ${outcome.saved.length - created} updated (${outcome.saved.map((saved) => saved.archiveKey).join(', ')}); ` +
            `${outcome.report.discrepancies.length} discrepancies`,
        );
      }
    } catch (error) {
      failed += 1;
      const failure = describeImportFailure(error, file, context.catalogue);
      results.push({ file, error: failure });
      if (!json) print(`${prefix}: failed — ${failure.message}`);
    }
  }
  return { output: json ? JSON.stringify(results, null, 2) : `${files.length - failed} of ${files.length} imported.`, failed };
}
