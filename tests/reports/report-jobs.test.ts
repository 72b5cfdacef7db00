/**
 * Report jobs in the database: claimed under a lease by any process, progress forward only,
 * retries after a growing pause for failures that may pass, then the dead letter; abandoned jobs
 * taken over or failed as interrupted; finished ones tidied away.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimReportJob, findReportJob, insertReportJob, readReportFile, tidyReportJobs } from '../../src/api/reports/job-repository.js';
import { createReportJobLoop, retryDelayMs } from '../../src/api/reports/report-job-runner.js';
import type { ReportProducer } from '../../src/api/reports/produce-report.js';
import type { JobProgress } from '../../src/api/reports/report-jobs.js';
import { toReportOptions } from '../../src/api/reports/report-options.js';
import { reportOptionsQuerySchema } from '../../src/contract/reports.js';
import { reportJobs } from '../../src/db/schema.js';
import { AppError } from '../../src/kernel/errors.js';
import { DEFAULT_REPORT_JOB_SETTINGS } from '../../src/kernel/job-settings.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';
import { averageFigures, missingFigures, scoreFigures } from './expected-figures.js';

let world: TestWorld;
let evaluationId: string;
const options = toReportOptions(reportOptionsQuerySchema.parse({ language: 'en', include: 'national', evaluators: ['A', 'B'], date: '2026-05-04' }));
const settings = { ...DEFAULT_REPORT_JOB_SETTINGS, retryBaseMs: 50, pollMs: 20 };

/** A producer whose work the test decides: each call takes the next outcome. */
function producerOf(outcomes: Array<(progress: JobProgress) => Promise<Buffer>>): ReportProducer & { calls: number } {
  const producer = {
    calls: 0,
    async file(_id: string, format: 'docx' | 'pdf', _options: unknown, _reader: unknown, progress: JobProgress) {
      const outcome = outcomes[Math.min(producer.calls, outcomes.length - 1)]!;
      producer.calls += 1;
      return { body: await outcome(progress), contentType: 'application/pdf', fileName: `r.${format}` };
    },
  };
  return producer as unknown as ReportProducer & { calls: number };
}

const newJob = (format: 'docx' | 'pdf' = 'pdf') =>
  insertReportJob(world.context.database.db, { owner: 'user:test', readerUserId: null, evaluationId, format, options, maxAttempts: 3 });

