/**
 * The report API: the web report and the Word file through GET /api/evaluations/:id/report, report
 * jobs (progress, ownership, expiry of access) and the refusal when Chromium is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail } from '../../src/contract/evaluations.js';
import type { EvaluationComparison } from '../../src/domain/comparison/types.js';
import { createPdfEngine } from '../../src/report/pdf/pdf-engine.js';
import { buildApp } from '../../src/server/app.js';
import { signedInAs, type Client } from '../support/accounts.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';
import { averageFigures, historyFigures, missingFigures, scoreFigures } from './expected-figures.js';
import { docxText, htmlText } from './read-back.js';

let world: TestWorld;
let admin: Client;
let evaluator: Client & { user: { id: string } };
let id: string;
let detail: EvaluationDetail;
let comparison: EvaluationComparison;

/** The demo's third evaluation of Örnsköldsvik: eight areas, every sub-area scored, two earlier ones. */
async function richestDemoEvaluation(): Promise<string> {
  const list = (await world.app.inject({ url: '/api/evaluations?limit=50' })).json() as { items: Array<{ id: string; framework: { id: string } }> };
  const found = list.items.find((item) => item.framework.id === 'kommunkompassen-2016');
  if (!found) throw new Error('The demo data has no evaluation on the 2016 framework');
  return found.id;
}

