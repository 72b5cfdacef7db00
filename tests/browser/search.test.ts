/**
 * The search in the reports' texts (`/sok`): a journey from the header link through a stemmed
 * word, a filter whose counts change the others', back and forward, to the passage on the
 * evaluation page; a query the API cannot read, said at the field; the page used with the
 * keyboard only; axe at 1280 and 375 px (the filters folded into a disclosure on the phone).
 * The demo's published evaluation with written texts is Bergen's (in Norwegian).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { focusedElement, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

/** A word of Bergen's texts in another form than they write it ("folkemøter", "Folkemøter"). */
const STEMMED = 'folkemøte';
/** Words of which one is enough, found in more passages than one page shows. */
const MANY = 'mål OR tjenestene OR kommunen OR ledere OR folkevalgte OR bystyret';

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/** The status line once the search has answered (not while it loads), and differs from `previous` when given. */
async function answeredStatus(page: Page, previous?: string): Promise<string> {
  const status = page.locator('.search-status');
  let text = '';
  await expect
    .poll(
      async () => {
        text = (await status.innerText()).trim();
        return text !== '' && !text.includes('Hämtar') && text !== previous;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return text;
}

/** The options of one filter list as "text" or "text [disabled]". */
async function optionsOf(page: Page, label: string): Promise<string[]> {
  return page
    .getByLabel(label, { exact: true })
    .evaluate((select) => Array.from((select as unknown as { options: ArrayLike<{ text: string; disabled: boolean }> }).options).map((option) => `${option.text}${option.disabled ? ' [disabled]' : ''}`));
}

/** Presses Tab until the focused element satisfies `match`. */
async function tabUntil(page: Page, match: (element: Awaited<ReturnType<typeof focusedElement>>) => boolean, limit = 120): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if (match(await focusedElement(page))) return;
  }
  throw new Error(`not reached with ${limit} presses of Tab`);
}

const hits = (page: Page) => page.getByRole('region', { name: 'Träffar' }).getByRole('article');

