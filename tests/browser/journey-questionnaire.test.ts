/**
 * The pre-visit questionnaire from end to end, in Chromium: the team sends a question set and
 * chooses two respondents; both answer at once, the same answer from both ends in the conflict
 * view and is merged by hand; one submits; two evaluators link an answer (in the evidence
 * register) and a document (in the scoring view) as evidence; the register shows both.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRecord } from '../../src/auth/users-repository.js';
import { signedInAs, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { TEST_SET_CONTENT } from '../support/question-sets.js';
import { createEvaluationAs } from '../support/workflow.js';
import { open, startWebWorld, type WebWorld } from './web-world.js';

const SET_TITLE = 'Frågor före besöket – resan';
const stockholmToday = (): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const daysAfter = (iso: string, days: number): string => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

/** A question on the answering page (its anchor holds a dot, so it is matched as an attribute). */
const question = (page: Page, key: string): Locator => page.locator(`[id="fraga-${key}"]`);
/** The team's answer card whose heading starts with the question's key. */
const answerCard = (scope: Locator, key: string): Locator =>
  scope.locator('article.questionnaire-answer').filter({ has: scope.page().getByRole('heading', { name: new RegExp(`^${key.replace('.', '\\.')} `) }) });

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

describe.skipIf(!runBrowserTests)('journey: the pre-visit questionnaire', () => {
  let web: WebWorld;
  let admin: Client;

  beforeAll(async () => {
    web = await startWebWorld();
    admin = await signedInAs(web.world, 'admin');
  }, 120_000);
  afterAll(async () => {
    await web?.close();
  });

  it('team sends → two respondents answer at once with a merged conflict → submit → evaluators link an answer and a document → the register shows them', { timeout: 300_000 }, async () => {
    const found: string[] = [];
    const created = await admin.post('/api/question-sets', { frameworkId: 'kommunkompassen-2020', language: 'sv', title: SET_TITLE, description: 'Svara före intervjuerna.', content: TEST_SET_CONTENT });
    expect(created.statusCode, created.body).toBe(201);
    const setId: string = created.json().id;
    const eva = await web.signedInPage('evaluator', { name: 'Eva Utvärderare' });
    const olle = await web.signedInPage('evaluator', { name: 'Olle Utvärderare' });
    const evaluationId = await createEvaluationAs(admin, { municipalityId: 'se-2284', status: 'draft', evaluatorId: eva.user.id });
    expect((await admin.post(`/api/evaluations/${evaluationId}/evaluators`, { userId: olle.user.id })).statusCode).toBe(200);
    const alva = await web.signedInPage('municipality', { municipalityId: 'se-2284', name: 'Alva Svarande' });
    const bo = await web.signedInPage('municipality', { municipalityId: 'se-2284', name: 'Bo Svarande' });

    // ---- The team sends the set and chooses the two respondents ----
    const team = eva.page;
    await open(team, `/utvarderingar/${evaluationId}/arbetsyta/frageunderlag`);
    const send = team.getByRole('form', { name: 'Skicka frågeunderlaget' });
    await send.getByRole('combobox', { name: 'Frågeunderlag' }).selectOption(setId);
    const today = stockholmToday();
    await send.getByRole('textbox', { name: 'Öppnar för svar' }).fill(today);
    await send.getByRole('textbox', { name: 'Sista svarsdag' }).fill(daysAfter(today, 14));
    const label = (person: UserRecord) => `${person.name} (${person.email})`;
    for (const person of [alva.user, bo.user] as UserRecord[]) await send.getByRole('checkbox', { name: label(person) }).check();
    await send.getByRole('button', { name: 'Skicka frågeunderlaget' }).click();
    // Sent to the two chosen; the questionnaire's own view lists them as its respondents.
    const settings = team.getByRole('form', { name: 'Svarande och datum' });
    for (const person of [alva.user, bo.user] as UserRecord[]) await expect.poll(() => settings.getByRole('checkbox', { name: label(person) }).isChecked()).toBe(true);

    // ---- Both respondents find it on "Min kommun" and open it ----
    for (const respondent of [alva.page, bo.page]) {
      await open(respondent, '/min-kommun');
      await respondent.getByRole('heading', { level: 2, name: 'Frågeunderlag att besvara' }).waitFor();
      await respondent.getByRole('link', { name: SET_TITLE }).click();
      await respondent.waitForURL(/\/fragor\/[0-9a-f-]+$/);
      await question(respondent, '1.1').waitFor();
    }
    const questionnaireId = new URL(alva.page.url()).pathname.split('/').pop()!;

    // Alva says yes to 1.1, which shows its follow-up; Bo reads the page again and sees it too.
    await question(alva.page, '1.1').getByRole('radio', { name: 'Ja' }).check();
    await question(alva.page, '1.2').waitFor();
    await question(alva.page, '1.1').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    await open(bo.page, `/fragor/${questionnaireId}`);
    await question(bo.page, '1.2').waitFor();

    // Both write the follow-up with the page as read before either answer: Alva's save lands
    // first, so Bo's (still at "no answer yet") is stale and he merges the two by hand.
    const alvaText = question(alva.page, '1.2').getByRole('textbox');
    const boText = question(bo.page, '1.2').getByRole('textbox');
    await alvaText.fill('Visionen togs fram i dialog med invånarna.');
    await alvaText.blur();
    await question(alva.page, '1.2').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    await boText.fill('Fullmäktige antog visionen 2024.');
    await boText.blur();
    const conflict = question(bo.page, '1.2').locator('.merge-conflict');
    await conflict.waitFor();
    const sides = conflict.locator('.merge-conflict__value');
    expect(await sides.nth(0).innerText()).toContain('Fullmäktige antog visionen 2024.');
    expect(await sides.nth(1).innerText()).toContain('Visionen togs fram i dialog med invånarna.');
    found.push(...(await axeViolations(bo.page, 'answering, conflict')));
    const merged = conflict.getByRole('textbox', { name: 'Sammanfogad text' });
    await merged.fill('Visionen togs fram i dialog med invånarna. Fullmäktige antog visionen 2024.');
    await conflict.getByRole('button', { name: 'Spara den sammanfogade texten' }).click();
    await question(bo.page, '1.2').getByText(/^Sparat \d\d:\d\d$/).waitFor();
    expect(await conflict.count()).toBe(0);

    // Meanwhile they answer other questions: Bo attaches the budget, Alva chooses the channels.
    await Promise.all([
      (async () => {
        await question(bo.page, '2.1').locator('input[type="file"]').setInputFiles({ name: 'budget-2026.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 budget') });
        await question(bo.page, '2.1').getByText('budget-2026.pdf är uppladdad.').waitFor();
      })(),
      (async () => {
        await question(alva.page, '1.3').getByRole('checkbox', { name: 'Öppna möten' }).check();
        await question(alva.page, '1.3').getByText(/^Sparat \d\d:\d\d$/).waitFor();
      })(),
    ]);

    // ---- Alva submits for both ----
    await open(alva.page, `/fragor/${questionnaireId}`);
    await alva.page.getByRole('button', { name: 'Skicka in svaren' }).click();
    await alva.page.getByText(/Svaren skickades in .* av Alva Svarande/).waitFor();
    const answering = (await admin.get(`/api/questionnaires/${questionnaireId}`)).json() as { status: string; answers: Array<{ questionKey: string; value: unknown }> };
    expect(answering.status).toBe('submitted');
    expect(answering.answers.find((answer) => answer.questionKey === '1.2')?.value).toBe('Visionen togs fram i dialog med invånarna. Fullmäktige antog visionen 2024.');

    // The team sees it submitted.
    await open(team, `/utvarderingar/${evaluationId}/arbetsyta/frageunderlag`);
    await team.locator('.questionnaire-team__state').getByText(/Inlämnat .* av Alva Svarande/).waitFor();
    await team.getByRole('button', { name: 'Öppna svaren för ändringar igen' }).waitFor();

    // ---- Eva links the merged answer in the evidence register (sub-area 1.1) ----
    await open(team, `/utvarderingar/${evaluationId}/arbetsyta/underlag`);
    await team.getByRole('combobox', { name: 'Delområde' }).selectOption('1.1');
    const unitAnswers = team.locator('section.questionnaire-unit-answers');
    const vision = answerCard(unitAnswers, '1.2');
    await vision.getByRole('button', { name: 'Länka som underlag – svaret på fråga 1.2' }).click();
    await vision.getByRole('button', { name: 'Länkat som underlag: svaret på fråga 1.2' }).waitFor();

    // ---- Olle links the document beside his scoring of 3.3 ----
    await open(olle.page, `/utvarderingar/${evaluationId}/arbetsyta/bedomning`);
    const folded = olle.page.locator('details.questionnaire-scoring-answers').filter({ hasText: 'Svar i frågeunderlaget om 3.3:' });
    await folded.locator('summary').click();
    const budget = answerCard(folded, '2.1');
    await budget.getByRole('button', { name: 'Länka som underlag – budget-2026.pdf' }).click();
    await budget.getByRole('button', { name: 'Länkat som underlag: budget-2026.pdf' }).waitFor();

    // ---- The register shows both, as documents of the questionnaire, with the answer's text ----
    await team.getByRole('button', { name: 'Visa allt underlag' }).click();
    await expect.poll(() => team.locator('.evidence-list__count').innerText()).toBe('2 underlag.');
    const item = (title: string) => team.locator('article.evidence-item').filter({ has: team.getByRole('heading', { level: 4, name: title, exact: true }) });
    await item('Beskriv hur visionen togs fram.').waitFor();
    expect((await item('Beskriv hur visionen togs fram.').innerText()).replace(/\s+/g, ' ')).toContain('Fullmäktige antog visionen 2024.');
    await item('budget-2026.pdf').getByRole('link', { name: /budget-2026\.pdf/ }).waitFor();
    found.push(...(await axeViolations(team, 'evidence register after linking')));
    expect(found).toEqual([]);
  });
});
