import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, runAxe, runBrowserTests } from '../../../tests/support/browser.js';
import { buildReportModel } from '../build-model.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, evaluationDetailFixture, framework2020 } from '../fixtures/report-fixture.js';
import { renderReportHtml } from './render-html.js';

const detail = evaluationDetailFixture();
const html = renderReportHtml(
  buildReportModel({ detail, comparison: comparisonFixture(detail), framework: framework2020(), caveat: 'Jämförelsen går över versioner.', options: DEFAULT_REPORT_OPTIONS }),
);

describe.skipIf(!runBrowserTests)('the HTML report in Chromium', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchChromium());
  });
  afterAll(async () => close());

  for (const width of [1280, 375]) {
    it(`has no axe violations at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.setContent(html, { waitUntil: 'load' });
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  }

  it('starts with a skip link that moves focus to the content', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(html, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent)).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('content');
    await page.close();
  });

  it('prints on A4 with each chapter on a new page', async () => {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.evaluate(() => {
      const scope = globalThis as unknown as { document: { querySelectorAll(selector: string): Array<{ id: string }> }; getComputedStyle(element: unknown): { breakBefore: string } };
      return [...scope.document.querySelectorAll('section.page-break')].map((section) => [section.id, scope.getComputedStyle(section).breakBefore]);
    });
    expect(breaks.slice(0, 4)).toEqual([
      ['chapter-about', 'page'],
      ['chapter-summary', 'page'],
      ['chapter-areas', 'page'],
      ['area-2', 'page'],
    ]);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
