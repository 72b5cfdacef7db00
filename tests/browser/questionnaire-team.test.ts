import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRecord } from '../../src/auth/users-repository.js';
import { addUser, signedInAs, signIn, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { TEST_SET_CONTENT } from '../support/question-sets.js';
import { createEvaluationAs } from '../support/workflow.js';
import { pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/** Today in Sweden (the server reckons the days left from it) and a day some days on. */
const stockholmToday = (): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const daysAfter = (iso: string, days: number): string => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

const SET_TITLE = 'Frågor inför besöket i Österåker';
const tab = (page: Page) => page.locator('section.questionnaire-team');
/** The answer card whose heading starts with the question's key. */
const answerCard = (scope: Locator, key: string): Locator => scope.locator('article.questionnaire-answer').filter({ has: scope.page().getByRole('heading', { name: new RegExp(`^${key.replace('.', '\\.')} `) }) });

describe.skipIf(!runBrowserTests)('web app: the team’s questionnaire', () => {
  let web: WebWorld;
  let admin: Client;
  let evaluator: { page: Page; user: UserRecord };
  let setId: string;

  const newEvaluation = () => createEvaluationAs(admin, { municipalityId: 'se-2284', status: 'draft', evaluatorId: evaluator.user.id });

  beforeAll(async () => {
    web = await startWebWorld();
    admin = await signedInAs(web.world, 'admin');
    const created = await admin.post('/api/question-sets', { frameworkId: 'kommunkompassen-2020', language: 'sv', title: SET_TITLE, description: 'Svara före intervjuerna.', content: TEST_SET_CONTENT });
    expect(created.statusCode, created.body).toBe(201);
    setId = created.json().id;
    evaluator = await web.signedInPage('evaluator', { name: 'Eva Frågeunderlag' });
  }, 120_000);
  afterAll(async () => {
    await web?.close();
  });

  it('sends a question set, chooses and invites respondents, and shows the state with its reminder', { timeout: 120_000 }, async () => {
    const { page } = evaluator;
    const evaluationId = await newEvaluation();
    const kim = await addUser(web.world, 'municipality', { municipalityId: 'se-2284', name: 'Kim Kommunsvar' });
    const today = stockholmToday();

    await page.goto(`/utvarderingar/${evaluationId}/arbetsyta`);
    await page.getByRole('navigation', { name: 'Arbetsytans delar' }).getByRole('link', { name: 'Frågeunderlag' }).click();
    await page.getByRole('heading', { level: 2, name: 'Frågeunderlag' }).waitFor();
    expect(await page.title()).toContain('Frågeunderlag');

    // Sending at once asks for the set; the dates are proposed.
    const send = tab(page).getByRole('form', { name: 'Skicka frågeunderlaget' });
    await send.getByRole('button', { name: 'Skicka frågeunderlaget' }).click();
    await send.getByText('Välj vilket frågeunderlag som ska skickas.').waitFor();
    expect(await send.getByRole('textbox', { name: 'Öppnar för svar' }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await send.getByRole('combobox', { name: 'Frågeunderlag' }).selectOption(setId);
    await send.getByRole('textbox', { name: 'Öppnar för svar' }).fill(today);
    await send.getByRole('textbox', { name: 'Sista svarsdag' }).fill(daysAfter(today, -1));
    await send.getByRole('button', { name: 'Skicka frågeunderlaget' }).click();
    await send.getByText('tidigast samma dag som frågeunderlaget öppnar').waitFor();
    await send.getByRole('textbox', { name: 'Sista svarsdag' }).fill(daysAfter(today, 3));
    await send.getByRole('button', { name: 'Skicka frågeunderlaget' }).click();

    // Sent: the state, the reminder in words, the progress per section and the links.
    await tab(page).getByRole('heading', { level: 3, name: SET_TITLE }).waitFor();
    // The team continues with the respondents: their heading has the focus.
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Svarande och datum');
    const state = (await tab(page).locator('.questionnaire-team__state').innerText()).replace(/\s+/g, ' ');
    expect(state).toContain('Öppet för svar');
    expect(state).toContain('3 dagar kvar');
    expect(state).toContain('Påminnelse: 3 dagar kvar till sista svarsdag');
    const progress = page.getByRole('table', { name: 'Besvarat per avsnitt' });
    await progress.getByRole('rowheader', { name: 'Styrning' }).waitFor();
    expect((await progress.locator('tbody tr').first().innerText()).replace(/\s+/g, ' ')).toContain('0 av 2');
    const questionnaireId = (await (await admin.get(`/api/evaluations/${evaluationId}/questionnaire`)).json()).questionnaire.id as string;
    expect(await tab(page).getByRole('link', { name: 'Se svaren som kommunen ser dem' }).getAttribute('href')).toBe(`/fragor/${questionnaireId}`);
    expect(await tab(page).getByRole('link', { name: 'Alla svar som Word-dokument' }).getAttribute('href')).toBe(`/api/evaluations/${evaluationId}/questionnaire/file?format=docx&language=sv`);
    expect(await tab(page).getByRole('link', { name: 'Alla svar med dokumenten som ZIP-fil' }).getAttribute('href')).toBe(`/api/evaluations/${evaluationId}/questionnaire/file?format=zip&language=sv`);
    expect(await tab(page).getByText('Ingen svarar ännu.').count()).toBe(1);
    // The links download with the page's own session.
    const docx = await page.request.get(`/api/evaluations/${evaluationId}/questionnaire/file?format=docx&language=sv`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');
    const zip = await page.request.get(`/api/evaluations/${evaluationId}/questionnaire/file?format=zip&language=sv`);
    expect(zip.status()).toBe(200);
    expect(zip.headers()['content-type']).toContain('zip');

    // Choose a municipality user as respondent.
    const settings = tab(page).getByRole('form', { name: 'Svarande och datum' });
    await settings.getByRole('checkbox', { name: `Kim Kommunsvar (${kim.email})` }).check();
    await settings.getByRole('button', { name: 'Spara svarande och datum' }).click();
    await tab(page).getByText('Svarande och datum är sparade.').waitFor();
    await expect.poll(() => tab(page).getByRole('checkbox', { name: `Kim Kommunsvar (${kim.email})` }).isChecked()).toBe(true);
    const saved = (await admin.get(`/api/evaluations/${evaluationId}/questionnaire`)).json().questionnaire;
    expect(saved.respondents.map((person: { userId: string }) => person.userId)).toEqual([kim.id]);

    // Invite a new person: the one-time link is shown once, and the respondent is marked as not yet having used it.
    const invite = tab(page).getByRole('form', { name: 'Bjud in en svarande' });
    await invite.getByRole('button', { name: 'Bjud in' }).click();
    await invite.getByText('Skriv personens namn.').waitFor();
    await invite.getByRole('textbox', { name: 'Namn' }).fill('Nora Ny');
    await invite.getByRole('textbox', { name: 'E-postadress' }).fill('nora.ny@osteraker.example');
    await invite.getByRole('button', { name: 'Bjud in' }).click();
    const link = tab(page).getByRole('textbox', { name: 'Länk för att välja lösenord' });
    await link.waitFor();
    expect(await link.inputValue()).toMatch(/\/losenord#.+/);
    await tab(page).getByRole('heading', { name: 'Engångslänk för Nora Ny' }).waitFor();
    const nora = tab(page).locator('.questionnaire-team__person').filter({ hasText: 'nora.ny@osteraker.example' });
    await nora.getByText('Inbjudan inte använd ännu').waitFor();
    expect(await nora.getByRole('checkbox').isChecked()).toBe(true);

    expect(await axeViolations(page, 'questionnaire tab 1280')).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => pageScrollWidth(page)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page, 'questionnaire tab 375')).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows a sub-area’s answers in the evidence register and the scoring view, and links the answer and a document as evidence', { timeout: 120_000 }, async () => {
    const { page } = evaluator;
    const evaluationId = await newEvaluation();
    const respondentUser = await addUser(web.world, 'municipality', { municipalityId: 'se-2284', name: 'Rut Svarande' });
    const respondent = await signIn(web.world.app, respondentUser.email);
    const sent = await admin.post(`/api/evaluations/${evaluationId}/questionnaire`, { questionSetId: setId, opensOn: '2020-01-01', dueOn: '2099-12-31', respondentIds: [respondentUser.id] });
    expect(sent.statusCode, sent.body).toBe(201);
    const questionnaireId: string = sent.json().id;
    for (const [key, value] of [
      ['1.1', 'yes'],
      ['1.2', 'Visionen togs fram i **dialog** med invånarna.'],
      ['2.5', 'tertial'],
    ] as const) {
      const saved = await respondent.put(`/api/questionnaires/${questionnaireId}/answers/${key}`, { value, version: 0 });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    const upload = await respondent.request({
      method: 'POST',
      url: `/api/questionnaires/${questionnaireId}/answers/2.1/files?filename=budget-2026.pdf`,
      headers: { 'content-type': 'application/pdf' },
      payload: Buffer.from('%PDF-1.7 budget'),
    });
    expect(upload.statusCode, upload.body).toBe(201);

    // The evidence register: choosing sub-area 3.3 shows its questions with their answers.
    await page.goto(`/utvarderingar/${evaluationId}/arbetsyta/underlag`);
    await page.getByRole('heading', { level: 2, name: 'Underlag' }).waitFor();
    await page.getByRole('combobox', { name: 'Delområde' }).selectOption('3.3');
    const answers = page.locator('section.questionnaire-unit-answers');
    await answers.getByRole('heading', { level: 3, name: /^Svar i frågeunderlaget om 3\.3/ }).waitFor();
    const budget = answerCard(answers, '2.1');
    await budget.getByRole('link', { name: 'budget-2026.pdf' }).waitFor();
    expect(await budget.innerText()).toContain('Svaret är de bifogade dokumenten.');
    expect(await answerCard(answers, '2.5').innerText()).toContain('Varje tertial');
    expect(await answerCard(answers, '2.2').innerText()).toContain('Inget svar.');
    expect(await answerCard(answers, '2.2').getByRole('button').count()).toBe(0);

    await budget.getByRole('button', { name: 'Länka som underlag – budget-2026.pdf' }).click();
    await page.getByText('”budget-2026.pdf” finns nu i förteckningen över underlag.').waitFor();
    await budget.getByRole('button', { name: 'Länkat som underlag: budget-2026.pdf' }).waitFor();
    expect(await budget.getByRole('button', { name: 'Länkat som underlag: budget-2026.pdf' }).isDisabled()).toBe(true);
    const register = page.locator('article.evidence-item').filter({ has: page.getByRole('heading', { level: 4, name: 'budget-2026.pdf', exact: true }) });
    await register.waitFor();
    await expect.poll(async () => (await page.locator('.evidence-list__count').innerText()).startsWith('1 underlag')).toBe(true);

    expect(await axeViolations(page, 'evidence with answers 1280')).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => pageScrollWidth(page)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page, 'evidence with answers 375')).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The scoring view: the answers of 1.1 are folded beside its fields; link the text answer.
    await page.goto(`/utvarderingar/${evaluationId}/arbetsyta/bedomning`);
    await page.getByRole('heading', { level: 2, name: 'Bedömning' }).waitFor();
    const folded = page.locator('details.questionnaire-scoring-answers').filter({ hasText: 'Svar i frågeunderlaget om 1.1: 2 av 2 besvarade' });
    await folded.locator('summary').click();
    const vision = answerCard(folded, '1.2');
    expect(await vision.locator('strong').innerText()).toBe('dialog');
    expect(await answerCard(folded, '1.1').innerText()).toContain('Ja');
    await vision.getByRole('button', { name: 'Länka som underlag – svaret på fråga 1.2' }).click();
    await vision.getByRole('button', { name: 'Länkat som underlag: svaret på fråga 1.2' }).waitFor();
    // The same question under 1.2 shows it as linked too.
    const other = page.locator('details.questionnaire-scoring-answers').filter({ hasText: 'Svar i frågeunderlaget om 1.2:' });
    await other.locator('summary').click();
    await answerCard(other, '1.2').getByRole('button', { name: 'Länkat som underlag: svaret på fråga 1.2' }).waitFor();
    expect(await axeViolations(page, 'scoring with answers 1280')).toEqual([]);

    const evidence = (await admin.get(`/api/evaluations/${evaluationId}/evidence`)).json().items as Array<{ title: string; documentKind: string | null; unitCodes: string[] }>;
    expect(evidence.map((item) => [item.title, item.documentKind, item.unitCodes]).sort()).toEqual([
      ['Beskriv hur visionen togs fram.', 'questionnaire', ['1.1', '1.2']],
      ['budget-2026.pdf', 'questionnaire', ['3.3']],
    ]);
  });
  it('reopens submitted answers after asking, and shows the answers as the municipality sees them, read-only', { timeout: 120_000 }, async () => {
    const { page } = evaluator;
    const evaluationId = await newEvaluation();
    const respondentUser = await addUser(web.world, 'municipality', { municipalityId: 'se-2284', name: 'Sam Svarande' });
    const respondent = await signIn(web.world.app, respondentUser.email);
    const sent = await admin.post(`/api/evaluations/${evaluationId}/questionnaire`, { questionSetId: setId, opensOn: '2020-01-01', dueOn: '2099-12-31', respondentIds: [respondentUser.id] });
    expect(sent.statusCode, sent.body).toBe(201);
    const questionnaireId: string = sent.json().id;
    expect((await respondent.put(`/api/questionnaires/${questionnaireId}/answers/1.1`, { value: 'no', version: 0 })).statusCode).toBe(200);
    const version = (await respondent.get(`/api/questionnaires/${questionnaireId}`)).json().version as number;
    const submitted = await respondent.post(`/api/questionnaires/${questionnaireId}/submit`, { version });
    expect(submitted.statusCode, submitted.body).toBe(200);

    await page.goto(`/utvarderingar/${evaluationId}/arbetsyta/frageunderlag`);
    const state = tab(page).locator('.questionnaire-team__state');
    await state.getByText(/Inlämnat .* av Sam Svarande/).waitFor();
    expect(await state.getByText('Påminnelse').count()).toBe(0);
    await tab(page).getByRole('button', { name: 'Öppna svaren för ändringar igen' }).click();
    const ask = tab(page).getByRole('group', { name: 'Ska kommunen kunna ändra sina inlämnade svar igen?' });
    await ask.getByRole('button', { name: 'Avbryt' }).click();
    await tab(page).getByRole('button', { name: 'Öppna svaren för ändringar igen' }).click();
    await ask.getByRole('button', { name: 'Ja, öppna svaren igen' }).click();
    await state.getByText('Öppet för svar').waitFor();
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.textContent')).toBe(SET_TITLE);
    expect(await tab(page).getByRole('button', { name: 'Öppna svaren för ändringar igen' }).count()).toBe(0);
    expect((await admin.get(`/api/questionnaires/${questionnaireId}`)).json().status).toBe('open');

    await tab(page).getByRole('link', { name: 'Se svaren som kommunen ser dem' }).click();
    await page.waitForURL(`**/fragor/${questionnaireId}`);
    await page.locator('main h1').waitFor();
    await page.getByText('Du läser svaren så som kommunen ser dem.', { exact: false }).waitFor();
    expect(await page.locator('main textarea, main input[type="file"]').count()).toBe(0);
  });
});
