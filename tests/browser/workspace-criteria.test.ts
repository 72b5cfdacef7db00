import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, signIn, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { CRITERIA_FRAMEWORK_ID, installCriteriaFramework } from '../support/criteria-framework.js';
import { focusedElement, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

/** The axe violations of a page as readable lines (an empty list is the goal). */
async function violations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/** Axe at 1280 and at 375 px, and no sideways scrolling of the page at 375 px. */
async function checkBothWidths(page: Page, name: string, found: string[]) {
  found.push(...(await violations(page, name)));
  await page.setViewportSize({ width: 375, height: 900 });
  found.push(...(await violations(page, `${name} at 375 px`)));
  expect(await pageScrollWidth(page), `${name}: page width at 375 px`).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function expectOk(response: { statusCode: number; body: string }, what: string) {
  if (response.statusCode >= 300) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
}

const scoringPath = (id: string) => `/utvarderingar/${id}/arbetsyta/bedomning`;
const calibrationPath = (id: string) => `/utvarderingar/${id}/arbetsyta/kalibrering`;
const unitGroup = (page: Page, code: string) => page.locator(`fieldset[data-unit="${code}"]`);
const criterionBox = (page: Page, code: string) => page.locator(`.criterion[data-criterion="${code}"]`);
const proposalLine = (page: Page, code: string) => page.locator(`[data-proposal="${code}"]`);

interface Own {
  items: Array<{ unitCode: string; score: string | null; rationale: string; deviationReason: string; version: number }>;
}

describe.skipIf(!runBrowserTests)('web app: scoring and calibrating by criteria, and the criteria statistics', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
    await installCriteriaFramework(web.world);
  });
  afterAll(async () => {
    await web?.close();
  });

  it('two evaluators assess criteria, one deviates with a reason, they agree per criterion and the statistics show it', { timeout: 300_000 }, async () => {
    const found: string[] = [];
    const admin = await signedInAs(web.world, 'admin');
    const [anna, bo] = await Promise.all([web.signedInPage('evaluator', { name: 'Anna Ärlig' }), web.signedInPage('evaluator', { name: 'Bo Bedömare' })]);
    const created = await admin.post('/api/evaluations', { municipalityId: 'se-0115', frameworkId: CRITERIA_FRAMEWORK_ID, fieldworkStart: '2026-03' });
    await expectOk(created, 'create');
    const id = (created.json() as { id: string }).id;
    for (const user of [anna.user, bo.user]) await expectOk(await admin.post(`/api/evaluations/${id}/evaluators`, { userId: user.id }), 'assign');
    const document = await admin.post(`/api/evaluations/${id}/evidence`, { kind: 'document', title: 'Vision 2030', documentKind: 'plan', unitCodes: ['1.1'] });
    await expectOk(document, 'evidence');
    const documentId = (document.json() as { id: string }).id;

    const framework = (await admin.get(`/api/frameworks/${CRITERIA_FRAMEWORK_ID}`)).json() as { areas: Array<{ subareas: Array<{ code: string; max: number }> }> };
    const units = framework.areas.flatMap((area) => area.subareas);
    const half = (max: number) => Math.floor(max / 2);

    // Through the API (fast): every unit without criteria for both, and 1.2 and 2.1 by their criteria.
    // 1.2: level "most" (2 of 4, weight 3) and met → (3·0.5 + 1) / 4 of 10 = 6.25; 2.1: both met → 15.
    const apiAnna: Client = await signIn(web.world.app, anna.user.email);
    const apiBo: Client = await signIn(web.world.app, bo.user.email);
    const alike: Record<string, string> = { '1.2.1': 'most', '1.2.2': 'met', '2.1.1': 'met', '2.1.2': 'met' };
    // Bo: 1.1 met, met, met, not met → (1 + 1 + 2 + 0) / 5 of 20 = 16.
    const bos: Record<string, string> = { '1.1.1': 'met', '1.1.2': 'met', '1.1.3': 'met', '1.1.4': 'not_met', ...alike };
    const proposed: Record<string, number> = { '1.1': 16, '1.2': 6.25, '2.1': 15 };
    await Promise.all([
      ...units
        .filter((unit) => unit.code !== '1.1')
        .map(async (unit) =>
          expectOk(
            await apiAnna.put(`/api/evaluations/${id}/my-scores/${unit.code}`, { version: 0, score: proposed[unit.code] ?? half(unit.max), rationale: `Annas motivering för ${unit.code}.` }),
            `Anna ${unit.code}`,
          ),
        ),
      ...units.map(async (unit) =>
        expectOk(
          await apiBo.put(`/api/evaluations/${id}/my-scores/${unit.code}`, { version: 0, score: proposed[unit.code] ?? half(unit.max), rationale: `Bos motivering för ${unit.code}.` }),
          `Bo ${unit.code}`,
        ),
      ),
    ]);
    for (const [code, value] of Object.entries(alike)) await expectOk(await apiAnna.put(`/api/evaluations/${id}/my-criteria/${code}`, { version: 0, value }), `Anna ${code}`);
    for (const [code, value] of Object.entries(bos)) await expectOk(await apiBo.put(`/api/evaluations/${id}/my-criteria/${code}`, { version: 0, value, note: `Bos anteckning om ${code}.` }), `Bo ${code}`);

    // ---- Anna assesses 1.1 with the keyboard ----
    const page = anna.page;
    await open(page, scoringPath(id));
    await page.getByRole('heading', { level: 2, name: 'Min bedömning' }).waitFor();
    const group = unitGroup(page, '1.1');
    await group.getByRole('heading', { name: 'Kriterier för 1.1 (4 kriterier)' }).waitFor();
    expect(await proposalLine(page, '1.1').innerText()).toBe('0 av 4 kriterier bedömda. Förslaget visas när alla är bedömda.');
    expect(await proposalLine(page, '1.2').innerText()).toBe('Förslag enligt kriterierna: 6,25 av 10 poäng.');
    // A sub-area without criteria is as before: a score and a rationale, no criteria.
    expect(await unitGroup(page, '3.1').locator('.criterion').count()).toBe(0);
    expect(await unitGroup(page, '3.1').locator('#poang-3-1').count()).toBe(1);
    // The scale as radio buttons, the guidance behind a disclosure.
    expect(await criterionBox(page, '1.1.1').getByRole('radio').count()).toBe(4);
    await criterionBox(page, '1.2.1').getByRole('radio', { name: 'Mestadels (2 poäng)' }).waitFor();
    await expect.poll(() => criterionBox(page, '1.2.1').getByRole('radio', { name: 'Mestadels (2 poäng)' }).isChecked()).toBe(true);
    await criterionBox(page, '1.1.1').locator('summary', { hasText: 'Vägledning och typiska underlag för 1.1.1' }).click();
    await criterionBox(page, '1.1.1').getByText('Vägledning för 1.1.1').waitFor();

    // Submitting too early lists the criteria not assessed, as links to them.
    await page.getByRole('button', { name: 'Lämna in min bedömning' }).focus();
    await page.keyboard.press('Enter');
    const missing = page.locator('.scoring-missing');
    await missing.waitFor();
    const listed = (await missing.locator('li').allInnerTexts()).map((text) => text.trim());
    expect(listed[0]).toMatch(/^1\.1 .*: poäng och motivering saknas$/);
    expect(listed.slice(1)).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4'].map((code) => expect.stringMatching(new RegExp(`^${code.replaceAll('.', '\\.')} \\(i 1\\.1 .*\\): kriteriet är inte bedömt$`))));
    await missing.getByRole('link', { name: /^1\.1\.1 / }).focus();
    await page.keyboard.press('Enter');
    expect((await focusedElement(page)).id).toBe('kriterium-1-1-1');

    // 1.1.1 met (Space), 1.1.2 partly (arrow), with a note and the document linked.
    await page.keyboard.press('Space');
    await proposalLine(page, '1.1').getByText('1 av 4 kriterier bedömda', { exact: false }).waitFor();
    await page.locator('#kriterium-1-1-2').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => criterionBox(page, '1.1.2').getByRole('radio', { name: 'Delvis uppfyllt' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).id).toBe('kriterium-anteckning-1-1-2');
    await page.keyboard.type('Bara ledningen känner till visionen.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // opens "Underlag för 1.1.2"
    const linkBox = criterionBox(page, '1.1.2').getByRole('checkbox', { name: 'Vision 2030 (kopplat till 1.1)' });
    await linkBox.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => linkBox.isChecked()).toBe(true);
    await criterionBox(page, '1.1.2').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    for (const code of ['1.1.3', '1.1.4']) {
      await page.locator(`#kriterium-${code.replaceAll('.', '-')}`).focus();
      await page.keyboard.press('Space');
    }
    // Met, partly, met (weight 2), met → (1 + 0.5 + 2 + 1) / 5 of 20 = 18; the own score follows.
    await proposalLine(page, '1.1').getByText('Förslag enligt kriterierna: 18 av 20 poäng.').waitFor();
    await expect.poll(() => page.locator('#poang-1-1').inputValue()).toBe('18');
    const saved = (await apiAnna.get(`/api/evaluations/${id}/my-criteria`)).json() as { items: Array<{ criterionCode: string; value: string; note: string; evidenceIds: string[] }> };
    expect(saved.items.find((item) => item.criterionCode === '1.1.2')).toMatchObject({ value: 'partly', note: 'Bara ledningen känner till visionen.', evidenceIds: [documentId] });
    expect(await page.locator('#avvikelse-1-1').count()).toBe(0);
    found.push(...(await violations(page, 'scoring by criteria')));

    // A rationale, then a score other than the proposal: a reason is required before it is saved.
    await page.locator('#motivering-1-1').focus();
    await page.keyboard.type('Visionen finns men är inte förankrad.');
    await page.keyboard.press('Tab');
    await group.locator('.score-unit__own').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    await page.locator('#poang-1-1').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('17');
    await page.locator('#avvikelse-1-1').waitFor();
    await group.getByText('Inte sparat – rätta det som är fel i fältet.').waitFor();
    await group.getByText('Skriv ett skäl till avvikelsen, annars sparas inte poängen.').waitFor();
    const before = (await apiAnna.get(`/api/evaluations/${id}/my-scores`)).json() as Own;
    expect(before.items.find((item) => item.unitCode === '1.1')).toMatchObject({ score: '18.00', deviationReason: '' });
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).id).toBe('motivering-1-1');
    await page.locator('#avvikelse-1-1').focus();
    await page.keyboard.type('Målen följs upp men inte alla år.');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => ((await apiAnna.get(`/api/evaluations/${id}/my-scores`)).json() as Own).items.find((item) => item.unitCode === '1.1'))
      .toMatchObject({ score: '17.00', deviationReason: 'Målen följs upp men inte alla år.' });
    expect(await page.locator('.scoring-progress__text').first().innerText()).toMatch(/^(\d+) av \1 delområden bedömda$/);
    await checkBothWidths(page, 'scoring with a deviation', found);

    // ---- Both submit ----
    await page.getByRole('button', { name: 'Lämna in min bedömning' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ja, lämna in' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Du lämnade in din bedömning /).waitFor();
    await page.getByText('Skäl till avvikelsen från förslaget', { exact: true }).first().waitFor();
    await expectOk(await apiBo.post(`/api/evaluations/${id}/my-scores/submit`), 'Bo submits');

    // ---- Calibration per criterion ----
    await open(page, calibrationPath(id));
    const criteria11 = page.locator('[data-criteria-unit="1.1"]');
    await criteria11.waitFor();
    await page.locator('[data-criteria-agreement]').getByText('Samma bedömning i 6 av 8', { exact: false }).waitFor();
    const row = (code: string) => criteria11.locator(`tr[data-criterion="${code}"]`);
    expect(await row('1.1.2').locator('td').nth(0).innerText()).toContain('Delvis uppfyllt');
    expect(await row('1.1.2').locator('td').nth(0).innerText()).toContain('Bara ledningen känner till visionen.');
    expect(await row('1.1.2').locator('td').nth(1).innerText()).toContain('Uppfyllt');
    expect(await row('1.1.2').locator('td').nth(1).innerText()).toContain('Bos anteckning om 1.1.2.');
    expect(await row('1.1.2').locator('td').nth(2).innerText()).toContain('Olika bedömningar');
    expect(await row('1.1.1').locator('td').nth(2).innerText()).toContain('Samma bedömning');
    expect(await proposalLine(page, '1.1').innerText()).toBe('0 av 4 kriterier överenskomna. Förslaget visas när alla är överenskomna.');
    await checkBothWidths(page, 'calibration by criteria', found);

    // Agree: met, met, met, partly → (1 + 1 + 2 + 0.5) / 5 of 20 = 18; the agreed score follows.
    const agreedValues: Record<string, string> = { '1.1.1': 'met', '1.1.2': 'met', '1.1.3': 'met', '1.1.4': 'partly' };
    for (const [code, value] of Object.entries(agreedValues)) {
      const select = page.locator(`#overens-kriterium-${code.replaceAll('.', '-')}`);
      await select.focus();
      await select.selectOption(value);
      await row(code).getByText(/^Sparat \d\d:\d\d$/).waitFor();
    }
    await page.locator('#overens-kriterium-anteckning-1-1-4').fill('Invånarna deltog i en del av arbetet.');
    await page.locator('#overens-kriterium-anteckning-1-1-4').blur();
    await proposalLine(page, '1.1').getByText('Förslag enligt de överenskomna kriterierna: 18 av 20 poäng.').waitFor();
    await expect.poll(() => page.locator('#overenskommen-1-1').inputValue()).toBe('18');
    const calibration = (await apiAnna.get(`/api/evaluations/${id}/calibration`)).json() as {
      units: Array<{ code: string; agreed: { score: string } | null; proposal: string | null; criteria: Array<{ code: string; agreed: { value: string; note: string } | null }> }>;
    };
    const agreed11 = calibration.units.find((unit) => unit.code === '1.1');
    expect(agreed11).toMatchObject({ agreed: { score: '18.00' }, proposal: '18.00' });
    await expect
      .poll(async () => {
        const again = (await apiAnna.get(`/api/evaluations/${id}/calibration`)).json() as typeof calibration;
        return again.units.find((unit) => unit.code === '1.1')?.criteria.find((criterion) => criterion.code === '1.1.4')?.agreed;
      })
      .toMatchObject({ value: 'partly', note: 'Invånarna deltog i en del av arbetet.' });

    // A different agreed score needs a reason.
    await page.locator('#overenskommen-1-1').fill('19');
    await page.locator('#overens-avvikelse-1-1').waitFor();
    await page.locator('#overens-avvikelse-1-1').fill('Vi väger in det pågående arbetet.');
    await page.locator('#overens-avvikelse-1-1').blur();
    await expect
      .poll(async () => {
        const again = (await apiAnna.get(`/api/evaluations/${id}/calibration`)).json() as { units: Array<{ code: string; agreed: { score: string; deviationReason: string } | null }> };
        return again.units.find((unit) => unit.code === '1.1')?.agreed;
      })
      .toMatchObject({ score: '19.00', deviationReason: 'Vi väger in det pågående arbetet.' });

    // ---- The criteria statistics (administrators) ----
    const { page: adminPage } = await web.signedInPage('admin');
    await adminPage.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kriteriestatistik' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Kriteriestatistik' }).waitFor();
    await adminPage.getByLabel('Modellversion').selectOption(CRITERIA_FRAMEWORK_ID);
    const evaluationRow = adminPage.locator(`table[data-table="evaluations"] tr[data-evaluation="${id}"]`);
    await evaluationRow.waitFor();
    expect(await evaluationRow.innerText()).toContain('Vallentuna');
    expect(await evaluationRow.locator('td').nth(1).innerText()).toBe('8');
    expect(await evaluationRow.locator('td').nth(2).innerText()).toBe('6');
    expect(await evaluationRow.locator('td').nth(3).innerText()).toMatch(/^75\s%$/);
    await adminPage.getByRole('table', { name: /^Kriterierna i .* med flest olika bedömningar/ }).waitFor();
    const mostApart = adminPage.locator('table[data-table="criteria"] tbody tr');
    expect((await mostApart.locator('th').allInnerTexts()).slice(0, 2).map((text) => text.split(' ')[0]).sort()).toEqual(['1.1.2', '1.1.4']);
    await checkBothWidths(adminPage, 'criteria statistics', found);
    // Not for evaluators.
    await open(bo.page, '/kriteriestatistik');
    await bo.page.getByText('Kriteriestatistiken är bara för administratörer.', { exact: false }).waitFor();

    expect(found).toEqual([]);
  });
});
