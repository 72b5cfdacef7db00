import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.js';
import { DEMO_CRITERIA, DEMO_CRITERIA_VERSION } from '../../src/demo/demo-criteria.js';
import { demoEvaluation, focusedElement, open, pageScrollWidth, signInThroughForm, startWebWorld, texts, type WebWorld } from './web-world.js';

/**
 * The whole way of a model version with criteria, in one journey: the demo administrator makes a
 * new version from the demo's version with example criteria, adds a criterion to sub-area 4.1
 * (which had none), publishes it and sees it frozen; starts an evaluation of Kiruna on it with
 * both demo evaluators; the first evaluator assesses 4.1 by its criterion in the scoring view and
 * the own score follows; what the browser does not need to show is done through the API (the rest
 * of both evaluators' scoring, the submissions, one unit's agreement with a deviation); the pair
 * agrees 4.1 criterion by criterion in calibration and the agreed score follows; the report page
 * offers the criteria annex (not for a model version without criteria), and the web report lists
 * the new criterion under 4.1.
 */

const VERSION = { id: 'exempelkriterier-med-effektivitet', sv: 'Exempelkriterier med effektivitet', nb: 'Eksempelkriterier med effektivitet', en: 'Example criteria with efficiency' };
const NEW_CRITERION = {
  code: '4.1.1',
  sv: 'Kommunen har en antagen plan för hur verksamheterna ska bli effektivare.',
  nb: 'Kommunen har en vedtatt plan for hvordan tjenestene skal bli mer effektive.',
  en: 'The municipality has an adopted plan for making its services more efficient.',
};
/** A municipality with no evaluation in the demo. */
const KIRUNA = 'se-2584';

const criterionText = (code: string) => {
  const criterion = Object.values(DEMO_CRITERIA)
    .flat()
    .find((entry) => entry.code === code);
  if (!criterion) throw new Error(`The demo has no criterion ${code}`);
  return criterion.text.sv;
};

async function expectOk(response: { statusCode: number; body: string }, what: string) {
  if (response.statusCode >= 300) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
}

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

const [demoAdmin] = DEMO_ACCOUNTS.filter((account) => account.role === 'admin');
const evaluators = DEMO_ACCOUNTS.filter((account) => account.role === 'evaluator');
const criterionBox = (page: Page, code: string) => page.locator(`.criterion[data-criterion="${code}"]`);
const proposalLine = (page: Page, code: string) => page.locator(`[data-proposal="${code}"]`);
const focusedId = async (page: Page) => (await focusedElement(page)).id;

/** Every demo criterion for one evaluator: met, or the "established" level. */
const demoValues = (): Record<string, string> =>
  Object.fromEntries(
    Object.values(DEMO_CRITERIA)
      .flat()
      .map((criterion) => [criterion.code, criterion.scale.kind === 'met' ? 'met' : 'etablerad']),
  );

interface OwnScores {
  items: Array<{ unitCode: string; score: string | null; version: number }>;
}

/** Every unit of one evaluator scored with a rationale (a criteria unit keeps the score its proposal gave), then submitted. */
async function finishAndSubmit(client: Client, id: string, maxima: ReadonlyMap<string, number>, who: string): Promise<void> {
  const own = (await client.get(`/api/evaluations/${id}/my-scores`)).json() as OwnScores;
  for (const [unitCode, max] of maxima) {
    const item = own.items.find((entry) => entry.unitCode === unitCode);
    const score = item?.score ?? String(Math.floor(max / 2));
    await expectOk(await client.put(`/api/evaluations/${id}/my-scores/${unitCode}`, { version: item?.version ?? 0, score, rationale: `${who}s motivering för ${unitCode}.` }), `${who} ${unitCode}`);
  }
  await expectOk(await client.post(`/api/evaluations/${id}/my-scores/submit`), `${who} submits`);
}

