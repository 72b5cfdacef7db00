/**
 * The municipality start page "Min kommun": the demo's Leksand user signs in and lands on it, sees
 * the action plan of the published 2023 evaluation (the demo's plan, src/demo/demo-action-plan.ts)
 * with its summary and what is overdue in words, the planned follow-up and the evaluations; the
 * header leads there; keyboard and axe at 1280 and 375 px. Evaluators are told the page is not theirs.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { demoEvaluation, focusedElement, open, pageScrollWidth, signInThroughForm, startWebWorld, texts, type WebWorld } from './web-world.js';

const leksandAccount = DEMO_ACCOUNTS.find((account) => account.email === 'kommun@demo.kompass.invalid')!;

const main = (page: Page) => page.getByRole('main');

describe.skipIf(!runBrowserTests)('web app: the municipality start page', () => {
  let web: WebWorld;
  let published: string;

  beforeAll(async () => {
    web = await startWebWorld();
    published = demoEvaluation(web, 'se-2029', 2023);
  });
  afterAll(async () => {
    await web?.close();
  });

  for (const width of [1280, 375]) {
    it(`lands a municipality user on it after signing in, with the plan's summary and what is overdue in words, axe-clean at ${width} px`, { timeout: 90_000 }, async () => {
      const page = await web.newPage(width);
      await signInThroughForm(page, leksandAccount.email, leksandAccount.password);
      expect(new URL(page.url()).pathname).toBe('/min-kommun');
      await page.getByRole('heading', { level: 1, name: 'Min kommun: Leksands kommun' }).waitFor();
      expect(await page.title()).toBe('Min kommun: Leksands kommun – Kompass');

      const plan = main(page).getByRole('region', { name: 'Handlingsplan' });
      await plan.getByText('Handlingsplanen för utvärderingen 2023', { exact: false }).waitFor();
      expect(await plan.getByText('Planen är publicerad och kan läsas av alla.', { exact: false }).count()).toBe(1);
      const summary = await texts(page, '.fact-list__item');
      expect(summary).toContain('Förbättringsmöjligheter med åtgärd 9 av 9');
      expect(summary).toContain('Förbättringsmöjligheter där arbetet är klart 1 av 9');
      expect(summary.find((text) => text.startsWith('Åtgärder '))).toMatch(/^Åtgärder 10 åtgärder: \d+ planerade, \d+ pågår, 1 klara, 1 avbrutna$/);

      // Overdue is said in words beside the colour: the digitalisation plan was due at the end of June 2026.
      const overdue = plan.getByRole('region', { name: 'Försenat' });
      const item = overdue.getByRole('listitem').filter({ hasText: 'Plan för digitalisering och e-tjänster' });
      expect((await item.innerText()).replace(/\s+/g, ' ')).toMatch(/^Försenad Plan för digitalisering och e-tjänster skulle ha varit klar 30 juni 2026 Ansvarig: IT-chefen 60 % klart$/);
      expect(await plan.getByRole('link', { name: 'Öppna handlingsplanen' }).getAttribute('href')).toBe(`/utvarderingar/${published}/handlingsplan`);

      const followUp = main(page).getByRole('region', { name: 'Nästa uppföljning' });
      await followUp.getByText('Kommunen planerar nästa utvärdering till september 2027.').waitFor();

      const rows = await texts(page, 'main table tbody tr');
      expect(rows[0]).toMatch(/^2026 .+ Faktakontroll /);
      expect(rows).toContainEqual(expect.stringMatching(/^2023 .+ Publicerad /));

      // The header leads here, marked as the current page.
      await page.getByRole('navigation', { name: 'Huvudmeny' }).locator('a[aria-current="page"]', { hasText: 'Min kommun' }).waitFor();
      expect(await runAxe(page)).toEqual([]);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
    });
  }

  it('is reached and left by keyboard: the header link, then the plan', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await signInThroughForm(page, leksandAccount.email, leksandAccount.password, '/ramverk');
    expect(new URL(page.url()).pathname).toBe('/ramverk');
    const headerLink = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min kommun' });
    await headerLink.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Min kommun: Leksands kommun' }).waitFor();
    const planLink = main(page).getByRole('link', { name: 'Öppna handlingsplanen' });
    // Tab through the page until the plan's link has focus.
    for (let step = 0; step < 40 && (await focusedElement(page)).text !== 'Öppna handlingsplanen'; step += 1) await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatchObject({ text: 'Öppna handlingsplanen', inMain: true, href: await planLink.getAttribute('href') });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/utvarderingar/${published}/handlingsplan`);
  });

  it('tells an evaluator the page is for municipality users, and shows administrators the municipality they name', { timeout: 60_000 }, async () => {
    const { page } = await web.signedInPage('evaluator', { name: 'Eva Utvärderare' });
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min kommun' }).count()).toBe(0);
    await open(page, '/min-kommun');
    await main(page).getByText('Sidan Min kommun är till för kommunernas användare.', { exact: false }).waitFor();

    const admin = await web.signedInPage('admin');
    await open(admin.page, '/min-kommun?kommun=se-2029');
    await admin.page.getByRole('heading', { level: 1, name: 'Min kommun: Leksands kommun' }).waitFor();
    await main(admin.page).getByRole('region', { name: 'Försenat' }).getByText('Plan för digitalisering och e-tjänster').waitFor();
    expect(await runAxe(admin.page)).toEqual([]);
  });
});
