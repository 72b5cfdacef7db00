/**
 * The import worker's side (a worker thread started by `import-worker.ts`): extracts the text of
 * one document and parses it, reporting the stage and then the report or the ImportError. It runs
 * under the thread's memory limit and is terminated when it takes too long or is cancelled, so
 * no document can exhaust or block the server.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractText } from '../../import/extract-text.js';
import { ImportError } from '../../import/import-error.js';
import { parseReportText } from '../../import/parse-report.js';
import type { WorkerReply, WorkerRequest } from './import-worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('import-worker-entry runs only as a worker thread');
const request = workerData as WorkerRequest;
const send = (reply: WorkerReply) => port.postMessage(reply);

// pdfjs leaves some of its own promises rejected and unhandled when a PDF's cross-reference table
// is broken (found by the import fuzz campaign); the document's own promise fails or finishes on
// its own, so such a leftover must not stop the worker (the time limit still applies).
process.on('unhandledRejection', () => undefined);

async function run(): Promise<void> {
  try {
    const text = await extractText(request.bytes, request.file, request.limits);
    send({ type: 'stage', stage: 'parsing' });
    const report = parseReportText(text, { catalogue: request.catalogue, municipalities: request.municipalities, file: request.file });
    send({ type: 'done', report });
  } catch (error) {
    if (error instanceof ImportError) send({ type: 'import-error', code: error.code, file: error.file, message: error.message });
    else send({ type: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

void run();
