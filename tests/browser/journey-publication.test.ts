import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { open, startWebWorld, type WebWorld } from './web-world.js';

/**
 * One evaluation from creation to publication in the browser: an administrator starts it and
 * assigns two evaluators; the evaluators (each in a browser of their own, at the same time)
 * add evidence, score on their own, calibrate, write texts in different areas and move it on;
 * the municipality (a third browser, open all along) comments on a fact during the fact check;
 * an evaluator answers and resolves; it becomes final and the administrator publishes it.
 * At the end the API must hold every accepted edit and the audit trail every step.
 */

interface Focused {
  tag: string;
  type: string;
  text: string;
  label: string;
  name: string;
}

/** What has keyboard focus (evaluated in the browser; tests have no DOM types). */
const focused = (page: Page) =>
  page.evaluate(`(() => {
    const element = document.activeElement;
    const labels = element && element.labels ? Array.from(element.labels).map((label) => label.textContent).join(' ').trim() : '';
    const text = element ? (element.textContent || '').trim() : '';
    return {
      tag: element ? element.tagName : '',
      type: element && element.type ? String(element.type) : '',
      text,
      label: labels,
      name: (element && element.getAttribute('aria-label')) || labels || text,
    };
  })()`) as Promise<Focused>;

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (element: Focused) => boolean, what: string, limit = 150): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const isButton = (text: string) => (element: Focused) => element.tag === 'BUTTON' && element.text === text;

async function violations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/** Axe at 1280 px and at 375 px (where the page must not scroll sideways either). */
async function axeBothWidths(page: Page, name: string): Promise<string[]> {
  const wide = await violations(page, name);
  await page.setViewportSize({ width: 375, height: 900 });
  const narrow = await violations(page, `${name} at 375 px`);
  const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  await page.setViewportSize({ width: 1280, height: 900 });
  return [...wide, ...narrow, ...(scrollWidth > 375 ? [`${name}: scrolls sideways at 375 px (${scrollWidth} px)`] : [])];
}

async function expectOk(response: { statusCode: number; body: string }, what: string) {
  if (response.statusCode >= 300) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
}

const workspace = (id: string, tab = '') => `/utvarderingar/${id}/arbetsyta${tab ? `/${tab}` : ''}`;

/** Opens a workspace page and waits until the workspace (its navigation) is there. */
async function openWorkspace(page: Page, path: string): Promise<void> {
  await open(page, path);
  await page.getByRole('navigation', { name: 'Arbetsytans delar' }).waitFor();
}
const saved = /^Sparat \d\d:\d\d$/;

/** Moves the status from the overview with the keyboard: from the "Status" heading, Tab to the button, Enter. */
async function moveStatus(page: Page, id: string, button: string, statusName: string): Promise<void> {
  await openWorkspace(page, workspace(id));
  const heading = page.getByRole('heading', { level: 2, name: 'Status' });
  await heading.waitFor();
  await page.getByRole('button', { name: button }).waitFor();
  await heading.focus();
  await tabTo(page, isButton(button), `"${button}"`);
  await page.keyboard.press('Enter');
  await page.getByText(`Statusen är ändrad till ${statusName}.`).waitFor();
  await page.locator('main .status-badge').getByText(statusName).waitFor();
}

/** Adds an interview about one sub-area through the evidence form, with the keyboard alone. */
async function addInterview(page: Page, id: string, title: string, unitCode: string): Promise<void> {
  await openWorkspace(page, workspace(id, 'underlag'));
  await page.getByRole('heading', { level: 2, name: 'Underlag' }).waitFor();
  await page.locator('.evidence-list__count').filter({ hasText: 'underlag' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Underlag' }).focus();
  await tabTo(page, isButton('Lägg till underlag'), 'the add button');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 3, name: 'Nytt underlag' }).waitFor();
  await tabTo(page, (element) => element.label.includes('Datum'), 'the date');
  await page.keyboard.type('2026-09-15');
  await page.keyboard.press('Tab');
  expect((await focused(page)).tag).toBe('SELECT');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, (element) => element.label.includes('Rubrik'), 'the title');
  await page.keyboard.type(title);
  await tabTo(page, (element) => element.type === 'checkbox' && element.label.startsWith(`${unitCode} `), `checkbox ${unitCode}`);
  await page.keyboard.press('Space');
  await tabTo(page, isButton('Spara underlaget'), 'the save button');
  await page.keyboard.press('Enter');
  await page.getByText(`”${title}” är sparat.`).waitFor();
}

