import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.js';
import { DEMO_CRITERIA, DEMO_CRITERIA_EVALUATION, DEMO_CRITERIA_VERSION } from '../../src/demo/demo-criteria.js';
import { demoEvaluation, open, pageScrollWidth, signInThroughForm, startWebWorld, texts, type WebWorld } from './web-world.js';

/**
 * From scoring by criteria to the report's criteria annex, on the demo's draft of Umeå (on the
 * model version with example criteria, authored through the app's commands): the first demo
 * evaluator assesses sub-area 2.3 by its criteria in the scoring view and the own score follows;
 * what the browser does not need to show is done through the API (the rest of both evaluators'
 * scoring, the submissions, one unit's agreement with a deviation); the pair agrees 2.3 criterion
 * by criterion in calibration and the agreed score follows; the report page offers the criteria
 * annex (not for a model version without criteria), and the web report lists the agreed criteria.
 */

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

const evaluators = DEMO_ACCOUNTS.filter((account) => account.role === 'evaluator');
const criterionBox = (page: Page, code: string) => page.locator(`.criterion[data-criterion="${code}"]`);
const proposalLine = (page: Page, code: string) => page.locator(`[data-proposal="${code}"]`);

/** The rest of each evaluator's criteria, beyond the demo's and the browser's. */
const REST: readonly [Record<string, string>, Record<string, string>] = [
  { '3.2.3': 'paborjad', '3.3.1': 'met', '3.3.2': 'partly', '3.3.3': 'not_met' },
  { '1.3.4': 'partly', '2.3.1': 'met', '2.3.2': 'met', '2.3.3': 'met', '3.2.1': 'etablerad', '3.2.2': 'utvecklad', '3.2.3': 'paborjad', '3.3.2': 'partly', '3.3.3': 'not_met' },
];

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

describe.skipIf(!runBrowserTests)('web app: scoring and calibrating by criteria, then the report with the criteria annex', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('assesses a sub-area by criteria, agrees on it criterion by criterion and reads the criteria in the report annex', { timeout: 240_000 }, async () => {
    const found: string[] = [];
    const [anna, bo] = await Promise.all(evaluators.map((account) => signIn(web.world.app, account.email, account.password)));
    const list = (await anna!.get('/api/evaluations?limit=500')).json() as { items: Array<{ id: string; municipality: { id: string }; framework: { id: string } }> };
    const id = list.items.find((item) => item.municipality.id === DEMO_CRITERIA_EVALUATION.municipalityId && item.framework.id === DEMO_CRITERIA_VERSION.id)?.id;
    if (!id) throw new Error('The demo has no draft on the example criteria');
    const framework = (await anna!.get(`/api/frameworks/${DEMO_CRITERIA_VERSION.id}`)).json() as { areas: Array<{ subareas: Array<{ code: string; max: number }> }> };
    const maxima = new Map(framework.areas.flatMap((area) => area.subareas.map((subarea) => [subarea.code, subarea.max] as const)));

    // ---- The first evaluator assesses 2.3 in the scoring view ----
    const page = await web.newPage();
    await signInThroughForm(page, evaluators[0]!.email, evaluators[0]!.password);
    await open(page, `/utvarderingar/${id}/arbetsyta/bedomning`);
    await page.locator('fieldset[data-unit="2.3"]').getByRole('heading', { name: 'Kriterier för 2.3 (3 kriterier)' }).waitFor();
    await expect.poll(() => proposalLine(page, '2.3').innerText()).toBe('0 av 3 kriterier bedömda. Förslaget visas när alla är bedömda.');
    for (const [code, label] of [['2.3.1', 'Uppfyllt'], ['2.3.2', 'Delvis uppfyllt'], ['2.3.3', 'Uppfyllt']] as const) {
      const radio = criterionBox(page, code).getByRole('radio', { name: label, exact: true });
      await radio.check();
      await expect.poll(() => radio.isChecked()).toBe(true);
      await criterionBox(page, code).getByText(/^Sparat \d\d:\d\d$/).waitFor();
    }
    // Met, partly, met of equal weight: 2.5 of 3 of 30 points; the own score follows.
    await proposalLine(page, '2.3').getByText('Förslag enligt kriterierna: 25 av 30 poäng.').waitFor();
    await expect.poll(() => page.locator('#poang-2-3').inputValue()).toBe('25');

    // ---- Through the API: the rest of both evaluators' work, and both submit ----
    for (const [index, client] of [anna!, bo!].entries()) {
      for (const [code, value] of Object.entries(REST[index]!)) await expectOk(await client.put(`/api/evaluations/${id}/my-criteria/${code}`, { version: 0, value }), `criterion ${code}`);
    }
    await finishAndSubmit(anna!, id, maxima, 'Anna');
    await finishAndSubmit(bo!, id, maxima, 'Bo');

    // ---- Calibration: 2.3 agreed criterion by criterion, the agreed score follows ----
    await open(page, `/utvarderingar/${id}/arbetsyta/kalibrering`);
    const unit = page.locator('[data-criteria-unit="2.3"]');
    await unit.waitFor();
    // The first evaluator said partly met, the second met: shown as different.
    expect(await unit.locator('tr[data-criterion="2.3.2"] td').nth(2).innerText()).toContain('Olika bedömningar');
    for (const [code, value] of [['2.3.1', 'met'], ['2.3.2', 'partly'], ['2.3.3', 'met']] as const) {
      await page.locator(`#overens-kriterium-${code.replaceAll('.', '-')}`).selectOption(value);
      await unit.locator(`tr[data-criterion="${code}"]`).getByText(/^Sparat \d\d:\d\d$/).waitFor();
    }
    await proposalLine(page, '2.3').getByText('Förslag enligt de överenskomna kriterierna: 25 av 30 poäng.').waitFor();
    await expect.poll(() => page.locator('#overenskommen-2-3').inputValue()).toBe('25');

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
    found.push(...(await violations(page, 'report page with the criteria annex')));
    await page.setViewportSize({ width: 375, height: 900 });
    found.push(...(await violations(page, 'report page with the criteria annex at 375 px')));
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 900 });
    const link = page.getByRole('link', { name: 'Visa webbrapport' });
    await expect.poll(async () => new URL((await link.getAttribute('href'))!, web.baseUrl).searchParams.get('criteriaAnnex')).toBe('true');
    const href = (await link.getAttribute('href'))!;

    const report = await web.newPage();
    await signInThroughForm(report, evaluators[1]!.email, evaluators[1]!.password);
    await report.goto(href);
    await report.locator('#criteria-annex-heading').waitFor();
    expect(await report.locator('#criteria-annex-heading').innerText()).toBe('Bilaga: Kriterier per delområde');
    expect(await texts(report, '#criteria-annex-2-3-met li')).toEqual([`2.3.1 ${criterionText('2.3.1')}`, `2.3.3 ${criterionText('2.3.3')}`]);
    expect(await texts(report, '#criteria-annex-2-3-partly li')).toEqual([`2.3.2 ${criterionText('2.3.2')}`]);
    expect(await texts(report, '#criteria-annex-2-3 > dl dd')).toEqual(['25,00 av 30 poäng', '25,00 poäng']);
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
