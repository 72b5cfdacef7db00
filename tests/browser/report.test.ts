import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { demoEvaluation, focusedElement, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

const TITLE = 'Rapport: Örnsköldsviks kommun 2017';

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/** Presses Tab until `name` has focus (keyboard only), failing after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedElement(page)).text?.trim() === name) return;
  }
  throw new Error(`"${name}" was not reached with ${limit} presses of Tab`);
}

describe.skipIf(!runBrowserTests)('web app: the report of an evaluation', () => {
  let web: WebWorld;
  let id: string;

  beforeAll(async () => {
    web = await startWebWorld();
    id = demoEvaluation(web, 'se-2284', 2017);
  });
  afterAll(async () => {
    await web?.close();
  });

  it('is reached from the evaluation page and has no axe violations at 1280 and 375 px', { timeout: 120_000 }, async () => {
    const found: string[] = [];
    for (const width of [1280, 375]) {
      const page = await web.newPage(width);
      await open(page, `/utvarderingar/${id}`);
      const section = page.getByRole('region', { name: 'Rapport', exact: true });
      await section.getByRole('link', { name: 'Välj innehåll och ladda ned rapporten' }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/utvarderingar/${id}/rapport`);
      expect(await page.title()).toBe(`${TITLE} – Kompass`);
      found.push(...(await axeViolations(page, `report page ${width}`)));
      // The peer group's criteria appear when a peer group is asked for.
      await page.getByLabel('En jämförelsegrupp av liknande kommuner').check();
      await page.getByRole('group', { name: 'Jämförelsegrupp' }).waitFor();
      found.push(...(await axeViolations(page, `report page with peer group ${width}`)));
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
    }
    expect(found).toEqual([]);
  });

  it('offers each peer group with its n for this evaluation, an empty one only disabled with the reason', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${id}/rapport`);
    await page.getByLabel('En jämförelsegrupp av liknande kommuner').check();
    const group = page.getByRole('group', { name: 'Jämförelsegrupp' });
    const options = (label: string) =>
      group
        .getByLabel(label, { exact: true })
        .evaluate((select) => Array.from((select as unknown as { options: ArrayLike<{ text: string; disabled: boolean }> }).options).map((option) => `${option.text}${option.disabled ? ' [disabled]' : ''}`))
        .then((list) => list.map((text) => text.replace(/\s/g, ' ')));
    // Örnsköldsvik 2017 is the only published 2016-model evaluation; its population comes from SCB's figures.
    await expect.poll(() => options('Invånarantal')).toEqual([
      'Alla storlekar',
      'Högst 20 000 invånare (n = 0, inga utvärderingar) [disabled]',
      '20 001–50 000 invånare (n = 0, inga utvärderingar) [disabled]',
      '50 001–100 000 invånare, som Örnsköldsvik (n = 1, litet underlag)',
      'Fler än 100 000 invånare (n = 0, inga utvärderingar) [disabled]',
    ]);
    expect(await options('Kommungrupp enligt SKR')).toContain('C6 Mindre stad/tätort, som Örnsköldsvik (n = 1, litet underlag)');
    expect(await group.getByRole('checkbox', { name: /Bara kommunernas första utvärdering \(n = 0/ }).isDisabled()).toBe(true);
    await group.getByText('Kan inte väljas: ingen av de publicerade utvärderingarna är en kommuns första').waitFor();
    await group.getByLabel('Invånarantal', { exact: true }).selectOption('50001-100000');
    const link = page.getByRole('link', { name: 'Visa webbrapport' });
    await expect.poll(async () => new URL((await link.getAttribute('href'))!, web.baseUrl).searchParams.get('peer.populationClass')).toBe('50001-100000');
  });

  it('opens the web report with the chosen options', async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${id}/rapport`);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByLabel('Riksgenomsnittet').uncheck();
    await page.getByLabel('Jämför med utvärderingar från och med år').fill('2010');
    const link = page.getByRole('link', { name: 'Visa webbrapport' });
    const href = new URL((await link.getAttribute('href'))!, web.baseUrl);
    expect(href.pathname).toBe(`/api/evaluations/${id}/report`);
    expect(Object.fromEntries(href.searchParams)).toEqual({ format: 'html', language: 'en', include: 'history', since: '2010' });

    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    await link.click();
    await page.waitForURL((url) => url.pathname.endsWith('/report'));
    await page.locator('h1').waitFor();
    expect(await page.getAttribute('html', 'lang')).toMatch(/^en/);
    expect(await page.locator('h1').innerText()).toContain('Örnsköldsvik');
    // The report's own policy lets its inline styles apply (no refusals in the console).
    expect(refused).toEqual([]);
    expect(await page.evaluate('getComputedStyle(document.body).fontFamily')).not.toBe('');
  });

  it('downloads the Word file and the PDF with announced progress, by keyboard', { timeout: 120_000 }, async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${id}/rapport`);
    await tabTo(page, 'Ladda ned Word');
    const word = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Enter');
    await page.getByRole('progressbar', { name: 'Förlopp: Word-filen' }).waitFor();
    expect((await word).suggestedFilename()).toBe('kommunkompassen-ornskoldsvik-2017.docx');
    await page.getByRole('status').filter({ hasText: 'Word-filen är klar och laddas ned.' }).waitFor();

    await tabTo(page, 'Ladda ned PDF');
    const pdf = page.waitForEvent('download', { timeout: 90_000 });
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: 'PDF-filen' });
    await status.waitFor();
    expect(await status.innerText()).toMatch(/PDF-filen (skapas: .* \(\d+ %\)\.|är klar)/);
    const download = await pdf;
    expect(download.suggestedFilename()).toBe('kommunkompassen-ornskoldsvik-2017.pdf');
    await page.getByRole('status').filter({ hasText: 'PDF-filen är klar och laddas ned.' }).waitFor();
    expect(await page.getByRole('progressbar', { name: 'Förlopp: PDF-filen' }).getAttribute('value')).toBe('100');
    expect(await axeViolations(page, 'after downloads')).toEqual([]);
  });

  it('says in Swedish what is wrong: a bad year, and a server without Chromium', async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${id}/rapport`);
    const since = page.getByLabel('Jämför med utvärderingar från och med år');
    await since.fill('19');
    await page.getByRole('button', { name: 'Ladda ned PDF' }).click();
    await page.getByText('Ange ett årtal med fyra siffror, till exempel 2015.').waitFor();
    expect((await focusedElement(page)).tag).toBe('INPUT');
    expect(await since.getAttribute('aria-invalid')).toBe('true');
    await since.fill('');

    // As a server without Chromium answers (see tests/reports/report-api.test.ts).
    await page.route('**/report-jobs', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'pdf_unavailable', message: 'PDF needs Chromium. Install it with: apt-get install -y chromium', details: [], reason: 'missing' } }),
      }),
    );
    await page.getByRole('button', { name: 'Ladda ned PDF' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Rapporten kunde inte skapas');
    // Worded by its reason in the reader's language, not with the server's English message.
    expect(await alert.innerText()).toContain('PDF-filer kan inte skapas: Chromium är inte installerat på servern.');
    expect(await alert.innerText()).not.toContain('PDF needs Chromium');
    expect(await axeViolations(page, 'error')).toEqual([]);
  });

  it('says in Swedish that an attempt failed and is tried again, then that the server stopped', async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${id}/rapport`);
    // A job whose first attempt failed (Chromium could not start) and waits for its retry, then
    // one abandoned by a stopped server with no attempt left (as src/api/reports/routes.ts presents them).
    const jobId = '00000000-0000-4000-8000-000000000001';
    const base = { id: jobId, evaluationId: id, format: 'pdf', progress: 0, maxAttempts: 3, fileUrl: null };
    const waiting = { ...base, status: 'queued', step: 'queued', attempts: 1, retryAt: new Date(Date.now() + 60_000).toISOString(), error: { code: 'pdf_unavailable', message: 'launch', reason: 'launch-failed' } };
    const interrupted = { ...base, status: 'failed', step: 'failed', attempts: 3, retryAt: null, error: { code: 'interrupted', message: 'stopped' } };
    let reads = 0;
    await page.route('**/report-jobs', (route) => route.fulfill({ status: 202, contentType: 'application/json', body: JSON.stringify({ job: waiting }) }));
    await page.route(`**/report-jobs/${jobId}`, (route) => {
      reads += 1;
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(reads < 2 ? waiting : interrupted) });
    });
    await page.getByRole('button', { name: 'Ladda ned PDF' }).click();
    const status = page.getByRole('status').filter({ hasText: 'PDF-filen kunde inte skapas (försök 1 av 3)' });
    await status.waitFor();
    expect(await status.innerText()).toContain('Kompass försöker igen av sig själv om en stund.');
    expect(await status.innerText()).toContain('Chromium kunde inte startas');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Servern stoppades medan rapporten skapades. Försök igen.');
  });
});
