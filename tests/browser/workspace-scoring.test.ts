import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, signIn, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { focusedElement, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

interface Unit {
  code: string;
  max: number;
}

/** The axe violations of a page as readable lines (an empty list is the goal). */
async function violations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

const scoringPath = (id: string) => `/utvarderingar/${id}/arbetsyta/bedomning`;
const calibrationPath = (id: string) => `/utvarderingar/${id}/arbetsyta/kalibrering`;

/** True when the page would ask before being left (unsaved work): a cancelable beforeunload is cancelled. */
const leaveIsStopped = (page: Page) =>
  page.evaluate(`(() => { const event = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(event); return event.defaultPrevented; })()`);

/** The fieldset of one unit in the scoring panel. */
const unitGroup = (page: Page, code: string) => page.locator(`fieldset[data-unit="${code}"]`);
/** The row of one unit in the calibration tables. */
const calibrationRow = (page: Page, code: string) => page.locator(`tr[data-unit="${code}"]`);

async function expectOk(response: { statusCode: number; body: string }, what: string) {
  if (response.statusCode >= 300) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
}

describe.skipIf(!runBrowserTests)('web app: independent scoring, calibration and agreed scores', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('two evaluators score on their own, calibrate, agree with autosave and merge a conflict', { timeout: 300_000 }, async () => {
    const found: string[] = [];
    const admin = await signedInAs(web.world, 'admin');
    const [anna, bo] = await Promise.all([
      web.signedInPage('evaluator', { name: 'Anna Ärlig' }),
      web.signedInPage('evaluator', { name: 'Bo Bedömare' }),
    ]);
    const created = await admin.post('/api/evaluations', { municipalityId: 'se-0114', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03' });
    await expectOk(created, 'create');
    const id = (created.json() as { id: string }).id;
    for (const user of [anna.user, bo.user]) await expectOk(await admin.post(`/api/evaluations/${id}/evaluators`, { userId: user.id }), 'assign');

    const framework = (await admin.get('/api/frameworks/kommunkompassen-2020')).json() as { areas: Array<{ code: string; subareas: Array<{ code: string; max: number }> }> };
    const units: Unit[] = framework.areas.flatMap((area) => area.subareas.map((subarea) => ({ code: subarea.code, max: subarea.max })));
    expect(units).toHaveLength(36);
    const half = (unit: Unit) => Math.floor(unit.max / 2);
    // Bo scores 1.3 three points higher than Anna; everything else the same.
    const apartUnit = units.find((unit) => unit.code === '1.3')!;
    expect(apartUnit.max).toBeGreaterThanOrEqual(half(apartUnit) + 3);

    // Most units through the API (fast); Anna leaves 1.1 and 1.2 for the keyboard.
    const apiAnna: Client = await signIn(web.world.app, anna.user.email);
    const apiBo: Client = await signIn(web.world.app, bo.user.email);
    await Promise.all([
      ...units
        .filter((unit) => !['1.1', '1.2'].includes(unit.code))
        .map(async (unit) =>
          expectOk(await apiAnna.put(`/api/evaluations/${id}/my-scores/${unit.code}`, { version: 0, score: half(unit), rationale: `Annas motivering för ${unit.code}.` }), `Anna ${unit.code}`),
        ),
      ...units.map(async (unit) =>
        expectOk(
          await apiBo.put(`/api/evaluations/${id}/my-scores/${unit.code}`, {
            version: 0,
            score: unit === apartUnit ? half(unit) + 3 : half(unit),
            rationale: `Bos hemliga motivering för ${unit.code}.`,
          }),
          `Bo ${unit.code}`,
        ),
      ),
    ]);

    // ---- Anna's own scoring, partly with the keyboard ----
    const page = anna.page;
    await open(page, scoringPath(id));
    await page.getByRole('heading', { level: 2, name: 'Min bedömning' }).waitFor();
    expect(await page.locator('.scoring-progress__text').first().innerText()).toBe('34 av 36 delområden bedömda');
    expect(await page.locator('#poang-1-3').inputValue()).toBe(String(half(apartUnit)));
    expect(await page.locator('#poang-1-1').getAttribute('inputmode')).toBe('decimal');
    expect(await page.locator('#motivering-1-1').getAttribute('lang')).toBe('sv');
    expect(await page.locator('#motivering-1-1').getAttribute('spellcheck')).toBe('true');
    found.push(...(await violations(page, 'scoring')));

    // Submitting too early lists what is missing, as links to the fields.
    await page.getByRole('button', { name: 'Lämna in min bedömning' }).focus();
    await page.keyboard.press('Enter');
    const missing = page.locator('.scoring-missing');
    await missing.waitFor();
    expect((await missing.locator('li').allInnerTexts()).map((text) => text.trim())).toEqual([
      expect.stringMatching(/^1\.1 .*: poäng och motivering saknas$/),
      expect.stringMatching(/^1\.2 .*: poäng och motivering saknas$/),
    ]);
    expect((await focusedElement(page)).tag).not.toBe('BUTTON');
    await missing.getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    expect((await focusedElement(page)).id).toBe('poang-1-1');

    // An invalid score is explained at the field and not saved.
    const unit11 = units.find((unit) => unit.code === '1.1')!;
    await page.keyboard.type(`${unit11.max + 2},5`);
    await unitGroup(page, '1.1').getByText(`Poängen kan vara högst ${unit11.max}.`).waitFor();
    expect(await page.locator('#poang-1-1').getAttribute('aria-invalid')).toBe('true');
    await unitGroup(page, '1.1').getByText('Inte sparat – rätta det som är fel i fältet.').waitFor();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('6,5');
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).id).toBe('motivering-1-1');
    await page.keyboard.type('Planen finns och **följs upp** varje år.');
    // The preview renders the Markdown.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await unitGroup(page, '1.1').locator('.score-fields__preview strong').getByText('följs upp').waitFor();
    await unitGroup(page, '1.1').getByText(/^Sparat \d\d:\d\d$/).waitFor();

    // 1.2 with Tab only: the next field after the preview button is 1.2's score.
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).id).toBe('poang-1-2');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Delvis.');
    await page.keyboard.press('Tab'); // leaving the field saves at once
    await unitGroup(page, '1.2').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    expect(await page.locator('.scoring-progress__text').first().innerText()).toBe('36 av 36 delområden bedömda');
    const own = (await apiAnna.get(`/api/evaluations/${id}/my-scores`)).json() as { items: Array<{ unitCode: string; score: string; rationale: string }> };
    // "Sparat" is shown only once everything typed is saved.
    expect(own.items.find((item) => item.unitCode === '1.1')).toMatchObject({ score: '6.50', rationale: 'Planen finns och **följs upp** varje år.' });
    expect(own.items.find((item) => item.unitCode === '1.2')).toMatchObject({ score: '3.00', rationale: 'Delvis.' });

    // ---- Before everyone has submitted, the calibration shows who has, and no scores ----
    expect(await leaveIsStopped(page)).toBe(false);
    await open(page, calibrationPath(id));
    await page.getByRole('heading', { level: 2, name: 'Kalibrering' }).waitFor();
    await page.getByText('Anna Ärlig (du): har inte lämnat in ännu').waitFor();
    await page.getByText('Bo Bedömare: har inte lämnat in ännu').waitFor();
    expect(await page.locator('main table').count()).toBe(0);
    expect(await page.getByText('Bos hemliga motivering', { exact: false }).count()).toBe(0);
    found.push(...(await violations(page, 'calibration before submitting')));

    // Anna submits with the keyboard: the scores are then read-only, with the time.
    await open(page, scoringPath(id));
    await page.getByRole('button', { name: 'Lämna in min bedömning' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ja, lämna in' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Du lämnade in din bedömning .+\. Poängen och motiveringarna är låsta\.$/).waitFor();
    expect(await page.locator('main textarea, main input').count()).toBe(0);
    found.push(...(await violations(page, 'scoring after submitting')));

    // Still hidden from Anna while Bo has not submitted (in the page and in the API).
    await open(page, calibrationPath(id));
    await page.getByText(/^Anna Ärlig \(du\): lämnade in /).waitFor();
    await page.getByText('Bo Bedömare: har inte lämnat in ännu').waitFor();
    expect(await page.getByText('Bos hemliga motivering', { exact: false }).count()).toBe(0);
    const hidden = (await apiAnna.get(`/api/evaluations/${id}/calibration`)).json() as { revealed: boolean; units: Array<{ others: unknown[] }> };
    expect(hidden.revealed).toBe(false);
    expect(hidden.units.every((unit) => unit.others.length === 0)).toBe(true);

    // ---- Bo submits in his own browser ----
    await open(bo.page, scoringPath(id));
    await bo.page.getByRole('button', { name: 'Lämna in min bedömning' }).click();
    await bo.page.getByRole('button', { name: 'Ja, lämna in' }).click();
    await bo.page.getByText(/^Du lämnade in din bedömning /).waitFor();

    // ---- Calibration: both scores, differences in words ----
    await page.getByRole('button', { name: 'Uppdatera' }).click();
    await calibrationRow(page, '1.3').waitFor();
    const apartRow = calibrationRow(page, '1.3');
    expect(await apartRow.getByText('skiljer 3 poäng').count()).toBe(1);
    expect(await apartRow.locator('td').first().innerText()).toBe(String(half(apartUnit)));
    expect(await apartRow.locator('td').nth(1).innerText()).toBe(String(half(apartUnit) + 3));
    expect(await calibrationRow(page, '1.4').getByText('samma poäng').count()).toBe(1);
    await page.getByText('Genomsnittlig skillnad', { exact: false }).first().waitFor();
    expect(await page.locator('.calibration-overall').innerText()).toContain('av 36 delområden har olika poäng');
    found.push(...(await violations(page, 'calibration revealed')));
    // Narrow screens: the tables scroll in their own region, the page does not scroll sideways.
    await page.setViewportSize({ width: 375, height: 900 });
    found.push(...(await violations(page, 'calibration revealed at 375 px')));
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 900 });

    // ---- The agreed score, autosaved; the area total follows ----
    const areaTotal = page.locator('.calibration-area__total[data-area="1"]');
    expect(await areaTotal.innerText()).toContain('Överenskommen summa för området: 0 av');
    await page.locator('#overenskommen-1-1').focus();
    await page.keyboard.type('6,5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vi enades om 6,5.');
    await page.keyboard.press('Tab');
    await calibrationRow(page, '1.1').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    expect(await areaTotal.innerText()).toContain('Överenskommen summa för området: 7 av');
    expect(await areaTotal.innerText()).toContain('(exakt 6,5)');
    const agreed = (await apiAnna.get(`/api/evaluations/${id}/calibration`)).json() as { units: Array<{ code: string; agreed: { score: string; rationale: string } | null }> };
    expect(agreed.units.find((unit) => unit.code === '1.1')?.agreed).toMatchObject({ score: '6.50', rationale: 'Vi enades om 6,5.' });

    // ---- A conflict on the same agreed score between two pages ----
    await open(bo.page, calibrationPath(id));
    await calibrationRow(bo.page, '1.2').waitFor();
    // Anna saves 1.2 first …
    await page.locator('#overenskommen-1-2').fill('3');
    await page.locator('#overenskommen-motivering-1-2').fill('Annas förslag.');
    await page.locator('#overenskommen-motivering-1-2').blur();
    await calibrationRow(page, '1.2').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    // … then Bo, whose page still has the version before Anna's.
    await bo.page.locator('#overenskommen-1-2').fill('2');
    await bo.page.locator('#overenskommen-motivering-1-2').fill('Bos förslag.');
    await bo.page.locator('#overenskommen-motivering-1-2').blur();
    const conflict = calibrationRow(bo.page, '1.2').locator('.merge-conflict');
    await conflict.waitFor();
    await conflict.getByText('Din version').waitFor();
    await conflict.getByText('Sparad version').waitFor();
    expect(await conflict.getByText('Bos förslag.').count()).toBeGreaterThan(0);
    expect(await conflict.getByText('Annas förslag.').count()).toBe(1);
    found.push(...(await violations(bo.page, 'calibration with a conflict')));
    await conflict.getByRole('button', { name: 'Behåll min' }).focus();
    await bo.page.keyboard.press('Enter');
    await calibrationRow(bo.page, '1.2').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    expect(await conflict.count()).toBe(0);
    const resolved = (await apiBo.get(`/api/evaluations/${id}/calibration`)).json() as { units: Array<{ code: string; agreed: { score: string; rationale: string } | null }> };
    expect(resolved.units.find((unit) => unit.code === '1.2')?.agreed).toMatchObject({ score: '2.00', rationale: 'Bos förslag.' });

    // Leaving with unsaved work asks first (beforeunload), until it is saved.
    expect(await leaveIsStopped(bo.page)).toBe(false);
    await bo.page.locator('#overenskommen-1-3').fill('16');
    expect(await leaveIsStopped(bo.page)).toBe(true);
    await calibrationRow(bo.page, '1.3').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    expect(await leaveIsStopped(bo.page)).toBe(false);

    expect(found).toEqual([]);
  });

  it('explains to an administrator who is not an evaluator that there is nothing to score', async () => {
    const { page, user } = await web.signedInPage('admin');
    const apiAdmin = await signIn(web.world.app, user.email);
    const created = await apiAdmin.post('/api/evaluations', { municipalityId: 'se-0114', frameworkId: 'kommunkompassen-2020' });
    await expectOk(created, 'create');
    const id = (created.json() as { id: string }).id;
    await open(page, scoringPath(id));
    await page.getByText('Bara de utvärderare som är tilldelade utvärderingen gör en egen bedömning', { exact: false }).waitFor();
    expect(await page.locator('main input').count()).toBe(0);
    expect(await violations(page, 'scoring (admin)')).toEqual([]);
  });
});
