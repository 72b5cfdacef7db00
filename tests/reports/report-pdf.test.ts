/**
 * The PDF report read back as a reader gets it: text per page (pdf.js), headings, page count,
 * footers and every figure of the evaluation; page 1 and an area page as pictures compared with
 * reviewed fixtures; and, where LibreOffice is installed, the Word file converted without error.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail } from '../../src/contract/evaluations.js';
import type { EvaluationComparison } from '../../src/domain/comparison/types.js';
import { launchChromium, runBrowserTests } from '../support/browser.js';
import { signedInAs, type Client } from '../support/accounts.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';
import { averageFigures, collapse, historyFigures, missingFigures, scoreFigures } from './expected-figures.js';
import { expectMatchesFixture } from './png-fixtures.js';
import { rasterisePdfPages } from './rasterise-pdf.js';
import { pdfLayout, textLines } from './pdf-layout.js';
import { htmlText, pdfPageTexts } from './read-back.js';

const FOOTER = /\s*Kommunkompassen – [^\n]* Sida (\d+) av (\d+)$/;
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

describe.runIf(runBrowserTests)('the PDF report', () => {
  let world: TestWorld;
  let admin: Client;
  let id: string;
  let detail: EvaluationDetail;
  let comparison: EvaluationComparison;
  let pdf: Buffer;
  let pages: string[];

  /** Page texts without their footers, so rows split by a page break read as one. */
  const body = () => pages.map((page) => page.replace(FOOTER, '')).join('\n');

  beforeAll(async () => {
    world = await createTestWorld({ demo: true });
    admin = await signedInAs(world, 'admin');
    const list = (await world.app.inject({ url: '/api/evaluations?limit=50' })).json() as { items: Array<{ id: string; framework: { id: string } }> };
    id = list.items.find((item) => item.framework.id === 'kommunkompassen-2016')!.id;
    detail = (await world.app.inject({ url: `/api/evaluations/${id}` })).json();
    comparison = (await world.app.inject({ url: `/api/evaluations/${id}/comparison` })).json();
    const response = await world.app.inject({ url: `/api/evaluations/${id}/report?format=pdf&language=sv` });
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="kommunkompassen-ornskoldsvik-2017.pdf"');
    pdf = response.rawPayload;
    pages = await pdfPageTexts(pdf);
  });
  afterAll(async () => world?.close());

  it('has a page count in the expected range and "Sida X av Y" with the running title on every page', () => {
    // Eight areas, each with its texts, score and sub-area chart, plus chapters 1, 2 and 4.
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(pages.length).toBeLessThanOrEqual(45);
    pages.forEach((page, index) => {
      const footer = FOOTER.exec(page);
      expect(footer?.slice(1), `footer of page ${index + 1}`).toEqual([String(index + 1), String(pages.length)]);
      expect(page).toContain('Kommunkompassen – Örnsköldsviks kommun 2017');
    });
  });

  it('starts each chapter on a page of its own, and has a section for every area', () => {
    const starts = pages.map((page) => collapse(page).trim());
    for (const chapter of ['1 Om Kommunkompassen', '2 Sammanfattning', '3 Resultat per område', '4 Poängöversikt']) {
      expect(starts.some((page, index) => index > 0 && page.startsWith(chapter)), chapter).toBe(true);
    }
    const text = collapse(body());
    expect(detail.areas).toHaveLength(8);
    for (const area of detail.areas) {
      // Once in the table of contents, once as the heading of the area's section.
      expect(text.split(`Område ${area.code}: ${area.title}`).length - 1, `area ${area.code}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every chapter and section of the table of contents the page its heading is printed on', async () => {
    const html = (await world.app.inject({ url: `/api/evaluations/${id}/report?format=html&language=sv` })).body;
    const entries = [...html.matchAll(/<span class="toc-text">([^<]*)<\/span>/g)].map((match) => htmlText(match[1] ?? '').trim());
    expect(entries.length).toBeGreaterThanOrEqual(4 + 8);
    const layout = await pdfLayout(pdf);
    const lines = pages.flatMap((page) => page.split('\n'));
    const wrong: string[] = [];
    for (const entry of entries) {
      // The entry's line in the contents: its text, then its page number.
      const listed = lines.find((line) => line.startsWith(`${entry} `) && /^\d+$/.test(line.slice(entry.length + 1)))?.slice(entry.length + 1);
      // Headings are set larger than body text (10.5 pt); a long one may take two lines.
      const printedOn = layout.pages.findIndex((_, index) => textLines(layout, index + 1, 11.5).some((line) => line.text === entry || (line.text.length >= 12 && entry.startsWith(line.text)))) + 1;
      if (listed === undefined || Number(listed) !== printedOn) wrong.push(`${entry}: listed on page ${listed ?? 'none'}, printed on page ${printedOn || 'none'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('shows every score, maximum, percentage, national average with its n and earlier total of the evaluation', () => {
    const text = body();
    expect(missingFigures(text, scoreFigures(detail))).toEqual([]);
    expect(missingFigures(text, averageFigures(detail, comparison))).toEqual([]);
    expect(missingFigures(text, historyFigures(detail, comparison))).toEqual([]);
  });

  it('looks like the reviewed pictures on page 1 and on the first area page', async () => {
    const areaPage = pages.findIndex((page, index) => index > 2 && collapse(page).trim().startsWith(`3 Resultat per område`)) + 1;
    expect(areaPage).toBeGreaterThan(1);
    const chromium = await launchChromium();
    try {
      const [cover, area] = await rasterisePdfPages(chromium.browser, pdf, [1, areaPage]);
      // Both pictures are checked (and missing ones written) before the test fails.
      const problems: string[] = [];
      for (const [name, image] of [['report-page-1', cover!], ['report-area-page', area!]] as const) {
        try {
          expectMatchesFixture(name, image);
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
      expect(problems).toEqual([]);
      // The comparison has teeth: another page does not pass for page 1.
      expect(() => expectMatchesFixture('report-page-1', area!)).toThrow(/pixels differ/);
    } finally {
      await chromium.close();
    }
  });

  it('is made as a job too, with its steps in order, in the language asked for', async () => {
    const started = await admin.post(`/api/evaluations/${id}/report-jobs`, { format: 'pdf', options: { language: 'en' } });
    expect(started.statusCode).toBe(202);
    const jobId: string = started.json().job.id;
    const steps: string[] = [];
    let job: { status: string; step: string; progress: number; fileUrl: string | null } = started.json().job;
    for (let attempt = 0; attempt < 1200 && job.status !== 'done' && job.status !== 'failed'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      job = (await admin.get(`/api/report-jobs/${jobId}`)).json();
      if (steps.at(-1) !== job.step) steps.push(job.step);
    }
    expect(job).toMatchObject({ status: 'done', progress: 100, fileUrl: `/api/report-jobs/${jobId}/file` });
    // Polling may miss a short step, never reorder them.
    const order = ['queued', 'rendering-html', 'printing', 'done'];
    expect(steps.map((step) => order.indexOf(step))).toEqual([...steps.map((step) => order.indexOf(step))].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe('done');
    const file = await admin.get(job.fileUrl!);
    expect(file.headers['content-type']).toBe('application/pdf');
    const english = await pdfPageTexts(file.rawPayload);
    expect(english[0]).toMatch(/Page 1 of \d+$/);
  });
});

describe('the Word file in LibreOffice', () => {
  it('converts to PDF without error (skipped where LibreOffice is not installed)', async (context) => {
    context.skip(!soffice, 'LibreOffice (soffice) is not on PATH: install libreoffice-writer to run this check');
    const world = await createTestWorld({ demo: true });
    const dir = mkdtempSync(join(tmpdir(), 'kompass-docx-'));
    try {
      const list = (await world.app.inject({ url: '/api/evaluations?limit=50' })).json() as { items: Array<{ id: string }> };
      for (const item of list.items) {
        const docx = await world.app.inject({ url: `/api/evaluations/${item.id}/report?format=docx` });
        expect(docx.statusCode).toBe(200);
        writeFileSync(join(dir, `${item.id}.docx`), docx.rawPayload);
      }
      execFileSync(soffice, ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...list.items.map((item) => join(dir, `${item.id}.docx`))], {
        timeout: 180_000,
        stdio: 'pipe',
      });
      expect(readdirSync(dir).filter((name) => name.endsWith('.pdf')).sort()).toEqual(list.items.map((item) => `${item.id}.pdf`).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await world.close();
    }
    // Five reports with every chart: LibreOffice alone may take minutes on a busy machine.
  }, 240_000);
});
