import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBrowserTests } from '../support/browser.js';
import { demoEvaluation, focusedElement, open, pageScrollWidth, startWebWorld, texts, type WebWorld } from './web-world.js';

describe.skipIf(!runBrowserTests)('web app: journeys', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('finds Örnsköldsvik from the start page and reads its 2017 evaluation', async () => {
    const page = await web.newPage();
    await open(page, '/');
    expect(await page.title()).toBe('Start – Kompass');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('main table tbody tr').count()).toBe(6);

    await page.getByLabel('Kommunens namn eller kommunkod').fill('örnsk');
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.waitForURL((url) => url.pathname === '/kommuner' && url.searchParams.get('q') === 'örnsk');
    await page.getByRole('status').filter({ hasText: '1 kommun matchar' }).waitFor();
    expect(await page.getByLabel('Kommunens namn eller kommunkod').inputValue()).toBe('örnsk');

    await page.getByRole('link', { name: 'Örnsköldsviks kommun' }).click();
    await page.getByRole('heading', { level: 1, name: 'Örnsköldsviks kommun' }).waitFor();
    expect(await page.title()).toBe('Örnsköldsviks kommun – Kompass');
    // After navigation the new page's heading has focus, for screen readers.
    expect((await focusedElement(page)).tag).toBe('H1');

    const rows = await texts(page, 'main table tbody tr');
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row.slice(0, 4))).toEqual(['2013', '2015', '2017']);
    expect(rows[2]).toContain('Kommunkompassen 2016');
    expect(rows[2]).toContain('552 / 800');
    // Two model versions: the caveat says comparisons are only rough.
    await page.getByText('kan bara jämföras ungefärligt').waitFor();
    expect(await page.locator('.totals-chart__row').count()).toBe(3);

    await page.getByRole('link', { name: /^2017/ }).click();
    await page.getByRole('heading', { level: 1, name: /Örnsköldsviks kommun 2017/ }).waitFor();
    expect(await page.title()).toBe('Örnsköldsviks kommun 2017 – Kompass');

    const subarea = await texts(page, 'tr[data-code="3.2"] > *');
    expect(subarea[0]).toBe('3.2');
    expect(subarea[2]).toBe('13');
    expect(subarea[3]).toBe('25');
    expect(subarea[4]).toBe('52 %');

    const totalRow = await texts(page, '#omrade-3 tfoot tr > *');
    expect(totalRow).toEqual(['Summa område 3', '72', '100', '72 %']);

    const [total] = await texts(page, '.total-score');
    expect(total).toContain('552 av 800 poäng');
    expect(total).toContain('69 % av maxpoängen');

    const differences = await texts(page, '.difference-list li');
    expect(differences).toEqual([
      'Område 3: tabellen anger 73, delområdena summerar till 72.',
      'Område 6: tabellen anger 76, delområdena summerar till 77.',
    ]);
    expect(await page.getByRole('heading', { level: 2, name: 'Publicerade siffror' }).count()).toBe(1);
  });

  it('searches as the user types and keeps the query in the address', async () => {
    const page = await web.newPage();
    await open(page, '/kommuner');
    await page.getByRole('status').filter({ hasText: '647 kommuner' }).waitFor();
    await page.getByLabel('Kommunens namn eller kommunkod').pressSequentially('leks', { delay: 30 });
    await page.waitForURL((url) => url.searchParams.get('q') === 'leks');
    await page.getByRole('status').filter({ hasText: '1 kommun matchar ”leks”.' }).waitFor();
    // The count is of evaluations the visitor may read: the demo's fact-check evaluation of
    // Leksand is not published, so the public sees one.
    expect(await texts(page, 'main table tbody tr')).toEqual(['Leksands kommun 2029 Dalarnas län 1']);

    await page.getByLabel('Kommunens namn eller kommunkod').fill('xyzzy');
    await page.getByRole('status').filter({ hasText: 'Inga kommuner matchar' }).waitFor();
    expect(await page.locator('main table').count()).toBe(0);
  });

  it("shows Leksand's chapter-versus-table disagreements", async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${demoEvaluation(web, 'se-2029', 2023)}`);
    expect(await page.locator('main h1').innerText()).toContain('Leksands kommun 2023');
    expect(await page.locator('main h1').innerText()).toContain('Kommunkompassen 2020');
    const differences = await texts(page, '.difference-list li');
    expect(differences).toEqual([
      'Område 4: kapitlet anger 47, översiktstabellen 48.',
      'Område 5: kapitlet anger 51, översiktstabellen 52.',
      'Område 6: kapitlet anger 47, översiktstabellen 48.',
      'Område 8: kapitlet anger 52, översiktstabellen 53.',
    ]);
    // Each disagreement is marked in the comparison table by a word, not by colour alone.
    expect(await page.locator('.published-section tbody').getByText('Avviker').count()).toBe(4);
    expect((await texts(page, '.total-score'))[0]).toContain('412 av 800 poäng');
  });

  it('shows areas scored as a whole for the 2010 model', async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${demoEvaluation(web, 'se-2284', 2013)}`);
    expect(await texts(page, '#omrade-3 tbody tr > *')).toEqual(['3', 'Politisk styrning och kontroll', '66', '100', '66 %']);
    expect(await page.locator('#omrade-3 tfoot').count()).toBe(0);
    expect(await page.locator('.published-section').getByText('De tryckta siffrorna stämmer med de beräknade.').count()).toBe(1);
    expect((await texts(page, '.total-score'))[0]).toContain('441 av 800 poäng');
  });

  it('lists the framework versions and shows one version with its sub-areas and area maps', async () => {
    const page = await web.newPage();
    await open(page, '/ramverk');
    expect(await page.title()).toBe('Ramverk – Kompass');
    const rows = await texts(page, 'main table tbody th[scope="row"]');
    // Newest first: the demo's version authored in Kompass (in use from this year), then the shipped ones.
    expect(rows.map((row) => row.replace(' Aktuell version', ''))).toEqual(['Kommunkompassen 2020 med exempelkriterier', 'Kommunkompassen 2020', 'Kommunkompassen 2016', 'Kommunkompassen 2010']);

    await page.getByRole('link', { name: 'Kommunkompassen 2016', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommunkompassen 2016' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).first().innerText()).toBe('Område 1: Offentlighet och demokrati');
    const firstSubarea = await texts(page, 'main section table tbody tr:first-child > *');
    expect(firstSubarea.slice(0, 3)).toEqual(['1.1', 'Finns en plan/strategi för demokratiutveckling och information?', '15']);
    expect(firstSubarea[3]).toContain('Strategi för demokratiutveckling och information');
    // Maps to the 2020 and the 2010 versions, with the caveat the API gives.
    expect(await page.locator('.area-map').count()).toBe(2);
    await page.getByText('jämförbara i stor utsträckning men inte fullt ut').waitFor();
    const mapTo2020 = await texts(page, '.area-map:first-of-type tbody tr');
    expect(mapTo2020[1]).toBe('2. Brukarfokus, tillgänglighet och bemötande Område 5');
  });

  it('shows a not-found page for unknown addresses and for things the API does not have', async () => {
    const page = await web.newPage();
    for (const path of ['/finns-inte', '/utvarderingar/00000000-0000-4000-8000-000000000000', '/utvarderingar/inte-ett-id', '/kommuner/se-9999', '/ramverk/okand']) {
      await open(page, path);
      expect(await page.locator('main h1').innerText(), path).toBe('Sidan hittades inte');
      expect(await page.title()).toBe('Sidan hittades inte – Kompass');
    }
    await page.getByRole('link', { name: 'Gå till startsidan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resultat från Kommunkompassen' }).waitFor();
  });

  it('links every page to the accessibility statement, which says where to report problems', async () => {
    const page = await web.newPage();
    await open(page, '/ramverk');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
    expect(await page.title()).toBe('Tillgänglighetsredogörelse – Kompass');
    expect(await page.getByRole('link', { name: 'anmäla bristande tillgänglighet till Digg' }).count()).toBe(1);
    // The whole statement is translated: in English no part of it is left in Swedish.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    expect(await page.getByRole('link', { name: 'report inadequate accessibility to Digg' }).count()).toBe(1);
    expect(await page.locator('main [lang="sv"]').count()).toBe(0);
  });

  it('loads every kind of page under the Content-Security-Policy without a violation', async () => {
    const page = await web.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ['/', '/kommuner/se-2284', `/utvarderingar/${demoEvaluation(web, 'se-2029', 2023)}`, '/ramverk/kommunkompassen-2020', '/import', '/tillganglighet', '/logga-in', '/losenord']) {
      await open(page, path);
    }
    await page.goto('/api/docs');
    await page.getByRole('heading', { name: /Kompass API/ }).waitFor();
    expect(violations).toEqual([]);
  });

  it('says clearly when the API fails, and can try again', async () => {
    const page = await web.newPage();
    let fail = true;
    await page.route('**/api/frameworks?*', (route) =>
      fail
        ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'Internal error', details: [] } }) })
        : route.continue(),
    );
    await open(page, '/ramverk');
    expect(await page.locator('main h1').innerText()).toBe('Något gick fel');
    expect(await page.getByRole('alert').innerText()).toContain('Uppgifterna kunde inte hämtas');
    fail = false;
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommunkompassens versioner' }).waitFor();
  });

  it('switches language, remembers the choice and sets the document language', async () => {
    const page = await web.newPage();
    await open(page, '/ramverk');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Versions of the Municipal Compass' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Versions of the Municipal Compass' }).waitFor();
    // Framework titles come from the API in the chosen language.
    await page.getByRole('link', { name: 'Municipal Compass 2020', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommunkompassens versioner' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
  });

  it('fits a 320 px wide screen without sideways scrolling of the page', async () => {
    const page = await web.newPage(320);
    for (const path of ['/', '/kommuner/se-2284', `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}`, '/ramverk/kommunkompassen-2020', '/import', '/logga-in', '/admin/anvandare']) {
      await open(page, path);
      const width = await pageScrollWidth(page);
      expect(width, path).toBeLessThanOrEqual(320);
    }
  });
});
