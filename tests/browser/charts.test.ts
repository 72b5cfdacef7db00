import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { demoEvaluation, focusedElement, open, pageScrollWidth, startWebWorld, texts, type WebWorld } from './web-world.js';

/** Waits until ECharts has drawn into every chart on the page (an SVG with shapes), the comparisons' charts (loaded on their own) too. */
async function chartsDrawn(page: Page): Promise<void> {
  await page.locator('#jamforelser .comparison-results').waitFor();
  const charts = await page.locator('.chart-figure__chart').count();
  await expect.poll(() => page.locator('.chart-figure__chart:has(svg path)').count()).toBe(charts);
}

describe.skipIf(!runBrowserTests)('web app: charts on the evaluation page', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('shows the result and each area’s sub-areas as figures with text and data', async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}`);
    await chartsDrawn(page);

    const result = page.locator('figure[data-chart="total-and-areas"]');
    expect(await result.count()).toBe(1);
    expect(await result.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await result.locator('figcaption').innerText()).toBe('Resultat per område');
    expect(await result.locator('.chart-figure__chart').getAttribute('aria-hidden')).toBe('true');
    expect(await result.locator('.chart-figure__chart svg').count()).toBe(1);
    // The drawing carries the same numbers as the text.
    expect(await result.locator('.chart-figure__chart svg').textContent()).toContain('Totalt 552 av 800 poäng (69\u00a0%)');
    expect(await result.locator('.chart-figure__text').innerText()).toContain('Kommunen fick totalt 552 av 800 poäng (69\u00a0%).');

    // One sub-area chart per area, inside the area's section.
    expect(await page.locator('figure[data-chart^="subareas-"]').count()).toBe(8);
    const area3 = page.locator('#omrade-3 figure[data-chart="subareas-3"]');
    expect(await area3.locator('figcaption').innerText()).toBe('Delområden i område 3 Politisk styrning och kontroll');
    expect(await area3.locator('.chart-figure__text').innerText()).toContain('72 av 100 poäng');
  });

  it('opens the data table with the keyboard, with the numbers of the score table', async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}`);
    const figure = page.locator('#omrade-3 figure[data-chart="subareas-3"]');
    const summary = figure.locator('summary');
    expect(await summary.innerText()).toBe('Visa diagrammets data som tabell');
    expect(await figure.locator('table').isVisible()).toBe(false);

    await summary.focus();
    expect((await focusedElement(page)).tag).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Poäng per delområde i område 3' });
    await table.waitFor();
    expect(await table.locator('thead th[scope="col"]').allInnerTexts()).toEqual(['Delområde', 'Poäng', 'Max', 'Procent']);
    const row = (await texts(page, '#omrade-3 figure tbody tr')).find((text) => text.startsWith('3.2 '));
    expect(row).toMatch(/ 13 25 52 %$/);
    expect((await texts(page, '#omrade-3 figure tbody tr.total-row > *'))).toEqual(['Summa för området', '72', '100', '72 %']);
    // The page's own score table is unchanged beside the chart.
    expect(await texts(page, '#omrade-3 tfoot tr > *')).toEqual(['Summa område 3', '72', '100', '72 %']);

    await page.keyboard.press('Space');
    await table.waitFor({ state: 'hidden' });
  });

  it('speaks English when the language is switched', async () => {
    const page = await web.newPage();
    await open(page, '/');
    await page.getByRole('button', { name: 'English' }).click();
    await open(page, `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}`);
    const result = page.locator('figure[data-chart="total-and-areas"]');
    await result.locator('figcaption').filter({ hasText: 'Result per area' }).waitFor();
    expect(await result.locator('summary').innerText()).toBe('Show the chart data as a table');
    expect(await result.locator('.chart-figure__text').innerText()).toContain('552 of 800 points in total (69%)');
  });

  for (const width of [1280, 375]) {
    it(`has no axe violations with the tables open at ${width} px and fits the screen`, { timeout: 120_000 }, async () => {
      const page = await web.newPage(width);
      const found: string[] = [];
      for (const [code, year] of [['se-2284', 2017], ['se-2029', 2023], ['se-2284', 2013]] as const) {
        await open(page, `/utvarderingar/${demoEvaluation(web, code, year)}`);
        await chartsDrawn(page);
        for (const summary of await page.locator('.chart-figure summary').all()) await summary.click();
        for (const violation of await runAxe(page)) {
          found.push(`${code} ${year}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
        }
        expect(await pageScrollWidth(page), `${code} ${year}`).toBeLessThanOrEqual(width);
        const chartWidth = await page.locator('figure[data-chart="total-and-areas"] .chart-figure__chart svg').evaluate((svg) => svg.getBoundingClientRect().width);
        expect(chartWidth).toBeLessThanOrEqual(width);
      }
      expect(found).toEqual([]);
    });
  }
});
