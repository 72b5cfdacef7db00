/**
 * Good examples as data: the overview of the municipalities most often named (/goda-exempel) and a
 * municipality page's section of where other municipalities' published evaluations name it, with
 * links to the passages. The demo's published Bergen evaluation names Stavanger (two sub-areas)
 * and Oslo; the published Swedish archive names six Swedish municipalities (on both the 2016 and
 * the 2020 model, one for an area as a whole); Leksand's work at the fact check (not published)
 * names Helsingborg and Umeå, which must not show.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { focusedElement, open, pageScrollWidth, startWebWorld, texts, type WebWorld } from './web-world.js';

async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

describe.skipIf(!runBrowserTests)('web app: good examples', () => {
  let web: WebWorld;
  let bergen: string;

  beforeAll(async () => {
    web = await startWebWorld();
    const found = [...web.evaluationIds.entries()].find(([key]) => key.startsWith('no-4601-'));
    if (!found) throw new Error('The demo has no published evaluation of Bergen');
    bergen = found[1];
  });
  afterAll(async () => {
    await web?.close();
  });

  for (const width of [1280, 375]) {
    it(`lists the most named municipalities per sub-area, with captions and links, axe-clean at ${width} px`, { timeout: 90_000 }, async () => {
      const page = await web.newPage(width);
      await open(page, '/goda-exempel');
      await page.getByRole('heading', { level: 1, name: 'Goda exempel' }).waitFor();
      await page.locator('main table caption').first().waitFor();
      const captions = await texts(page, 'main table caption');
      expect(captions).toEqual([
        expect.stringMatching(/^Delområde 1\.3 .+: de kommuner som nämns oftast$/),
        expect.stringMatching(/^Delområde 2\.3 .+: de kommuner som nämns oftast$/),
        expect.stringMatching(/^Delområde 3\.3 .+: de kommuner som nämns oftast$/),
        expect.stringMatching(/^Delområde 4\.4 .+: de kommuner som nämns oftast$/),
        expect.stringMatching(/^Delområde 6\.4 .+: de kommuner som nämns oftast$/),
        expect.stringMatching(/^Delområde 1\.4 .+: de kommuner som nämns oftast$/),
        expect.stringMatching(/^Område 2 .+ som helhet: de kommuner som nämns oftast$/),
      ]);
      // Named as often, in alphabetical order: a Swedish and a Norwegian municipality.
      const firstRows = await texts(page, 'main table >> nth=0 >> tbody tr');
      expect(firstRows).toEqual([expect.stringMatching(/^Gävle 1 1$/), expect.stringMatching(/^Stavanger 1 1$/)]);
      expect(await page.locator('main table th[scope="col"]').count()).toBe(21);
      // The header leads here too.
      await page.getByRole('navigation', { name: 'Huvudmeny' }).locator('a[aria-current="page"]', { hasText: 'Goda exempel' }).waitFor();
      // Drafts never count.
      expect(await page.locator('main').innerText()).not.toMatch(/Helsingborg|Umeå/);
      await page.locator('main table').first().getByRole('link', { name: 'Stavanger' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stavanger' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/kommuner/no-1103');
      await open(page, '/goda-exempel');
      await page.locator('main table caption').first().waitFor();
      expect(await runAxe(page)).toEqual([]);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
    });

    it(`shows on a municipality's page where others name it, linking to the passage, axe-clean at ${width} px`, { timeout: 90_000 }, async () => {
      const page = await web.newPage(width);
      await open(page, '/kommuner/no-1103');
      const section = page.getByRole('region', { name: 'Goda exempel enligt andra kommuners utvärderingar' });
      await section.waitFor();
      expect(await section.innerText()).toContain('Stavanger nämns som gott exempel 2 gånger i 1 publicerad utvärdering av en annan kommun.');
      await section.locator('caption', { hasText: 'Där Stavanger nämns som gott exempel' }).waitFor();
      expect(await section.locator('tbody tr').count()).toBe(2);
      expect(await section.locator('tbody tr [lang="nb"]').count()).toBe(2);
      await settled(page);
      expect(await runAxe(page)).toEqual([]);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);

      await section.getByRole('link', { name: /^Läs stycket/ }).first().click();
      await page.waitForURL((url) => url.pathname === `/utvarderingar/${bergen}`);
      expect(new URL(page.url()).hash).toBe('#text-area-1-good-example-1');
      await expect.poll(async () => (await focusedElement(page)).id, { timeout: 10_000 }).toBe('text-area-1-good-example-1');
      expect((await focusedElement(page)).text).toContain('Stavanger');
    });
  }

  it('has no section where no published evaluation names the municipality (a draft does not count)', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await open(page, '/kommuner/se-1283');
    await page.getByRole('heading', { level: 2, name: 'Utvärderingar' }).waitFor().catch(() => undefined);
    await settled(page);
    expect(await page.getByRole('heading', { name: 'Goda exempel enligt andra kommuners utvärderingar' }).count()).toBe(0);
  });

  it('filters by keyboard, with the choice in the address', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await open(page, '/goda-exempel');
    await page.locator('main table caption').first().waitFor();
    const model = page.getByLabel('Modellversion');
    await model.focus();
    // Choose the 2020 model with the keyboard, then the country, then submit with Enter.
    const options = await model.locator('option').allInnerTexts();
    const target = options.findIndex((text) => text.trim() === 'Kommunkompassen 2020');
    for (let index = 0; index < target; index += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).tag).toBe('SELECT');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).text).toBe('Visa');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('model') === 'kommunkompassen-2020');
    const country = new URL(page.url()).searchParams.get('country');
    expect(['se', 'no']).toContain(country);
    await settled(page);
    // On the 2020 model the Swedish archive names Gävle, Linköping, Borås and Sundsvall; Bergen names Stavanger and Oslo.
    // The address changes before the new choice's tables replace the old ones: wait for them.
    await expect.poll(() => page.locator('main table').count()).toBe(country === 'se' ? 4 : 3);
    // The address is shareable: opening it again shows the same choice.
    const again = await web.newPage();
    await open(again, page.url().replace(web.baseUrl, ''));
    expect(await again.getByLabel('Modellversion').inputValue()).toBe('kommunkompassen-2020');
    // No published Norwegian evaluation is on the 2016 model: the page says so.
    const none = await web.newPage();
    await open(none, '/goda-exempel?model=kommunkompassen-2016&country=no');
    await none.getByText('Inga publicerade utvärderingar nämner', { exact: false }).waitFor();
    expect(await none.locator('main table').count()).toBe(0);
  });
});
