import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed, SEEDS_AVAILABLE, seedToDocx } from '../../src/import/fixtures/build-fixtures.js';
import { runBrowserTests } from '../support/browser.js';
import { focusedElement, open, texts, startWebWorld, type WebWorld } from './web-world.js';

const FILE_INPUT = 'Rapporter att importera';

/** A file for `setInputFiles`: the seed's text, or a real Word document built from it. */
async function seedFile(name: string, as: 'txt' | 'docx' = 'txt') {
  const text = readSeed(name);
  if (as === 'txt') return { name, mimeType: 'text/plain', buffer: Buffer.from(text) };
  return { name: name.replace(/\.txt$/, '.docx'), mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await seedToDocx(text)) };
}

/** The card of one chosen file on the import page. */
const fileItem = (page: Page, fileName: string) => page.locator('.import-item').filter({ has: page.getByRole('heading', { level: 3, name: fileName, exact: true }) });

/** Waits until `count` files of this visit are done or failed. */
async function waitForFinished(page: Page, count: number): Promise<void> {
  await page.locator('.import-item--done, .import-item--failed').nth(count - 1).waitFor({ timeout: 90_000 });
}

// Importing needs an administrator: every test signs in as one through the sign-in form first.
describe.skipIf(!runBrowserTests)('web app: importing reports', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it.skipIf(!SEEDS_AVAILABLE)('imports the three seed reports, lists what it found, and links to the evaluations', { timeout: 150_000 }, async () => {
    const { page } = await web.signedInPage('admin');
    await open(page, '/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Importera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera rapporter' }).waitFor();
    expect(await page.title()).toBe('Importera rapporter – Kompass');
    expect((await focusedElement(page)).tag).toBe('H1');
    // The user is told that imports go on when the page is left.
    await page.getByText('Importen fortsätter på servern även om du lämnar sidan').waitFor();

    const input = page.getByLabel(FILE_INPUT);
    expect(await input.getAttribute('multiple')).not.toBeNull();
    expect(await input.getAttribute('accept')).toBe('.txt,.md,.docx,.pdf');
    await input.setInputFiles([await seedFile('ornskoldsvik-2017.txt'), await seedFile('leksand-2023.txt'), await seedFile('olofstrom-2022.txt', 'docx')]);

    // Each file has a named progress bar and its stage in words, in a polite live region.
    await page.getByRole('progressbar', { name: 'Förlopp för leksand-2023.txt' }).waitFor();
    expect(await fileItem(page, 'leksand-2023.txt').locator('[aria-live="polite"]').count()).toBe(1);
    await waitForFinished(page, 3);
    for (const name of ['ornskoldsvik-2017.txt', 'leksand-2023.txt', 'olofstrom-2022.docx']) {
      expect(await fileItem(page, name).locator('.stage').innerText(), name).toContain('Klar');
      expect(await fileItem(page, name).getByRole('progressbar').getAttribute('value'), name).toBe('100');
    }

    const ornskoldsvik = fileItem(page, 'ornskoldsvik-2017.txt');
    const facts = (await ornskoldsvik.locator('.fact-list').innerText()).replace(/\s+/g, ' ');
    expect(facts).toContain('Örnsköldsvik');
    expect(facts).toContain('Kommunkompassen 2016');
    expect(facts).toContain('Totalpoäng beräknad ur delområdena 552 poäng');
    expect(facts).toContain('Totalpoäng enligt översiktstabellen 552 poäng');
    expect(facts).toContain('2015, 2013');
    const ornskoldsvikFindings = (await ornskoldsvik.locator('.discrepancy').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    expect(ornskoldsvikFindings.some((text) => text.startsWith('Område 3: översiktstabellen anger 73 poäng, men delområdena summerar till 72.'))).toBe(true);
    expect(ornskoldsvikFindings.some((text) => text.startsWith('Område 6: översiktstabellen anger 76 poäng, men delområdena summerar till 77.'))).toBe(true);
    // Both sums can differ because the table rounds fractional scores: the page says so.
    expect(ornskoldsvikFindings.filter((text) => text.includes('Skillnaden kan förklaras av avrundning'))).toHaveLength(2);
    // Years are years, not numbers with a thousands separator.
    expect(ornskoldsvikFindings.some((text) => text.includes('rubriken 2014'))).toBe(true);

    const leksand = await texts(page, '.import-item:has(h3:text-is("leksand-2023.txt")) .discrepancy');
    expect(leksand).toEqual([
      'Område 4: kapitlet anger 47 poäng, men översiktstabellen anger 48.',
      'Område 5: kapitlet anger 51 poäng, men översiktstabellen anger 52.',
      'Område 6: kapitlet anger 47 poäng, men översiktstabellen anger 48.',
      'Område 8: kapitlet anger 52 poäng, men översiktstabellen anger 53.',
    ]);
    const olofstrom = await texts(page, '.import-item:has(h3:text-is("olofstrom-2022.docx")) .discrepancy');
    expect(olofstrom).toEqual(['Datumen går inte ihop: omslaget är daterat 16 juni 2020, men enligt texten gjordes fältarbetet februari 2022.']);
    expect(await fileItem(page, 'olofstrom-2022.docx').locator('.import-notes li').count()).toBeGreaterThan(0);

    // The recent imports list has all three, finished.
    await page.locator('.recent-import--done').nth(2).waitFor();
    expect(await texts(page, '.recent-import__file')).toEqual(expect.arrayContaining(['ornskoldsvik-2017.txt', 'leksand-2023.txt', 'olofstrom-2022.docx']));

    const links = await texts(page, '.import-item:has(h3:text-is("ornskoldsvik-2017.txt")) .import-result a[href^="/utvarderingar/"]');
    expect(links).toEqual(['Örnsköldsvik 2017 – utvärderingen i rapporten', 'Örnsköldsvik 2015 – tidigare utvärdering ur bilagan', 'Örnsköldsvik 2013 – tidigare utvärdering ur bilagan']);
    await ornskoldsvik.getByRole('link', { name: 'Örnsköldsvik 2017 – utvärderingen i rapporten' }).click();
    await page.getByRole('heading', { level: 1, name: /Örnsköldsviks kommun 2017/ }).waitFor();
    expect((await focusedElement(page)).tag).toBe('H1');

    const area1 = page.locator('#omrade-1');
    await area1.getByRole('heading', { level: 3, name: 'Styrkor' }).waitFor();
    expect(await area1.locator('.area-findings__column--strengths li').count()).toBeGreaterThan(3);
    expect(await area1.getByRole('heading', { level: 3, name: 'Förbättringsmöjligheter' }).count()).toBe(1);
    expect(await area1.locator('.area-findings__column--improvements li').count()).toBeGreaterThan(3);
    // The table of contents leads to each area, and the import report names the file.
    expect(await page.getByRole('navigation', { name: 'Innehåll på sidan' }).getByRole('link').count()).toBeGreaterThanOrEqual(10);
    const report = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Importrapport' }) });
    expect(await report.innerText()).toContain('ornskoldsvik-2017.txt');
    expect(await report.locator('.discrepancy').count()).toBe(4);
    expect(await page.locator('.published-section').first().innerText()).toContain('Källa i rapporten: översiktstabellen');

    // Back on the import page, this visit's results are still there.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Importera rapporter' }).waitFor();
    expect(await page.locator('.import-item--done').count()).toBe(3);
  });

  it('refuses a binary file and a file over 10 MB with a clear Swedish error', { timeout: 60_000 }, async () => {
    const { page } = await web.signedInPage('admin');
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/imports')) uploads.push(new URL(request.url()).searchParams.get('filename') ?? '');
    });
    await open(page, '/import');
    await page.getByLabel(FILE_INPUT).setInputFiles([
      { name: 'bild.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 255, 254]) },
      { name: 'enorm.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x41) },
    ]);
    await waitForFinished(page, 2);
    const alerts = await texts(page, '.import-item [role="alert"]');
    expect(alerts.some((text) => text.includes('Filen enorm.pdf är större än 10 MB och kan inte importeras.'))).toBe(true);
    expect(alerts.some((text) => text.includes('Filen bild.bin är varken text, ett Word-dokument (.docx) eller en PDF'))).toBe(true);
    expect(await fileItem(page, 'enorm.pdf').locator('.stage').innerText()).toContain('Misslyckades');
    // The large file was refused in the browser, never sent.
    expect(uploads).toEqual(['bild.bin']);
  });

  it.skipIf(!SEEDS_AVAILABLE)('updates the same evaluations when a report is imported again', { timeout: 120_000 }, async () => {
    const { page } = await web.signedInPage('admin');
    await open(page, '/import');
    const file = await seedFile('ornskoldsvik-2017.txt');
    await page.getByLabel(FILE_INPUT).setInputFiles([file]);
    await waitForFinished(page, 1);
    await page.getByLabel(FILE_INPUT).setInputFiles([file]);
    await waitForFinished(page, 2);
    const hrefs = async (index: number) => page.locator('.import-item').nth(index).locator('.import-result a[href^="/utvarderingar/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(await hrefs(0)).toEqual(await hrefs(1));

    await open(page, '/kommuner/se-2284');
    const rows = await texts(page, 'main table tbody tr');
    expect(rows.map((row) => row.slice(0, 4))).toEqual(['2013', '2015', '2017']);
  });

  it('can be used with the keyboard alone: Tab reaches the labelled file input', async () => {
    const { page } = await web.signedInPage('admin');
    await open(page, '/import');
    let focused = await focusedElement(page);
    for (let presses = 0; presses < 25 && focused.tag !== 'INPUT'; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await focusedElement(page);
    }
    expect(focused.tag).toBe('INPUT');
    expect(focused.inMain).toBe(true);
    // A native file input opens the chooser on Space or Enter; whether headless Chromium
    // reports that dialog depends on the build, so the test checks the element itself and
    // then chooses a file through the element that has the focus.
    const input = page.locator(':focus');
    expect(await input.getAttribute('type')).toBe('file');
    expect(await input.getAttribute('multiple')).not.toBeNull();
    const focusedId = await input.getAttribute('id');
    expect(focusedId).toBeTruthy();
    expect(focusedId).toBe(await page.getByLabel(FILE_INPUT).getAttribute('id'));
    await input.setInputFiles([{ name: 'tom.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);
    await fileItem(page, 'tom.txt').getByRole('alert').waitFor();
    expect(await fileItem(page, 'tom.txt').getByRole('alert').innerText()).toContain('Filen tom.txt är tom.');
  });
});
