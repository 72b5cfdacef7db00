/**
 * `kompass import --dry-run --json FILE...`: reads, extracts and parses each file and returns
 * what would be imported, one JSON-serialisable entry per file, without writing anything.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Catalogue } from '../domain/framework.js';
import type { MunicipalityRef } from '../domain/municipality.js';
import { extractText } from './extract-text.js';
import { formatBytes, ImportError, MAX_DOCUMENT_BYTES } from './import-error.js';
import { parseReportText } from './parse-report.js';
import type { FailedImport, ParsedReport } from './types.js';

export interface DryRunContext {
  catalogue: Catalogue;
  municipalities: readonly MunicipalityRef[];
}

/** Imports one document's bytes (the web upload path uses this directly). */
async function importDocument(bytes: Uint8Array, file: string, context: DryRunContext): Promise<ParsedReport> {
  const text = await extractText(bytes, file);
  return parseReportText(text, { ...context, file });
}

/** Reads one document's bytes into a report: in this thread, or (the CLI) in the import worker. */
export type ReadDocument = (bytes: Uint8Array, file: string) => Promise<ParsedReport>;

function failure(file: string, error: unknown): FailedImport {
  if (error instanceof ImportError) return { file, error: { code: error.code, message: error.message } };
  // The import worker stopped (out of memory or time): its code and message say why.
  if (error instanceof Error && error.name === 'ImportWorkerFailure') return { file, error: { code: String((error as { code?: unknown }).code), message: error.message } };
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return { file, error: { code: 'unreadable', message: `${file}: no such file` } };
  if (code === 'EISDIR') return { file, error: { code: 'unreadable', message: `${file}: is a directory, not a file` } };
  if (code === 'EACCES' || code === 'EPERM') return { file, error: { code: 'unreadable', message: `${file}: permission denied` } };
  // Anything else is a bug in the importer; report it instead of losing the other files.
  const message = error instanceof Error ? error.message : String(error);
  return { file, error: { code: 'internal', message: `${file}: internal error while importing: ${message}` } };
}

/** Parses every file; a failing file gives an error entry and does not stop the others. */
export async function importFilesDryRun(
  paths: readonly string[],
  context: DryRunContext,
  read: ReadDocument = (bytes, file) => importDocument(bytes, file, context),
): Promise<Array<ParsedReport | FailedImport>> {
  const results: Array<ParsedReport | FailedImport> = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      // Refuse before reading a huge file into memory.
      if (info.size > MAX_DOCUMENT_BYTES) {
        throw new ImportError('too-large', path, `is too large (${formatBytes(info.size)}); the limit is ${formatBytes(MAX_DOCUMENT_BYTES)}`);
      }
      results.push(await read(new Uint8Array(await readFile(path)), path));
    } catch (error) {
      results.push(failure(path, error));
    }
  }
  return results;
}