/** Scores one unit in the own-scoring form with the keyboard and waits until it is saved. */
async function scoreUnit(page: Page, code: string, score: string, rationale: string): Promise<void> {
  const fieldId = code.replace('.', '-');
  await page.locator(`#poang-${fieldId}`).focus();
  await page.keyboard.type(score);
  await page.keyboard.press('Tab');
  expect((await focused(page)).label).toContain('Motivering');
  await page.keyboard.type(rationale);
  await page.keyboard.press('Tab');
  await page.locator(`fieldset[data-unit="${code}"]`).getByText(saved).waitFor();
}

/** Submits the own scores with the keyboard. */
async function submitScores(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lämna in min bedömning' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Ja, lämna in' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(/^Du lämnade in din bedömning /).waitFor();
}

/** The part of the writing panel being written, and the status line of its area record. */
const writingPart = (page: Page) => page.locator('section.writing-part');
const areaStatus = (page: Page) => writingPart(page).locator('.writing-area > .autosave-status [role="status"]');

/** Writes an area's analysis and one list item with the keyboard; waits until it is saved. */
async function writeArea(page: Page, id: string, area: string, analysis: string, list: 'styrka' | 'förbättringsmöjlighet', item: string): Promise<void> {
  await openWorkspace(page, `${workspace(id, 'texter')}?del=${area}`);
  const field = page.getByRole('textbox', { name: 'Analys av området', exact: true });
  await field.waitFor();
  await field.focus();
  await page.keyboard.type(analysis);
  const add = writingPart(page).getByRole('button', { name: `Lägg till en ${list}` });
  await add.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type(item);
  await page.keyboard.press('Tab');
  await areaStatus(page).getByText(saved).waitFor();
}

interface Texts {
  summary: { text: string };
  areas: Array<{ areaCode: string; analysis: string; strengths: string[]; improvements: string[] }>;
  goodExamples: Array<{ areaCode: string | null; municipality: { code: string } | null; text: string }>;
}
interface AuditList {
  items: Array<{ actor: string; action: string; newValue: unknown }>;
  total: number;
}