async function waitForJob(client: Client, jobId: string): Promise<Array<{ status: string; step: string; progress: number }>> {
  const seen: Array<{ status: string; step: string; progress: number }> = [];
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    const response = await client.get(`/api/report-jobs/${jobId}`);
    expect(response.statusCode).toBe(200);
    const job = response.json();
    seen.push({ status: job.status, step: job.step, progress: job.progress });
    if (job.status === 'done' || job.status === 'failed') return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Report job ${jobId} did not finish in a minute`);
}

beforeAll(async () => {
  world = await createTestWorld({ demo: true });
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
  id = await richestDemoEvaluation();
  detail = (await world.app.inject({ url: `/api/evaluations/${id}` })).json();
  comparison = (await world.app.inject({ url: `/api/evaluations/${id}/comparison` })).json();
});
afterAll(async () => world?.close());

describe('the web report (format=html)', () => {
  it('is a standalone page whose policy allows its inline styles and no scripts', async () => {
    const response = await world.app.inject({ url: `/api/evaluations/${id}/report?format=html&language=sv` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("style-src 'unsafe-inline'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body).toMatch(/^<!doctype html>/i);
    expect(response.body).toContain('<html lang="sv');
    expect(response.body).not.toMatch(/<script/i);
  });

  it('shows every score, maximum, percentage, average with its n and earlier total of the evaluation', async () => {
    const text = htmlText((await world.app.inject({ url: `/api/evaluations/${id}/report?format=html` })).body);
    expect(missingFigures(text, scoreFigures(detail))).toEqual([]);
    expect(missingFigures(text, averageFigures(detail, comparison))).toEqual([]);
    expect(missingFigures(text, historyFigures(detail, comparison))).toEqual([]);
    expect(scoreFigures(detail).length).toBeGreaterThan(40);
  });

  it('leaves out the comparisons not asked for and puts the chosen cover on the page', async () => {
    const response = await world.app.inject({
      url: `/api/evaluations/${id}/report?format=html&include=history&evaluators=Anna%20Prov&evaluators=Bo%20Test&date=2024-05-17&language=en`,
    });
    expect(response.statusCode).toBe(200);
    const text = htmlText(response.body);
    expect(text).toContain('Anna Prov');
    expect(text).toContain('Bo Test');
    expect(text).not.toContain('Lars Strid');
    expect(missingFigures(text, averageFigures(detail, comparison))).not.toEqual([]);
    expect(response.body).toContain('<html lang="en');
  });

  it('names every bad option', async () => {
    const response = await world.app.inject({ url: `/api/evaluations/${id}/report?format=rtf&include=all&date=2024-02-30&since=19` });
    expect(response.statusCode).toBe(400);
    const fields = (response.json().error.details as Array<{ field: string }>).map((detail) => detail.field).sort();
    expect(fields).toEqual(['query.date', 'query.format', 'query.include', 'query.since']);
  });
});

describe('the Word file (format=docx)', () => {
  it('is an attachment named after the municipality and year, with every figure of the evaluation', async () => {
    const response = await world.app.inject({ url: `/api/evaluations/${id}/report?format=docx` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe('attachment; filename="kommunkompassen-ornskoldsvik-2017.docx"');
    const text = await docxText(response.rawPayload);
    expect(missingFigures(text, scoreFigures(detail))).toEqual([]);
    expect(missingFigures(text, averageFigures(detail, comparison))).toEqual([]);
    expect(missingFigures(text, historyFigures(detail, comparison))).toEqual([]);
  });
});

describe('report jobs', () => {
  it('make a Word file off the request path, with progress, for its owner only', async () => {
    const started = await evaluator.post(`/api/evaluations/${id}/report-jobs`, { format: 'docx', options: { language: 'sv', include: 'national,history' } });
    expect(started.statusCode).toBe(202);
    const { job } = started.json();
    expect(started.headers.location).toBe(`/api/report-jobs/${job.id}`);
    expect(job).toMatchObject({ evaluationId: id, format: 'docx', fileUrl: null });
    expect(['queued', 'running']).toContain(job.status);

    const seen = await waitForJob(evaluator, job.id);
    const last = seen.at(-1)!;
    expect(last).toEqual({ status: 'done', step: 'done', progress: 100 });
    const progress = seen.map((entry) => entry.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(seen.every((entry) => ['queued', 'building-docx', 'done'].includes(entry.step))).toBe(true);

    // Someone else, signed in or not, cannot tell that the job exists.
    expect((await admin.get(`/api/report-jobs/${job.id}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/report-jobs/${job.id}/file`)).statusCode).toBe(404);
    expect((await world.app.inject({ url: `/api/report-jobs/${job.id}/file` })).statusCode).toBe(404);

    const file = await evaluator.get(`/api/report-jobs/${job.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="kommunkompassen-ornskoldsvik-2017.docx"');
    const direct = await world.app.inject({ url: `/api/evaluations/${id}/report?format=docx&include=national,history` });
    expect(await docxText(file.rawPayload)).toBe(await docxText(direct.rawPayload));
  });

  it('are refused for an evaluation the caller may not read (404), and validate their options', async () => {
    const draft = await admin.post('/api/evaluations', { municipalityId: 'se-0114', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-10' });
    expect(draft.statusCode).toBe(201);
    const draftId = draft.json().id;
    expect((await evaluator.post(`/api/evaluations/${draftId}/report-jobs`, { format: 'docx' })).statusCode).toBe(404);
    const bad = await evaluator.post(`/api/evaluations/${id}/report-jobs`, { format: 'html', options: { language: 'de' } });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().error.details as Array<{ field: string }>).map((detail) => detail.field).sort()).toEqual(['body.format', 'body.options.language']);
    expect((await evaluator.get('/api/report-jobs/not-a-job')).statusCode).toBe(400);
    expect((await evaluator.get('/api/report-jobs/6f1d7a52-3c1e-4a8e-9a57-0c8f3b0e2d11')).statusCode).toBe(404);
  });

  it('lose access with the evaluation: once the evaluator is unassigned, their job answers 404', async () => {
    const draft = await admin.post('/api/evaluations', { municipalityId: 'se-0114', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-10' });
    const draftId = draft.json().id;
    expect((await admin.post(`/api/evaluations/${draftId}/evaluators`, { userId: evaluator.user.id })).statusCode).toBe(200);
    const started = await evaluator.post(`/api/evaluations/${draftId}/report-jobs`, { format: 'docx' });
    expect(started.statusCode).toBe(202);
    const jobId = started.json().job.id;
    await waitForJob(evaluator, jobId);
    expect((await evaluator.get(`/api/report-jobs/${jobId}/file`)).statusCode).toBe(200);
    expect((await admin.delete(`/api/evaluations/${draftId}/evaluators/${evaluator.user.id}`)).statusCode).toBe(200);
    expect((await evaluator.get(`/api/report-jobs/${jobId}`)).statusCode).toBe(404);
    expect((await evaluator.get(`/api/report-jobs/${jobId}/file`)).statusCode).toBe(404);
  });

  it('offer the configured population classes and the report languages', async () => {
    const response = await world.app.inject({ url: '/api/reports/choices' });
    expect(response.statusCode).toBe(200);
    const choices = response.json();
    expect(choices.languages).toEqual(['sv', 'en', 'nb']);
    expect(choices.populationClasses[0]).toEqual({ id: 'upto-20000', min: 0, max: 20000 });
    expect(choices.populationClasses.at(-1).max).toBeNull();
  });
});

describe('without Chromium', () => {
  it('answers PDF requests with 503, the reason for the web app to word and an English message that says how to install it; Word still works', async () => {
    const pdf = createPdfEngine({ executablePath: '/nonexistent/chromium' });
    const app = await buildApp({ context: { ...world.context, pdf }, logLevel: 'silent', checkResponses: true });
    try {
      const direct = await app.inject({ url: `/api/evaluations/${id}/report?format=pdf` });
      expect(direct.statusCode).toBe(503);
      expect(direct.json().error).toMatchObject({ code: 'pdf_unavailable', reason: 'missing' });
      expect(direct.json().error.message).toContain('PDF needs Chromium. Install it with: apt-get install -y chromium');
      const job = await app.inject({ method: 'POST', url: `/api/evaluations/${id}/report-jobs`, payload: { format: 'pdf' } });
      expect(job.statusCode).toBe(503);
      expect(job.json().error).toMatchObject({ code: 'pdf_unavailable', reason: 'missing' });
      expect(job.json().error.message).toContain('CHROMIUM_PATH');
      expect((await app.inject({ url: `/api/evaluations/${id}/report?format=docx` })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
