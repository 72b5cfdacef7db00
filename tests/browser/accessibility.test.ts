import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed, SEEDS_AVAILABLE, seedToDocx } from '../../src/import/fixtures/build-fixtures.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { demoEvaluation, focusedElement, open, startWebWorld, type WebWorld } from './web-world.js';

describe.skipIf(!runBrowserTests)('web app: accessibility (WCAG 2.1 A/AA with axe)', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  const pages = (): Array<[string, string]> => [
    ['start', '/'],
    ['search with results', '/kommuner?q=%C3%B6rnsk'],
    ['all municipalities', '/kommuner'],
    ['municipality', '/kommuner/se-2284'],
    ['evaluation Örnsköldsvik 2013', `/utvarderingar/${demoEvaluation(web, 'se-2284', 2013)}`],
    ['evaluation Örnsköldsvik 2015', `/utvarderingar/${demoEvaluation(web, 'se-2284', 2015)}`],
    ['evaluation Örnsköldsvik 2017', `/utvarderingar/${demoEvaluation(web, 'se-2284', 2017)}`],
    ['evaluation Olofström 2022', `/utvarderingar/${demoEvaluation(web, 'se-1060', 2022)}`],
    ['evaluation Leksand 2023', `/utvarderingar/${demoEvaluation(web, 'se-2029', 2023)}`],
    ['frameworks', '/ramverk'],
    ['framework 2020', '/ramverk/kommunkompassen-2020'],
    ['framework 2010', '/ramverk/kommunkompassen-2010'],
    ['not found', '/finns-inte'],
    ['accessibility statement', '/tillganglighet'],
    // For the public the import page says that importing needs an administrator.
    ['import (anonymous)', '/import'],
    ['users (anonymous)', '/admin/anvandare'],
    ['sign-in', '/logga-in'],
    ['password link without a token', '/losenord'],
  ];

  for (const width of [1280, 375]) {
    it(`has no axe violations on any page at ${width} px`, { timeout: 180_000 }, async () => {
      const found: string[] = [];
      const page = await web.newPage(width);
      for (const [name, path] of pages()) {
        await open(page, path);
        for (const violation of await runAxe(page)) {
          found.push(`${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('reaches the skip link with the first Tab, and the skip link moves focus to the main content', async () => {
    const page = await web.newPage();
    await open(page, '/');
    await page.keyboard.press('Tab');
    const first = await focusedElement(page);
    expect({ text: first.text, href: first.href }).toEqual({ text: 'Hoppa till huvudinnehållet', href: '#main' });
    expect(await page.locator('.ds-skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focusedElement(page)).id).toBe('main');
    // The next Tab continues inside the main content, not in the header.
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).inMain).toBe(true);
  });

  it('can be used with the keyboard alone: search, open a municipality, open an evaluation', async () => {
    const page = await web.newPage();
    await open(page, '/kommuner');
    await page.getByLabel('Kommunens namn eller kommunkod').focus();
    await page.keyboard.type('Olofström');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '1 kommun matchar' }).waitFor();
    const link = page.getByRole('link', { name: 'Olofströms kommun' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Olofströms kommun' }).waitFor();
    await page.getByRole('link', { name: /^2022/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Olofströms kommun 2022/ }).waitFor();
    expect((await focusedElement(page)).tag).toBe('H1');
  });

  it('gives a late page heading focus after navigation, but never pulls back a keyboard user who has moved on', async () => {
    const page = await web.newPage();
    await open(page, '/');
    // The frameworks page's code arrives only when released, as on a slow connection.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/FrameworkVersionsPage-[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Ramverk' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/ramverk');
    // Focus stays on the followed link while the page loads; when the heading appears, it takes focus.
    release();
    await page.getByRole('heading', { level: 1, name: 'Kommunkompassens versioner' }).waitFor();
    await expect.poll(async () => (await focusedElement(page)).tag).toBe('H1');

    // Again, but the user tabs on to another header link before the page's code arrives.
    await open(page, '/');
    let releaseAgain!: () => void;
    const releasedAgain = new Promise<void>((resolve) => (releaseAgain = resolve));
    await page.unrouteAll();
    await page.route(/\/assets\/MunicipalitySearchPage-[^/]*\.js$/, async (route) => {
      await releasedAgain;
      await route.continue();
    });
    await nav.getByRole('link', { name: 'Kommuner' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/kommuner');
    await nav.getByRole('link', { name: 'Statistik' }).focus();
    releaseAgain();
    await page.getByRole('heading', { level: 1, name: 'Sök kommun' }).waitFor();
    expect(await focusedElement(page)).toMatchObject({ tag: 'A', text: 'Statistik', inMain: false });
  });

  for (const width of [1280, 375]) {
    it.skipIf(!SEEDS_AVAILABLE)(`has no axe violations on the import page after imports, and on imported evaluations, at ${width} px`, { timeout: 180_000 }, async () => {
      const found: string[] = [];
      const check = async (name: string) => {
        for (const violation of await runAxe(page)) {
          found.push(`${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
        }
      };
      // Importing needs an administrator; the evaluations are then also checked as an administrator sees them.
      const { page } = await web.signedInPage('admin', { width });
      await open(page, '/import');
      await page.getByLabel('Rapporter att importera').setInputFiles([
        { name: 'ornskoldsvik-2017.txt', mimeType: 'text/plain', buffer: Buffer.from(readSeed('ornskoldsvik-2017.txt')) },
        { name: 'leksand-2023.txt', mimeType: 'text/plain', buffer: Buffer.from(readSeed('leksand-2023.txt')) },
        { name: 'olofstrom-2022.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(await seedToDocx(readSeed('olofstrom-2022.txt'))) },
        { name: 'inte-en-rapport.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 159, 146, 150, 0, 0, 1, 2, 3, 4, 0, 0]) },
      ]);
      await page.locator('.import-item--done, .import-item--failed').nth(3).waitFor({ timeout: 90_000 });
      await page.locator('.recent-import--done').nth(2).waitFor();
      await check('import (after imports)');

      const evaluations: Array<[string, string]> = [
        ['imported Leksand 2023', 'Leksand 2023 – utvärderingen i rapporten'],
        ['imported Olofström 2022', 'Olofström 2022 – utvärderingen i rapporten'],
        ['imported Örnsköldsvik 2017', 'Örnsköldsvik 2017 – utvärderingen i rapporten'],
        ['Örnsköldsvik 2013 from the annex', 'Örnsköldsvik 2013 – tidigare utvärdering ur bilagan'],
      ];
      for (const [name, link] of evaluations) {
        await page.getByRole('link', { name: link }).first().click();
        await page.getByRole('heading', { level: 2, name: 'Importrapport' }).waitFor();
        await check(name);
        await page.goBack();
        await page.getByRole('heading', { level: 1, name: 'Importera rapporter' }).waitFor();
      }
      expect(found).toEqual([]);
    });
  }
});
