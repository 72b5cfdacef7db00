/**
 * The respondents' side of the questionnaire: the team (an administrator, through the API) sends a
 * set of the 2020 model to two users of the municipality; on "Min kommun" each sees it with its
 * progress and the reminder in words; on the answering page they answer by keyboard — a condition
 * shows its follow-up question at once, each answer saves itself, a wrong date is explained,
 * links and documents are added and a document removed after asking; two respondents changing
 * one answer at once get the conflict view; submission lists the missing required question as a
 * link to it, then succeeds and leaves the answers read-only. Axe at 1280 and 375 px.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRecord } from '../../src/auth/users-repository.js';
import { addUser, signIn, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { insertQuestionSet } from '../support/question-sets.js';
import { focusedElement, open, pageScrollWidth, signInThroughForm, startWebWorld, type WebWorld } from './web-world.js';

const main = (page: Page) => page.getByRole('main');
const MUNICIPALITY = 'se-0114';

/** An ISO date `days` from now (UTC). */
const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The status line of the question with key `key` (its autosave). */
const statusOf = (page: Page, key: string) => page.locator(`[id="fraga-${key}"] .autosave-status__text`);

describe.skipIf(!runBrowserTests)('web app: answering a questionnaire', () => {
  let web: WebWorld;
  let admin: Client;
  let anna: UserRecord;
  let bo: UserRecord;
  let questionnaireId: string;

  beforeAll(async () => {
    web = await startWebWorld();
    const adminUser = await addUser(web.world, 'admin');
    admin = await signIn(web.world.app, adminUser.email);
    const created = await admin.post('/api/evaluations', { municipalityId: MUNICIPALITY, frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03' });
    expect(created.statusCode).toBe(201);
    const evaluationId = created.json().id as string;
    anna = await addUser(web.world, 'municipality', { municipalityId: MUNICIPALITY, name: 'Anna Andersson' });
    bo = await addUser(web.world, 'municipality', { municipalityId: MUNICIPALITY, name: 'Bo Berg' });
    const set = await insertQuestionSet(web.world.context.database.db);
    const sent = await admin.post(`/api/evaluations/${evaluationId}/questionnaire`, { questionSetId: set.id, opensOn: isoIn(-30), dueOn: isoIn(3), respondentIds: [anna.id, bo.id] });
    expect(sent.statusCode).toBe(201);
    questionnaireId = sent.json().id as string;
  }, 120_000);
  afterAll(async () => {
    await web?.close();
  });

  const respondentPage = async (user: UserRecord, width = 1280) => {
    const page = await web.newPage(width);
    await signInThroughForm(page, user.email);
    return page;
  };

  it('lists the questionnaire with its reminder in words on Min kommun and opens it, axe-clean at 1280 and 375 px', { timeout: 120_000 }, async () => {
    for (const width of [1280, 375]) {
      const page = await respondentPage(anna, width);
      expect(new URL(page.url()).pathname).toBe('/min-kommun');
      const section = main(page).getByRole('region', { name: 'Frågeunderlag att besvara' });
      const item = section.getByRole('listitem').filter({ hasText: 'Frågor inför besöket' });
      await item.waitFor();
      expect((await item.innerText()).replace(/\s+/g, ' ')).toMatch(/Ska vara klart om [23] dagar, .+ 0 av 7 frågor besvarade · 1 obligatorisk fråga saknar svar/);
      expect(await runAxe(page)).toEqual([]);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);

      await item.getByRole('link', { name: 'Frågor inför besöket' }).click();
      await page.getByRole('heading', { level: 1, name: 'Frågor inför besöket' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/fragor/${questionnaireId}`);
      const nav = main(page).getByRole('navigation', { name: 'Avsnitt' });
      expect((await nav.innerText()).replace(/\s+/g, ' ')).toContain('Styrning 0 av 2 besvarade');
      expect(await main(page).getByText(/^(Anna Andersson, Bo Berg|Bo Berg, Anna Andersson)$/).count()).toBe(1);
      // The follow-up question waits for its condition.
      expect(await main(page).getByRole('textbox', { name: /Beskriv hur visionen togs fram/ }).count()).toBe(0);
      expect(await runAxe(page)).toEqual([]);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
    }
  });

  it('answers by keyboard: a condition shows its question at once, each answer saves itself, links and documents', { timeout: 120_000 }, async () => {
    const page = await respondentPage(anna);
    await open(page, `/fragor/${questionnaireId}`);
    const yes = main(page).getByRole('group', { name: /1\.1 Har kommunen en antagen vision/ }).getByRole('radio', { name: 'Ja' });
    await yes.focus();
    await page.keyboard.press('Space');
    const followUp = main(page).getByRole('textbox', { name: /1\.2 Beskriv hur visionen togs fram/ });
    await followUp.waitFor();
    await expect.poll(() => statusOf(page, '1.1').innerText()).toMatch(/^Sparat /);
    await followUp.focus();
    await page.keyboard.type('Visionen togs fram i dialog med invånarna.');
    await page.keyboard.press('Tab');
    await expect.poll(() => statusOf(page, '1.2').innerText()).toMatch(/^Sparat /);
    const nav = main(page).getByRole('navigation', { name: 'Avsnitt' });
    await expect.poll(async () => (await nav.innerText()).replace(/\s+/g, ' ')).toContain('Styrning 2 av 3 besvarade');

    const channel = main(page).getByRole('checkbox', { name: 'Öppna möten' });
    await channel.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => statusOf(page, '1.3').innerText()).toMatch(/^Sparat /);
    await expect.poll(async () => (await nav.innerText()).replace(/\s+/g, ' ')).toContain('Styrning 3 av 3 besvarade klart');

    // A date that does not exist is explained and not sent; the right one saves.
    const date = main(page).getByRole('textbox', { name: /2\.4 När antogs budgeten/ });
    await date.focus();
    await page.keyboard.type('2025-13-01');
    await page.keyboard.press('Tab');
    await main(page).getByText('Skriv ett datum som finns, som ÅÅÅÅ-MM-DD.').waitFor();
    await date.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2025-11-20');
    await page.keyboard.press('Tab');
    await expect.poll(() => statusOf(page, '2.4').innerText()).toMatch(/^Sparat /);

    // A link: address and title, added with Enter.
    await main(page).getByRole('textbox', { name: 'Webbadress' }).focus();
    await page.keyboard.type('https://kommun.example/arsredovisning');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Årsredovisning 2025');
    await page.keyboard.press('Enter');
    await main(page).getByRole('link', { name: 'Årsredovisning 2025' }).waitFor();
    await expect.poll(() => statusOf(page, '2.2').innerText()).toMatch(/^Sparat /);

    // Two documents at once; one is removed after asking.
    const input = main(page).getByLabel('Lägg till dokument');
    await input.setInputFiles([
      { name: 'budget.txt', mimeType: 'text/plain', buffer: Buffer.from('Budget 2026') },
      { name: 'fel-fil.txt', mimeType: 'text/plain', buffer: Buffer.from('Fel') },
    ]);
    await main(page).getByRole('link', { name: 'fel-fil.txt' }).waitFor();
    await main(page).getByRole('link', { name: 'budget.txt' }).waitFor();
    await main(page).getByRole('button', { name: 'Ta bort fel-fil.txt' }).click();
    await main(page).getByRole('group', { name: 'Ta bort fel-fil.txt?' }).getByRole('button', { name: 'Ja, ta bort' }).click();
    await main(page).getByText('fel-fil.txt är borttaget.').waitFor();
    await expect.poll(() => main(page).getByRole('link', { name: 'fel-fil.txt' }).count()).toBe(0);
    await expect.poll(async () => (await nav.innerText()).replace(/\s+/g, ' ')).toContain('Ekonomi 3 av 5 besvarade');

    // Everything is there after reading the page again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Frågor inför besöket' }).waitFor();
    expect(await main(page).getByRole('radio', { name: 'Ja' }).isChecked()).toBe(true);
    expect(await main(page).getByRole('textbox', { name: /1\.2 Beskriv/ }).inputValue()).toBe('Visionen togs fram i dialog med invånarna.');
    expect(await main(page).getByRole('link', { name: 'budget.txt' }).count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
  });

  it('shows the conflict view when two respondents change one answer at once', { timeout: 120_000 }, async () => {
    const annaPage = await respondentPage(anna);
    const boPage = await respondentPage(bo);
    await open(annaPage, `/fragor/${questionnaireId}`);
    await open(boPage, `/fragor/${questionnaireId}`);
    const field = (page: Page) => main(page).getByRole('textbox', { name: /1\.2 Beskriv hur visionen togs fram/ });
    await field(boPage).fill('Bos version av svaret.');
    await field(boPage).blur();
    await expect.poll(() => statusOf(boPage, '1.2').innerText()).toMatch(/^Sparat /);

    await field(annaPage).fill('Annas version av svaret.');
    await field(annaPage).blur();
    const conflict = main(annaPage).getByRole('group', { name: 'Ändrad av någon annan: svaret på fråga 1.2' });
    await conflict.waitFor();
    expect(await conflict.getByRole('region', { name: 'Sparad version' }).innerText()).toContain('Bos version av svaret.');
    expect(await runAxe(annaPage)).toEqual([]);
    await conflict.getByRole('button', { name: 'Behåll min' }).click();
    await expect.poll(() => statusOf(annaPage, '1.2').innerText()).toMatch(/^Sparat /);
    expect(await conflict.count()).toBe(0);
  });

  it('shows the team the answers read-only, as the municipality sees them', { timeout: 60_000 }, async () => {
    const { page } = await web.signedInPage('admin', { width: 375 });
    await open(page, `/fragor/${questionnaireId}`);
    await main(page).getByText('Du läser svaren så som kommunen ser dem. Bara kommunens svarande kan ändra dem.').waitFor();
    expect(await main(page).getByRole('textbox').count()).toBe(0);
    expect(await main(page).getByRole('button', { name: 'Skicka in svaren' }).count()).toBe(0);
    await main(page).getByRole('link', { name: 'budget.txt' }).waitFor();
    await main(page).getByRole('link', { name: 'Årsredovisning 2025' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
  });

  it('lists a missing required question as a link to it, then submits and shows the answers read-only', { timeout: 120_000 }, async () => {
    const page = await respondentPage(anna, 375);
    await open(page, `/fragor/${questionnaireId}`);
    const followUp = main(page).getByRole('textbox', { name: /1\.2 Beskriv hur visionen togs fram/ });
    await followUp.fill('');
    await followUp.blur();
    await expect.poll(() => statusOf(page, '1.2').innerText()).toMatch(/^Sparat /);

    await main(page).getByRole('button', { name: 'Skicka in svaren' }).click();
    const missing = main(page).getByRole('group', { name: 'Besvara de här frågorna först' });
    await missing.waitFor();
    await expect.poll(async () => (await focusedElement(page)).text).toBe('Besvara de här frågorna först');
    const link = missing.getByRole('link', { name: '1.2 Beskriv hur visionen togs fram.' });
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).href).toBe(await link.getAttribute('href'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedElement(page)).tag).toBe('TEXTAREA');
    await page.keyboard.type('Visionen togs fram i dialog.');
    await page.keyboard.press('Tab');
    await expect.poll(() => statusOf(page, '1.2').innerText()).toMatch(/^Sparat /);

    await main(page).getByRole('button', { name: 'Skicka in svaren' }).click();
    await main(page).getByText(/^Svaren skickades in .+ av Anna Andersson\./).waitFor();
    expect(await main(page).getByRole('textbox').count()).toBe(0);
    expect(await main(page).getByRole('button', { name: 'Skicka in svaren' }).count()).toBe(0);
    expect(await main(page).getByText('Visionen togs fram i dialog.').count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);

    await page.goto('/min-kommun');
    const item = main(page).getByRole('region', { name: 'Frågeunderlag att besvara' }).getByRole('listitem');
    await item.getByText('Inskickat').waitFor();
  });
});