describe.skipIf(!runBrowserTests)('web app: one evaluation from creation to publication, three browsers at once', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  }, 120_000);
  afterAll(async () => {
    await web?.close();
  });

  it('two evaluators and the municipality take an evaluation to publication without losing an edit, every step audited', { timeout: 600_000 }, async () => {
    const found: string[] = [];
    const [admin, anna, bo, kommun] = await Promise.all([
      web.signedInPage('admin', { name: 'Ada Admin' }),
      web.signedInPage('evaluator', { name: 'Anna Ärlig' }),
      web.signedInPage('evaluator', { name: 'Bo Bedömare' }),
      web.signedInPage('municipality', { name: 'Kim Kommun', municipalityId: 'se-1280' }),
    ]);
    const [apiAdmin, apiAnna, apiBo]: [Client, Client, Client] = await Promise.all([
      signIn(web.world.app, admin.user.email),
      signIn(web.world.app, anna.user.email),
      signIn(web.world.app, bo.user.email),
    ]);

    // ---- 1. The administrator starts the evaluation on "Ny utvärdering" and assigns both evaluators ----
    await open(admin.page, '/utvarderingar/ny');
    const form = admin.page.getByRole('form', { name: 'Ny utvärdering' });
    const municipality = form.getByLabel('Kommun', { exact: true });
    await municipality.focus();
    await admin.page.keyboard.type('Malmö');
    await expect.poll(() => municipality.inputValue()).toBe('se-1280');
    await form.getByLabel('Från och med').fill('2026-09');
    for (const name of ['Anna Ärlig', 'Bo Bedömare']) {
      await form.getByRole('checkbox', { name: new RegExp(`^${name}`) }).focus();
      await admin.page.keyboard.press('Space');
    }
    await tabTo(admin.page, isButton('Starta utvärderingen'), 'the start button');
    await admin.page.keyboard.press('Enter');
    await admin.page.waitForURL(/\/utvarderingar\/[0-9a-f-]+\/arbetsyta$/);
    const id = /\/utvarderingar\/([0-9a-f-]+)\/arbetsyta$/.exec(admin.page.url())![1]!;
    await admin.page.getByRole('heading', { level: 1, name: /Arbetsyta: Malmö/ }).waitFor();
    found.push(...(await axeBothWidths(admin.page, 'overview (admin)')));
    const team = (await apiAdmin.get(`/api/evaluations/${id}/evaluators`)).json() as { items: Array<{ name: string }> };
    expect(team.items.map((item) => item.name).sort()).toEqual(['Anna Ärlig', 'Bo Bedömare']);

    // The municipality's browser is open too, but the evaluation is not theirs to read before the fact check.
    await open(kommun.page, workspace(id));
    await kommun.page.getByRole('heading', { level: 1, name: 'Sidan hittades inte' }).waitFor();
    expect(await kommun.page.getByRole('navigation', { name: 'Arbetsytans delar' }).count()).toBe(0);

    // ---- 2. Both evaluators add evidence at the same time ----
    await Promise.all([addInterview(anna.page, id, 'Kommunstyrelsens presidium', '1.1'), addInterview(bo.page, id, 'Förvaltningsledningen', '2.1')]);
    found.push(...(await axeBothWidths(anna.page, 'evidence')));

    // ---- 3. Both score on their own and submit, in parallel ----
    const framework = (await apiAdmin.get('/api/frameworks/kommunkompassen-2020')).json() as { areas: Array<{ subareas: Array<{ code: string; max: number }> }> };
    const units = framework.areas.flatMap((area) => area.subareas.map((subarea) => ({ code: subarea.code, max: subarea.max })));
    const half = (max: number) => Math.floor(max / 2);
    // All but one unit each through the API (fast); the last one in the page with the keyboard.
    await Promise.all([
      ...units
        .filter((unit) => unit.code !== '1.1')
        .map(async (unit) => expectOk(await apiAnna.put(`/api/evaluations/${id}/my-scores/${unit.code}`, { version: 0, score: half(unit.max), rationale: `Anna om ${unit.code}.` }), `Anna ${unit.code}`)),
      ...units
        .filter((unit) => unit.code !== '2.1')
        .map(async (unit) => expectOk(await apiBo.put(`/api/evaluations/${id}/my-scores/${unit.code}`, { version: 0, score: half(unit.max), rationale: `Bo om ${unit.code}.` }), `Bo ${unit.code}`)),
    ]);
    await Promise.all([openWorkspace(anna.page, workspace(id, 'bedomning')), openWorkspace(bo.page, workspace(id, 'bedomning'))]);
    await Promise.all([anna.page.locator('#poang-1-1').waitFor(), bo.page.locator('#poang-2-1').waitFor()]);
    found.push(...(await axeBothWidths(anna.page, 'scoring')));
    await Promise.all([scoreUnit(anna.page, '1.1', '4', 'Planen finns men **följs inte upp**.'), scoreUnit(bo.page, '2.1', '3', 'Delvis på plats.')]);
    await Promise.all([submitScores(anna.page), submitScores(bo.page)]);

    // ---- 4. Calibration: Anna agrees 1.1 in the page while Bo records the rest ----
    await openWorkspace(anna.page, workspace(id, 'kalibrering'));
    await anna.page.locator('tr[data-unit="1.1"]').waitFor();
    found.push(...(await axeBothWidths(anna.page, 'calibration')));
    await Promise.all([
      (async () => {
        await anna.page.locator('#overenskommen-1-1').focus();
        await anna.page.keyboard.type('4');
        await anna.page.keyboard.press('Tab');
        await anna.page.keyboard.type('Vi enades om 4.');
        await anna.page.keyboard.press('Tab');
        await anna.page.locator('tr[data-unit="1.1"]').getByText(saved).waitFor();
      })(),
      ...units
        .filter((unit) => unit.code !== '1.1')
        .map(async (unit) => expectOk(await apiBo.put(`/api/evaluations/${id}/scores/${unit.code}`, { version: 0, score: String(half(unit.max)), rationale: `Överens om ${unit.code}.` }), `agreed ${unit.code}`)),
    ]);

    // ---- 5. Texts, concurrently in different areas ----
    await Promise.all([
      (async () => {
        await writeArea(anna.page, id, '1', 'Dialogen med invånarna är **väl utvecklad**.', 'styrka', 'Medborgarpaneler i alla stadsdelar.');
        // A good example from another municipality.
        const example = anna.page.getByRole('form', { name: 'Nytt gott exempel' });
        await example.getByLabel('Kommun').focus();
        await anna.page.keyboard.type('Sollentuna');
        await example.getByRole('textbox', { name: 'Vad kan man lära sig där?' }).focus();
        await anna.page.keyboard.type('Återkoppling till varje förslag inom en månad.');
        await example.getByRole('button', { name: 'Lägg till det goda exemplet' }).focus();
        await anna.page.keyboard.press('Enter');
        await example.getByText('Det goda exemplet från').waitFor();
      })(),
      (async () => {
        await writeArea(bo.page, id, '2', 'Styrningen bygger på *tydliga* mål.', 'förbättringsmöjlighet', 'Följ upp målen varje kvartal.');
        await bo.page.getByLabel('Del att skriva').focus();
        await bo.page.keyboard.type('Sammanfattande');
        const summary = bo.page.getByRole('textbox', { name: 'Sammanfattande kommentarer', exact: true });
        await summary.waitFor();
        await summary.focus();
        await bo.page.keyboard.type('Malmö har en stark grund att bygga vidare på.');
        await bo.page.keyboard.press('Tab');
        await writingPart(bo.page).locator('.writing-text .autosave-status').getByText(saved).waitFor();
      })(),
    ]);
    found.push(...(await axeBothWidths(anna.page, 'writing')));
    // Presence: Bo's page says that Anna works on area 1.
    await openWorkspace(bo.page, `${workspace(id, 'texter')}?del=2`);
    await bo.page.getByText('Anna Ärlig arbetar med område 1').waitFor();

    // ---- 6. On to review and to the municipality's fact check ----
    await moveStatus(anna.page, id, 'Flytta till Under granskning', 'Under granskning');
    found.push(...(await axeBothWidths(anna.page, 'overview in review')));
    await moveStatus(bo.page, id, 'Flytta till Faktakontroll hos kommunen', 'Faktakontroll hos kommunen');

    // ---- 7. The municipality comments on a fact (their part of the workspace: overview and fact check) ----
    const page = kommun.page;
    await openWorkspace(page, workspace(id));
    expect(await page.locator('nav[aria-label="Arbetsytans delar"] a').allInnerTexts()).toEqual(['Översikt', 'Faktakontroll']);
    found.push(...(await axeBothWidths(page, 'overview (municipality)')));
    await page.getByRole('navigation', { name: 'Arbetsytans delar' }).getByRole('link', { name: 'Faktakontroll' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Ny kommentar' }).waitFor();
    await page.getByRole('combobox', { name: 'Vad gäller kommentaren?' }).focus();
    await page.keyboard.type('1.1');
    await expect.poll(() => page.getByRole('combobox', { name: 'Vad gäller kommentaren?' }).inputValue()).toBe('1.1');
    await page.getByRole('textbox', { name: 'Kommentar', exact: true }).focus();
    await page.keyboard.type('Medborgarpanelerna startade 2024, inte 2025.');
    await tabTo(page, isButton('Skicka kommentaren'), 'the send button');
    await page.keyboard.press('Enter');
    await page.getByText('Kommentaren är skickad.').waitFor();
    found.push(...(await axeBothWidths(page, 'fact check (municipality)')));

    // ---- 8. An evaluator answers and resolves ----
    await openWorkspace(bo.page, workspace(id, 'faktakontroll'));
    const comment = bo.page.locator('li.fact-comment').filter({ hasText: 'Medborgarpanelerna startade 2024' });
    await comment.waitFor();
    await comment.getByRole('textbox', { name: /^Svar på kommentaren om 1\.1/ }).focus();
    await bo.page.keyboard.type('Tack, vi rättar årtalet.');
    await comment.getByRole('button', { name: 'Svara', exact: true }).focus();
    await bo.page.keyboard.press('Enter');
    await comment.getByText('Svaret är sparat och kommentaren är besvarad.').waitFor();
    await comment.getByRole('button', { name: 'Markera som löst' }).focus();
    await bo.page.keyboard.press('Enter');
    await comment.getByText('Kommentaren är markerad som löst.').waitFor();
    found.push(...(await axeBothWidths(bo.page, 'fact check (evaluator)')));

    // ---- 9. Final: the texts are locked ----
    await moveStatus(anna.page, id, 'Flytta till Slutversion', 'Slutversion');
    await openWorkspace(anna.page, workspace(id, 'texter'));
    await anna.page.getByText('är låst. Texterna visas som de är och kan inte ändras.', { exact: false }).waitFor();
    expect(await anna.page.locator('main textarea').count()).toBe(0);
    found.push(...(await axeBothWidths(anna.page, 'writing (final)')));

    // ---- 10. The administrator publishes ----
    await moveStatus(admin.page, id, 'Flytta till Publicerad', 'Publicerad');
    found.push(...(await axeBothWidths(admin.page, 'overview (published)')));
    await openWorkspace(page, workspace(id));
    await page.locator('main .status-badge').getByText('Publicerad').waitFor();

    // ---- Every accepted edit is there ----
    const detail = (await apiAdmin.get(`/api/evaluations/${id}`)).json() as { status: string };
    expect(detail.status).toBe('published');
    const evidence = (await apiAdmin.get(`/api/evaluations/${id}/evidence`)).json() as { items: Array<{ title: string; unitCodes: string[] }> };
    expect(evidence.items.map((item) => [item.title, item.unitCodes]).sort()).toEqual([
      ['Förvaltningsledningen', ['2.1']],
      ['Kommunstyrelsens presidium', ['1.1']],
    ]);
    const annaOwn = (await apiAnna.get(`/api/evaluations/${id}/my-scores`)).json() as { submittedAt: string | null; items: Array<{ unitCode: string; score: string; rationale: string }> };
    expect(annaOwn.submittedAt).not.toBeNull();
    expect(annaOwn.items.find((item) => item.unitCode === '1.1')).toMatchObject({ score: '4.00', rationale: 'Planen finns men **följs inte upp**.' });
    const boOwn = (await apiBo.get(`/api/evaluations/${id}/my-scores`)).json() as typeof annaOwn;
    expect(boOwn.items.find((item) => item.unitCode === '2.1')).toMatchObject({ score: '3.00', rationale: 'Delvis på plats.' });
    const calibration = (await apiAnna.get(`/api/evaluations/${id}/calibration`)).json() as { units: Array<{ code: string; agreed: { score: string; rationale: string } | null }> };
    expect(calibration.units.filter((unit) => unit.agreed === null)).toEqual([]);
    expect(calibration.units.find((unit) => unit.code === '1.1')?.agreed).toMatchObject({ score: '4.00', rationale: 'Vi enades om 4.' });
    const texts = (await apiAdmin.get(`/api/evaluations/${id}/texts`)).json() as Texts;
    expect(texts.areas[0]).toMatchObject({ areaCode: '1', analysis: 'Dialogen med invånarna är **väl utvecklad**.', strengths: ['Medborgarpaneler i alla stadsdelar.'] });
    expect(texts.areas[1]).toMatchObject({ areaCode: '2', analysis: 'Styrningen bygger på *tydliga* mål.', improvements: ['Följ upp målen varje kvartal.'] });
    expect(texts.summary.text).toBe('Malmö har en stark grund att bygga vidare på.');
    expect(texts.goodExamples).toEqual([expect.objectContaining({ areaCode: '1', municipality: expect.objectContaining({ code: '0163' }), text: 'Återkoppling till varje förslag inom en månad.' })]);
    const comments = (await apiAdmin.get(`/api/evaluations/${id}/fact-comments`)).json() as { items: Array<{ unitCode: string | null; body: string; answer: string | null; status: string }> };
    expect(comments.items).toEqual([expect.objectContaining({ unitCode: '1.1', body: 'Medborgarpanelerna startade 2024, inte 2025.', answer: 'Tack, vi rättar årtalet.', status: 'resolved' })]);

    // ---- … and every step is in the audit trail, by whom it was done ----
    const audit = (await apiAdmin.get(`/api/evaluations/${id}/audit?limit=500`)).json() as AuditList;
    expect(audit.total).toBe(audit.items.length);
    const chronological = [...audit.items].reverse();
    const by = (action: string) => chronological.filter((entry) => entry.action === action);
    const emails = { admin: admin.user.email, anna: anna.user.email, bo: bo.user.email, kommun: kommun.user.email };
    expect(by('evaluation.create').map((entry) => entry.actor)).toEqual([emails.admin]);
    expect(by('evaluation.assign').map((entry) => entry.actor)).toEqual([emails.admin, emails.admin]);
    expect(by('evaluation.evidence.create').map((entry) => entry.actor).sort()).toEqual([emails.anna, emails.bo].sort());
    expect(by('evaluation.independent-scores.submit').map((entry) => entry.actor).sort()).toEqual([emails.anna, emails.bo].sort());
    // Agreed scores: every unit, the last audited value of each is the one kept (autosave may save a unit more than once).
    const agreedAudit = new Map<string, { actor: string; value: { score: string; rationale: string } }>();
    for (const entry of by('evaluation.agreed-score.update')) {
      const value = entry.newValue as { unitCode: string; score: string; rationale: string };
      agreedAudit.set(value.unitCode, { actor: entry.actor, value: { score: value.score, rationale: value.rationale } });
    }
    expect([...agreedAudit.keys()].sort()).toEqual(units.map((unit) => unit.code).sort());
    expect(agreedAudit.get('1.1')).toEqual({ actor: emails.anna, value: { score: '4.00', rationale: 'Vi enades om 4.' } });
    for (const unit of calibration.units) expect(agreedAudit.get(unit.code)?.value).toEqual({ score: unit.agreed?.score, rationale: unit.agreed?.rationale });
    expect(by('evaluation.text.area').map((entry) => entry.actor)).toEqual(expect.arrayContaining([emails.anna, emails.bo]));
    expect(by('evaluation.text.summary').map((entry) => entry.actor)).toContain(emails.bo);
    expect(by('evaluation.good-example.create').map((entry) => entry.actor)).toEqual([emails.anna]);
    expect(by('evaluation.fact-comment.create').map((entry) => entry.actor)).toEqual([emails.kommun]);
    expect(by('evaluation.fact-comment.update').map((entry) => entry.actor)).toEqual([emails.bo, emails.bo]);
    expect(by('evaluation.status').map((entry) => [entry.actor, (entry.newValue as { status: string }).status])).toEqual([
      [emails.anna, 'review'],
      [emails.bo, 'fact_check'],
      [emails.anna, 'final'],
      [emails.admin, 'published'],
    ]);

    expect(found).toEqual([]);
  });
});
