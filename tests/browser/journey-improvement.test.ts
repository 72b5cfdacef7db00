/**
 * The improvement cycle in one journey, in Chromium: the administrator publishes Leksand's
 * evaluation of 2026 → the municipality starts its action plan from the report's improvement
 * opportunities and notes its progress over time, then shares the plan with the evaluators →
 * an evaluator starts a follow-up and sees the baseline with the municipality's actions → the
 * evaluator judges an earlier improvement opportunity → the municipality publishes its plan →
 * the follow-up's report shows the development, the judgement and the action's progress.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { focusedElement, open, startWebWorld, type WebWorld } from './web-world.js';

async function violations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help}`);
}

/** Moves the evaluation on from its workspace's status section, as a user does. */
async function moveStatus(page: Page, id: string, button: string, statusName: string): Promise<void> {
  await open(page, `/utvarderingar/${id}/arbetsyta`);
  await page.getByRole('button', { name: button }).click();
  await page.getByText(`Statusen är ändrad till ${statusName}.`).waitFor();
  await page.locator('main .status-badge').getByText(statusName).waitFor();
}

/** An ISO date `days` from `iso`. */
function shift(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface Plan {
  today: string;
  actions: Array<{ id: string; title: string; areaCode: string | null; improvement: { areaCode: string; index: number; text: string } | null; progress: number; status: string }>;
}

describe.skipIf(!runBrowserTests)('web app: from the published report to the follow-up that builds on it', () => {
  let web: WebWorld;
  let admin: Client;
  let evaluationId: string;

  beforeAll(async () => {
    web = await startWebWorld();
    // Leksand's evaluation of 2026 is in the fact check with every score agreed; its team settles
    // the comments still open, so it may become final.
    admin = await signedInAs(web.world, 'admin');
    const all = (await admin.get('/api/evaluations?limit=500')).json() as { items: Array<{ id: string; status: string; municipality: { id: string } }> };
    evaluationId = all.items.find((item) => item.municipality.id === 'se-2029' && item.status === 'fact_check')!.id;
    const comments = (await admin.get(`/api/evaluations/${evaluationId}/fact-comments`)).json() as { items: Array<{ id: string; version: number; status: string }> };
    for (const comment of comments.items.filter((item) => item.status === 'open')) {
      expect((await admin.put(`/api/evaluations/${evaluationId}/fact-comments/${comment.id}`, { version: comment.version, status: 'resolved' })).statusCode).toBe(200);
    }
  }, 120_000);
  afterAll(async () => {
    await web?.close();
  });

  it('runs from publication through the action plan to the follow-up and its report', { timeout: 420_000 }, async () => {
    const found: string[] = [];

    // ---- 1. The administrator makes the evaluation final and publishes it ----
    const { page: adminPage } = await web.signedInPage('admin', { name: 'Ada Administratör' });
    await moveStatus(adminPage, evaluationId, 'Flytta till Slutversion', 'Slutversion');
    await moveStatus(adminPage, evaluationId, 'Flytta till Publicerad', 'Publicerad');

    // ---- 2. The municipality starts its plan from the report's improvement opportunities ----
    const { page: town, user: townUser } = await web.signedInPage('municipality', { municipalityId: 'se-2029', name: 'Maja Kommunal' });
    const townApi = await signedInAs(web.world, 'municipality', { municipalityId: 'se-2029' });
    const detail = (await townApi.get(`/api/evaluations/${evaluationId}`)).json() as { status: string; areas: Array<{ code: string; improvements: string[] }> };
    expect(detail.status).toBe('published');
    const improvements = detail.areas.reduce((sum, area) => sum + area.improvements.length, 0);
    expect(improvements).toBeGreaterThan(0);
    await open(town, `/utvarderingar/${evaluationId}`);
    await town.getByRole('region', { name: 'Handlingsplan' }).getByRole('button', { name: 'Starta handlingsplan från förbättringsområdena' }).click();
    const planPath = `/utvarderingar/${evaluationId}/handlingsplan`;
    await town.waitForURL((url) => url.pathname === planPath);
    await town.getByText(`Handlingsplanen är startad med ${improvements} föreslagna åtgärder.`).waitFor();
    const plan = async () => (await townApi.get(`/api/evaluations/${evaluationId}/action-plan`)).json() as Plan;
    const started = await plan();
    expect(started.actions).toHaveLength(improvements);
    // Every proposal answers its own improvement opportunity, in the report's order.
    expect(started.actions.every((action) => action.improvement !== null && action.improvement.areaCode === action.areaCode)).toBe(true);
    const first = started.actions[0]!;
    const today = started.today;

    // ---- 3. Progress over time: the action under way, with dated notes ----
    await open(town, `${planPath}/atgarder/${first.id}`);
    await town.getByLabel('Ansvarig').fill('Kommunledningsförvaltningen');
    await town.getByLabel('Startdatum').fill(shift(today, -120));
    await town.getByLabel('Slutdatum').fill(shift(today, 200));
    await town.getByLabel('Status').selectOption('in_progress');
    await town.getByRole('button', { name: 'Spara ändringarna' }).click();
    await town.getByText('Ändringarna är sparade.').waitFor();
    const notes = town.getByRole('region', { name: 'Anteckningar om framdriften' });
    for (const [daysAgo, progress, text] of [
      [90, '20', 'En arbetsgrupp med representanter för nämnderna är tillsatt.'],
      [10, '60', 'Ett förslag har varit ute på remiss hos förvaltningarna.'],
    ] as const) {
      await notes.getByLabel('Datum').fill(shift(today, -daysAgo));
      await notes.getByLabel('Anteckning', { exact: true }).fill(text);
      await notes.getByLabel('Framdrift i procent (valfritt)').fill(progress);
      await notes.getByRole('button', { name: 'Lägg till anteckningen' }).click();
      await notes.getByText(text).waitFor();
    }
    expect((await plan()).actions.find((action) => action.id === first.id)).toMatchObject({ status: 'in_progress', progress: 60 });
    found.push(...(await violations(town, 'the action with its notes')));

    // The municipality shares the plan with the evaluators; its start page shows the plan.
    await open(town, planPath);
    const settings = town.getByRole('region', { name: 'Inställningar för planen' });
    await settings.getByRole('radio', { name: 'kommunen och utvärderarna' }).check();
    await settings.getByLabel('Nästa uppföljning').fill('2028-09');
    await settings.getByRole('button', { name: 'Spara inställningarna' }).click();
    await settings.getByText('Inställningarna är sparade.').waitFor();
    found.push(...(await violations(town, 'the plan')));
    await open(town, '/min-kommun');
    await town.getByRole('region', { name: 'Handlingsplan' }).getByText('Handlingsplanen för utvärderingen 2026', { exact: false }).waitFor();
    await town.getByRole('region', { name: 'Nästa uppföljning' }).getByText('september 2028', { exact: false }).waitFor();
    found.push(...(await violations(town, 'Min kommun')));

    // ---- 4. An evaluator starts the follow-up and sees the baseline with the actions ----
    const { page: evaluator } = await web.signedInPage('evaluator', { name: 'Ulf Uppföljare' });
    await open(evaluator, `/utvarderingar/${evaluationId}`);
    const start = evaluator.locator('section.follow-up-start');
    await start.getByRole('button', { name: 'Ny uppföljning' }).focus();
    await evaluator.keyboard.press('Enter');
    const form = evaluator.getByRole('form', { name: 'Ny uppföljning' });
    // The form opens with the focus on its model version.
    await form.getByLabel('Modellversion').waitFor();
    await expect.poll(async () => (await focusedElement(evaluator)).tag).toBe('SELECT');
    await form.getByRole('button', { name: 'Skapa uppföljningen' }).click();
    await evaluator.waitForURL(/\/utvarderingar\/[0-9a-f-]+\/arbetsyta$/);
    const followUpId = /\/utvarderingar\/([0-9a-f-]+)\/arbetsyta$/.exec(evaluator.url())![1]!;
    expect(followUpId).not.toBe(evaluationId);
    await evaluator.getByRole('navigation', { name: 'Arbetsytans delar' }).getByRole('link', { name: 'Bedömning' }).click();
    await evaluator.getByRole('heading', { level: 2, name: 'Min bedömning' }).waitFor();
    // Nothing is taken over unless chosen.
    expect(await evaluator.locator('[data-taken-over]').count()).toBe(0);
    const area = evaluator.locator(`details[data-previous-area="${first.areaCode}"]`).first();
    await area.locator('summary').click();
    // The proposal's title is its opportunity's text: the action is the one listed under it.
    await area.locator('.follow-up-actions__title', { hasText: first.title }).waitFor();
    await area.getByText('Pågår, 60 % klart').waitFor();
    found.push(...(await violations(evaluator, 'the follow-up’s scoring with the baseline')));

    // ---- 5. The evaluator judges the earlier improvement opportunity the action answers ----
    await evaluator.getByRole('navigation', { name: 'Arbetsytans delar' }).getByRole('link', { name: 'Uppföljning' }).click();
    await evaluator.getByRole('heading', { level: 2, name: 'Förra utvärderingens förbättringsområden' }).waitFor();
    const item = evaluator.locator(`li.review-item[data-improvement="${first.improvement!.areaCode}:${first.improvement!.index}"]`);
    await item.getByRole('radio', { name: 'Delvis åtgärdad' }).check();
    await item.getByRole('textbox').first().fill('Arbetet är påbörjat men ännu inte beslutat.');
    await evaluator.keyboard.press('Tab');
    await item.getByText(/^Sparat \d\d:\d\d$/).waitFor();

    // ---- 6. The municipality publishes its plan; the follow-up's report shows the development ----
    await open(town, planPath);
    await settings.getByRole('radio', { name: 'alla (publicerad)' }).check();
    await settings.getByRole('button', { name: 'Spara inställningarna' }).click();
    await settings.getByText('Inställningarna är sparade.').waitFor();
    expect(townUser.municipalityId).toBe('se-2029');

    await evaluator.goto(`/api/evaluations/${followUpId}/report?format=html`);
    const chapter = evaluator.getByRole('heading', { level: 2, name: /Utveckling sedan förra utvärderingen$/ });
    await chapter.waitFor();
    const report = (await evaluator.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(report).toContain('Den här utvärderingen följer upp utvärderingen av Leksands kommun 2026');
    expect(report).toContain('Utvärderarnas bedömning: delvis åtgärdad.');
    expect(report).toContain('Arbetet är påbörjat men ännu inte beslutat.');
    expect(report).toContain(`${first.title}: pågår, 60`);
    found.push(...(await violations(evaluator, 'the follow-up’s report')));

    expect(found).toEqual([]);
  });
});