describe.skipIf(!runBrowserTests)('web app: search in the reports’ texts', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('finds a word by its stem, narrows with a filter whose counts change the others’, keeps it all in the address and leads to the passage', { timeout: 120_000 }, async () => {
    const page = await web.newPage();
    await open(page, '/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Sök', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/sok');
    await page.getByText('Skriv ett eller flera ord ovan för att söka i rapporternas texter.').waitFor();

    const form = page.getByRole('search', { name: 'Sök i rapporternas texter' });
    await form.getByLabel('Sökord').fill(STEMMED);
    await form.getByRole('button', { name: 'Sök' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === STEMMED);
    const first = await answeredStatus(page);
    expect(first).toMatch(/^\d+ träffa?r? för ”folkemøte”\.$/);
    const total = Number(first.split(' ')[0]);
    expect(total).toBeGreaterThanOrEqual(2);
    // Every hit marks what matched, in another form than was searched for, as text (never HTML).
    const marks = (await page.locator('.search-hit__snippet mark').allInnerTexts()).map((text) => text.toLowerCase());
    expect(marks.length).toBeGreaterThanOrEqual(total > 20 ? 20 : total);
    for (const mark of marks) expect(mark).toMatch(/^folkemøt/);
    expect(marks).toContain('folkemøter');
    const firstHit = hits(page).first();
    expect(await firstHit.getByRole('heading').innerText()).toMatch(/^Bergen 2026$/);

    // Kinds of text: each with its count; choosing one changes the other filters' counts.
    const kinds = page.getByRole('group', { name: 'Typ av text' });
    const strength = kinds.getByRole('checkbox', { name: /^Styrka/ });
    const strengthId = (await strength.getAttribute('id'))!;
    const strengthCount = Number(await page.locator(`label[for="${strengthId}"] .search-filters__count`).innerText());
    expect(strengthCount).toBeGreaterThan(0);
    const areasBefore = await optionsOf(page, 'Område');
    expect(areasBefore[0]).toBe('Alla');
    expect(areasBefore.slice(1).every((option) => / \(\d+ träffa?r?\)$/.test(option))).toBe(true);
    await strength.click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'strength');
    const filtered = await answeredStatus(page, first);
    expect(filtered).toMatch(/ för ”folkemøte” med 1 filter\.$/);
    const filteredTotal = Number(filtered.split(' ')[0]);
    expect(filteredTotal).toBeLessThan(total);
    expect(filteredTotal).toBe(strengthCount);
    await expect.poll(() => optionsOf(page, 'Område')).not.toEqual(areasBefore);
    for (const text of await hits(page).locator('.search-hit__kind').allInnerTexts()) expect(text).toBe('Styrka');

    // Back and forward step through the search.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('kind'));
    expect(await answeredStatus(page, filtered)).toBe(first);
    expect(await strength.isChecked()).toBe(false);
    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'strength');
    await expect.poll(() => strength.isChecked()).toBe(true);

    // A shared link reproduces the search.
    const shared = await web.newPage();
    await open(shared, page.url().slice(web.baseUrl.length));
    expect(await answeredStatus(shared)).toBe(filtered);
    expect(await shared.getByLabel('Sökord').inputValue()).toBe(STEMMED);

    // Clearing the filters keeps the words.
    await page.getByRole('button', { name: 'Rensa alla filter' }).click();
    await page.waitForURL((url) => !url.searchParams.has('kind') && url.searchParams.get('q') === STEMMED);

    // A hit leads to its passage on the evaluation page, which takes focus and is marked.
    await strength.click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'strength');
    await answeredStatus(page, first);
    const hit = hits(page).first();
    const link = hit.getByRole('link', { name: /^Till stället i utvärderingen: Bergen 2026, Styrka/ });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/utvarderingar\/[^#]+#text-area-\d+-strength-\d+$/);
    const reportHref = (await hit.getByRole('link', { name: /^Till stället i rapporten/ }).getAttribute('href'))!;
    expect(reportHref).toMatch(/\/report\?format=html.*#text-area-\d+-strength-\d+$/);
    await link.click();
    const anchor = href.slice(href.indexOf('#') + 1);
    await page.waitForURL((url) => url.hash === `#${anchor}`);
    await expect.poll(async () => (await focusedElement(page)).id, { timeout: 15_000 }).toBe(anchor);
    const passage = page.locator(`[id="${anchor}"]`);
    expect(await passage.getAttribute('data-passage-target')).toBe('');
    expect(await passage.isVisible()).toBe(true);
    const box = (await passage.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    expect((await passage.innerText()).toLowerCase()).toContain('folkemøter');

    // Opened directly (the data arrives after the page), the address lands there too.
    const direct = await web.newPage();
    await direct.goto(href);
    await expect.poll(async () => (await focusedElement(direct)).id, { timeout: 15_000 }).toBe(anchor);
  });

  it('says at the field what is wrong with a query it cannot read, and never breaks', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await open(page, `/sok?q=${encodeURIComponent(`"${STEMMED}`)}`);
    const field = page.getByLabel('Sökord');
    await page.getByText('Ett citattecken saknar sin avslutning. Sätt en fras mellan två citattecken.', { exact: true }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const described = await Promise.all(describedBy.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(described.join(' ')).toContain('Ett citattecken saknar sin avslutning.');
    expect(await answeredStatus(page)).toMatch(/^Sökningen kunde inte tolkas: Ett citattecken saknar sin avslutning/);
    expect(await hits(page).count()).toBe(0);

    // Typed and sent: the refusal comes back to the field, which has focus.
    await field.fill(`${STEMMED} OR`);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('OR måste stå mellan två sökord.', { exact: true }).waitFor();
    const refusal = await answeredStatus(page);
    expect(refusal).toBe('Sökningen kunde inte tolkas: OR måste stå mellan två sökord.');
    await expect.poll(async () => (await focusedElement(page)).tag).toBe('INPUT');

    // Corrected, the hits come.
    await field.fill(STEMMED);
    await field.press('Enter');
    expect(await answeredStatus(page, refusal)).toMatch(/träffa?r? för ”folkemøte”/);
    expect(await field.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('is used with the keyboard alone: the field, a filter, paging and a hit', { timeout: 90_000 }, async () => {
    const page = await web.newPage();
    await open(page, '/sok');
    await tabUntil(page, (element) => element.tag === 'INPUT' && element.inMain);
    await page.keyboard.type(MANY);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === MANY);
    const status = await answeredStatus(page);
    const total = Number(status.split(' ')[0]);
    expect(total, status).toBeGreaterThan(20);
    // To the first kind of text: the space bar chooses it and takes it away again, focus staying there.
    for (let press = 0; press < 10 && (await page.evaluate('document.activeElement.type')) !== 'checkbox'; press += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.type')).toBe('checkbox');
    const checkbox = (await focusedElement(page)).id;
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('kind') === 'strength');
    const narrowed = await answeredStatus(page, status);
    expect(Number(narrowed.split(' ')[0])).toBeLessThan(total);
    expect((await focusedElement(page)).id).toBe(checkbox);
    await page.keyboard.press('Space');
    await page.waitForURL((url) => !url.searchParams.has('kind'));
    expect(await answeredStatus(page, narrowed)).toBe(status);
    // On to the next page of hits: focus goes to the hits' heading, the address says where.
    await tabUntil(page, (element) => element.text === '2' && (element.href ?? '').includes('offset=20'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('offset') === '20');
    await expect.poll(async () => (await focusedElement(page)).text).toBe('Träffar');
    await page.getByText(`Visar 21–${Math.min(40, total)} av ${total}.`).waitFor();
    // On to the first hit's link there, and follow it with Enter: the passage has focus.
    await tabUntil(page, (element) => (element.href ?? '').startsWith('/utvarderingar/'));
    const href = (await focusedElement(page)).href!;
    await page.keyboard.press('Enter');
    const anchor = href.slice(href.indexOf('#') + 1);
    await expect.poll(async () => (await focusedElement(page)).id, { timeout: 15_000 }).toBe(anchor);
  });

  it('has no axe violations at 1280 and 375 px: hits and filters, the folded filters, no hits, a refused query', { timeout: 120_000 }, async () => {
    const found: string[] = [];
    for (const width of [1280, 375]) {
      const page = await web.newPage(width);
      await open(page, '/sok');
      found.push(...(await axeViolations(page, `start ${width}`)));
      await open(page, `/sok?q=${encodeURIComponent(STEMMED)}`);
      const unfiltered = await answeredStatus(page);
      found.push(...(await axeViolations(page, `hits ${width}`)));
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
      if (width === 375) {
        // On the phone the filters are a disclosure, closed at first; open, they work the same.
        const summary = page.locator('summary', { hasText: 'Filter' });
        expect(await summary.isVisible()).toBe(true);
        expect(await page.getByRole('group', { name: 'Typ av text' }).isVisible()).toBe(false);
        await summary.click();
        await page.getByRole('group', { name: 'Typ av text' }).getByRole('checkbox', { name: /^Styrka/ }).click();
        await page.waitForURL((url) => url.searchParams.get('kind') === 'strength');
        await answeredStatus(page, unfiltered);
        await expect.poll(() => summary.innerText()).toBe('Filter (1 valt)');
        found.push(...(await axeViolations(page, `folded filters open ${width}`)));
        expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
      } else {
        expect(await page.getByRole('region', { name: 'Avgränsa sökningen' }).isVisible()).toBe(true);
      }
      await open(page, '/sok?q=xylofonkvartett');
      await page.getByRole('heading', { name: 'Inga träffar' }).waitFor();
      found.push(...(await axeViolations(page, `no hits ${width}`)));
      await open(page, `/sok?q=${encodeURIComponent('-')}`);
      await page.locator('[aria-invalid="true"]').waitFor();
      found.push(...(await axeViolations(page, `refused ${width}`)));
    }
    expect(found).toEqual([]);
  });

  it('leads from a municipality search that finds nothing to the same words in the reports’ texts', { timeout: 60_000 }, async () => {
    const page = await web.newPage();
    await open(page, '/kommuner?q=medborgardialog');
    await page.getByText('Inga kommuner matchar ”medborgardialog”.').waitFor();
    await page.getByRole('link', { name: 'Sök efter ”medborgardialog” i rapporternas texter' }).click();
    await page.waitForURL((url) => url.pathname === '/sok' && url.searchParams.get('q') === 'medborgardialog');
    expect(await page.getByLabel('Sökord').inputValue()).toBe('medborgardialog');
    await answeredStatus(page);
  });
});