async function settled(id: string) {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const job = await findReportJob(world.context.database.db, id);
    if (job && (job.status === 'done' || job.status === 'failed')) return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${id} did not settle`);
}

beforeAll(async () => {
  // The app's own job loop must not take the jobs these tests run with their own loops.
  world = await createTestWorld({ demo: true, reportJobs: { pollMs: 3_600_000 } });
  evaluationId = world.demoIds[0]!;
});
afterAll(async () => world?.close());

describe('report jobs in the database', () => {
  it('keep the report options as the API parsed them', async () => {
    const job = await newJob();
    const [row] = await world.context.database.db.select({ options: reportJobs.options }).from(reportJobs).where(eq(reportJobs.id, job.id));
    expect(row?.options).toEqual(options);
    await world.context.database.db.delete(reportJobs).where(eq(reportJobs.id, job.id));
  });

  it('are claimed once, under a lease; an abandoned one is taken over while attempts are left', async () => {
    const { db } = world.context.database;
    const job = await newJob();
    const first = await claimReportJob(db, 'worker-a', 30_000);
    expect(first).toMatchObject({ id: job.id, attempts: 1, options });
    expect(await claimReportJob(db, 'worker-b', 30_000)).toBeNull();
    // worker-a stops without a word: once its lease has run out another process takes the job over.
    await db.update(reportJobs).set({ leaseUntil: sql`now() - interval '1 second'` }).where(eq(reportJobs.id, job.id));
    expect(await claimReportJob(db, 'worker-b', 30_000)).toMatchObject({ id: job.id, attempts: 2 });
    // With no attempt left, the housekeeping fails it as interrupted.
    await db.update(reportJobs).set({ attempts: 3, leaseUntil: sql`now() - interval '1 second'` }).where(eq(reportJobs.id, job.id));
    expect(await claimReportJob(db, 'worker-c', 30_000)).toBeNull();
    await tidyReportJobs(db, 60_000);
    expect(await findReportJob(db, job.id)).toMatchObject({ status: 'failed', error: { code: 'interrupted' } });
  });

  it('record progress forward only, then store the file for any process to serve', async () => {
    const job = await newJob();
    const producer = producerOf([
      async (progress) => {
        progress('rendering-html', 10);
        progress('printing', 60);
        progress('rendering-html', 35);
        return Buffer.from('%PDF-1.7 test');
      },
    ]);
    const loop = createReportJobLoop(world.context, producer, settings);
    loop.wake();
    const done = await settled(job.id);
    await loop.stop();
    expect(done).toMatchObject({ status: 'done', step: 'done', progress: 100, attempts: 1, error: null });
    const file = await readReportFile(world.context.database.db, job.id);
    expect(Buffer.from(file!.body).toString()).toBe('%PDF-1.7 test');
  });

  it('retry a failure that may pass after a growing pause, then keep the last error (the dead letter)', async () => {
    expect(retryDelayMs({ code: 'internal', message: '' }, 1, settings)).toBe(50);
    expect(retryDelayMs({ code: 'internal', message: '' }, 2, settings)).toBe(200);
    expect(retryDelayMs({ code: 'internal', message: '' }, 3, settings)).toBeNull();
    expect(retryDelayMs({ code: 'pdf_unavailable', message: '', reason: 'missing' }, 1, settings)).toBeNull();
    expect(retryDelayMs({ code: 'not_found', message: '' }, 1, settings)).toBeNull();

    const job = await newJob();
    const producer = producerOf([
      async () => {
        throw new Error('a passing hiccup');
      },
    ]);
    const loop = createReportJobLoop(world.context, producer, settings);
    loop.start();
    const failed = await settled(job.id);
    await loop.stop();
    expect(producer.calls).toBe(3);
    expect(failed).toMatchObject({ status: 'failed', step: 'failed', attempts: 3, error: { code: 'internal' } });
  });

  it('succeed on a retry after a failed attempt, and fail at once on a refusal', async () => {
    const retried = await newJob();
    const producer = producerOf([
      async () => {
        throw new Error('once');
      },
      async () => Buffer.from('ok'),
    ]);
    const loop = createReportJobLoop(world.context, producer, settings);
    loop.start();
    expect(await settled(retried.id)).toMatchObject({ status: 'done', attempts: 2, error: null });

    const refused = await newJob();
    const refusing = producerOf([
      async () => {
        throw new AppError('not_found', 'Evaluation gone');
      },
    ]);
    const second = createReportJobLoop(world.context, refusing, settings);
    await loop.stop();
    second.wake();
    expect(await settled(refused.id)).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'not_found', message: 'Evaluation gone' } });
    await second.stop();
  });

  it('are tidied away once finished for longer than they are kept', async () => {
    const { db } = world.context.database;
    const job = await newJob();
    await db.update(reportJobs).set({ status: 'done', finishedAt: sql`now() - interval '16 minutes'` }).where(eq(reportJobs.id, job.id));
    const fresh = await newJob();
    await tidyReportJobs(db, 15 * 60_000);
    expect(await findReportJob(db, job.id)).toBeNull();
    expect(await findReportJob(db, fresh.id)).not.toBeNull();
  });
});

describe('the figure check', () => {
  const detail = {
    total: { shown: 552, max: 800, percent: 69 },
    areas: [
      {
        code: '1',
        title: 'Offentlighet och demokrati',
        shown: 74,
        max: 100,
        percent: 74,
        subareas: [
          { code: '1.1', title: 'Plan för demokrati', shown: 11, max: 15, percent: 73 },
          { code: '1.2', title: 'Information', shown: null, max: 20, percent: null },
        ],
      },
    ],
  } as never;
  const comparison = { national: { n: 12, total: { mean: 512.44, n: 12 }, areas: [{ code: '1', average: { mean: 61.25, n: 12 } }] }, history: [] } as never;
  const good = [
    '1.1 Plan för demokrati\t11\t15\t73\u00a0%',
    '1.2 Information – 20 –',
    '1 Offentlighet och demokrati 74 100 74 %',
    'Totalt 552 800 69 %',
    'Offentlighet och demokrati 74 61,3 12 (n\u00a0=\u00a012)',
    'Totalt 552 512,4 12',
  ].join('\n');

  it('finds every figure in their rows', () => {
    expect(missingFigures(good, [...scoreFigures(detail), ...averageFigures(detail, comparison)])).toEqual([]);
  });

  it('names a figure that is wrong, missing or in another row', () => {
    expect(missingFigures(good.replace('\t11\t', '\t12\t'), scoreFigures(detail))).toEqual(['sub-area 1.1: 11 of 15 (73 %)']);
    expect(missingFigures(good.replace('61,3', '61,2'), averageFigures(detail, comparison))).toEqual(['national average of area 1: 61.3 (n = 12)']);
    expect(missingFigures(good.replace('Totalt 552 800 69 %', 'Totalt 552 800 70 %'), scoreFigures(detail))).toEqual(['total: 552 of 800 (69 %)']);
    expect(missingFigures(good.replace('1.1 Plan för demokrati', '1.3 Plan för demokrati'), scoreFigures(detail))).toEqual(['sub-area 1.1: 11 of 15 (73 %)']);
  });
});
