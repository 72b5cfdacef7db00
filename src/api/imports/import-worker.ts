/**
 * Runs the extraction and parsing of one document in a worker thread of its own, with a memory
 * limit (`resourceLimits`) and a wall-clock limit, so that a document built to exhaust memory or
 * to take minutes fails its import with a reason instead of stopping or blocking the server.
 * One worker per document: a failed or cancelled one is terminated and never reused.
 *
 * The worker's entry is `import-worker-entry.js` beside this module in the built server
 * (dist/app); under the tests and tsx, where this module is TypeScript, the worker loads the
 * TypeScript entry through tsx.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Catalogue } from '../../domain/framework.js';
import type { MunicipalityRef } from '../../domain/municipality.js';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from '../../import/extract-text.js';
import { ImportError } from '../../import/import-error.js';
import type { ParsedReport } from '../../import/types.js';
import type { WorkerReply, WorkerRequest } from './import-worker-protocol.js';

export interface ImportWorkerLimits {
  /** Wall-clock time the worker may take, in milliseconds. */
  timeoutMs: number;
  /** The worker's heap limit (old generation), in megabytes. */
  heapMb: number;
  /** How far a document may expand while it is read. */
  extraction: ExtractionLimits;
}

export const DEFAULT_IMPORT_WORKER_LIMITS: ImportWorkerLimits = {
  timeoutMs: 60_000,
  heapMb: 384,
  extraction: DEFAULT_EXTRACTION_LIMITS,
};

/** The limits from the environment: KOMPASS_IMPORT_TIMEOUT_SECONDS and KOMPASS_IMPORT_HEAP_MB. */
export function importWorkerLimitsOf(env: NodeJS.ProcessEnv): ImportWorkerLimits {
  const positive = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
    return value;
  };
  return {
    ...DEFAULT_IMPORT_WORKER_LIMITS,
    timeoutMs: positive('KOMPASS_IMPORT_TIMEOUT_SECONDS', DEFAULT_IMPORT_WORKER_LIMITS.timeoutMs / 1000) * 1000,
    heapMb: positive('KOMPASS_IMPORT_HEAP_MB', DEFAULT_IMPORT_WORKER_LIMITS.heapMb),
  };
}

/** Why a worker stopped without an answer. */
export type WorkerFailureCode = 'out-of-memory' | 'timed-out' | 'cancelled' | 'internal';

/** The worker stopped without a report or an ImportError: out of memory or time, cancelled, or crashed. */
export class ImportWorkerFailure extends Error {
  constructor(
    readonly code: WorkerFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportWorkerFailure';
  }
}

const ENTRY = new URL(`./import-worker-entry${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

function startWorker(request: WorkerRequest, heapMb: number): Worker {
  const options = { workerData: request, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, heapMb / 8)) } };
  if (ENTRY.pathname.endsWith('.js')) return new Worker(ENTRY, options);
  // TypeScript sources (tests, tsx): register tsx in the worker first, then load the entry.
  // The package's ES module entry of tsx/esm/api (require.resolve would give the CommonJS one).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); })`;
  return new Worker(code, { ...options, eval: true });
}

export interface ImportWorkerRun {
  catalogue: Catalogue;
  municipalities: readonly MunicipalityRef[];
  limits?: ImportWorkerLimits;
  /** Aborting terminates the worker; the run fails with `cancelled`. */
  signal?: AbortSignal;
  /** Called when the worker moves from extraction to parsing. */
  onParsing?: () => void;
}

/**
 * Extracts and parses one document in its own worker. Resolves with the parsed report; rejects
 * with the document's ImportError, or with ImportWorkerFailure when the worker ran out of memory
 * or time, was cancelled or crashed. The worker is always gone when the promise settles.
 */
export function parseDocumentInWorker(bytes: Uint8Array, file: string, run: ImportWorkerRun): Promise<ParsedReport> {
  const limits = run.limits ?? DEFAULT_IMPORT_WORKER_LIMITS;
  return new Promise<ParsedReport>((resolve, reject) => {
    if (run.signal?.aborted) {
      reject(new ImportWorkerFailure('cancelled', `${file}: the import was cancelled`));
      return;
    }
    const worker = startWorker({ bytes, file, catalogue: run.catalogue, municipalities: run.municipalities, limits: limits.extraction }, limits.heapMb);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const fail = (code: WorkerFailureCode, message: string) => finish(() => reject(new ImportWorkerFailure(code, message)));
    const timer = setTimeout(
      () => fail('timed-out', `${file}: reading the document took longer than ${Math.round(limits.timeoutMs / 100) / 10} s; the import was stopped`),
      limits.timeoutMs,
    );
    const onAbort = () => fail('cancelled', `${file}: the import was cancelled`);
    run.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'stage') run.onParsing?.();
      else if (reply.type === 'done') finish(() => resolve(reply.report));
      else if (reply.type === 'import-error') finish(() => reject(new ImportError(reply.code, reply.file, reply.message.slice(reply.file.length + 2))));
      else fail('internal', `${file}: the import worker failed: ${reply.message.split('\n')[0]}`);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        fail('out-of-memory', `${file}: reading the document needed more than ${limits.heapMb} MB of memory; the import was stopped`);
      } else {
        fail('internal', `${file}: the import worker failed: ${error.message}`);
      }
    });
    worker.on('exit', (exitCode) => fail('internal', `${file}: the import worker stopped unexpectedly (exit code ${exitCode})`));
  });
}
