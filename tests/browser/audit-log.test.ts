import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { open, startWebWorld, type WebWorld } from './web-world.js';

describe.skipIf(!runBrowserTests)('web app: the audit log', () => {
  let web: WebWorld;

  beforeAll(async () => {
    web = await startWebWorld();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('shows a burst of autosaves as one change with what was added, and every save on request', { timeout: 300_000 }, async () => {
    const { page, user } = await web.signedInPage('admin');
    const api = await signIn(web.world.app, user.email);
    const created = await api.post('/api/evaluations', { municipalityId: 'se-0114', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-03' });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;
    let version = 0;
    for (const analysis of ['Styrningen', 'Styrningen är', 'Styrningen är tydlig.']) {
      const saved = await api.put(`/api/evaluations/${id}/areas/1/text`, { version, layout: 'summary', analysis, strengths: [], improvements: [] });
      expect(saved.statusCode, saved.body).toBe(200);
      version = (saved.json() as { version: number }).version;
    }

    await open(page, `/utvarderingar/${id}`);
    await page.getByText('Visa ändringarna').click();
    const log = page.getByRole('list', { name: 'Ändringar av utvärderingen' });
    const burst = log.getByRole('listitem').filter({ hasText: 'Ett områdes text ändrades' });
    await burst.waitFor();
    await expect.poll(() => burst.first().innerText()).toMatch(/3 sparningar/);
    // Before the first save there was no text: the burst shows the whole text it ended with.
    expect(await burst.first().innerText()).toContain('Styrningen är tydlig.');

    await burst.first().getByText('Visa varje sparning').click();
    const saves = burst.first().getByRole('list', { name: 'Sparningarna, nyast först' });
    // The saves, each an item of its own (their changes are lists inside them).
    const items = saves.locator(':scope > li');
    await items.nth(2).waitFor();
    expect(await items.count()).toBe(3);
    const latest = items.first();
    expect(await latest.locator('ins').allInnerTexts()).toContain(' tydlig.');
    expect(await latest.innerText()).toMatch(/Tillagt/);
    expect((await runAxe(page)).map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
