import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { demoEvaluation, focusedElement, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/** The options of a select as "text" or "text [disabled]". */
async function optionsOf(page: Page, label: string): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Jämförelser' })
    .getByLabel(label, { exact: true })
    .evaluate((select) => Array.from((select as unknown as { options: ArrayLike<{ text: string; disabled: boolean }> }).options).map((option) => `${option.text}${option.disabled ? ' [disabled]' : ''}`))
    .then((options) => options.map((option) => option.replace(/\s/g, ' ')));
}

/** Presses Tab until the element labelled `label` has focus. */
async function tabToField(page: Page, id: string, limit = 200): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedElement(page)).id === id) return;
  }
  throw new Error(`field ${id} was not reached with ${limit} presses of Tab`);
}

describe.skipIf(!runBrowserTests)('web app: comparisons on the evaluation page', () => {
  let web: WebWorld;
  let leksand: string;

  beforeAll(async () => {
    web = await startWebWorld();
    leksand = demoEvaluation(web, 'se-2029', 2023);
  });
  afterAll(async () => {
    await web?.close();
  });

  it('shows the public the national average with n, the small-n warning and a chart with its table, with no axe violations at 1280 and 375 px', { timeout: 120_000 }, async () => {
    const found: string[] = [];
    for (const width of [1280, 375]) {
      const page = await web.newPage(width);
      await open(page, `/utvarderingar/${leksand}`);
      const section = page.getByRole('region', { name: 'Jämförelser' });
      const national = section.getByRole('region', { name: 'Riksgenomsnittet' });
      await national.getByText('Riksgenomsnittet för Kommunkompassen 2020 bygger på n = 2 publicerade utvärderingar.').waitFor();
      expect(await national.getByText('Varning: Litet underlag: n = 2, färre än 5 utvärderingar.').count()).toBe(1);
      const figure = national.getByRole('figure', { name: 'Profil jämförd med riksgenomsnittet' });
      await figure.getByText('Visa diagrammets data som tabell').click();
      const table = figure.getByRole('table');
      expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Område', 'Leksands kommun', 'Riksgenomsnitt (n = 2)', 'Max']);
      // Without a chosen peer group the section says how to get one; Leksand 2023 has no earlier published evaluation.
      await section.getByText('Välj ett eller flera villkor för jämförelsegruppen ovan').waitFor();
      await section.getByText('Leksand har inga tidigare publicerade utvärderingar i Kompass.').waitFor();
      found.push(...(await axeViolations(page, `comparisons ${width}`)));
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
    }
    expect(found).toEqual([]);
  });

  it('offers every peer group with its n, never an empty one, keeps the choice in the address, and is used with the keyboard', { timeout: 120_000 }, async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${leksand}`);
    const section = page.getByRole('region', { name: 'Jämförelser' });
    const population = section.getByLabel('Invånarantal', { exact: true });
    await section.getByText('Folkmängd – källa: SCB (folkmängd 31 dec).').waitFor();
    // Olofström (about 13 000) and Leksand (about 16 000): the smallest class holds both; the others none.
    expect(await optionsOf(page, 'Invånarantal')).toEqual([
      'Alla storlekar',
      'Högst 20 000 invånare, som Leksand (n = 2, litet underlag)',
      '20 001–50 000 invånare (n = 0, inga utvärderingar) [disabled]',
      '50 001–100 000 invånare (n = 0, inga utvärderingar) [disabled]',
      'Fler än 100 000 invånare (n = 0, inga utvärderingar) [disabled]',
    ]);
    const groups = await optionsOf(page, 'Kommungrupp enligt SKR');
    expect(groups).toContain('C9 Landsbygdskommun med besöksnäring, som Leksand (n = 1, litet underlag)');
    expect(groups).toContain('A1 Storstäder (n = 0, inga utvärderingar) [disabled]');

    const id = await population.getAttribute('id');
    await tabToField(page, id!);
    await page.keyboard.press('ArrowDown');
    await page.waitForURL((url) => url.searchParams.get('peer.populationClass') === 'upto-20000');
    const peer = section.getByRole('region', { name: 'Jämförelsegrupp' });
    await peer.getByText('Jämförelsegrupp: högst 20 000 invånare: n = 2 publicerade utvärderingar.').waitFor();
    await peer.getByRole('figure', { name: 'Profil jämförd med jämförelsegruppen' }).waitFor();
    await section.getByRole('status').filter({ hasText: 'jämförelsegruppen på n = 2' }).waitFor();
    // Keyboard focus stays where the user is.
    expect((await focusedElement(page)).id).toBe(id);
    // With the county criterion, only Leksand's own county has evaluations left.
    const county = section.getByLabel('Län', { exact: true });
    await county.selectOption('se-20');
    await page.waitForURL((url) => url.searchParams.get('peer.county') === 'se-20');
    await peer.getByText('n = 1 publicerad utvärdering.', { exact: false }).waitFor();
    expect(await optionsOf(page, 'Län')).toContain('Blekinge län (n = 1, litet underlag)');

    // The address is shareable: a new page opens the same comparison.
    const shared = await web.newPage(375);
    await open(shared, new URL(page.url()).pathname + new URL(page.url()).search);
    const sharedSection = shared.getByRole('region', { name: 'Jämförelser' });
    await sharedSection.getByRole('region', { name: 'Jämförelsegrupp' }).getByText('Jämförelsegrupp: högst 20 000 invånare, Dalarnas län: n = 1').waitFor();
    expect(await sharedSection.getByLabel('Invånarantal', { exact: true }).inputValue()).toBe('upto-20000');
    expect(await axeViolations(shared, 'shared comparison 375')).toEqual([]);
  });

  it('shows the history across model versions with the caveat', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}`);
    const history = page.getByRole('region', { name: 'Jämförelser' }).getByRole('region', { name: 'Kommunens tidigare utvärderingar' });
    await history.getByText('Örnsköldsvik har 2 tidigare publicerade utvärderingar i Kompass.').waitFor();
    expect(await history.getByText('Observera:').count()).toBe(1);
    expect(await history.innerText()).toContain('olika versioner av Kommunkompassen');
    const figure = history.getByRole('figure', { name: 'Poäng per område över tid' });
    // The table is behind a closed disclosure: read its text, not what is rendered.
    expect(await figure.locator('table th[scope="col"]').allTextContents()).toEqual(['Område', 'Utvärdering 2013', 'Utvärdering 2015', 'Denna utvärdering (2017)', 'Max']);
  });

  it('says so when the peer groups cannot be counted, rather than offering them without n', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await page.route('**/api/evaluations/*/peer-groups*', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'Something went wrong', details: [] } }) }),
    );
    await open(page, `/utvarderingar/${leksand}`);
    const fields = page.getByRole('region', { name: 'Jämförelser' }).getByRole('group', { name: 'Jämförelsegrupp' });
    await fields.getByRole('alert').waitFor();
    expect(await optionsOf(page, 'Invånarantal')).toEqual(['Alla storlekar']);
    await page.unroute('**/api/evaluations/*/peer-groups*');
    await fields.getByRole('button', { name: 'Försök igen' }).click();
    await expect.poll(async () => (await optionsOf(page, 'Invånarantal')).length).toBe(5);
  });

  it('loads after the rest of the page, which does not wait for it', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/evaluations/*/comparison*', async (route) => {
      await held;
      await route.continue();
    });
    await open(page, `/utvarderingar/${leksand}`);
    await page.getByRole('heading', { name: 'Resultat', exact: true }).waitFor();
    const section = page.getByRole('region', { name: 'Jämförelser' });
    await section.getByRole('status').filter({ hasText: 'Hämtar jämförelserna' }).waitFor();
    release();
    await section.getByRole('region', { name: 'Riksgenomsnittet' }).waitFor();
  });

  it('names a reference average’s source and date, and points to it when the archive is thin', { timeout: 60_000 }, async () => {
    const admin = await signedInAs(web.world, 'admin');
    const stored = await admin.post('/api/reference-averages', {
      frameworkId: 'kommunkompassen-2020',
      label: 'Nationell sammanställning',
      areaCode: null,
      mean: '455,5',
      n: 38,
      source: 'SKR',
      publishedOn: '2024-03-01',
    });
    expect(stored.statusCode).toBe(201);
    try {
      const page = await web.newPage();
      await open(page, `/utvarderingar/${leksand}`);
      const national = page.getByRole('region', { name: 'Jämförelser' }).getByRole('region', { name: 'Riksgenomsnittet' });
      await national.getByText('Referensgenomsnitt: Nationell sammanställning (SKR, 2024-03-01). Källa: SKR, publicerad 1 mars 2024. Det bygger på n = 38 utvärderingar.').waitFor();
      await national.getByText('Jämför med referensgenomsnittet Nationell sammanställning (SKR, 2024-03-01).', { exact: false }).waitFor();
      const columns = await national.getByRole('figure').locator('table th[scope="col"]').allTextContents();
      expect(columns).toEqual(['Område', 'Leksands kommun', 'Riksgenomsnitt (n = 2)', 'Nationell sammanställning (SKR, 2024-03-01) (n = 38)', 'Max']);
    } finally {
      await admin.delete(`/api/reference-averages/${stored.json().id}?version=1`);
    }
  });
});
