import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRecord } from '../../src/auth/users-repository.js';
import { signedInAs, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { allScores, createEvaluationAs } from '../support/workflow.js';
import { signInThroughForm, startWebWorld, type WebWorld } from './web-world.js';

/** What has keyboard focus: its tag, type, text and the text of its label (evaluated in the browser). */
async function focused(page: Page): Promise<{ tag: string; type: string; text: string; label: string }> {
  return (await page.evaluate(`(() => {
    const element = document.activeElement;
    const labels = element && element.labels ? Array.from(element.labels).map((label) => label.textContent).join(' ') : '';
    return { tag: element ? element.tagName : '', type: element && element.type ? String(element.type) : '', text: element ? (element.textContent || '').trim() : '', label: labels.trim() };
  })()`)) as { tag: string; type: string; text: string; label: string };
}

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (element: { tag: string; type: string; text: string; label: string }) => boolean, what: string, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

const evidencePath = (id: string) => `/utvarderingar/${id}/arbetsyta/underlag`;

/** Opens the evidence part of the workspace and waits until the list and the summary are read. */
async function openEvidence(page: Page, id: string): Promise<void> {
  await page.goto(evidencePath(id));
  await page.getByRole('heading', { level: 2, name: 'Underlag' }).waitFor();
  await page.locator('.evidence-list__count').filter({ hasText: 'underlag' }).waitFor();
  await page.getByRole('table', { name: 'Antal underlag per delområde och typ' }).waitFor();
}

/** The list item (article) whose heading is `title`. */
const item = (page: Page, title: string): Locator => page.locator('article.evidence-item').filter({ has: page.getByRole('heading', { level: 4, name: title, exact: true }) });
const form = (page: Page): Locator => page.locator('section.evidence-form');
const listCount = (page: Page) => page.locator('.evidence-list__count');

/** The counts of one summary row: [interviews, documents, observations, total]. */
async function summaryRow(page: Page, code: string): Promise<string[]> {
  const row = page.locator('.evidence-summary-table tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${code.replace('.', '\\.')} `) }) });
  return (await row.locator('td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

const INTERVIEW = { kind: 'interview', occurredOn: '2026-03-10', intervieweeGroup: 'manager', people: 2, title: 'Chefer i socialförvaltningen', notes: '', unitCodes: ['1.1', '1.2'] };
const DOCUMENT = { kind: 'document', title: 'Budget 2026', documentKind: 'budget', occurredOn: '2026-01-15', notes: '', unitCodes: ['2.1'] };
const OBSERVATION = { kind: 'observation', channel: 'website', title: 'Startsidan', occurredOn: '2026-02-01', url: 'https://example.org/', notes: '', unitCodes: ['1.2'] };

describe.skipIf(!runBrowserTests)('web app: the workspace evidence', () => {
  let web: WebWorld;
  let admin: Client;
  let evaluator: { page: Page; user: UserRecord };

  /** A new draft evaluation of the 2020 model with the test's evaluator assigned. */
  const newEvaluation = (status = 'draft') => createEvaluationAs(admin, { municipalityId: 'se-2284', status, evaluatorId: evaluator.user.id, fieldworkStart: '2026-03' });

  /** Adds an item through the API and answers its id and version. */
  const addItem = async (evaluationId: string, body: object): Promise<{ id: string; version: number }> => {
    const response = await admin.post(`/api/evaluations/${evaluationId}/evidence`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  beforeAll(async () => {
    web = await startWebWorld();
    admin = await signedInAs(web.world, 'admin');
    evaluator = await web.signedInPage('evaluator', { name: 'Eva Underlag' });
  }, 120_000);
  afterAll(async () => {
    await web?.close();
  });

  it('adds an interview with the keyboard alone, with errors at the fields and a Markdown preview', { timeout: 120_000 }, async () => {
    const { page } = evaluator;
    const evaluationId = await newEvaluation();
    await openEvidence(page, evaluationId);
    expect(await listCount(page).innerText()).toBe('0 underlag.');
    expect(await page.title()).toContain('Underlag');

    await tabTo(page, (element) => element.tag === 'BUTTON' && element.text === 'Lägg till underlag', 'the add button');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Nytt underlag' }).waitFor();
    expect((await focused(page)).text).toBe('Nytt underlag');

    // Saving at once says what is missing, at the fields, and focuses the first one.
    await tabTo(page, (element) => element.tag === 'BUTTON' && element.text === 'Spara underlaget', 'the save button');
    await page.keyboard.press('Enter');
    const date = form(page).getByRole('textbox', { name: 'Datum' });
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect((await focused(page)).label).toContain('Datum');
    const dateDescription = await date.evaluate((element) => (element.getAttribute('aria-describedby') ?? '').split(' ').map((id: string) => element.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
    expect(dateDescription).toContain('Skriv datumet.');
    expect(await form(page).innerText()).toContain('Välj minst ett delområde som underlaget gäller.');
    expect(await form(page).innerText()).toContain('Välj vilken grupp som intervjuades.');

    // The date field has focus: type it, then the group, the number of people and a heading.
    await page.keyboard.type('2026-03-15');
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('SELECT');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement.value')).toBe('politician_majority');
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toContain('Antal personer');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toContain('Rubrik');
    await page.keyboard.type('Kommunstyrelsens presidium');
    // Sub-areas: checkboxes grouped per area.
    await tabTo(page, (element) => element.type === 'checkbox' && element.label === '1.1 Strategi för demokratiutveckling och information', 'checkbox 1.1');
    await page.keyboard.press('Space');
    await tabTo(page, (element) => element.type === 'checkbox' && element.label === '1.3 Medborgarnas möjlighet till dialog med politiken', 'checkbox 1.3');
    await page.keyboard.press('Space');
    const group = form(page).getByRole('group', { name: '1 Samspel mellan förtroendevalda och medborgare' });
    expect(await group.getByRole('checkbox', { checked: true }).count()).toBe(2);
    // Notes in Markdown, spell-checked in Swedish, with a preview.
    await tabTo(page, (element) => element.tag === 'TEXTAREA', 'the notes');
    expect(await page.evaluate('[document.activeElement.spellcheck, document.activeElement.lang]')).toEqual([true, 'sv']);
    await page.keyboard.type('**Tydlig** vilja till dialog.');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Förhandsgranska anteckningarna');
    await page.keyboard.press('Enter');
    const preview = form(page).getByRole('region', { name: 'Förhandsgranskning av anteckningarna' });
    expect(await preview.locator('strong').innerText()).toBe('Tydlig');

    await tabTo(page, (element) => element.tag === 'BUTTON' && element.text === 'Spara underlaget', 'the save button');
    await page.keyboard.press('Enter');
    await page.getByText('”Kommunstyrelsens presidium” är sparat.').waitFor();
    const saved = item(page, 'Kommunstyrelsens presidium');
    await saved.waitFor();
    expect((await focused(page)).text).toBe('Kommunstyrelsens presidium');
    const text = (await saved.innerText()).replace(/\s+/g, ' ');
    for (const expected of ['Intervju', '2026-03-15', 'Politiker (majoritet)', 'Antal personer 3', '1.1 Strategi för demokratiutveckling och information', '1.3 Medborgarnas möjlighet']) {
      expect(text).toContain(expected);
    }
    expect(await saved.locator('.markdown strong').innerText()).toBe('Tydlig');
    expect(await listCount(page).innerText()).toBe('1 underlag.');

    const stored = (await admin.get(`/api/evaluations/${evaluationId}/evidence`)).json() as { items: Array<Record<string, unknown>> };
    expect(stored.items).toMatchObject([
      { kind: 'interview', occurredOn: '2026-03-15', intervieweeGroup: 'politician_majority', people: 3, title: 'Kommunstyrelsens presidium', notes: '**Tydlig** vilja till dialog.', unitCodes: ['1.1', '1.3'] },
    ]);
  });

  it('adds a document with an uploaded file, downloads it, and refuses a file over 20 MB in the browser', { timeout: 120_000 }, async () => {
    const { page } = evaluator;
    const evaluationId = await newEvaluation();
    await openEvidence(page, evaluationId);
    await page.getByRole('button', { name: 'Lägg till underlag' }).click();
    await form(page).getByRole('radio', { name: 'Dokument' }).check();
    await form(page).getByRole('textbox', { name: 'Titel' }).fill('Revisionsrapport om styrning');
    await form(page).getByLabel('Dokumenttyp').selectOption({ label: 'Rapport' });
    await form(page).getByRole('textbox', { name: 'Datum (frivilligt)' }).fill('2026-02-20');

    // Too large: refused before any upload, with a message at the field.
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/evidence-files')) uploads.push(request.url());
    });
    const fileInput = form(page).getByLabel('Fil', { exact: true });
    await fileInput.setInputFiles({ name: 'stor.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(21 * 1024 * 1024, 1) });
    await form(page).getByText('Filer får vara högst 20 MB').waitFor();
    expect(await fileInput.getAttribute('aria-invalid')).toBe('true');
    expect(uploads).toEqual([]);

    const content = Buffer.from('%PDF-1.4\nRevisionsrapport, testinnehåll\n%%EOF\n');
    await fileInput.setInputFiles({ name: 'revisionsrapport.pdf', mimeType: 'application/pdf', buffer: content });
    await form(page).getByText('revisionsrapport.pdf är uppladdad.').waitFor();
    expect(uploads).toHaveLength(1);
    expect(await form(page).innerText()).toContain('Uppladdad fil: revisionsrapport.pdf');
    await form(page).getByRole('checkbox', { name: '3.3 Uppföljning och analys' }).check();
    await form(page).getByRole('button', { name: 'Spara underlaget' }).click();

    const saved = item(page, 'Revisionsrapport om styrning');
    await saved.waitFor();
    expect((await saved.innerText()).replace(/\s+/g, ' ')).toContain('Dokumenttyp Rapport');
    const link = saved.getByRole('link', { name: 'Ladda ned revisionsrapport.pdf' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('revisionsrapport.pdf');
    const path = await download.path();
    expect(Buffer.compare(await readFile(path), content)).toBe(0);
  });

  it('shows the server\'s validation errors at the fields they name, keeping what was typed', { timeout: 60_000 }, async () => {
    const { page } = evaluator;
    const evaluationId = await newEvaluation();
    await openEvidence(page, evaluationId);
    await page.getByRole('button', { name: 'Lägg till underlag' }).click();
    await form(page).getByRole('radio', { name: 'Observation' }).check();
    await form(page).getByLabel('Kanal').selectOption({ label: 'Sociala medier' });
    await form(page).getByRole('textbox', { name: 'Titel' }).fill('Kommunens Facebooksida');
    await form(page).getByRole('textbox', { name: 'Datum' }).fill('2026-02-01');
    await form(page).getByRole('checkbox', { name: '1.2 Kommunens information till medborgarna' }).check();
    // Longer than the server allows (the browser does not count): the server's answer names body.notes.
    const notes = 'x'.repeat(100_001);
    await form(page).getByRole('textbox', { name: 'Anteckningar' }).fill(notes);
    const answer = page.waitForResponse((response) => response.url().endsWith('/evidence') && response.request().method() === 'POST');
    await form(page).getByRole('button', { name: 'Spara underlaget' }).click();
    expect((await answer).status()).toBe(400);
    const field = form(page).getByRole('textbox', { name: 'Anteckningar' });
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const described = await field.evaluate((element) => (element.getAttribute('aria-describedby') ?? '').split(' ').map((id: string) => element.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
    expect(described).toContain('Anteckningarna får vara högst 100 000 tecken.');
    expect((await focused(page)).tag).toBe('TEXTAREA');
    expect(await form(page).getByRole('textbox', { name: 'Titel' }).inputValue()).toBe('Kommunens Facebooksida');
    await form(page).getByRole('button', { name: 'Avbryt' }).click();
  });

  it('shows the evidence per sub-area (no evidence said in words) and filters the list by sub-area and kind', { timeout: 120_000 }, async () => {
    const { page } = evaluator;
    const evaluationId = await newEvaluation();
    await addItem(evaluationId, INTERVIEW);
    await addItem(evaluationId, DOCUMENT);
    await addItem(evaluationId, OBSERVATION);
    await openEvidence(page, evaluationId);
    expect(await listCount(page).innerText()).toBe('3 underlag.');

    expect(await summaryRow(page, '1.1')).toEqual(['1', '0', '0', '1']);
    expect(await summaryRow(page, '1.2')).toEqual(['1', '0', '1', '2']);
    expect(await summaryRow(page, '2.1')).toEqual(['0', '1', '0', '1']);
    expect(await summaryRow(page, '3.1')).toEqual(['0', '0', '0', '⚠ Saknar underlag']);
    expect(await page.getByText('33 av 36 delområden saknar underlag.').count()).toBe(1);

    // Choosing a sub-area in the summary filters the list and moves focus to it.
    await page.getByRole('button', { name: /^1\.2 Kommunens information till medborgarna/ }).click();
    await expect.poll(() => listCount(page).innerText()).toBe('2 underlag för 1.2 Kommunens information till medborgarna, alla typer.');
    expect((await focused(page)).text).toBe('Förteckning över underlag');
    expect(await page.locator('article.evidence-item h4').allInnerTexts()).toEqual(['Startsidan', 'Chefer i socialförvaltningen']);
    expect(await page.getByLabel('Delområde', { exact: true }).inputValue()).toBe('1.2');

    // The selects filter too: kind, then sub-area.
    await page.getByLabel('Typ av underlag', { exact: true }).selectOption({ label: 'Observationer' });
    await expect.poll(() => listCount(page).innerText()).toBe('1 underlag för 1.2 Kommunens information till medborgarna, observationer.');
    await page.getByLabel('Delområde', { exact: true }).selectOption('2.1');
    await expect.poll(() => listCount(page).innerText()).toContain('0 underlag för 2.1');
    await page.getByText('Inget underlag matchar filtret.').waitFor();
    await page.getByLabel('Typ av underlag', { exact: true }).selectOption({ label: 'Alla typer' });
    await expect.poll(() => page.locator('article.evidence-item h4').allInnerTexts()).toEqual(['Budget 2026']);
    await page.getByRole('button', { name: 'Visa allt underlag' }).click();
    await expect.poll(() => listCount(page).innerText()).toBe('3 underlag.');
  });

  it('shows both versions when two pages change the same item, and keeps mine when asked', { timeout: 120_000 }, async () => {
    const evaluationId = await newEvaluation();
    const { id } = await addItem(evaluationId, { ...INTERVIEW, notes: 'Första anteckningen.' });
    const first = evaluator.page;
    const second = await web.newPage();
    await signInThroughForm(second, evaluator.user.email);
    await Promise.all([openEvidence(first, evaluationId), openEvidence(second, evaluationId)]);
    for (const page of [first, second]) {
      await item(page, 'Chefer i socialförvaltningen').getByRole('button', { name: 'Ändra ”Chefer i socialförvaltningen”' }).click();
      await form(page).waitFor();
    }

    // The first page saves a new title.
    await form(first).getByRole('textbox', { name: 'Rubrik (frivillig)' }).fill('Chefer, andra omgången');
    await form(first).getByRole('button', { name: 'Spara ändringarna' }).click();
    await item(first, 'Chefer, andra omgången').waitFor();

    // The second page, still at version 1, saves other notes: a conflict with both versions shown.
    await form(second).getByRole('textbox', { name: 'Anteckningar' }).fill('Min anteckning från andra fliken.');
    await form(second).getByRole('button', { name: 'Spara ändringarna' }).click();
    await second.getByRole('heading', { name: 'Någon annan har ändrat underlaget' }).waitFor();
    const mine = form(second).getByRole('region', { name: 'Din version (inte sparad)' });
    const saved = form(second).getByRole('region', { name: 'Den sparade versionen' });
    expect(await mine.innerText()).toContain('Min anteckning från andra fliken.');
    expect(await mine.innerText()).not.toContain('Chefer, andra omgången');
    expect(await saved.innerText()).toContain('Första anteckningen.');
    expect(await saved.innerText()).toContain('Chefer, andra omgången');
    // Nothing typed is lost: the form still holds it.
    expect(await form(second).getByRole('textbox', { name: 'Anteckningar' }).inputValue()).toBe('Min anteckning från andra fliken.');
    expect(await axeViolations(second, 'conflict')).toEqual([]);

    await form(second).getByRole('button', { name: 'Behåll min version' }).click();
    await second.getByText('Ändringarna i ”Chefer i socialförvaltningen” är sparade.').waitFor();
    const stored = (await admin.get(`/api/evaluations/${evaluationId}/evidence`)).json() as { items: Array<{ id: string; title: string; notes: string; version: number }> };
    expect(stored.items).toMatchObject([{ id, title: 'Chefer i socialförvaltningen', notes: 'Min anteckning från andra fliken.', version: 3 }]);
    await item(second, 'Chefer i socialförvaltningen').waitFor();

    // The other way: the first page (now stale) takes the saved version instead of its own.
    await item(first, 'Chefer, andra omgången').getByRole('button', { name: /^Ändra/ }).click();
    await form(first).getByRole('textbox', { name: 'Anteckningar' }).fill('Förkastas.');
    await form(first).getByRole('button', { name: 'Spara ändringarna' }).click();
    await form(first).getByRole('button', { name: 'Använd den sparade' }).click();
    await first.getByText('Din version är förkastad och den sparade versionen visas.').waitFor();
    await item(first, 'Chefer i socialförvaltningen').waitFor();
    expect(await item(first, 'Chefer i socialförvaltningen').innerText()).toContain('Min anteckning från andra fliken.');
    await second.context().close();
  });

  it('deletes an item at its version', { timeout: 60_000 }, async () => {
    const { page } = evaluator;
    const evaluationId = await newEvaluation();
    await addItem(evaluationId, DOCUMENT);
    await openEvidence(page, evaluationId);
    await item(page, 'Budget 2026').getByRole('button', { name: 'Ta bort ”Budget 2026”' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByText('”Budget 2026” är borttaget.').waitFor();
    await expect.poll(() => listCount(page).innerText()).toBe('0 underlag.');
    expect((await admin.get(`/api/evaluations/${evaluationId}/evidence`)).json()).toMatchObject({ total: 0 });
  });

  it('is read-only once the evaluation is final', { timeout: 60_000 }, async () => {
    const { page } = evaluator;
    const evaluationId = await createEvaluationAs(admin, { municipalityId: 'se-2284', status: 'fact_check', evaluatorId: evaluator.user.id, scores: allScores(web.world) });
    await addItem(evaluationId, DOCUMENT);
    const moved = await admin.post(`/api/evaluations/${evaluationId}/status`, { from: 'fact_check', to: 'final' });
    expect(moved.statusCode, moved.body).toBe(200);
    await openEvidence(page, evaluationId);
    await page.getByText('Utvärderingen har status Slutversion och är låst.').waitFor();
    expect(await page.getByRole('button', { name: 'Lägg till underlag' }).count()).toBe(0);
    expect(await item(page, 'Budget 2026').getByRole('button').count()).toBe(0);
  });

  it('has no axe violations with the list and with the open forms', { timeout: 120_000 }, async () => {
    const found: string[] = [];
    for (const width of [1280, 375]) {
      const page = width === 1280 ? evaluator.page : await web.newPage(width);
      if (width !== 1280) await signInThroughForm(page, evaluator.user.email);
      const evaluationId = await newEvaluation();
      await addItem(evaluationId, { ...INTERVIEW, notes: '**Viktigt:** se [protokollet](https://example.org/protokoll).' });
      await addItem(evaluationId, DOCUMENT);
      await addItem(evaluationId, OBSERVATION);
      await openEvidence(page, evaluationId);
      found.push(...(await axeViolations(page, `${width} list`)));
      await page.getByRole('button', { name: 'Lägg till underlag' }).click();
      await form(page).getByRole('button', { name: 'Spara underlaget' }).click();
      await form(page).getByText('Välj minst ett delområde som underlaget gäller.').waitFor();
      found.push(...(await axeViolations(page, `${width} interview form with errors`)));
      await form(page).getByRole('radio', { name: 'Dokument' }).check();
      await form(page).getByRole('textbox', { name: 'Anteckningar' }).fill('# Rubrik\n\n- punkt');
      await form(page).getByRole('button', { name: 'Förhandsgranska anteckningarna' }).click();
      found.push(...(await axeViolations(page, `${width} document form with preview`)));
      await form(page).getByRole('radio', { name: 'Observation' }).check();
      found.push(...(await axeViolations(page, `${width} observation form`)));
      await item(page, 'Budget 2026').getByRole('button', { name: /^Ändra/ }).click();
      found.push(...(await axeViolations(page, `${width} edit form`)));
    }
    expect(found).toEqual([]);
  });
});
