import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { demoEvaluation, focusedElement, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

/** The axe violations of a page as readable lines (an empty list is the goal). */
async function violations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/** Axe at 1280 and at 375 px (where the page must not scroll sideways); back to 1280 afterwards. */
async function violationsAtBothWidths(page: Page, name: string): Promise<string[]> {
  const found = await violations(page, `${name} at 1280 px`);
  await page.setViewportSize({ width: 375, height: 900 });
  found.push(...(await violations(page, `${name} at 375 px`)));
  const wide = (await page.evaluate(
    `[...document.querySelectorAll('main *')].filter((element) => element.getBoundingClientRect().right > 376).slice(-3).map((element) => element.tagName + '.' + element.className)`,
  )) as string[];
  expect(await pageScrollWidth(page), `${name} scrolls sideways at 375 px: ${wide.join(', ')}`).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}

/** The fieldset of one unit in the scoring panel. */
const unitGroup = (page: Page, code: string) => page.locator(`fieldset[data-unit="${code}"]`);

describe.skipIf(!runBrowserTests)('web app: a follow-up evaluation built on a published one', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('an evaluator starts a follow-up, sees the baseline, takes a score over, edits it and judges an improvement opportunity', { timeout: 300_000 }, async () => {
    const found: string[] = [];
    // Leksand's published report of 2023 (model 2020, with texts) is the baseline.
    const baselineId = demoEvaluation(web, 'se-2029', 2023);
    const { page, user } = await web.signedInPage('evaluator', { name: 'Ulla Uppföljare' });
    const apiUser = await signIn(web.world.app, user.email);
    const baselineScores = (await apiUser.get(`/api/evaluations/${baselineId}`)).json() as { status: string; areas: Array<{ code: string; subareas: Array<{ code: string; score: string | null; max: number }> }> };
    expect(baselineScores.status).toBe('published');
    const previous11 = baselineScores.areas[0]!.subareas.find((subarea) => subarea.code === '1.1')!;
    expect(previous11.score).not.toBeNull();
    const previousShown = String(Number(previous11.score));

    // ---- "Ny uppföljning" on the published evaluation's page ----
    await open(page, `/utvarderingar/${baselineId}`);
    const section = page.locator('section.follow-up-start');
    await section.getByRole('heading', { level: 2, name: 'Uppföljning' }).waitFor();
    found.push(...(await violationsAtBothWidths(page, 'evaluation page with "Ny uppföljning"')));
    await section.getByRole('button', { name: 'Ny uppföljning' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Ny uppföljning' });
    const model = form.getByLabel('Modellversion');
    await model.waitFor();
    // The form opens with the model version chosen: the focus is there, the same version chosen; a
    // newer one (the demo's version with example criteria) is offered too.
    expect((await focusedElement(page)).tag).toBe('SELECT');
    expect(await model.inputValue()).toBe('kommunkompassen-2020');
    expect(await model.locator('option').allInnerTexts()).toEqual(['Kommunkompassen 2020 med exempelkriterier', expect.stringContaining('(samma som förra gången)')]);
    found.push(...(await violations(page, 'the follow-up form')));
    await form.getByRole('button', { name: 'Skapa uppföljningen' }).click();
    await page.waitForURL(/\/utvarderingar\/[0-9a-f-]+\/arbetsyta$/);
    const followUpId = /\/utvarderingar\/([0-9a-f-]+)\/arbetsyta$/.exec(page.url())![1]!;
    expect(followUpId).not.toBe(baselineId);

    // ---- The overview says what it follows up, with a link ----
    const overview = page.locator('section.follow-up-overview');
    await overview.getByText('Den här utvärderingen följer upp').waitFor();
    expect(await overview.getByRole('link', { name: 'Leksands kommun 2023' }).getAttribute('href')).toBe(`/utvarderingar/${baselineId}`);
    found.push(...(await violationsAtBothWidths(page, 'follow-up overview')));

    // ---- Scoring: the previous score beside the own fields; nothing taken over by itself ----
    await page.getByRole('navigation', { name: 'Arbetsytans delar' }).getByRole('link', { name: 'Bedömning' }).click();
    await page.getByRole('heading', { level: 2, name: 'Min bedömning' }).waitFor();
    const unit11 = unitGroup(page, '1.1');
    await unit11.getByText(`Förra poängen: ${previousShown} av ${previous11.max}`).waitFor();
    expect(await page.locator('#poang-1-1').inputValue()).toBe('');
    expect(await page.locator('[data-taken-over]').count()).toBe(0);
    // The area's previous strengths and improvement opportunities, folded away, with the actions of
    // the municipality's plan (the demo's plan is public).
    const area1 = page.locator('details[data-previous-area="1"]').first();
    await area1.locator('summary').click();
    await area1.getByText('Dialogmöten i byarna där förtroendevalda från alla partier deltar.').waitFor();
    await area1.getByText('Ta fram en strategi för medborgardialog som beskriver när dialog används och hur resultatet återkopplas.').waitFor();
    await area1.getByText('Strategi för medborgardialog', { exact: true }).waitFor();
    await area1.getByText('Pågår, 55 % klart').waitFor();
    found.push(...(await violationsAtBothWidths(page, 'follow-up scoring')));

    // Taking the previous score over with the keyboard only: the focus stays on the button.
    const takeOver = unit11.getByRole('button', { name: 'Utgå från förra poängen för 1.1' });
    await takeOver.focus();
    await page.keyboard.press('Enter');
    await unit11.getByText('Övertaget från förra utvärderingen').waitFor();
    await unit11.getByText('Förra poängen och motiveringen för 1.1 är införda.', { exact: false }).waitFor();
    expect(await page.locator('#poang-1-1').inputValue()).toBe(previousShown);
    expect((await focusedElement(page)).text).toBe('Utgå från förra poängen');
    const takenOver = (await apiUser.get(`/api/evaluations/${followUpId}/my-scores`)).json() as { items: Array<{ unitCode: string; score: string | null; takenOver: boolean }> };
    expect(takenOver.items.find((item) => item.unitCode === '1.1')).toMatchObject({ score: previous11.score, takenOver: true });
    found.push(...(await violations(page, 'follow-up scoring after a take-over')));

    // Editing it (still with the keyboard) removes the mark.
    for (let step = 0; step < 4 && (await focusedElement(page)).id !== 'poang-1-1'; step += 1) await page.keyboard.press('Tab');
    expect((await focusedElement(page)).id).toBe('poang-1-1');
    const edited = Number(previous11.score) >= previous11.max ? Number(previous11.score) - 1 : Number(previous11.score) + 1;
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(edited));
    await page.keyboard.press('Tab');
    await unit11.getByText(/^Sparat \d\d:\d\d$/).waitFor();
    await unit11.getByText('Övertaget från förra utvärderingen').waitFor({ state: 'detached' });
    const own = (await apiUser.get(`/api/evaluations/${followUpId}/my-scores`)).json() as { items: Array<{ unitCode: string; score: string | null; takenOver: boolean }> };
    expect(own.items.find((item) => item.unitCode === '1.1')).toMatchObject({ score: `${edited}.00`, takenOver: false });

    // ---- Writing: the area's previous texts taken over, marked ----
    await open(page, `/utvarderingar/${followUpId}/arbetsyta/texter?del=1`);
    await page.getByRole('heading', { level: 3, name: /^Område 1:/ }).waitFor();
    await page.getByRole('button', { name: 'Utgå från förra texterna för området' }).click();
    await page.getByText('Områdets texter: övertagna från förra utvärderingen').waitFor();
    expect(await page.getByLabel('Styrka 1', { exact: true }).inputValue()).toBe('Dialogmöten i byarna där förtroendevalda från alla partier deltar.');
    found.push(...(await violationsAtBothWidths(page, 'follow-up writing')));

    // ---- Judging the previous improvement opportunities ----
    await page.getByRole('navigation', { name: 'Arbetsytans delar' }).getByRole('link', { name: 'Uppföljning' }).click();
    await page.getByRole('heading', { level: 2, name: 'Förra utvärderingens förbättringsområden' }).waitFor();
    const item = page.locator('li.review-item[data-improvement="1:0"]');
    await item.getByText('Ta fram en strategi för medborgardialog', { exact: false }).waitFor();
    const progressBefore = await page.locator('.scoring-progress__text').innerText();
    expect(progressBefore).toMatch(/^0 av \d+ förbättringsmöjligheter bedömda$/);
    found.push(...(await violationsAtBothWidths(page, 'judging the previous improvement opportunities')));
    const partly = item.getByRole('radio', { name: 'Delvis åtgärdad' });
    await partly.focus();
    await page.keyboard.press('Space');
    expect(await partly.isChecked()).toBe(true);
    const comment = item.getByLabel('Kommentar till förbättringsmöjlighet 1');
    await comment.focus();
    await page.keyboard.type('En strategi är antagen men ännu inte **använd** i byarna.');
    await page.keyboard.press('Tab');
    await item.getByText(/^Sparat \d\d:\d\d$/).waitFor();
    await page.getByText(/^1 av \d+ förbättringsmöjligheter bedömda$/).waitFor();
    const baseline = (await apiUser.get(`/api/evaluations/${followUpId}/baseline?lang=sv`)).json() as {
      areas: Array<{ previous: Array<{ areaCode: string; improvements: Array<{ index: number; review: { judgement: string; comment: string } | null }> }> }>;
    };
    const judged = baseline.areas.flatMap((area) => area.previous).find((area) => area.areaCode === '1')!.improvements[0]!;
    expect(judged.review).toMatchObject({ judgement: 'partly', comment: 'En strategi är antagen men ännu inte **använd** i byarna.' });

    // ---- The published evaluation now lists its follow-up ----
    await open(page, `/utvarderingar/${baselineId}`);
    expect(await page.locator('section.follow-up-start').getByRole('link', { name: 'Uppföljning 1 (Utkast)' }).getAttribute('href')).toBe(`/utvarderingar/${followUpId}`);

    expect(found).toEqual([]);
  });
});
