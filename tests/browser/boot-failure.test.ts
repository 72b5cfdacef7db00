/**
 * The web app fetches the chosen language's texts before it first renders: when that fails, the
 * page says so in the chosen language and offers to reload, instead of staying blank.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { startWebWorld, type WebWorld } from './web-world.js';

/** Every fetch of a UI catalogue file fails, as with a dropped connection. */
const failCatalogues = (page: Page) => page.route(/ui-catalogue-(sv|en|nb)[^/]*\.js$/, (route) => route.abort('connectionfailed'));

describe.skipIf(!runBrowserTests)('web app: the texts cannot be fetched at start', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('says so in the chosen language, with a reload button that has focus, and recovers on reload', async () => {
    const page = await web.newPage();
    await page.addInitScript(() => window.localStorage.setItem('kompass.language', 'en'));
    await failCatalogues(page);
    await page.goto('/');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Kompass could not start');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const reload = page.getByRole('button', { name: 'Reload the page' });
    expect(await reload.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await runAxe(page)).toEqual([]);

    await page.unrouteAll();
    await reload.click();
    await expect.poll(() => page.locator('main h1').textContent()).not.toBe('Kompass could not start');
    await page.locator('header').waitFor();
  });
});