describe.skipIf(!runBrowserTests)('web app: a model version with criteria from authoring to the report annex', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('authors and publishes a version with a new criterion, evaluates with it, agrees on it criterion by criterion and reads it in the report annex', { timeout: 300_000 }, async () => {
    const found: string[] = [];

    // ---- The demo administrator makes a new version from the demo's version with example criteria ----
    const admin = await web.newPage();
    await signInThroughForm(admin, demoAdmin!.email, demoAdmin!.password);
    await admin.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Modellversioner' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Modellversioner' }).waitFor();
    await admin.getByRole('button', { name: `Gör en ny version från ${DEMO_CRITERIA_VERSION.title.sv}` }).click();
    const form = admin.getByRole('form', { name: 'Ny version' });
    await expect.poll(() => form.getByLabel('Bygger på').inputValue()).toBe(DEMO_CRITERIA_VERSION.id);
    await form.getByLabel('Identitet').fill(VERSION.id);
    await form.getByLabel('Titel på svenska').fill(VERSION.sv);
    await form.getByLabel('Titel på norska').fill(VERSION.nb);
    await form.getByLabel('Titel på svenska').press('Enter');
    await admin.getByRole('heading', { level: 1, name: VERSION.sv }).waitFor();
    expect(new URL(admin.url()).pathname).toBe(`/modellversioner/${VERSION.id}`);

    // The English title was left out: the problems list asks for it, its link leads to the field.
    const problems = admin.getByRole('group', { name: /hindrar publicering/ });
    await problems.getByRole('link').first().waitFor();
    expect(await problems.getByRole('link').allInnerTexts()).toEqual(['Modellen: Titel saknas på engelska.']);
    await problems.getByRole('link', { name: 'Modellen: Titel saknas på engelska.' }).click();
    await expect.poll(() => focusedId(admin)).toBe('fv-title-en');
    await admin.keyboard.type(VERSION.en);

    // A criterion in 4.1, which had none: met / partly / not met, texts in three languages.
    await admin.getByRole('button', { name: /^4\. Effektivitet/ }).click();
    await admin.getByRole('button', { name: 'Lägg till ett kriterium i delområde 4.1' }).click();
    const criterion = admin.getByRole('region', { name: `Kriterium ${NEW_CRITERION.code}` });
    await criterion.waitFor();
    expect(await criterion.getByLabel(`Kriterium ${NEW_CRITERION.code}: Skala`).inputValue()).toBe('met');
    await criterion.getByLabel(`Kriterium ${NEW_CRITERION.code}: Text på svenska`).fill(NEW_CRITERION.sv);
    await criterion.getByLabel(`Kriterium ${NEW_CRITERION.code}: Text på norska`).fill(NEW_CRITERION.nb);
    await criterion.getByLabel(`Kriterium ${NEW_CRITERION.code}: Text på engelska`).fill(NEW_CRITERION.en);
    await admin.getByRole('button', { name: 'Spara utkastet' }).click();
    await admin.getByText('Utkastet är sparat.').waitFor();
    await admin.getByText('Inga problem: utkastet kan publiceras.').waitFor();
    await checkBothWidths(admin, 'editor with the new criterion', found);

    // Published after a confirmation, then read-only.
    await admin.getByRole('button', { name: 'Publicera' }).click();
    await admin.getByRole('button', { name: 'Ja, publicera' }).click();
    await admin.getByText('Versionen är publicerad.').waitFor();
    await admin.getByText('Versionen är publicerad och ändras aldrig. Gör en ny version för att ändra något.').waitFor();
    expect(await admin.getByRole('button', { name: 'Spara utkastet' }).count()).toBe(0);
    await expect.poll(() => criterion.getByLabel(`Kriterium ${NEW_CRITERION.code}: Text på svenska`).isDisabled()).toBe(true);

    // ---- An evaluation of Kiruna on the new version, with both demo evaluators ----
    await admin.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ny utvärdering' }).click();
    const start = admin.getByRole('form', { name: 'Ny utvärdering' });
    await start.waitFor();
    await start.getByLabel('Kommun', { exact: true }).selectOption(KIRUNA);
    await start.getByLabel('Version av modellen').selectOption({ label: VERSION.sv });
    for (const evaluator of evaluators) await start.getByRole('checkbox', { name: `${evaluator.name}, ${evaluator.organisation}`, exact: true }).check();
    await start.getByRole('button', { name: 'Starta utvärderingen' }).click();
    await admin.waitForURL(/\/utvarderingar\/[0-9a-f-]+\/arbetsyta$/);
    const id = /\/utvarderingar\/([0-9a-f-]+)\/arbetsyta$/.exec(admin.url())![1]!;
    await admin.getByRole('heading', { level: 1, name: /Arbetsyta: Kiruna/ }).waitFor();

    const [anna, bo] = await Promise.all(evaluators.map((account) => signIn(web.world.app, account.email, account.password)));
    const framework = (await anna!.get(`/api/frameworks/${VERSION.id}`)).json() as { areas: Array<{ subareas: Array<{ code: string; max: number }> }> };
    const maxima = new Map(framework.areas.flatMap((area) => area.subareas.map((subarea) => [subarea.code, subarea.max] as const)));

    // ---- The first evaluator assesses 4.1 in the scoring view: partly met, the own score follows ----
    const page = await web.newPage();
    await signInThroughForm(page, evaluators[0]!.email, evaluators[0]!.password);
    await open(page, `/utvarderingar/${id}/arbetsyta/bedomning`);
    await page.locator('fieldset[data-unit="4.1"]').getByRole('heading', { name: 'Kriterier för 4.1 (1 kriterium)' }).waitFor();
    await criterionBox(page, NEW_CRITERION.code).getByText(NEW_CRITERION.sv).waitFor();
    await expect.poll(() => proposalLine(page, '4.1').innerText()).toBe('0 av 1 kriterier bedömda. Förslaget visas när alla är bedömda.');
    const partly = criterionBox(page, NEW_CRITERION.code).getByRole('radio', { name: 'Delvis uppfyllt', exact: true });
    await partly.check();
    await expect.poll(() => partly.isChecked()).toBe(true);
    await criterionBox(page, NEW_CRITERION.code).getByText(/^Sparat \d\d:\d\d$/).waitFor();
    // Partly met, the only criterion: half of 20 points.
    await proposalLine(page, '4.1').getByText('Förslag enligt kriterierna: 10 av 20 poäng.').waitFor();
    await expect.poll(() => page.locator('#poang-4-1').inputValue()).toBe('10');
    await checkBothWidths(page, 'scoring by criteria on the new version', found);

    // ---- Through the API: the rest of both evaluators' work (the second says met for 4.1.1), and both submit ----
    for (const [client, values] of [
      [anna!, demoValues()],
      [bo!, { ...demoValues(), [NEW_CRITERION.code]: 'met' }],
    ] as const) {
      for (const [code, value] of Object.entries(values)) await expectOk(await client.put(`/api/evaluations/${id}/my-criteria/${code}`, { version: 0, value }), `criterion ${code}`);
    }
    await finishAndSubmit(anna!, id, maxima, 'Anna');
    await finishAndSubmit(bo!, id, maxima, 'Bo');

    // ---- Calibration: 4.1 agreed criterion by criterion, the agreed score follows ----
    await open(page, `/utvarderingar/${id}/arbetsyta/kalibrering`);
    const unit = page.locator('[data-criteria-unit="4.1"]');
    await unit.waitFor();
    const row = unit.locator(`tr[data-criterion="${NEW_CRITERION.code}"]`);
    await expect.poll(() => row.locator('td').nth(2).innerText()).toContain('Olika bedömningar');
    await page.locator('#overens-kriterium-4-1-1').selectOption('partly');
    await row.getByText(/^Sparat \d\d:\d\d$/).waitFor();
    await proposalLine(page, '4.1').getByText('Förslag enligt de överenskomna kriterierna: 10 av 20 poäng.').waitFor();
    await expect.poll(() => page.locator('#overenskommen-4-1').inputValue()).toBe('10');

    // 1.1 agreed through the API: met, partly, partly, not met give 10 of 20; the pair sets 11 with a reason.
    for (const [code, value] of Object.entries({ '1.1.1': 'met', '1.1.2': 'partly', '1.1.3': 'partly', '1.1.4': 'not_met' })) {
      await expectOk(await anna!.put(`/api/evaluations/${id}/agreed-criteria/${code}`, { version: 0, value }), `agreed ${code}`);
    }
    const calibration = (await anna!.get(`/api/evaluations/${id}/calibration`)).json() as { units: Array<{ code: string; agreed: { score: string; version: number } | null }> };
    const agreed11 = calibration.units.find((entry) => entry.code === '1.1')?.agreed;
    expect(agreed11?.score).toBe('10.00');
    const reason = 'Planen följs upp oftare än kriteriet kräver.';
    await expectOk(
      await anna!.put(`/api/evaluations/${id}/scores/1.1`, { version: agreed11!.version, score: 11, rationale: 'Överenskommen motivering.', deviationReason: reason }),
      'agreed 1.1',
    );

    // ---- The report: the annex is offered for this version, never for one without criteria ----
    await open(page, `/utvarderingar/${id}/rapport`);
    const annexChoice = page.getByRole('checkbox', { name: 'Bilaga med kriterierna per delområde' });
    await annexChoice.check();
    await expect.poll(() => annexChoice.isChecked()).toBe(true);
    await checkBothWidths(page, 'report page with the criteria annex', found);
    const link = page.getByRole('link', { name: 'Visa webbrapport' });
    await expect.poll(async () => new URL((await link.getAttribute('href'))!, web.baseUrl).searchParams.get('criteriaAnnex')).toBe('true');
    const href = (await link.getAttribute('href'))!;

    const report = await web.newPage();
    await signInThroughForm(report, evaluators[1]!.email, evaluators[1]!.password);
    await report.goto(href);
    await report.locator('#criteria-annex-heading').waitFor();
    expect(await report.locator('#criteria-annex-heading').innerText()).toBe('Bilaga: Kriterier per delområde');
    expect(await texts(report, '#criteria-annex-4-1-partly li')).toEqual([`${NEW_CRITERION.code} ${NEW_CRITERION.sv}`]);
    expect(await texts(report, '#criteria-annex-4-1 > dl dd')).toEqual(['10,00 av 20 poäng', '10,00 poäng']);
    expect(await texts(report, '#criteria-annex-1-1-met li')).toEqual([`1.1.1 ${criterionText('1.1.1')}`]);
    expect(await texts(report, '#criteria-annex-1-1 > dl dd')).toEqual(['11,00 av 20 poäng', '10,00 poäng']);
    await report.locator('#criteria-annex-1-1').getByText(reason).waitFor();
    // Nothing agreed yet in 3.2: listed as not assessed, with the levels' scale.
    expect(await texts(report, '#criteria-annex-3-2-notAssessed li')).toHaveLength(3);

    const other = await web.newPage();
    await open(other, `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}/rapport`);
    await other.getByRole('group', { name: 'Försättsblad' }).waitFor();
    expect(await other.getByRole('checkbox', { name: 'Bilaga med kriterierna per delområde' }).count()).toBe(0);

    expect(found).toEqual([]);
  });
});
