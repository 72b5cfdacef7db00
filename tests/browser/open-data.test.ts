/**
 * The open-data page (/oppna-data): licence and attribution, every dataset's columns from the
 * contract, download links that answer 200 and follow the filters in the address, the JSON
 * paging example, the API docs and the DCAT catalogue; keyboard use and axe at both widths.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_DATA_ATTRIBUTION, OPEN_DATA_COLUMNS, OPEN_DATA_DATASETS, OPEN_DATA_FORMATS, OPEN_DATA_LICENCE } from '../../src/contract/open-data.js';
import { en } from '../../src/i18n/catalogues/openData/en.js';
import { nb } from '../../src/i18n/catalogues/openData/nb.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { focusedElement, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

const PAGE_TEXTS = { en, nb };

/** Every download link's address, read from the page. */
async function downloadLinks(page: Page): Promise<string[]> {
  return page.locator('a.open-data__file').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** The page once its summary has loaded. */
async function openOpenData(page: Page, query = ''): Promise<void> {
  await open(page, `/oppna-data${query}`);
  await expect.poll(async () => (await page.getByTestId('open-data-status').innerText()).trim()).not.toBe('');
}

describe.skipIf(!runBrowserTests)('web app: the open-data page', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('says what the data is, its licence and how to attribute it, and when it last changed', async () => {
    const page = await web.newPage();
    await openOpenData(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Öppna data');
    const status = await page.getByTestId('open-data-status').innerText();
    expect(status).toMatch(/Datan omfattar \d+ publicerade utvärderingar från åren \d{4}–\d{4}\. Datan ändrades senast .+\./);
    const licence = page.getByRole('link', { name: 'Creative Commons Erkännande 4.0 (CC BY 4.0)' });
    expect(await licence.getAttribute('href')).toBe(OPEN_DATA_LICENCE.url);
    expect(await page.locator('blockquote').innerText()).toBe(OPEN_DATA_ATTRIBUTION.sv);
    expect(await page.getByRole('link', { name: 'API-dokumentationen (OpenAPI)' }).getAttribute('href')).toBe('/api/docs');
    expect(await page.getByRole('link', { name: 'Datakatalogen (DCAT-AP-SE, RDF/XML)' }).getAttribute('href')).toBe('/api/open-data/catalog.rdf');
  });

  it('lists every column of every dataset with its description from the contract', async () => {
    const page = await web.newPage();
    await openOpenData(page);
    for (const dataset of OPEN_DATA_DATASETS) {
      const table = page.locator(`#dataset-${dataset} table.open-data__columns`);
      const ids = await table.locator('tbody th code').allInnerTexts();
      expect(ids).toEqual(OPEN_DATA_COLUMNS[dataset].map((column) => column.id));
      const descriptions = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
      expect(descriptions).toEqual(OPEN_DATA_COLUMNS[dataset].map((column) => column.description.sv));
    }
  });

  it('links every format of every dataset, and every link, the docs and the catalogue answer 200', async () => {
    const page = await web.newPage();
    await openOpenData(page);
    const links = await downloadLinks(page);
    expect(links.map((link) => link.split('?')[0]).sort()).toEqual(
      OPEN_DATA_DATASETS.flatMap((dataset) => OPEN_DATA_FORMATS.map((format) => `/api/open-data/${dataset}${{ csv: '.csv', 'excel-csv': '-excel.csv', xlsx: '.xlsx', json: '.json' }[format]}`)).sort(),
    );
    for (const link of [...links, '/api/docs', '/api/open-data/catalog.rdf']) {
      expect((await page.request.get(link)).status(), link).toBe(200);
    }
  });

  it('puts the filters in the address and in every link, and shows a real next of the JSON paging', async () => {
    const page = await web.newPage();
    await openOpenData(page);
    await page.getByLabel('Land').selectOption('se');
    await page.getByLabel('Från år').selectOption('2015');
    await expect.poll(() => new URL(page.url()).search).toBe('?country=se&since=2015');
    // The links follow the address once the page has drawn the new choice.
    await expect.poll(async () => (await downloadLinks(page)).every((link) => link.includes('since=2015'))).toBe(true);
    const links = await downloadLinks(page);
    expect(links).toHaveLength(OPEN_DATA_DATASETS.length * OPEN_DATA_FORMATS.length);
    for (const link of links) {
      const query = new URL(link, web.baseUrl).searchParams;
      expect([query.get('country'), query.get('since')], link).toEqual(['se', '2015']);
      expect((await page.request.get(link)).status(), link).toBe(200);
    }
    // The year choices never give a period that ends before it starts.
    const untilChoices = await page.getByLabel('Till och med år').locator('option').allInnerTexts();
    expect(untilChoices.slice(1).every((year) => Number(year) >= 2015)).toBe(true);
    // The example's next is the API's own answer under the same filter.
    const next = await page.locator('pre.open-data__example').innerText();
    expect(next).toMatch(/^"next": ".*\/api\/open-data\/evaluations\.json\?.*"$/);
    const nextUrl = JSON.parse(next.slice('"next": '.length)) as string;
    expect(new URL(nextUrl, web.baseUrl).searchParams.get('country')).toBe('se');
    expect((await page.request.get(nextUrl)).status()).toBe(200);

    // The address alone gives the same choice (a shared link), and the reset clears it.
    const shared = await web.newPage();
    await openOpenData(shared, '?country=no&model=kommunkompassen-2020&until=2024');
    await expect.poll(() => shared.getByLabel('Land').inputValue()).toBe('no');
    await expect.poll(() => shared.getByLabel('Modellversion').inputValue()).toBe('kommunkompassen-2020');
    await expect.poll(async () => (await downloadLinks(shared))[0]).toBe('/api/open-data/evaluations.csv?country=no&model=kommunkompassen-2020&until=2024');
    await shared.getByRole('button', { name: 'Visa alla utvärderingar' }).click();
    await expect.poll(() => new URL(shared.url()).search).toBe('');
    await expect.poll(async () => (await downloadLinks(shared))[0]).toBe('/api/open-data/evaluations.csv');
  });

  it('is reached from the footer and used with the keyboard', async () => {
    const page = await web.newPage();
    await open(page, '/');
    const footerLink = page.getByRole('contentinfo').getByRole('link', { name: 'Öppna data: hämta utvärderingarna' });
    await footerLink.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Öppna data' }).waitFor();
    await expect.poll(async () => (await focusedElement(page)).tag).toBe('H1');
    await page.getByLabel('Land').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('se');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focusedElement(page)).id).toBe(await page.getByLabel('Modellversion').getAttribute('id'));
  });

  it('speaks Norwegian and English with the columns described in that language, and has no axe violations in them', { timeout: 60_000 }, async () => {
    for (const language of ['nb', 'en'] as const) {
      const page = await web.newPage();
      await page.goto('/');
      await page.evaluate(`localStorage.setItem('kompass.language', '${language}')`);
      await openOpenData(page, '?country=no');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(language === 'nb' ? 'Åpne data' : 'Open data');
      expect(await page.locator('blockquote').innerText()).toBe(OPEN_DATA_ATTRIBUTION[language]);
      const descriptions = await page.locator('#dataset-scores table.open-data__columns tbody tr td:nth-child(3)').allInnerTexts();
      expect(descriptions).toEqual(OPEN_DATA_COLUMNS.scores.map((column) => column.description[language]));
      // The files come in the page's language (unit titles, attribution).
      expect((await downloadLinks(page))[0]).toBe(`/api/open-data/evaluations.csv?country=no&lang=${language}`);
      // Bergen is the demo's one published Norwegian evaluation: the first page is the last, next is null.
      await page.getByText(PAGE_TEXTS[language]['openData.json.exampleLast']).waitFor();
      expect(await page.locator('pre.open-data__example').count()).toBe(0);
      const violations = await runAxe(page);
      expect(violations.map((violation) => `${language} ${violation.id}: ${violation.help}`)).toEqual([]);
    }
  });

  for (const width of [1280, 375]) {
    it(`has no axe violations and no sideways page scroll at ${width} px`, { timeout: 60_000 }, async () => {
      const page = await web.newPage(width);
      await openOpenData(page, '?country=se');
      await page.locator('pre.open-data__example').waitFor();
      const violations = await runAxe(page);
      expect(violations.map((violation) => `${violation.id}: ${violation.help} ${JSON.stringify(violation.nodes.map((node) => node.target))}`)).toEqual([]);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
    });
  }
});
