import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserById } from '../../src/auth/users-repository.js';
import { addUser, TEST_PASSWORD } from '../support/accounts.js';
import { runBrowserTests } from '../support/browser.js';
import { open, signInThroughForm, startWebWorld, type WebWorld } from './web-world.js';

const switcher = (page: Page) => page.getByRole('group', { name: 'Språk' });
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const isLanguageSave = (url: string, method: string) => new URL(url).pathname === '/api/account/language' && method === 'PUT';

describe.skipIf(!runBrowserTests)('web app: the language follows the signed-in user', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('saves a choice made while signed in and applies it at sign-in in a fresh browser', async () => {
    const user = await addUser(web.world, 'evaluator');
    const first = await web.newPage();
    await signInThroughForm(first, user.email);
    const saved = first.waitForResponse((response) => isLanguageSave(response.url(), response.request().method()));
    await switcher(first).getByRole('button', { name: 'Norsk (bokmål)' }).click();
    expect((await saved).status()).toBe(200);
    // The page switches once the language's texts (a file of their own) are there.
    await first.waitForFunction(() => document.documentElement.lang === 'nb');
    expect((await findUserById(web.world.context.database.db, user.id))?.language).toBe('nb');

    // A fresh context knows nothing of the choice: Swedish until the user signs in.
    const second = await web.newPage();
    await open(second, '/logga-in');
    expect(await htmlLang(second)).toBe('sv');
    const form = second.getByRole('form', { name: 'Inloggning' });
    await form.getByLabel('E-postadress').fill(user.email);
    await form.getByLabel('Lösenord', { exact: true }).fill(TEST_PASSWORD);
    await form.getByRole('button', { name: 'Logga in' }).click();
    await second.waitForFunction(() => document.documentElement.lang === 'nb');
    await second.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rammeverk' }).waitFor();
    expect(await switcher(second).getByRole('button', { name: 'Norsk (bokmål)' }).getAttribute('aria-pressed')).toBe('true');
    // The browser remembers it too, so the page stays Norwegian after a reload.
    await second.reload();
    await second.locator('main h1').waitFor();
    expect(await htmlLang(second)).toBe('nb');
  });

  it('keeps an anonymous choice in the browser only', async () => {
    const page = await web.newPage();
    await open(page, '/ramverk');
    const saves: string[] = [];
    page.on('request', (request) => {
      if (isLanguageSave(request.url(), request.method())) saves.push(request.url());
    });
    await switcher(page).getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(saves).toEqual([]);
  });
});
