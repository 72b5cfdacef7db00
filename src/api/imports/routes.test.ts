import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { readSeed, SEEDS_AVAILABLE, seedToDocx } from '../../import/fixtures/build-fixtures.js';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';

let world: TestWorld;
let admin: Client;
beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
});
afterAll(async () => world?.close());

async function upload(name: string, body: string | Uint8Array) {
  return admin.request({
    method: 'POST',
    url: `/api/imports?filename=${encodeURIComponent(name)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body),
  });
}

/** Uploads and waits for the job to finish; returns the finished job with its report. */
async function importAndWait(name: string, body: string | Uint8Array) {
  const response = await upload(name, body);
  expect(response.statusCode).toBe(202);
  const { job } = response.json();
  expect(job).toMatchObject({ fileName: name, status: 'queued', progress: 0 });
  await world.context.importQueue.idle();
  return (await admin.request({ method: 'GET', url: `/api/imports/${job.id}` })).json();
}

const evaluationsOf = async (code: string) => (await admin.request({ method: 'GET', url: `/api/evaluations?municipality=${code}` })).json();

describe.skipIf(!SEEDS_AVAILABLE)(`import uploads (${testEngine})`, () => {
  it('imports a text report as a job and stores figures, texts and the import report', async () => {
    const job = await importAndWait('leksand-2023.txt', readSeed('leksand-2023.txt'));
    expect(job).toMatchObject({ status: 'done', stage: 'done', progress: 100, error: null });
    expect(job.summary).toMatchObject({ municipality: { id: 'se-2029', code: '2029' }, framework: 'kommunkompassen-2020', statedTotal: 412, derivedTotal: 412, discrepancyCount: 4 });
    expect(job.evaluationIds).toHaveLength(1);
    const evaluation = (await admin.request({ method: 'GET', url: `/api/evaluations/${job.evaluationIds[0]}` })).json();
    expect(evaluation).toMatchObject({ status: 'published', origin: 'archive', statedOrdinal: 1, interviewees: 40, total: { shown: 412 } });
    expect(evaluation.published.chapterScores).toMatchObject({ 4: '47', 5: '51', 6: '47', 8: '52' });
    expect(evaluation.differences.map((difference: { kind: string; area: string }) => `${difference.kind}:${difference.area}`)).toEqual([
      'chapter-vs-table:4',
      'chapter-vs-table:5',
      'chapter-vs-table:6',
      'chapter-vs-table:8',
    ]);
    expect(evaluation.areas[0].strengths.length).toBeGreaterThan(0);
    expect(evaluation.areas[0].improvements.length).toBeGreaterThan(0);
    expect(evaluation.importReport.discrepancies).toHaveLength(4);
  });

  it('does not create a second evaluation when the same report is imported again, even as Word', async () => {
    const first = await importAndWait('olofstrom-2022.txt', readSeed('olofstrom-2022.txt'));
    const again = await importAndWait('olofstrom-2022.docx', await seedToDocx(readSeed('olofstrom-2022.txt')));
    expect(again.status).toBe('done');
    expect(again.evaluationIds).toEqual(first.evaluationIds);
    const list = await evaluationsOf('se-1060');
    expect(list.total).toBe(1);
    const evaluation = (await admin.request({ method: 'GET', url: `/api/evaluations/${first.evaluationIds[0]}` })).json();
    expect(evaluation.version).toBe(2);
    expect(evaluation.total.shown).toBe(452);
  });

  it('imports the annex of earlier evaluations as their own evaluations of the 2010 model', async () => {
    const job = await importAndWait('ornskoldsvik-2017.txt', readSeed('ornskoldsvik-2017.txt'));
    expect(job.evaluationIds).toHaveLength(3);
    const list = await evaluationsOf('se-2284');
    expect(list.items.map((item: { year: number; framework: { id: string }; total: { shown: number } }) => [item.year, item.framework.id, item.total.shown])).toEqual([
      [2017, 'kommunkompassen-2016', 552],
      [2015, 'kommunkompassen-2010', 551],
      [2013, 'kommunkompassen-2010', 441],
    ]);
  });

  it('fails bad documents cleanly, naming the file', async () => {
    const binary = await importAndWait('bild.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 255, 254]));
    expect(binary).toMatchObject({ status: 'failed', error: { code: 'binary' } });
    expect(binary.error.message).toMatch(/^bild\.png: /);
    const prose = await importAndWait('brev.txt', 'Hej! Detta är ett vanligt brev och ingen rapport.\n');
    expect(prose).toMatchObject({ status: 'failed', error: { code: 'not-a-report' } });
    const truncated = await importAndWait('trasig.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(truncated).toMatchObject({ status: 'failed', error: { code: 'unreadable' } });
  });

  it('refuses empty and oversized uploads with a message naming the file', async () => {
    const empty = await upload('tom.txt', '');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('tom.txt: the upload is empty');
    const huge = await upload('stor.pdf', new Uint8Array(12 * 1024 * 1024));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toBe('stor.pdf: the document is larger than this server accepts');
    const justOver = await importAndWait('nästan.txt', 'a'.repeat(10 * 1024 * 1024 + 1));
    expect(justOver).toMatchObject({ status: 'failed', error: { code: 'too-large' } });
    const noName = await admin.request({ method: 'POST', url: '/api/imports', payload: Buffer.from('x') });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.details[0].field).toBe('query.filename');
  });

  it('lists imports newest first and answers 404 for an unknown one', async () => {
    const list = (await admin.request({ method: 'GET', url: '/api/imports?limit=3' })).json();
    expect(list.items).toHaveLength(3);
    expect(list.total).toBeGreaterThan(3);
    const missing = await admin.request({ method: 'GET', url: '/api/imports/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
  });
});
