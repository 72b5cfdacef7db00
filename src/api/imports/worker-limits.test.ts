/**
 * An import can no longer hurt the server: a document that exhausts the import worker's memory
 * fails its job with the reason while the API goes on answering; a job a stopped process left
 * running is marked failed at start, never run again; queued and running jobs can be cancelled
 * (a running one's worker is stopped), and a finished one answers 409.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { importJobs } from '../../db/schema.js';
import { importContext } from '../../import/fixtures/build-fixtures.js';
import { docxBomb } from '../../import/fixtures/bombs.js';
import { DEFAULT_IMPORT_WORKER_LIMITS, parseDocumentInWorker, type ImportWorkerLimits } from './import-worker.js';
import { cancelImportJob } from './commands.js';
import { SerialImportQueue } from './import-queue.js';
import { insertImportJob } from './job-repository.js';

/** Limits that let a Word file of 20 MB empty paragraphs through the ZIP checks, to reach the worker's own limits. */
function relaxed(change: Partial<ImportWorkerLimits>): ImportWorkerLimits {
  const base = DEFAULT_IMPORT_WORKER_LIMITS;
  return { ...base, ...change, extraction: { ...base.extraction, zip: { ...base.extraction.zip, maxTotalBytes: 1e9, maxRatio: 1e9 } } };
}

const slowDocument = docxBomb(20 * 1024 * 1024);

async function upload(client: Client, name: string, body: Uint8Array) {
  const response = await client.request({
    method: 'POST',
    url: `/api/imports?filename=${encodeURIComponent(name)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: Buffer.from(body),
  });
  expect(response.statusCode).toBe(202);
  return response.json().job as { id: string };
}

const jobOf = async (client: Client, id: string) => (await client.request({ method: 'GET', url: `/api/imports/${id}` })).json();

async function waitFor(client: Client, id: string, statuses: string[]) {
  for (;;) {
    const job = await jobOf(client, id);
    if (statuses.includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the import worker alone', () => {
  it('is stopped at its time limit', async () => {
    const context = importContext('slow.docx');
    const failure = await parseDocumentInWorker(slowDocument, 'slow.docx', { ...context, limits: relaxed({ timeoutMs: 300 }) }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'timed-out', message: 'slow.docx: reading the document took longer than 0.3 s; the import was stopped' });
  });

  it('is stopped when cancelled', async () => {
    const abort = new AbortController();
    const running = parseDocumentInWorker(slowDocument, 'slow.docx', { ...importContext('slow.docx'), limits: relaxed({}), signal: abort.signal });
    setTimeout(() => abort.abort(), 100);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe(`imports in the app (${testEngine})`, () => {
  let world: TestWorld;
  let admin: Client;
  beforeAll(async () => {
    world = await createTestWorld({ importLimits: relaxed({ heapMb: 1024, timeoutMs: 120_000 }) });
    admin = await signedInAs(world, 'admin');
  });
  afterAll(async () => world?.close());

  /** A queue of its own over the app's database, as another process (or a restart) has. */
  const queueWith = (limits: ImportWorkerLimits) =>
    new SerialImportQueue({ db: world.context.database.db, catalogue: world.context.catalogue, municipalities: world.context.municipalities, importLimits: limits });

  it('a worker out of memory fails its job with the reason while the API goes on answering', async () => {
    const queue = queueWith(relaxed({ heapMb: 48 }));
    const { db } = world.context.database;
    const { id } = await insertImportJob(db, { fileName: 'expands.docx', content: slowDocument, contentHash: '0'.repeat(64), actor: 'test' });
    queue.enqueue(id);
    await waitFor(admin, id, ['running']);
    // Answered while the worker still reads the document: the server's thread is free.
    const health = await admin.request({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect((await jobOf(admin, id)).status).toBe('running');
    await queue.idle();
    const job = await jobOf(admin, id);
    expect(job).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'out-of-memory' } });
    expect(job.error.message).toBe('expands.docx: reading the document needed more than 48 MB of memory; the import was stopped; nothing was saved');
  });

  it('at start, a job left running is failed and not retried; a queued one runs', async () => {
    const { db } = world.context.database;
    const stuck = await insertImportJob(db, { fileName: 'stopped-the-server.docx', content: slowDocument, contentHash: '0'.repeat(64), actor: 'test' });
    await db.update(importJobs).set({ status: 'running', stage: 'extracting', attempts: 1 }).where(eq(importJobs.id, stuck.id));
    const waiting = await insertImportJob(db, { fileName: 'list.txt', content: new TextEncoder().encode('Inköpslista\n- mjölk\n'), contentHash: '1'.repeat(64), actor: 'test' });
    const restarted = queueWith(relaxed({}));
    await restarted.resume();
    await restarted.idle();
    // Like a process that stops: it takes no more jobs (the app's own queue runs the later tests').
    await restarted.stop();
    expect(await jobOf(admin, stuck.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: { code: 'interrupted', message: 'stopped-the-server.docx: the import stopped the server; it was not retried' },
    });
    expect(await jobOf(admin, waiting.id)).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'not-a-report' } });
  });

  const cancel = (id: string) => admin.request({ method: 'POST', url: `/api/imports/${id}/cancel` });

  it('cancels a queued and a running job; the running one\'s worker stops at once', async () => {
    const running = await upload(admin, 'slow.docx', slowDocument);
    const queued = await upload(admin, 'next.docx', slowDocument);
    await waitFor(admin, running.id, ['running']);

    const cancelQueued = await cancel(queued.id);
    expect(cancelQueued.statusCode).toBe(200);
    expect(cancelQueued.json().job).toMatchObject({ id: queued.id, status: 'cancelled', stage: 'cancelled', attempts: 0 });

    const cancelRunning = await cancel(running.id);
    expect(cancelRunning.statusCode).toBe(200);
    expect(cancelRunning.json().job).toMatchObject({ id: running.id, status: 'cancelled', attempts: 1 });
    // The queue is free again: the worker was terminated, the queued job never starts.
    await world.context.importQueue.idle();
    expect(await jobOf(admin, running.id)).toMatchObject({ status: 'cancelled', error: null, evaluationIds: [] });
    expect(await jobOf(admin, queued.id)).toMatchObject({ status: 'cancelled', attempts: 0 });
  });

  it('stops a running job cancelled by another process (the CLI) when it next looks', async () => {
    const running = await upload(admin, 'slow.docx', slowDocument);
    await waitFor(admin, running.id, ['running']);
    // As `kompass import cancel` does it: the status only, without this process's queue.
    await cancelImportJob(world.context.database.db, null, running.id);
    await world.context.importQueue.idle();
    expect(await jobOf(admin, running.id)).toMatchObject({ status: 'cancelled', attempts: 1, evaluationIds: [] });
  });

  it('answers 409 for a job that has finished, 404 for an unknown one', async () => {
    const { id } = await upload(admin, 'list.txt', new TextEncoder().encode('Inköpslista\n- mjölk\n'));
    await world.context.importQueue.idle();
    const late = await cancel(id);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'conflict', status: 'failed' });
    expect(late.json().error.message).toMatch(/has already finished \(failed\); only queued and running imports can be cancelled/);
    expect((await cancel('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('is for administrators only', async () => {
    const evaluator = await signedInAs(world, 'evaluator');
    expect((await evaluator.request({ method: 'POST', url: '/api/imports/00000000-0000-4000-8000-000000000000/cancel' })).statusCode).toBe(403);
  });
});
