import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { projectPath } from '../../src/paths.js';
import type { UserRecord } from '../../src/auth/users-repository.js';
import type { Role } from '../../src/domain/access.js';
import { addUser, TEST_PASSWORD } from '../support/accounts.js';
import { launchChromium } from '../support/browser.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';

export interface WebWorld {
  world: TestWorld;
  browser: Browser;
  baseUrl: string;
  /** Demo evaluation ids by "<municipality id>-<year>", e.g. "se-2284-2017". */
  evaluationIds: Map<string, string>;
  /** A fresh page (own context, so no language choice or storage leaks between tests). */
  newPage(width?: number): Promise<Page>;
  /** A new user of `role` (password TEST_PASSWORD) and a fresh page signed in as them through the sign-in form. */
  signedInPage(role: Role, options?: { width?: number; municipalityId?: string; name?: string }): Promise<{ page: Page; user: UserRecord }>;
  close(): Promise<void>;
}

/**
 * Starts the app with demo data on a free port, serving the built web app, and a Chromium to
 * drive it. The web app must have been built (`npx vite build`; `npm test` does it first).
 */
export async function startWebWorld(): Promise<WebWorld> {
  if (!existsSync(projectPath('dist', 'web', 'index.html'))) {
    throw new Error('The web app is not built: run "npx vite build" (npm test and npm run test:browser build it first)');
  }
  const world = await createTestWorld({ demo: true, web: true });
  await world.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = world.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const list = (await (await fetch(`${baseUrl}/api/evaluations?limit=500`)).json()) as {
    items: Array<{ id: string; year: number | null; municipality: { id: string } }>;
  };
  const evaluationIds = new Map(list.items.map((item) => [`${item.municipality.id}-${item.year}`, item.id]));
  const chromium = await launchChromium();
  const contexts: Array<{ close(): Promise<void> }> = [];
  const newPage = async (width = 1280) => {
    const context = await chromium.browser.newContext({ viewport: { width, height: 900 }, baseURL: baseUrl, reducedMotion: 'reduce', locale: 'sv-SE' });
    contexts.push(context);
    return context.newPage();
  };
  return {
    world,
    browser: chromium.browser,
    baseUrl,
    evaluationIds,
    newPage,
    async signedInPage(role, options = {}) {
      const user = await addUser(world, role, { municipalityId: options.municipalityId, name: options.name });
      const page = await newPage(options.width);
      await signInThroughForm(page, user.email);
      return { page, user };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await chromium.close();
      await world.close();
    },
  };
}

/** The id of a demo evaluation, failing loudly when the demo data changed. */
export function demoEvaluation(web: WebWorld, municipalityId: string, year: number): string {
  const id = web.evaluationIds.get(`${municipalityId}-${year}`);
  if (!id) throw new Error(`No demo evaluation of ${municipalityId} in ${year}`);
  return id;
}

/** Opens a path and waits until the page's h1 is there (data loaded). */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').waitFor();
}

/**
 * Signs a page in through the real sign-in form (`/logga-in`) and waits until the header offers
 * to sign out; the form then returns to `returnTo` (the start page by default).
 */
export async function signInThroughForm(page: Page, email: string, password = TEST_PASSWORD, returnTo?: string): Promise<void> {
  await open(page, returnTo ? `/logga-in?till=${encodeURIComponent(returnTo)}` : '/logga-in');
  const form = page.getByRole('form', { name: 'Inloggning' });
  await form.getByLabel('E-postadress').fill(email);
  await form.getByLabel('Lösenord', { exact: true }).fill(password);
  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/session' && response.request().method() === 'POST');
  await form.getByRole('button', { name: 'Logga in' }).click();
  const status = (await answer).status();
  if (status !== 200) throw new Error(`Signing in ${email} through the form failed: ${status}`);
  await page.waitForURL((url) => url.pathname !== '/logga-in');
  await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).waitFor();
  await page.locator('main h1').waitFor();
}

/** The trimmed text of every matching element. */
export async function texts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

export interface FocusedElement {
  tag: string | null;
  id: string | null;
  text: string | null;
  href: string | null;
  inMain: boolean;
}

/** What has keyboard focus in the page (evaluated in the browser; tests have no DOM types). */
export async function focusedElement(page: Page): Promise<FocusedElement> {
  return (await page.evaluate(`(() => {
    const element = document.activeElement;
    return {
      tag: element ? element.tagName : null,
      id: element ? element.id || null : null,
      text: element ? element.textContent : null,
      href: element ? element.getAttribute('href') : null,
      inMain: Boolean(element && element.closest('main')),
    };
  })()`)) as FocusedElement;
}

/** The page's full width; larger than the viewport means the page scrolls sideways. */
export async function pageScrollWidth(page: Page): Promise<number> {
  return (await page.evaluate('document.documentElement.scrollWidth')) as number;
}
