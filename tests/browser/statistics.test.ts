import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { focusedElement, open, pageScrollWidth, startWebWorld, texts, type WebWorld } from './web-world.js';

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/** Opens the statistics page and waits until its tables and the map's drawing are there. */
async function openStatistics(page: Page, query = ''): Promise<void> {
  await open(page, `/statistik${query}`);
  await page.locator('.statistics-latest__table tbody tr').first().waitFor();
  await page.locator('.municipality-map__chart[data-ready] svg path').first().waitFor();
}

/** "455 av 700" → 455 / 700. */
const share = (cell: string): number => {
  const [value, max] = cell.replace(/\s/g, '').split('av').map((part) => Number(part.replace(',', '.').replace(/[^\d.]/g, '')));
  return (value ?? 0) / (max ?? 1);
};

describe.skipIf(!runBrowserTests)('web app: the public statistics page', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('is linked from the header and shows the distribution, the map, the latest evaluations and the trends', async () => {
    const page = await web.newPage();
    await open(page, '/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik' }).click();
    await page.waitForURL((url) => url.pathname === '/statistik');
    await page.locator('.statistics-latest__table tbody tr').first().waitFor();
    expect(await page.locator('main h1').innerText()).toBe('Statistik över utvärderingarna');
    const distribution = page.locator('table.statistics-distribution');
    expect(await distribution.locator('caption').innerText()).toMatch(/^Fördelning av totalpoäng och områden, Kommunkompassen 20\d\d, .*\(n = \d+\)$/);
    expect(await distribution.locator('thead th').allInnerTexts()).toEqual(['Resultat', 'Maxpoäng', 'n', 'Lägst', 'Nedre kvartil', 'Median', 'Övre kvartil', 'Högst', 'Medelvärde']);
    expect((await texts(page, 'table.statistics-distribution tbody th'))[0]).toBe('Totalpoäng');
    expect(await page.getByRole('heading', { name: 'Utveckling över åren' }).isVisible()).toBe(true);
  });

  it('draws every municipality on the map, and its table has the same rows as the coloured ones', async () => {
    const page = await web.newPage();
    await openStatistics(page);
    // Sweden's 290 municipalities are regions of the map.
    await expect.poll(async () => page.locator('.municipality-map__chart svg path').count()).toBeGreaterThanOrEqual(290);
    const mapRows = await texts(page, '.municipality-map__table tbody th');
    // The municipalities with a class in the latest table are exactly the map table's rows.
    const latest = page.locator('.statistics-latest__table tbody tr');
    const classed: string[] = [];
    for (const row of await latest.all()) {
      const badge = await row.locator('.rank-badge').innerText();
      if (!badge.includes('Ingen klass')) classed.push((await row.locator('th').innerText()).trim());
    }
    expect(mapRows.length).toBeGreaterThan(0);
    expect([...mapRows].sort()).toEqual([...classed].sort());
    // The legend states each class's range in words, and the municipalities without a result.
    const legend = await texts(page, '.rank-legend__item');
    expect(legend[0]).toMatch(/^Klass 5 av 5: /);
    expect(legend.at(-1)).toMatch(/^Grå och streckad: inget senaste resultat enligt Kommunkompassen 20\d\d \(\d+ kommuner\)$/);
    expect(await page.locator('.municipality-map__source').innerText()).toContain('SCB');
    // Every class in the table is written out beside its colour.
    for (const badge of await texts(page, '.municipality-map__table .rank-badge')) expect(badge).toMatch(/^Klass [1-5] av 5$/);
  });

  it('opens a municipality\'s page when its region on the map is clicked', async () => {
    const page = await web.newPage();
    await openStatistics(page);
    const row = page.locator('.municipality-map__table tbody tr').filter({ hasText: 'Klass 4 av 5' }).first();
    const href = await row.getByRole('link').getAttribute('href');
    // The region drawn in class 4's colour (the legend's) is that municipality.
    await page.locator('.municipality-map__chart svg path[fill="#1764ab"]').first().click({ force: true });
    await page.waitForURL((url) => url.pathname === href);
  });

  it('sorts the latest evaluations by any column with the keyboard, saying so with aria-sort', async () => {
    const page = await web.newPage();
    await openStatistics(page);
    const header = page.locator('.statistics-latest__table thead th').filter({ hasText: 'Totalpoäng' });
    const button = header.getByRole('button');
    await button.focus();
    await expect.poll(async () => (await focusedElement(page)).text).toContain('Totalpoäng');
    await page.keyboard.press('Enter');
    await expect.poll(async () => header.getAttribute('aria-sort')).toBe('descending');
    const column = async () => (await page.locator('.statistics-latest__table tbody tr td:nth-of-type(4)').allInnerTexts()).map(share);
    const descending = await column();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.keyboard.press('Space');
    await expect.poll(async () => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await column();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.locator('.statistics-latest__table thead th[aria-sort]').count()).toBe(1);
    // By name again: the municipality column, in Swedish order.
    const nameHeader = page.locator('.statistics-latest__table thead th').first();
    await nameHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const names = await texts(page, '.statistics-latest__table tbody th');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
  });

  it('filters by name and by county, with the count and the address following', async () => {
    const page = await web.newPage();
    await openStatistics(page);
    const total = await page.locator('.statistics-latest__table tbody tr').count();
    expect(total).toBeGreaterThan(1);
    const first = (await texts(page, '.statistics-latest__table tbody th'))[0]!;
    const fragment = first.slice(0, 4);
    await page.getByLabel('Filtrera på kommunens namn').fill(fragment);
    await page.waitForURL((url) => url.searchParams.get('q') === fragment);
    // The table may follow the address a moment later: wait until rows and count agree.
    const rows = page.locator('.statistics-latest__table tbody tr');
    await expect.poll(async () => (await rows.count()) < total && (await page.locator('.statistics-latest__count').innerText()) === `Visar ${await rows.count()} av ${total} kommuner.`).toBe(true);
    for (const name of await texts(page, '.statistics-latest__table tbody th')) expect(name.toLowerCase()).toContain(fragment.toLowerCase());

    // A shared address with a county gives the same view.
    await openStatistics(page, '?county=se-20');
    expect(await page.getByLabel('Län', { exact: true }).inputValue()).toBe('se-20');
    for (const county of await texts(page, '.statistics-latest__table tbody td:nth-of-type(1)')) expect(county).toBe('Dalarnas län');
    await page.getByLabel('Län', { exact: true }).selectOption('');
    await page.waitForURL((url) => !url.searchParams.has('county'));
    await expect.poll(async () => page.locator('.statistics-latest__table tbody tr').count()).toBe(total);
  });

  it('has no axe violations at 1280 and 375 px, and at 375 px only the tables scroll sideways', { timeout: 120_000 }, async () => {
    const found: string[] = [];
    for (const width of [1280, 375]) {
      const page = await web.newPage(width);
      await openStatistics(page);
      found.push(...(await axeViolations(page, `statistics ${width}`)));
      if (width === 375) expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
      await openStatistics(page, '?country=no');
      found.push(...(await axeViolations(page, `statistics of Norway ${width}`)));
    }
    expect(found).toEqual([]);
  });
});
