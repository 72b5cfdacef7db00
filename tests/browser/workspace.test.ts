import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { demoEvaluation, focusedElement, open, signInThroughForm, startWebWorld, texts, type WebWorld } from './web-world.js';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });
const workspaceNav = (page: Page) => page.getByRole('navigation', { name: 'Arbetsytans delar' });

/** Presses Tab until the focused element's text is `text`, failing after `limit` presses. */
async function tabTo(page: Page, text: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedElement(page)).text?.trim() === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** A change through the API with the page's own session (and its CSRF token). */
async function apiPost(page: Page, path: string, data: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const response = await page.request.post(path, { data: data as Record<string, unknown>, headers: { 'x-csrf-token': session.csrfToken } });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

async function axeFindings(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

describe.skipIf(!runBrowserTests)('web app: the evaluation workspace (start, overview, status flow, presence)', () => {
  let web: WebWorld;
  /** The evaluation the administrator starts in the first test (Stockholm, with Eva Parsson assigned). */
  let startedId = '';
  let evaluatorEmail = '';

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('lets an administrator start an evaluation with an evaluator, lands in its workspace, lists what is missing and moves draft → review → draft with the keyboard', { timeout: 120_000 }, async () => {
    const evaluator = await addUser(web.world, 'evaluator', { name: 'Eva Parsson' });
    evaluatorEmail = evaluator.email;
    const { page } = await web.signedInPage('admin', { name: 'Anna Andersson' });

    await mainNav(page).getByRole('link', { name: 'Ny utvärdering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny utvärdering' }).waitFor();
    expect(await page.title()).toBe('Ny utvärdering – Kompass');
    const form = page.getByRole('form', { name: 'Ny utvärdering' });
    const municipality = form.getByLabel('Kommun', { exact: true });
    // The form appears once the municipalities, versions and users have loaded (the heading before).
    await municipality.waitFor();
    // All of Sweden's and Norway's municipalities and the empty choice, and the current model version chosen from the start.
    expect(await municipality.locator('option').count()).toBe(290 + 357 + 1);
    expect(await form.getByLabel('Version av modellen').inputValue()).toBe('kommunkompassen-2020');

    // Nothing chosen: the error is said in Swedish and the field gets focus.
    await form.getByRole('button', { name: 'Starta utvärderingen' }).click();
    await form.getByText('Välj vilken kommun som ska utvärderas.').waitFor();
    expect((await focusedElement(page)).tag).toBe('SELECT');
    expect(await municipality.getAttribute('aria-invalid')).toBe('true');

    await municipality.selectOption('se-0180');
    await form.getByLabel('Från och med').fill('2026-09');
    await form.getByLabel('Till och med').fill('2026-11');
    await form.getByRole('checkbox', { name: /Eva Parsson/ }).check();
    await form.getByRole('button', { name: 'Starta utvärderingen' }).click();

    await page.waitForURL(/\/utvarderingar\/[0-9a-f-]+\/arbetsyta$/);
    startedId = /\/utvarderingar\/([0-9a-f-]+)\/arbetsyta$/.exec(page.url())![1]!;
    await page.getByRole('heading', { level: 1, name: /Arbetsyta: Stockholms kommun/ }).waitFor();
    expect(await page.title()).toMatch(/^Översikt – arbetsyta för Stockholms kommun/);
    const assigned = (await (await page.request.get(`/api/evaluations/${startedId}/evaluators`)).json()) as { items: Array<{ name: string }> };
    expect(assigned.items.map((item) => item.name)).toEqual(['Eva Parsson']);
    expect(await texts(page, 'main .status-badge')).toEqual(['Status: Utkast']);
    await workspaceNav(page).locator('a[aria-current="page"]', { hasText: 'Översikt' }).waitFor();

    // Completeness: all 36 sub-areas of the 2020 model lack an agreed score.
    const missing = page.getByText('Utan överenskommen poäng: 36 av 36 delområden');
    await missing.click();
    const list = page.locator('[data-kind="score"] .unit-list li');
    expect(await list.count()).toBe(36);
    await list.first().waitFor();
    expect((await list.first().innerText()).replace(/\s+/g, ' ')).toMatch(/^1\.1 \S/);
    await page.getByText('Utan underlag: 36 av 36 delområden').waitFor();

    // The status flow with the keyboard alone: to review, and back to draft.
    await page.getByRole('heading', { level: 2, name: 'Status' }).focus();
    await tabTo(page, 'Flytta till Under granskning');
    await page.keyboard.press('Enter');
    await page.getByText('Statusen är ändrad till Under granskning.').waitFor();
    await page.locator('main .status-badge').getByText('Under granskning').waitFor();
    expect((await focusedElement(page)).text).toBe('Status');
    // On to the fact check needs every agreed score: the button says why not.
    const toFactCheck = page.getByRole('button', { name: 'Flytta till Faktakontroll hos kommunen' });
    expect(await toFactCheck.isDisabled()).toBe(true);
    await page.getByText('Går inte ännu: alla delområden behöver en överenskommen poäng först (saknas: 36).').waitFor();

    await tabTo(page, 'Flytta tillbaka till Utkast');
    await page.keyboard.press('Enter');
    await page.getByText('Statusen är ändrad till Utkast.').waitFor();
    await page.locator('main .status-badge').getByText('Utkast').waitFor();
    const detail = (await (await page.request.get(`/api/evaluations/${startedId}`)).json()) as { status: string };
    expect(detail.status).toBe('draft');
  });

  it('tells a user that someone else changed the status in the meantime (409) and shows the new state', { timeout: 60_000 }, async () => {
    const { page } = await web.signedInPage('admin');
    await open(page, `/utvarderingar/${startedId}/arbetsyta`);
    const move = page.getByRole('button', { name: 'Flytta till Under granskning' });
    await move.waitFor();
    // Someone else moves it first.
    expect((await apiPost(page, `/api/evaluations/${startedId}/status`, { from: 'draft', to: 'review' })).status).toBe(200);
    await move.click();
    await page.getByText('Någon annan hann ändra statusen under tiden, till Under granskning.', { exact: false }).waitFor();
    await page.locator('main .status-badge').getByText('Under granskning').waitFor();
    await page.getByRole('button', { name: 'Flytta tillbaka till Utkast' }).click();
    await page.getByText('Statusen är ändrad till Utkast.').waitFor();
  });

  it('shows the assigned evaluator the workspace and who else works on it (two pages at once)', { timeout: 90_000 }, async () => {
    const { page: admin } = await web.signedInPage('admin', { name: 'Anna Andersson' });
    await open(admin, `/utvarderingar/${startedId}/arbetsyta`);
    await workspaceNav(admin).getByRole('link', { name: 'Underlag', exact: true }).click();
    await admin.waitForURL(/\/arbetsyta\/underlag$/);
    // The address changes before the page that marks its link has rendered: wait for the mark.
    await workspaceNav(admin).locator('a[aria-current="page"]', { hasText: /^Underlag$/ }).waitFor();

    const evaluator = await web.newPage();
    await signInThroughForm(evaluator, evaluatorEmail, undefined, `/utvarderingar/${startedId}`);
    // From the evaluation page to its workspace.
    await evaluator.getByRole('link', { name: 'Arbetsyta', exact: true }).click();
    await evaluator.getByRole('heading', { level: 1, name: /Arbetsyta: Stockholms kommun/ }).waitFor();
    expect(await texts(evaluator, 'nav[aria-label="Arbetsytans delar"] a')).toEqual(expect.arrayContaining(['Översikt', 'Underlag', 'Faktakontroll']));
    const presence = evaluator.getByRole('status', { name: 'Andra som arbetar med utvärderingen' });
    await presence.getByText('Anna Andersson arbetar med Underlag').waitFor();
    // The other way round, with the next heartbeat (every 20 s).
    await admin.getByRole('status', { name: 'Andra som arbetar med utvärderingen' }).getByText('Eva Parsson arbetar med Översikt').waitFor({ timeout: 30_000 });
  });

  it('treats a municipality user of another municipality, and the public, as if the workspace did not exist; the own municipality sees overview and fact check', { timeout: 60_000 }, async () => {
    const { page } = await web.signedInPage('municipality', { municipalityId: 'se-2029' });
    for (const path of [`/utvarderingar/${startedId}/arbetsyta`, `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}/arbetsyta`]) {
      await open(page, path);
      await page.getByRole('heading', { level: 1, name: 'Sidan hittades inte' }).waitFor();
    }
    // Published and readable, but not theirs to work on: no link to a workspace either.
    await open(page, `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}`);
    expect(await page.getByRole('link', { name: 'Arbetsyta', exact: true }).count()).toBe(0);

    const anonymous = await web.newPage();
    await open(anonymous, `/utvarderingar/${startedId}/arbetsyta`);
    await anonymous.getByRole('heading', { level: 1, name: 'Sidan hittades inte' }).waitFor();
    await anonymous.getByRole('main').getByRole('link', { name: 'Logga in' }).waitFor();

    // Leksand's own evaluation at the fact check: overview and fact check, no working material.
    const list = (await (await page.request.get('/api/evaluations?municipality=se-2029')).json()) as { items: Array<{ id: string; status: string }> };
    const factCheck = list.items.find((item) => item.status === 'fact_check');
    expect(factCheck).toBeDefined();
    await open(page, `/utvarderingar/${factCheck!.id}/arbetsyta`);
    await page.getByRole('heading', { level: 1, name: /Arbetsyta: Leksands kommun/ }).waitFor();
    expect(await texts(page, 'nav[aria-label="Arbetsytans delar"] a')).toEqual(['Översikt', 'Faktakontroll']);
    await page.getByText('Utvärderarna ändrar statusen när arbetet går vidare.').waitFor();
    expect(await page.getByRole('heading', { name: 'Vad som återstår' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Flytta/ }).count()).toBe(0);
  });

  it('compares with the previous evaluation per area, with the caveat when the model versions differ (Örnsköldsvik)', { timeout: 60_000 }, async () => {
    const { page } = await web.signedInPage('admin');
    const created = await apiPost(page, '/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-10' });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    // One agreed score, so area 1 has a figure now; the other areas have none yet.
    const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
    const scored = await page.request.put(`/api/evaluations/${id}/scores`, {
      data: { version: created.body.version, scores: [{ code: '1.1', score: 3 }] },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(scored.status()).toBe(200);
    await open(page, `/utvarderingar/${id}/arbetsyta`);
    const section = page.getByRole('region', { name: 'Jämfört med föregående utvärdering' });
    await section.getByRole('heading', { level: 3, name: 'Olika versioner av modellen' }).waitFor();
    expect(await section.innerText()).toContain('Jämförelsen går över olika versioner av Kommunkompassen');
    await section.getByRole('link', { name: 'utvärderingen 2017' }).waitFor();
    const table = section.getByRole('table');
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Område', 'Nu', '2017', 'Skillnad']);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(8);
    // Area 1 has 3 points now, fewer than in 2017: the difference has a real minus sign and is said in words too.
    const first = rows.first().locator('td');
    expect(await first.nth(0).innerText()).toBe('3');
    const firstDifference = (await first.nth(2).innerText()).replace(/\s+/g, ' ');
    expect(firstDifference).toMatch(/^−\d+ \d+ poäng lägre$/);
    // Areas without a score yet have no figure and no difference, said as "saknas".
    expect((await rows.nth(1).locator('td').nth(0).innerText()).replace(/\s+/g, ' ')).toBe('– saknas');

    const found = await axeFindings(page, 'overview with previous comparison');
    await page.getByText(/^Utan överenskommen poäng/).click();
    found.push(...(await axeFindings(page, 'overview with completeness open')));
    expect(found).toEqual([]);
  });

  for (const width of [1280, 375]) {
    it(`has no axe violations on the workspace overview and the new-evaluation page at ${width} px`, { timeout: 90_000 }, async () => {
      const found: string[] = [];
      const { page } = await web.signedInPage('admin', { width });
      await open(page, '/utvarderingar/ny');
      await page.getByRole('button', { name: 'Starta utvärderingen' }).waitFor();
      found.push(...(await axeFindings(page, 'new evaluation')));
      await page.getByRole('button', { name: 'Starta utvärderingen' }).click();
      await page.getByText('Välj vilken kommun som ska utvärderas.').waitFor();
      found.push(...(await axeFindings(page, 'new evaluation with an error')));
      await open(page, `/utvarderingar/${startedId}/arbetsyta`);
      await page.getByRole('button', { name: 'Flytta till Under granskning' }).waitFor();
      found.push(...(await axeFindings(page, 'workspace overview')));
      await open(page, `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}`);
      found.push(...(await axeFindings(page, 'evaluation page with the workspace link')));
      expect(found).toEqual([]);
      // The evaluator's form: no evaluator choice, a note instead.
      const { page: evaluator } = await web.signedInPage('evaluator', { width });
      await open(evaluator, '/utvarderingar/ny');
      await evaluator.getByText('Du blir utvärderare för utvärderingen. En administratör lägger till din kollega.').waitFor();
      expect(await axeFindings(evaluator, 'new evaluation (evaluator)')).toEqual([]);
    });
  }
});
