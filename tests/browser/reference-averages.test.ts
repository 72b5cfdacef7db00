import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { focusedElement, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

const form = (page: Page) => page.getByRole('region', { name: /^(Nytt referensgenomsnitt|Ändra )/ });
const notice = (page: Page, text: string) => page.getByRole('region', { name: 'Sparade referensgenomsnitt' }).getByText(text).waitFor();

describe.skipIf(!runBrowserTests)('web app: reference averages for administrators', () => {
  let web: WebWorld;
  let api: Client;

  beforeAll(async () => {
    web = await startWebWorld();
    api = await signedInAs(web.world, 'admin');
  });
  afterAll(async () => {
    await web?.close();
  });

  it('is linked in the administrators’ navigation and has no axe violations at 1280 and 375 px', { timeout: 120_000 }, async () => {
    const found: string[] = [];
    for (const width of [1280, 375]) {
      const { page } = await web.signedInPage('admin', { width });
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Referensgenomsnitt' }).click();
      await page.getByRole('heading', { level: 1, name: 'Referensgenomsnitt' }).waitFor();
      found.push(...(await axeViolations(page, `list ${width}`)));
      await page.getByRole('button', { name: 'Lägg till referensgenomsnitt' }).click();
      await form(page).waitFor();
      found.push(...(await axeViolations(page, `form ${width}`)));
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
    }
    expect(found).toEqual([]);
    const evaluator = await web.signedInPage('evaluator');
    await open(evaluator.page, '/admin/referensgenomsnitt');
    await evaluator.page.getByText('Du behöver vara administratör för att hantera referensgenomsnitt.').waitFor();
    expect(await evaluator.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Referensgenomsnitt' }).count()).toBe(0);
  });

  it('creates, shows the API’s validation messages at the fields, changes, resolves a conflict and removes, by keyboard', { timeout: 180_000 }, async () => {
    const { page } = await web.signedInPage('admin');
    await open(page, '/admin/referensgenomsnitt');
    await page.getByRole('button', { name: 'Lägg till referensgenomsnitt' }).focus();
    await page.keyboard.press('Enter');
    // The form's heading takes focus once the form has rendered; the fields follow in order.
    await expect.poll(async () => (await focusedElement(page)).text).toBe('Nytt referensgenomsnitt');
    const fields = form(page);
    await fields.getByLabel('Benämning').fill('Nationell sammanställning 2023');
    await fields.getByLabel('Område').selectOption('3');
    await fields.getByLabel('Genomsnitt i poäng').fill('55,5');
    await fields.getByLabel('Antal utvärderingar, n (valfritt)').fill('12');
    await fields.getByLabel('Källa').fill('SKR, Kommunkompassen – nationell sammanställning');
    await fields.getByLabel('Publiceringsdatum').fill('2023-02-30');
    await fields.getByRole('button', { name: 'Spara' }).focus();
    await page.keyboard.press('Enter');

    // The calendar date is the server's check: its message appears at the field, which takes focus.
    const date = fields.getByLabel('Publiceringsdatum');
    await fields.getByText('Datumet finns inte. Ange ett datum som ÅÅÅÅ-MM-DD').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect((await focusedElement(page)).id).toBe(await date.getAttribute('id'));
    await date.fill('2023-03-01');
    await page.keyboard.press('Enter');
    await notice(page, 'Referensgenomsnittet Nationell sammanställning 2023 är sparat.');
    const row = page.getByRole('row', { name: /Nationell sammanställning 2023/ });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('Kommunkompassen 2020 3 55,5 12');
    const [stored] = (await api.get('/api/reference-averages')).json().items;
    expect(stored).toMatchObject({ areaCode: '3', mean: '55.50', n: 12, publishedOn: '2023-03-01', version: 1 });

    // A mean above the area's maximum: the API's limit, at the mean field.
    await page.getByRole('button', { name: 'Ändra Nationell sammanställning 2023, område 3' }).click();
    const mean = form(page).getByLabel('Genomsnitt i poäng');
    await mean.fill('120');
    await form(page).getByRole('button', { name: 'Spara ändringarna' }).click();
    await form(page).getByText('Genomsnittet kan vara högst 100 poäng.').waitFor();
    expect(await mean.getAttribute('aria-invalid')).toBe('true');

    // Someone else saves first: both versions are shown, and keeping mine saves over theirs.
    expect((await api.put(`/api/reference-averages/${stored.id}`, { ...stored, mean: '60', version: 1 })).statusCode).toBe(200);
    await mean.fill('56,25');
    await form(page).getByRole('button', { name: 'Spara ändringarna' }).click();
    const conflict = form(page).getByRole('region', { name: 'Sparad version' });
    await conflict.getByText('60,00').waitFor();
    await expect.poll(async () => (await focusedElement(page)).text).toBe('Någon annan har ändrat referensgenomsnittet');
    expect(await axeViolations(page, 'conflict')).toEqual([]);
    await form(page).getByRole('button', { name: 'Spara min version' }).click();
    await notice(page, 'Ändringarna i Nationell sammanställning 2023 är sparade.');
    expect((await api.get('/api/reference-averages')).json().items[0]).toMatchObject({ mean: '56.25', version: 3 });
    // Focus returns to the changed row's button.
    await expect.poll(async () => (await focusedElement(page)).text).toBe('Ändra');

    // Removing asks first, and is refused (the list then shown anew) when someone changed the figure meanwhile.
    const remove = page.getByRole('button', { name: 'Ta bort Nationell sammanställning 2023, område 3' });
    expect((await api.put(`/api/reference-averages/${stored.id}`, { ...stored, mean: '57', version: 3 })).statusCode).toBe(200);
    await remove.click();
    await expect.poll(async () => (await focusedElement(page)).text).toBe('Ja, ta bort');
    await page.keyboard.press('Enter');
    await notice(page, 'Någon annan har ändrat Nationell sammanställning 2023 sedan du läste det, så det togs inte bort.');
    await page.getByRole('row', { name: /Nationell sammanställning 2023/ }).getByRole('cell', { name: '57', exact: true }).waitFor();
    await remove.click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await notice(page, 'Nationell sammanställning 2023 är borttaget.');
    await page.getByText('Inga referensgenomsnitt är sparade ännu.').waitFor();
    expect((await api.get('/api/reference-averages')).json().items).toEqual([]);
  });
});
