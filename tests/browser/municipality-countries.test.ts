import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBrowserTests } from '../support/browser.js';
import { open, startWebWorld, type WebWorld } from './web-world.js';

describe.skipIf(!runBrowserTests)('web app: Swedish and Norwegian municipalities', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('shows a Norwegian municipality by its id, with its country and fylke', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await open(page, '/kommuner/no-4601');
    await page.getByRole('heading', { level: 1, name: 'Bergen' }).waitFor();
    const facts = await page.locator('dl').first().innerText();
    expect(facts).toContain('Norge');
    expect(facts).toContain('Vestland (46)');
    expect(facts).toContain('4601');
  });

  it('leads an old link with a bare code to the Swedish municipality', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await open(page, '/kommuner/2029');
    await page.getByRole('heading', { level: 1, name: 'Leksands kommun' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kommuner/se-2029');
  });

  it('lists both countries’ municipalities with the same code, each with its country', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await open(page, '/kommuner?q=1860');
    const rows = page.locator('table tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.allInnerTexts()).toEqual([expect.stringMatching(/^Laxå kommun\s+Sverige\s+1860/), expect.stringMatching(/^Vestvågøy\s+Norge\s+1860/)]);
  });
});
