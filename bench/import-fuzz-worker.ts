/**
 * The import fuzz campaign's worker (bench/import-fuzz.ts): reads documents one after another
 * through the importer's extraction and parsing with its limits, and answers how each ended — a
 * report, a clean ImportError, or anything else (a crash of the importer).
 */
import { parentPort } from 'node:worker_threads';
import { extractText } from '../src/import/extract-text.js';
import { importContext } from '../src/import/fixtures/build-fixtures.js';
import { ImportError } from '../src/import/import-error.js';
import { parseReportText } from '../src/import/parse-report.js';

export type FuzzOutcome = { id: number; outcome: 'report' } | { id: number; outcome: 'import-error'; code: string } | { id: number; outcome: 'crash'; message: string };

// As in the import worker (src/api/imports/import-worker-entry.ts): pdfjs' unhandled leftovers of a broken xref.
process.on('unhandledRejection', () => undefined);

const port = parentPort;
if (!port) throw new Error('import-fuzz-worker runs only as a worker thread');
port.on('message', (document: { id: number; bytes: Uint8Array; file: string }) => {
  void (async (): Promise<FuzzOutcome> => {
    try {
      const text = await extractText(document.bytes, document.file);
      parseReportText(text, importContext(document.file));
      return { id: document.id, outcome: 'report' };
    } catch (error) {
      if (error instanceof ImportError) return { id: document.id, outcome: 'import-error', code: error.code };
      return { id: document.id, outcome: 'crash', message: error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ') : String(error) };
    }
  })().then((outcome) => port.postMessage(outcome));
});
port.postMessage({ ready: true });
