import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRecord } from '../../src/auth/users-repository.js';
import { signedInAs, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { allScores, createEvaluationAs } from '../support/workflow.js';
import { pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

/** What has keyboard focus: its tag, text and the text of its label (evaluated in the browser). */
async function focused(page: Page): Promise<{ tag: string; text: string; label: string }> {
  return (await page.evaluate(`(() => {
    const element = document.activeElement;
    const labels = element && element.labels ? Array.from(element.labels).map((label) => label.textContent).join(' ') : '';
    return { tag: element ? element.tagName : '', text: element ? (element.textContent || '').trim() : '', label: labels.trim() };
  })()`)) as { tag: string; text: string; label: string };
}

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (element: { tag: string; text: string; label: string }) => boolean, what: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

const factCheckPath = (id: string) => `/utvarderingar/${id}/arbetsyta/faktakontroll`;

/** Opens the fact-check part of the workspace and waits until the comments are read. */
async function openFactCheck(page: Page, id: string): Promise<void> {
  await page.goto(factCheckPath(id));
  await page.getByRole('heading', { level: 2, name: 'Faktakontroll' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Läget' }).waitFor();
}

/** The comment (list item) whose text contains `text`. */
const commentWith = (page: Page, text: string): Locator => page.locator('li.fact-comment').filter({ hasText: text });
const summary = (page: Page) => page.locator('.fact-check__summary [role="status"]');

describe.skipIf(!runBrowserTests)('web app: the workspace fact check', () => {
  let web: WebWorld;
  let admin: Client;
  let evaluationId: string;
  let municipality: { page: Page; user: UserRecord };
  let first: { page: Page; user: UserRecord };
  let second: { page: Page; user: UserRecord };

  beforeAll(async () => {
    web = await startWebWorld();
    admin = await signedInAs(web.world, 'admin');
    [municipality, first, second] = await Promise.all([
      web.signedInPage('municipality', { municipalityId: 'se-2284', name: 'Kim Kommunsson' }),
      web.signedInPage('evaluator', { name: 'Eva Första' }),
      web.signedInPage('evaluator', { name: 'Ebbe Andra' }),
    ]);
    evaluationId = await createEvaluationAs(admin, { municipalityId: 'se-2284', status: 'fact_check', evaluatorId: first.user.id, fieldworkStart: '2027-04', scores: allScores(web.world) });
    expect((await admin.post(`/api/evaluations/${evaluationId}/evaluators`, { userId: second.user.id })).statusCode).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await web?.close();
  });

  it('lets the municipality comment with the keyboard alone while the evaluator answers and resolves it in parallel', { timeout: 120_000 }, async () => {
    const { page } = municipality;
    const evaluator = first.page;
    await Promise.all([openFactCheck(page, evaluationId), openFactCheck(evaluator, evaluationId)]);
    expect((await summary(page).innerText()).trim()).toContain('Det finns inga kommentarer ännu.');
    expect(await summary(evaluator).innerText()).toContain('Inga öppna kommentarer hindrar att utvärderingen blir slutversion.');

    // Keyboard only: choose sub-area 1.1, write Markdown, preview it, send.
    await tabTo(page, (element) => element.tag === 'SELECT' && element.label.includes('Vad gäller kommentaren?'), 'the unit select');
    await page.keyboard.press('ArrowDown'); // Area 1 (the whole area)
    await page.keyboard.press('ArrowDown'); // Sub-area 1.1
    const unit = await page.evaluate('document.activeElement.value');
    expect(unit).toBe('1.1');
    await page.keyboard.press('Tab');
    const textarea = await focused(page);
    expect(textarea.tag).toBe('TEXTAREA');
    expect(textarea.label).toContain('Kommentar');
    expect(await page.evaluate('[document.activeElement.getAttribute("spellcheck"), document.activeElement.getAttribute("lang")]')).toEqual(['true', 'sv']);
    await page.keyboard.type('Kommunen har **15 000** invånare, inte 14 000.');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Förhandsgranska');
    await page.keyboard.press('Enter');
    const preview = page.getByRole('region', { name: 'Förhandsgranskning: Kommentar' });
    expect(await preview.locator('strong').innerText()).toBe('15 000');
    await tabTo(page, (element) => element.tag === 'BUTTON' && element.text === 'Skicka kommentaren', 'the send button', 5);
    await page.keyboard.press('Enter');
    await page.getByText('Kommentaren är skickad.').waitFor();
    const mine = commentWith(page, 'invånare, inte 14 000');
    await mine.waitFor();
    expect(await mine.getByRole('heading', { level: 4 }).innerText()).toMatch(/^1\.1 /);
    expect(await mine.innerText()).toContain('Från Kim Kommunsson, Test (du)');
    expect(await mine.innerText()).toContain('Status: Öppen');
    expect(await summary(page).innerText()).toContain('Kommentarer: 1. Öppna: 1. Besvarade: 0. Lösta: 0.');
    // The form is empty again and the municipality may change its own open comment, but not answer it.
    expect(await page.getByLabel('Kommentar', { exact: true }).inputValue()).toBe('');
    expect(await mine.getByRole('button', { name: 'Ändra kommentaren' }).count()).toBe(1);
    expect(await mine.getByRole('button', { name: 'Svara' }).count()).toBe(0);
    expect(await axeViolations(page, 'municipality after commenting')).toEqual([]);

    // The evaluator, in the other browser, reads the comments again and sees it.
    await evaluator.getByRole('button', { name: 'Läs in kommentarerna igen' }).click();
    const theirs = commentWith(evaluator, 'invånare, inte 14 000');
    await theirs.waitFor();
    expect(await theirs.innerText()).toContain('Från Kim Kommunsson, Test');
    expect(await theirs.locator('strong').innerText()).toBe('15 000');
    expect(await summary(evaluator).innerText()).toContain('1 öppen kommentar måste besvaras eller lösas innan utvärderingen kan bli slutversion.');
    expect(await axeViolations(evaluator, 'evaluator with an open comment')).toEqual([]);

    await theirs.getByRole('textbox', { name: /^Svar på kommentaren om 1\.1/ }).fill('Tack, vi rättar till **15 000** invånare.');
    await theirs.getByRole('button', { name: 'Svara', exact: true }).click();
    await theirs.getByText('Svaret är sparat och kommentaren är besvarad.').waitFor();
    expect(await theirs.innerText()).toContain('Status: Besvarad');
    expect(await theirs.innerText()).toContain('Svar från Eva Första');
    expect(await summary(evaluator).innerText()).toContain('Öppna: 0. Besvarade: 1.');
    await theirs.getByRole('button', { name: 'Markera som löst' }).click();
    await theirs.getByText('Kommentaren är markerad som löst.').waitFor();
    expect(await theirs.innerText()).toContain('Status: Löst');
    expect(await summary(evaluator).innerText()).toContain('Kommentarer: 1. Öppna: 0. Besvarade: 0. Lösta: 1.');
    expect(await theirs.getByRole('button', { name: 'Öppna igen' }).count()).toBe(1);

    // The municipality reloads and reads the answer.
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Läget' }).waitFor();
    const answered = commentWith(page, 'invånare, inte 14 000');
    await answered.waitFor();
    expect(await answered.innerText()).toContain('Status: Löst');
    expect(await answered.innerText()).toContain('Svar från Eva Första');
    expect(await answered.locator('.fact-comment__answer strong').innerText()).toBe('15 000');
    expect(await answered.getByRole('button', { name: 'Ändra kommentaren' }).count()).toBe(0);
    expect(await axeViolations(page, 'municipality after the answer')).toEqual([]);
  });

  it('shows both versions when two evaluators answer the same comment, and lets each choose', { timeout: 120_000 }, async () => {
    const created = await municipality.page.request.get(`/api/session`);
    const csrf = ((await created.json()) as { csrfToken: string }).csrfToken;
    const posted = await municipality.page.request.post(`/api/evaluations/${evaluationId}/fact-comments`, {
      headers: { 'x-csrf-token': csrf },
      data: { unitCode: null, body: 'Kommunens namn är felstavat i sammanfattningen.' },
    });
    expect(posted.status()).toBe(201);

    const [one, two] = [first.page, second.page];
    await Promise.all([openFactCheck(one, evaluationId), openFactCheck(two, evaluationId)]);
    const inOne = commentWith(one, 'felstavat i sammanfattningen');
    const inTwo = commentWith(two, 'felstavat i sammanfattningen');
    expect(await inTwo.getByRole('heading', { level: 4 }).innerText()).toBe('Hela utvärderingen');
    const answerOne = inOne.getByRole('textbox', { name: /^Svar på kommentaren om Hela utvärderingen/ });
    const answerTwo = inTwo.getByRole('textbox', { name: /^Svar på kommentaren om Hela utvärderingen/ });
    await answerOne.fill('Rättat i sammanfattningen.');
    await answerTwo.fill('Vi ser över stavningen i hela rapporten.');

    await inOne.getByRole('button', { name: 'Svara', exact: true }).click();
    await inOne.getByText('Svaret är sparat och kommentaren är besvarad.').waitFor();
    await inTwo.getByRole('button', { name: 'Svara', exact: true }).click();

    const conflict = inTwo.getByRole('alert').filter({ hasText: 'Någon annan hann ändra kommentaren' });
    await conflict.waitFor();
    const text = await conflict.innerText();
    expect(text).toContain('Din version');
    expect(text).toContain('Vi ser över stavningen i hela rapporten.');
    expect(text).toContain('Sparad version, svar från Eva Första');
    expect(text).toContain('Rättat i sammanfattningen.');
    // Nothing typed is lost: the answer field still holds it until the user chooses.
    expect(await answerTwo.inputValue()).toBe('Vi ser över stavningen i hela rapporten.');
    expect(await axeViolations(two, 'evaluator with a conflict')).toEqual([]);

    await conflict.getByRole('button', { name: 'Behåll min version' }).click();
    await inTwo.getByText('Svaret är sparat och kommentaren är besvarad.').waitFor();
    expect(await inTwo.getByRole('alert').filter({ hasText: 'Någon annan hann ändra kommentaren' }).count()).toBe(0);
    expect(await inTwo.innerText()).toContain('Svar från Ebbe Andra');

    // The first evaluator's page is stale now: resolving with a new text conflicts; taking the saved version shows it.
    await answerOne.fill('Ett tredje svar.');
    await inOne.getByRole('button', { name: 'Markera som löst' }).click();
    const stale = inOne.getByRole('alert').filter({ hasText: 'Någon annan hann ändra kommentaren' });
    await stale.waitFor();
    expect(await stale.innerText()).toContain('Ett tredje svar.');
    expect(await stale.innerText()).toContain('Vi ser över stavningen i hela rapporten.');
    await stale.getByRole('button', { name: 'Använd den sparade versionen' }).click();
    await inOne.getByText('Den sparade versionen visas nu. Det du skrev sparades inte.').waitFor();
    expect(await answerOne.inputValue()).toBe('Vi ser över stavningen i hela rapporten.');
    expect(await inOne.innerText()).toContain('Status: Besvarad');

    const comments = (await admin.get(`/api/evaluations/${evaluationId}/fact-comments`)).json() as { items: Array<{ body: string; answer: string | null; status: string; version: number }> };
    const saved = comments.items.find((item) => item.body.includes('felstavat'));
    expect(saved).toMatchObject({ answer: 'Vi ser över stavningen i hela rapporten.', status: 'answered', version: 3 });
  });

  it('lets the author change their own open comment on a narrow screen, and says clearly when a change is refused (403)', { timeout: 90_000 }, async () => {
    const { page } = await web.signedInPage('municipality', { municipalityId: 'se-2284', name: 'Mia Mobil', width: 375 });
    await openFactCheck(page, evaluationId);
    await page.getByRole('combobox', { name: 'Vad gäller kommentaren?' }).selectOption('3');
    await page.getByRole('textbox', { name: 'Kommentar', exact: true }).fill('Skolan heter Ängsskolan.');
    await page.getByRole('button', { name: 'Skicka kommentaren' }).click();
    // Found by its author: the text changes below.
    const mine = commentWith(page, 'Från Mia Mobil');
    await mine.waitFor();
    expect(await mine.getByRole('heading', { level: 4 }).innerText()).toMatch(/^3 /);
    await mine.getByRole('button', { name: 'Ändra kommentaren' }).click();
    await mine.getByRole('textbox', { name: 'Din kommentar' }).fill('Skolan heter *Ängsbyskolan*.');
    await mine.getByRole('button', { name: 'Spara ändringen' }).click();
    await mine.getByText('Ändringen av kommentaren är sparad.').waitFor();
    expect(await mine.locator('.fact-comment__body em').innerText()).toBe('Ängsbyskolan');
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page, 'municipality at 375 px')).toEqual([]);

    // The area filter shows only comments on area 3.
    await page.getByRole('combobox', { name: 'Visa kommentarer om' }).selectOption('3');
    expect(await page.locator('li.fact-comment:visible').count()).toBe(1);
    await page.getByText(/^Visar 1 av \d+ kommentarer\.$/).waitFor();

    // A refused change (here the server's answer is replaced) is said in words, and the typed answer stays.
    const evaluator = first.page;
    await openFactCheck(evaluator, evaluationId);
    await evaluator.route('**/fact-comments/*', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: { code: 'forbidden', message: 'Only the evaluators or an administrator may answer a comment', details: [] } }) })
        : route.continue(),
    );
    const theirs = commentWith(evaluator, 'Ängsbyskolan');
    const answer = theirs.getByRole('textbox', { name: /^Svar på kommentaren om 3 / });
    await answer.fill('Vi rättar namnet.');
    await theirs.getByRole('button', { name: 'Svara', exact: true }).click();
    await theirs.getByText('Du får inte göra den här ändringen.', { exact: false }).waitFor();
    // Said in the reader's language by its code: the server's English message is not shown.
    expect(await theirs.innerText()).not.toContain('Only the evaluators or an administrator may answer a comment');
    expect(await answer.inputValue()).toBe('Vi rättar namnet.');
    expect(await theirs.innerText()).toContain('Status: Öppen');
    await evaluator.unroute('**/fact-comments/*');
  });

  it('explains when comments can be made instead of showing the form', { timeout: 60_000 }, async () => {
    const draft = await createEvaluationAs(admin, { municipalityId: 'se-1060', status: 'draft', evaluatorId: first.user.id, fieldworkStart: '2027-05' });
    const page = first.page;
    await openFactCheck(page, draft);
    await page.getByText('Kommentarer om sakuppgifter kan lämnas när utvärderingen är i faktakontroll hos kommunen. Nu har den statusen Utkast').waitFor();
    expect(await page.getByRole('button', { name: 'Skicka kommentaren' }).count()).toBe(0);
    expect(await axeViolations(page, 'draft')).toEqual([]);
  });
});
