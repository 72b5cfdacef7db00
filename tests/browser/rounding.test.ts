import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { signedInAs } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { focusedElement, open, startWebWorld, texts, type WebWorld } from './web-world.js';

/**
 * Fractional scores: 8.2 has 19.5 of 30 (the only fraction of area 8, so it shows 20) and area 7
 * has 48.25, where 7.1's 9.75 loses the remainder race and shows 9. Every other sub-area is whole.
 */
const FRACTIONS: Record<string, number> = { '7.1': 9.75, '7.2': 20.75, '7.3': 15.75, '7.4': 2, '8.1': 12, '8.2': 19.5, '8.3': 14, '8.4': 15 };

async function storeFractionalEvaluation(web: WebWorld): Promise<string> {
  const framework = loadCatalogue().frameworks.get('kommunkompassen-2020')!;
  const scores = framework.areas.flatMap((area) => area.subareas.map((subarea) => ({ code: subarea.code, score: FRACTIONS[subarea.code] ?? Math.floor((subarea.max ?? 0) / 2) })));
  const admin = await signedInAs(web.world, 'admin');
  const created = await admin.post('/api/evaluations', {
    municipalityId: 'se-1780',
    frameworkId: framework.id,
    fieldworkStart: '2024-03',
    reportDate: '2024-06',
    status: 'published',
    origin: 'archive',
    scores,
  });
  if (created.statusCode !== 201) throw new Error(`Storing the evaluation failed: ${created.statusCode} ${created.body}`);
  return (created.json() as { id: string }).id;
}

describe.skipIf(!runBrowserTests)('web app: rounded points and exact points', () => {
  let web: WebWorld;
  let id: string;

  beforeAll(async () => {
    web = await startWebWorld();
    id = await storeFractionalEvaluation(web);
  });
  afterAll(async () => {
    await web?.close();
  });

  const area = (page: Page, code: string) => page.locator(`#omrade-${code}`);

  it('shows 19.5 of 30 as 20 of 30 and 67 %, and says once below the table that points are rounded', async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${id}`);
    // The exact value is read out after a rounded score (and shown as a tooltip).
    expect(await texts(page, 'tr[data-code="8.2"] > *')).toEqual(['8.2', 'Chefernas uppdrag och förutsättningar', '20 (exakt värde 19,5)', '30', '67 %']);
    expect(await texts(page, '#omrade-8 tfoot tr > *')).toEqual(['Summa område 8', '61 (exakt värde 60,5)', '100', '61 %']);
    const table = area(page, '8').getByRole('table');
    const note = area(page, '8').locator('.rounding-note p');
    expect(await note.innerText()).toBe('Poängen är avrundade till hela tal så att delarna summerar till summorna, och procenten räknas på de avrundade poängen.');
    expect(await table.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
    // A table whose points are all whole says nothing.
    expect(await area(page, '1').locator('.rounding-note').count()).toBe(0);
    // The overview has its own note (areas 7 and 8 are rounded).
    expect(await page.locator('section[aria-labelledby="resultat"] .rounding-note').count()).toBe(1);
  });

  it('names the highest share by the shown points: 7.3 (16 of 25), not 7.1 (shown 9 of 15, exactly 65 %)', async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${id}`);
    expect(await texts(page, 'tr[data-code="7.1"] > *')).toEqual(['7.1', 'Strategier för ett hållbart arbetsliv', '9 (exakt värde 9,75)', '15', '60 %']);
    const text = (await area(page, '7').locator('figure .chart-figure__text').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Högst andel: 7.3 Arbetsmiljö, 16 av 25 poäng (64 %).');
    expect(text).toContain('Lägst andel: 7.4 Lika rättigheter och möjligheter på arbetsplatsen, 2 av 20 poäng (10 %).');
    // The chart's data table carries the same figures and the same note.
    await area(page, '7').locator('figure summary').click();
    expect(await area(page, '7').locator('figure .chart-figure__note').innerText()).toContain('Poängen är avrundade till hela tal');
  });

  it('shows the exact points in a column with the keyboard, and hides them again', async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${id}`);
    const button = area(page, '8').getByRole('button', { name: 'Visa exakta poäng' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await button.getAttribute('aria-controls')).toBe(await area(page, '8').getByRole('table').getAttribute('id'));
    await button.focus();
    expect((await focusedElement(page)).tag).toBe('BUTTON');
    await page.keyboard.press('Enter');
    await area(page, '8').getByRole('columnheader', { name: 'Exakta poäng' }).waitFor();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect((await texts(page, 'tr[data-code="8.2"] > *')).slice(2)).toEqual(['20 (exakt värde 19,5)', '30', '67 %', '19,50']);
    expect((await texts(page, '#omrade-8 tfoot tr > *')).at(-1)).toBe('60,50');
    // Only this table changed.
    expect(await area(page, '7').getByRole('columnheader', { name: 'Exakta poäng' }).count()).toBe(0);
    await page.keyboard.press('Space');
    await area(page, '8').getByRole('columnheader', { name: 'Exakta poäng' }).waitFor({ state: 'detached' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
  });

  for (const width of [1280, 375]) {
    it(`has no axe violations with the exact points shown at ${width} px`, async () => {
      const page = await web.newPage(width);
      await open(page, `/utvarderingar/${id}`);
      for (const button of await page.getByRole('button', { name: 'Visa exakta poäng' }).all()) await button.click();
      await area(page, '8').getByRole('columnheader', { name: 'Exakta poäng' }).waitFor();
      expect(await runAxe(page)).toEqual([]);
    });
  }
});
