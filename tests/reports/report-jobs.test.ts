import { describe, expect, it } from 'vitest';
import { ReportJobStore, TooManyJobsError, type ReportFile } from '../../src/api/reports/report-jobs.js';
import { averageFigures, missingFigures, scoreFigures } from './expected-figures.js';

const file: ReportFile = { body: Buffer.from('x'), contentType: 'application/pdf', fileName: 'r.pdf' };
const describeFailure = (error: unknown) => ({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the report job store', () => {
  it('records progress forward only, then the file, and keeps jobs to their owner', async () => {
    const store = new ReportJobStore();
    let release: (value: ReportFile) => void = () => undefined;
    const job = store.start('user:a', 'evaluation-1', 'pdf', (progress) => {
      progress('rendering-html', 10);
      progress('printing', 60);
      progress('rendering-html', 35);
      return new Promise<ReportFile>((resolve) => {
        release = resolve;
      });
    }, describeFailure);
    expect(job).toMatchObject({ status: 'queued', progress: 0, file: null });
    await settle();
    expect(store.find(job.id, 'user:a')).toMatchObject({ status: 'running', step: 'printing', progress: 60 });
    expect(store.find(job.id, 'user:b')).toBeNull();
    expect(store.find(job.id, 'anonymous@127.0.0.1')).toBeNull();
    release(file);
    await settle();
    expect(store.find(job.id, 'user:a')).toMatchObject({ status: 'done', step: 'done', progress: 100, file });
  });

  it('records a failure on the job instead of throwing', async () => {
    const store = new ReportJobStore();
    const job = store.start('user:a', 'e', 'docx', async () => {
      throw new Error('the model could not be built');
    }, describeFailure);
    await settle();
    expect(store.find(job.id, 'user:a')).toMatchObject({ status: 'failed', step: 'failed', error: { code: 'internal', message: 'the model could not be built' }, file: null });
  });

  it('forgets finished jobs and their files after the TTL, never unfinished ones', async () => {
    let now = 1_000_000;
    const store = new ReportJobStore({ ttlMs: 15 * 60_000, now: () => now });
    const done = store.start('user:a', 'e', 'docx', async () => file, describeFailure);
    const running = store.start('user:a', 'e', 'pdf', () => new Promise<ReportFile>(() => undefined), describeFailure);
    await settle();
    now += 15 * 60_000 - 1;
    expect(store.find(done.id, 'user:a')?.file).toBe(file);
    now += 1;
    expect(store.find(done.id, 'user:a')).toBeNull();
    now += 60 * 60_000;
    expect(store.find(running.id, 'user:a')).not.toBeNull();
    expect(store.size).toBe(1);
  });

  it('limits how many unfinished jobs one owner may have, and no one else', async () => {
    const store = new ReportJobStore({ maxActivePerOwner: 2 });
    const never = () => new Promise<ReportFile>(() => undefined);
    store.start('user:a', 'e', 'pdf', never, describeFailure);
    store.start('user:a', 'e', 'pdf', never, describeFailure);
    expect(() => store.start('user:a', 'e', 'pdf', never, describeFailure)).toThrow(TooManyJobsError);
    expect(() => store.start('user:b', 'e', 'pdf', never, describeFailure)).not.toThrow();
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
