import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, signIn, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { demoEvaluation, focusedElement, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

interface Texts {
  summary: { text: string; version: number };
  areas: Array<{ areaCode: string; layout: string; analysis: string; strengths: string[]; improvements: string[]; version: number; subareas: Array<{ unitCode: string; analysis: string }> }>;
  goodExamples: Array<{ id: number; areaCode: string | null; municipality: { code: string; name: string } | null; text: string; version: number }>;
}

/** The axe violations of a page as readable lines (an empty list is the goal). */
async function violations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

const writingPath = (id: string, part?: string) => `/utvarderingar/${id}/arbetsyta/texter${part ? `?del=${part}` : ''}`;

/** The accessible name the focused element gives (its aria-label, else its label's or its own text). */
const focusedName = (page: Page) =>
  page.evaluate(`(() => {
    const element = document.activeElement;
    if (!element) return null;
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const labels = element.labels;
    if (labels && labels.length > 0) return labels[0].textContent.trim();
    return (element.textContent || '').trim();
  })()`) as Promise<string | null>;

/** The part of the panel being written (an area, or the summary comments). */
const part = (page: Page) => page.locator('section.writing-part');
/** The status line of the area's own record (its layout, analysis and lists). */
const areaStatus = (page: Page) => part(page).locator('.writing-area > .autosave-status [role="status"]');

async function expectOk(response: { statusCode: number; body: string }, what: string) {
  if (response.statusCode >= 300) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
}

const textsOf = async (client: Client, id: string) => (await client.get(`/api/evaluations/${id}/texts`)).json() as Texts;

describe.skipIf(!runBrowserTests)('web app: writing the texts of an evaluation', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('writes area texts, lists, good examples and the summary with the keyboard, and merges a conflict', { timeout: 300_000 }, async () => {
    const found: string[] = [];
    const admin = await signedInAs(web.world, 'admin');
    const [anna, bo] = await Promise.all([web.signedInPage('evaluator', { name: 'Anna Ärlig' }), web.signedInPage('evaluator', { name: 'Bo Bedömare' })]);
    const created = await admin.post('/api/evaluations', { municipalityId: 'se-0114', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03' });
    await expectOk(created, 'create');
    const id = (created.json() as { id: string }).id;
    for (const user of [anna.user, bo.user]) await expectOk(await admin.post(`/api/evaluations/${id}/evaluators`, { userId: user.id }), 'assign');
    const apiAnna = await signIn(web.world.app, anna.user.email);

    // ---- Anna opens the panel through the workspace's navigation, with the keyboard ----
    const page = anna.page;
    await open(page, `/utvarderingar/${id}/arbetsyta`);
    await page.getByRole('navigation', { name: 'Arbetsytans delar' }).getByRole('link', { name: 'Texter' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Texter' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^Område 1: / }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/utvarderingar/${id}/arbetsyta/texter`);
    found.push(...(await violations(page, 'writing, area 1')));

    // The analysis: from the part chooser, Tab to the layout (one analysis is chosen), Tab to the text.
    await page.getByLabel('Del att skriva').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedName(page)).toBe('En sammanfattande analys för området');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedName(page)).toBe('Analys av området');
    const analysis = page.getByRole('textbox', { name: 'Analys av området', exact: true });
    expect(await analysis.getAttribute('lang')).toBe('sv');
    expect(await analysis.getAttribute('spellcheck')).toBe('true');
    await page.keyboard.type('Kommunen har **tydliga mål** för verksamheten.');
    // The preview renders the Markdown.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await part(page).locator('.markdown-field__preview strong').getByText('tydliga mål').waitFor();

    // Strengths: add two with the keyboard, then move the second up.
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedName(page)).toBe('Lägg till en styrka');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Styrka 1');
    await page.keyboard.type('Stark politisk ledning.');
    for (const name of ['Flytta upp Styrka 1', 'Flytta ner Styrka 1', 'Ta bort Styrka 1', 'Lägg till en styrka']) {
      await page.keyboard.press('Tab');
      await expect.poll(() => focusedName(page)).toBe(name);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Styrka 2');
    await page.keyboard.type('Öppen dialog med invånarna.');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedName(page)).toBe('Flytta upp Styrka 2');
    await page.keyboard.press('Enter');
    await part(page).getByText('Styrka 2 flyttades till plats 1 av 2.').waitFor();
    // At the top, the focus goes to the item's other move button.
    await expect.poll(() => focusedName(page)).toBe('Flytta ner Styrka 1');
    expect(await page.getByRole('textbox', { name: 'Styrka 1', exact: true }).inputValue()).toBe('Öppen dialog med invånarna.');

    // Improvements: three, the last removed.
    await part(page).getByRole('button', { name: 'Lägg till en förbättringsmöjlighet' }).focus();
    for (const text of ['Följ upp målen oftare.', 'Publicera protokollen snabbare.', 'Ett misstag.']) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(text);
      await part(page).getByRole('button', { name: 'Lägg till en förbättringsmöjlighet' }).focus();
    }
    await part(page).getByRole('button', { name: 'Ta bort Förbättringsmöjlighet 3' }).focus();
    await page.keyboard.press('Enter');
    await part(page).getByText('Förbättringsmöjlighet 3 togs bort. Listan har nu 2 punkter.').waitFor();
    await expect.poll(() => focusedName(page)).toBe('Förbättringsmöjlighet 2');
    await page.keyboard.press('Tab'); // leaving a field saves at once
    await areaStatus(page).getByText(/^Sparat \d\d:\d\d$/).waitFor();
    let texts = await textsOf(apiAnna, id);
    expect(texts.areas[0]).toMatchObject({
      areaCode: '1',
      layout: 'summary',
      analysis: 'Kommunen har **tydliga mål** för verksamheten.',
      strengths: ['Öppen dialog med invånarna.', 'Stark politisk ledning.'],
      improvements: ['Följ upp målen oftare.', 'Publicera protokollen snabbare.'],
    });

    // ---- Layout: one analysis per sub-area (arrow keys in the radio group) ----
    await page.getByRole('radio', { name: 'En sammanfattande analys för området' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'En analys per delområde' }).isChecked()).toBe(true);
    await page.getByRole('heading', { level: 4, name: 'Analys per delområde' }).waitFor();
    await page.getByRole('textbox', { name: 'Inledning för hela området (valfri)', exact: true }).waitFor();
    const subareaField = page.getByRole('textbox', { name: /^Analys av 1\.1 / });
    await subareaField.focus();
    await page.keyboard.type('Delområdet har *en plan* som följs.');
    await page.keyboard.press('Tab');
    await part(page).locator('.writing-subareas .autosave-status [role="status"]').first().getByText(/^Sparat \d\d:\d\d$/).waitFor();
    await areaStatus(page).getByText(/^Sparat \d\d:\d\d$/).waitFor();
    texts = await textsOf(apiAnna, id);
    expect(texts.areas[0]?.layout).toBe('per-subarea');
    expect(texts.areas[0]?.subareas.find((subarea) => subarea.unitCode === '1.1')?.analysis).toBe('Delområdet har *en plan* som följs.');
    found.push(...(await violations(page, 'writing, per sub-area')));

    // ---- A good example: another municipality (never the evaluated one) and what to learn there ----
    const form = page.getByRole('form', { name: 'Nytt gott exempel' });
    const municipality = form.getByLabel('Kommun');
    expect(await municipality.locator('option', { hasText: 'Upplands Väsby' }).count()).toBe(0);
    // Submitting empty explains both fields.
    await form.getByRole('button', { name: 'Lägg till det goda exemplet' }).focus();
    await page.keyboard.press('Enter');
    await form.getByText('Välj en annan kommun än den som utvärderas.').waitFor();
    await expect.poll(async () => (await focusedElement(page)).tag).toBe('SELECT');
    await page.keyboard.type('Sollentuna');
    await expect.poll(() => municipality.inputValue()).toBe('se-0163');
    // Optionally tied to one of the area's sub-areas, chosen by keyboard.
    const subarea = form.getByLabel('Delområde (valfritt)');
    expect(await subarea.inputValue()).toBe('');
    await subarea.focus();
    await page.keyboard.type('1.3');
    await expect.poll(() => subarea.inputValue()).toBe('1.3');
    await form.getByRole('textbox', { name: 'Vad kan man lära sig där?' }).focus();
    await page.keyboard.type('En **samordnad** e-tjänst för bygglov.');
    await form.getByRole('button', { name: 'Lägg till det goda exemplet' }).focus();
    await page.keyboard.press('Enter');
    await form.getByText('Det goda exemplet från Sollentuna är tillagt.').waitFor();
    const example = part(page).locator('li.writing-example').first();
    await example.getByText('Gott exempel 1').waitFor();
    // Changed in place, autosaved with its version.
    const exampleText = example.getByRole('textbox', { name: 'Vad kan man lära sig där?' });
    await exampleText.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Handläggningen tar en vecka.');
    await page.keyboard.press('Tab');
    await example.getByText(/^Sparat \d\d:\d\d$/).waitFor();
    texts = await textsOf(apiAnna, id);
    expect(texts.goodExamples).toEqual([
      expect.objectContaining({ areaCode: '1', unitCode: '1.3', municipality: { id: 'se-0163', country: 'se', code: '0163', name: 'Sollentuna' }, text: 'En **samordnad** e-tjänst för bygglov. Handläggningen tar en vecka.', version: 2 }),
    ]);
    found.push(...(await violations(page, 'writing, good example')));
    // Removed with the version last read.
    await example.getByRole('button', { name: 'Ta bort Gott exempel 1' }).focus();
    await page.keyboard.press('Enter');
    await part(page).getByText('Inga goda exempel ännu.').waitFor();
    expect((await textsOf(apiAnna, id)).goodExamples).toEqual([]);

    // ---- The summary comments, chosen in the part list ----
    await page.getByLabel('Del att skriva').focus();
    await page.keyboard.type('Sammanfattande');
    await page.getByRole('heading', { level: 3, name: 'Sammanfattande kommentarer' }).waitFor();
    expect(new URL(page.url()).search).toBe('?del=sammanfattning');
    const summary = page.getByRole('textbox', { name: 'Sammanfattande kommentarer', exact: true });
    await summary.focus();
    await page.keyboard.type('Upplands Väsby har ett *tydligt* ledarskap.');
    await page.keyboard.press('Tab');
    await part(page).locator('.writing-text .autosave-status').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    texts = await textsOf(apiAnna, id);
    expect(texts.summary.text).toBe('Upplands Väsby har ett *tydligt* ledarskap.');
    found.push(...(await violations(page, 'writing, summary')));
    await page.setViewportSize({ width: 375, height: 900 });
    found.push(...(await violations(page, 'writing, summary at 375 px')));
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
    // Back in area 1 (read again), what was written is there.
    await open(page, writingPath(id, '1'));
    expect(await page.getByRole('textbox', { name: 'Styrka 1', exact: true }).inputValue()).toBe('Öppen dialog med invånarna.');
    found.push(...(await violations(page, 'writing, area 1 at 375 px')));
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 900 });

    // ---- Two evaluators on the same area text: the second save is stale and merged ----
    await Promise.all([open(page, writingPath(id, '2')), open(bo.page, writingPath(id, '2'))]);
    await Promise.all([page.getByRole('textbox', { name: 'Analys av området', exact: true }).waitFor(), bo.page.getByRole('textbox', { name: 'Analys av området', exact: true }).waitFor()]);
    await page.getByRole('textbox', { name: 'Analys av området', exact: true }).fill('Annas analys av område 2.');
    await page.getByRole('textbox', { name: 'Analys av området', exact: true }).blur();
    await areaStatus(page).getByText(/^Sparat \d\d:\d\d$/).waitFor();
    await bo.page.getByRole('textbox', { name: 'Analys av området', exact: true }).focus();
    await bo.page.keyboard.type('Bos analys av område 2.');
    await bo.page.keyboard.press('Tab');
    const conflict = part(bo.page).locator('.merge-conflict');
    await conflict.waitFor();
    await conflict.getByText('Din version').waitFor();
    await conflict.getByText('Sparad version').waitFor();
    // Both versions side by side (the merge field starts from mine).
    const sides = conflict.locator('.merge-conflict__value');
    expect(await sides.nth(0).innerText()).toContain('Bos analys av område 2.');
    expect(await sides.nth(1).innerText()).toContain('Annas analys av område 2.');
    expect(await conflict.getByRole('textbox', { name: 'Sammanfogad analys' }).inputValue()).toBe('Bos analys av område 2.');
    found.push(...(await violations(bo.page, 'writing, conflict')));
    const merged = conflict.getByRole('textbox', { name: 'Sammanfogad analys' });
    await merged.focus();
    await bo.page.keyboard.press('ControlOrMeta+a');
    await bo.page.keyboard.type('Annas analys av område 2. Bos tillägg.');
    await conflict.getByRole('button', { name: 'Spara den sammanfogade texten' }).focus();
    await bo.page.keyboard.press('Enter');
    await areaStatus(bo.page).getByText(/^Sparat \d\d:\d\d$/).waitFor();
    expect(await conflict.count()).toBe(0);
    texts = await textsOf(apiAnna, id);
    expect(texts.areas[1]?.analysis).toBe('Annas analys av område 2. Bos tillägg.');

    // Every accepted write is audited.
    const audit = (await admin.get(`/api/evaluations/${id}/audit?limit=200`)).json() as { items: Array<{ action: string }> };
    const actions = audit.items.map((item) => item.action);
    for (const action of ['evaluation.text.area', 'evaluation.text.subarea', 'evaluation.text.summary', 'evaluation.good-example.create', 'evaluation.good-example.update', 'evaluation.good-example.delete']) {
      expect(actions).toContain(action);
    }
    expect(found).toEqual([]);
  });

  it('shows the texts read-only once the evaluation is published', async () => {
    const { page } = await web.signedInPage('admin');
    const id = demoEvaluation(web, 'se-2284', 2017);
    await open(page, writingPath(id));
    await page.getByText('är låst. Texterna visas som de är och kan inte ändras.', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Sammanfattande kommentarer' }).waitFor();
    expect(await page.locator('main textarea, main select, main input').count()).toBe(0);
    expect(await violations(page, 'writing, read-only')).toEqual([]);
  });
});
