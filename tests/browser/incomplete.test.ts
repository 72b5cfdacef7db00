import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { allScores } from '../support/workflow.js';
import { open, startWebWorld, texts, type WebWorld } from './web-world.js';

/** A municipality without demo evaluations, so its page lists only this test's. */
const MUNICIPALITY = 'se-0114';

async function axeFindings(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

describe.skipIf(!runBrowserTests)('web app: incomplete totals and the completeness rule', () => {
  let web: WebWorld;
  let admin: Client;
  let archivedId = '';

  const create = async (body: Record<string, unknown>): Promise<{ id: string; version: number }> => {
    const response = await admin.post('/api/evaluations', { municipalityId: MUNICIPALITY, frameworkId: 'kommunkompassen-2020', ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const withoutUnits = (...codes: string[]) => allScores(web.world).filter((score) => !codes.includes(score.code));

  beforeAll(async () => {
    web = await startWebWorld();
    admin = await signedInAs(web.world, 'admin');
    // An archived report that printed no figure for 3.2 and 8.4: stored as printed, marked incomplete.
    archivedId = (await create({ reportDate: '2019', status: 'published', origin: 'archive', scores: withoutUnits('3.2', '8.4') })).id;
  }, 120_000);
  afterAll(async () => {
    await web?.close();
  });

  it('marks an archived report without every figure as incomplete wherever its total appears, naming the sub-areas', { timeout: 120_000 }, async () => {
    const found: string[] = [];
    for (const width of [1280, 375]) {
      const page = await web.newPage(width);
      await open(page, `/utvarderingar/${archivedId}`);
      expect(await page.locator('.total-score__label').textContent()).toBe('Totalt (ofullständigt)');
      const notice = page.locator('.incomplete-notice');
      expect(await notice.innerText()).toContain('Den publicerade rapporten anger inte poäng för alla delområden.');
      await notice.getByText('Delområden utan poäng: 2').click();
      expect(await texts(page, '.incomplete-notice .unit-list li')).toEqual(['3.2 Politisk styrning', '8.4 Utveckling av ledarskap och medarbetarskap']);
      found.push(...(await axeFindings(page, `evaluation page, incomplete (${width})`)));

      await open(page, `/kommuner/${MUNICIPALITY}`);
      expect((await texts(page, 'main table tbody tr')).join(' ')).toContain('(ofullständig)');
      expect(await texts(page, '.totals-chart__value')).toEqual([expect.stringContaining('(ofullständig)')]);
      found.push(...(await axeFindings(page, `municipality page, incomplete (${width})`)));
    }
    expect(found).toEqual([]);
  });

  it('names the sub-areas still without an agreed score on a move not possible yet, and on a move refused', { timeout: 120_000 }, async () => {
    const waiting = await create({ fieldworkStart: '2026-02', status: 'review', scores: withoutUnits('3.2') });
    const found: string[] = [];
    for (const width of [1280, 375]) {
      const { page } = await web.signedInPage('admin', { width });
      await open(page, `/utvarderingar/${waiting.id}/arbetsyta`);
      const moves = page.getByRole('list', { name: 'Statusändringar du kan göra' });
      await moves.getByText('Går inte ännu: alla delområden behöver en överenskommen poäng först (saknas: 1).').waitFor();
      expect(await moves.getByRole('button', { name: 'Flytta till Faktakontroll hos kommunen' }).isDisabled()).toBe(true);
      await moves.getByText('Visa delområdena som saknar överenskommen poäng').click();
      expect(await texts(page, '.status-moves .unit-list li')).toEqual(['3.2 Politisk styrning']);
      found.push(...(await axeFindings(page, `status with a missing agreed score (${width})`)));
    }

    // The page offered the move while every unit was agreed; a score removed meanwhile makes the server refuse it.
    const ready = await create({ fieldworkStart: '2026-03', status: 'review', scores: allScores(web.world) });
    const { page } = await web.signedInPage('admin');
    await open(page, `/utvarderingar/${ready.id}/arbetsyta`);
    const move = page.getByRole('button', { name: 'Flytta till Faktakontroll hos kommunen' });
    await move.waitFor();
    expect((await admin.put(`/api/evaluations/${ready.id}/scores`, { version: ready.version, scores: [{ code: '8.4', score: null }] })).statusCode).toBe(200);
    await move.click();
    const notice = page.getByRole('status').filter({ hasText: 'Statusen kunde inte ändras' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('alla delområden behöver en överenskommen poäng först. Saknas:');
    expect(await texts(page, '[role="status"] .unit-list li')).toEqual(['8.4 Utveckling av ledarskap och medarbetarskap']);
    found.push(...(await axeFindings(page, 'status move refused for a missing agreed score')));
    expect(found).toEqual([]);
  });
});
