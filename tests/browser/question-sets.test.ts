import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionnaires } from '../../src/db/schema.js';
import { signedInAs, type Client } from '../support/accounts.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { focusedElement, open, pageScrollWidth, startWebWorld, type WebWorld } from './web-world.js';

async function axeViolations(page: Page, name: string): Promise<string[]> {
  return (await runAxe(page)).map((violation) => `${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

const FRAMEWORK = 'kommunkompassen-2020';

/** A small valid set written through the API: a yes/no question and a conditional free-text one. */
const sampleSet = (title: string) => ({
  frameworkId: FRAMEWORK,
  title,
  description: 'Frågor före besöket.',
  language: 'sv',
  content: {
    sections: [
      {
        key: '1',
        title: 'Demokrati',
        intro: '',
        questions: [
          { key: '1.1', type: 'yes_no', text: 'Finns en antagen strategi?', help: '', required: true, unitCodes: ['1.1'], options: [], condition: null },
          { key: '1.2', type: 'text', text: 'Beskriv strategin.', help: '', required: false, unitCodes: ['1.1', '1.2'], options: [], condition: { question: '1.1', anyOf: ['yes'] } },
        ],
      },
    ],
  },
});

const question = (page: Page, key: string) => page.getByRole('group', { name: new RegExp(`^Fråga ${key.replace('.', '\\.')}( –|$)`) });
const notice = (page: Page, text: string) => page.getByText(text).waitFor();

describe.skipIf(!runBrowserTests)('web app: question sets for administrators', () => {
  let web: WebWorld;
  let api: Client;

  beforeAll(async () => {
    web = await startWebWorld();
    api = await signedInAs(web.world, 'admin');
  });
  afterAll(async () => {
    await web?.close();
  });

  /** Marks a set as used by a questionnaire of some evaluation (so it is frozen). */
  async function freeze(setId: string): Promise<void> {
    for (const evaluationId of web.world.demoIds) {
      const rows = await web.world.context.database.db
        .insert(questionnaires)
        .values({ evaluationId, questionSetId: setId, opensOn: '2026-01-01', dueOn: '2026-02-01', createdBy: 'test' })
        .onConflictDoNothing()
        .returning();
      if (rows.length > 0) return;
    }
    throw new Error('No evaluation without a questionnaire');
  }

  it('is linked for administrators and evaluators, and has no axe violations at 1280 and 375 px', { timeout: 180_000 }, async () => {
    const created = await api.post('/api/question-sets', sampleSet('Frågeunderlag för axe'));
    expect(created.statusCode).toBe(201);
    const setId = created.json().id as string;
    const found: string[] = [];
    for (const width of [1280, 375]) {
      const { page } = await web.signedInPage('admin', { width });
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Frågeunderlag' }).click();
      await page.getByRole('heading', { level: 1, name: 'Frågeunderlag' }).waitFor();
      await page.getByRole('link', { name: 'Frågeunderlag för axe', exact: true }).waitFor();
      found.push(...(await axeViolations(page, `list ${width}`)));
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
      await page.getByRole('link', { name: 'Frågeunderlag för axe', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Frågeunderlag för axe' }).waitFor();
      await question(page, '1.2').getByRole('button', { name: 'Välj delområden för Fråga 1.2' }).click();
      await question(page, '1.2').getByRole('checkbox', { name: /^1\.2 / }).waitFor();
      found.push(...(await axeViolations(page, `editor ${width}`)));
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
    }
    // Evaluators read: the link is there, the editor's fields are not editable, no tools to change.
    const evaluator = await web.signedInPage('evaluator');
    await evaluator.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Frågeunderlag' }).click();
    await evaluator.page.getByText('Du kan läsa frågeunderlagen. Bara administratörer kan ändra dem.').waitFor();
    expect(await evaluator.page.getByRole('heading', { name: 'Nytt frågeunderlag' }).count()).toBe(0);
    await open(evaluator.page, `/frageunderlag/${setId}`);
    await evaluator.page.getByText('Du kan läsa frågeunderlaget men inte ändra det.').waitFor();
    expect(await evaluator.page.getByLabel('Titel', { exact: true }).isDisabled()).toBe(true);
    expect(await evaluator.page.getByRole('button', { name: 'Spara frågeunderlaget' }).count()).toBe(0);
    found.push(...(await axeViolations(evaluator.page, 'read-only')));
    // A municipality user is told the pages are not for them.
    const municipal = await web.signedInPage('municipality', { municipalityId: 'se-2029' });
    await open(municipal.page, '/frageunderlag');
    await municipal.page.getByText(/Frågeunderlagen är bara för administratörer och utvärderare/).waitFor();
    expect(found).toEqual([]);
  });

  it('creates a set, writes questions with options, sub-areas and a condition by keyboard, saves, and shows the server’s problems and a conflict', { timeout: 240_000 }, async () => {
    const { page } = await web.signedInPage('admin');
    await open(page, '/frageunderlag');
    const form = page.getByRole('form', { name: 'Nytt frågeunderlag' });
    await form.getByLabel('Titel').fill('Förberedande frågor');
    await form.getByLabel('Titel').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Förberedande frågor' }).waitFor();
    const setId = new URL(page.url()).pathname.split('/').at(-1) as string;

    // The first question: added by keyboard; its text field takes focus.
    await page.getByLabel('Avsnittets rubrik').fill('Styrning');
    await page.getByRole('button', { name: 'Lägg till fråga i Avsnitt 1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedElement(page)).id).toBe('qs-s0-q0-text');
    await page.keyboard.type('Har kommunen en styrmodell?');
    await question(page, '1.1').getByLabel('Frågetyp').selectOption('yes_no');
    await question(page, '1.1').getByLabel('Frågan måste besvaras').check();
    await question(page, '1.1').getByRole('button', { name: 'Välj delområden för Fråga 1.1' }).press('Enter');
    await question(page, '1.1').getByRole('checkbox', { name: /^2\.1 / }).focus();
    await page.keyboard.press('Space');
    await question(page, '1.1').getByText(/^Delområden: 2\.1 /).waitFor();

    // The second: a single choice with two options, shown only when the first is answered yes.
    await page.getByRole('button', { name: 'Lägg till fråga i Avsnitt 1' }).click();
    await expect.poll(async () => (await focusedElement(page)).id).toBe('qs-s0-q1-text');
    await page.keyboard.type('Hur ofta följs modellen upp?');
    const second = question(page, '1.2');
    await second.getByLabel('Frågetyp').selectOption('single_choice');
    await second.getByLabel('Text för alternativ 1').fill('Varje år');
    await second.getByLabel('Text för alternativ 2').fill('Mer sällan');
    await second.getByRole('button', { name: 'Välj delområden för Fråga 1.2' }).click();
    await second.getByRole('checkbox', { name: /^2\.2 / }).check();
    await second.getByLabel('Visa frågan bara när ett tidigare svar har ett visst värde').check();
    await second.getByLabel('Tidigare fråga som styr Fråga 1.2').waitFor();
    expect(await second.getByRole('checkbox', { name: 'Ja', exact: true }).isChecked()).toBe(true);

    // A third question without a sub-area: the server refuses it, naming the field.
    await page.getByRole('button', { name: 'Lägg till fråga i Avsnitt 1' }).click();
    await expect.poll(async () => (await focusedElement(page)).id).toBe('qs-s0-q2-text');
    await page.keyboard.type('Vilka dokument styr arbetet?');
    await page.getByRole('button', { name: 'Spara frågeunderlaget' }).click();
    const problems = page.getByRole('group', { name: /Frågeunderlaget sparades inte/ });
    await problems.waitFor();
    await expect.poll(async () => (await focusedElement(page)).id).toMatch(/-problems$/);
    const problemLink = problems.getByRole('link', { name: 'Avsnitt 1, Fråga 1.3: Välj minst ett delområde i frågeunderlagets modellversion, vart och ett en gång.' });
    await problemLink.click();
    await expect.poll(async () => (await focusedElement(page)).id).toBe('qs-s0-q2-unitCodes');
    expect(await axeViolations(page, 'problems')).toEqual([]);
    await page.keyboard.press('Enter');
    await question(page, '1.3').getByRole('checkbox', { name: /^2\.3 / }).check();
    await question(page, '1.3').getByLabel('Frågetyp').selectOption('documents');

    // Moved up by its button: focus follows the question.
    await page.getByRole('button', { name: 'Flytta upp Fråga 1.3' }).click();
    await expect.poll(async () => (await focusedElement(page)).id).toBe('qs-s0-q1-up');
    await page.getByRole('button', { name: 'Spara frågeunderlaget' }).click();
    await notice(page, 'Frågeunderlaget (version 1) är sparat.');
    const saved = (await api.get(`/api/question-sets/${setId}`)).json();
    expect(saved.content.sections[0].title).toBe('Styrning');
    expect(saved.content.sections[0].questions.map((entry: { key: string }) => entry.key)).toEqual(['1.1', '1.3', '1.2']);
    expect(saved.content.sections[0].questions[0]).toMatchObject({ type: 'yes_no', required: true, unitCodes: ['2.1'] });
    expect(saved.content.sections[0].questions[2]).toMatchObject({
      type: 'single_choice',
      options: [
        { key: '1', label: 'Varje år' },
        { key: '2', label: 'Mer sällan' },
      ],
      condition: { question: '1.1', anyOf: ['yes'] },
    });

    // Someone else saves first: both versions are shown; keeping mine saves over theirs.
    const theirs = { version: saved.version, title: 'Förberedande frågor (deras)', description: saved.description, language: saved.language, content: saved.content };
    expect((await api.put(`/api/question-sets/${setId}`, theirs)).statusCode).toBe(200);
    await page.getByLabel('Beskrivning').fill('Skickas till kommunen före intervjuerna.');
    await page.getByRole('button', { name: 'Spara frågeunderlaget' }).click();
    const conflict = page.getByRole('group', { name: 'Någon annan har sparat frågeunderlaget' });
    await conflict.getByRole('region', { name: 'Sparad version' }).getByText('Förberedande frågor (deras)').waitFor();
    await expect.poll(async () => (await focusedElement(page)).text).toBe('Någon annan har sparat frågeunderlaget');
    expect(await axeViolations(page, 'conflict')).toEqual([]);
    await conflict.getByRole('button', { name: 'Spara min version' }).click();
    await notice(page, 'Frågeunderlaget (version 1) är sparat.');
    expect((await api.get(`/api/question-sets/${setId}`)).json()).toMatchObject({ title: 'Förberedande frågor', description: 'Skickas till kommunen före intervjuerna.', version: saved.version + 2 });

    // Removing a question asks first; conditions on a removed question go with it.
    await page.getByRole('button', { name: 'Ta bort Fråga 1.1' }).click();
    await expect.poll(async () => (await focusedElement(page)).text).toBe('Ja, ta bort');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await question(page, '1.1').count()).toBe(1);
  });

  it('exports a set as JSON and XLSX and imports both files back unchanged, lists a file’s problems, and versions, freezes and removes sets', { timeout: 240_000 }, async () => {
    const created = (await api.post('/api/question-sets', sampleSet('Runda genom filer'))).json();
    const { page } = await web.signedInPage('admin');
    const files: Record<string, string> = {};
    for (const format of ['JSON', 'Excel (XLSX)']) {
      await open(page, `/frageunderlag/${created.id}`);
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: `Exportera som ${format}` }).click();
      const path = await (await download).path();
      files[format] = path;
      await open(page, '/frageunderlag');
      await page.getByLabel('Fil att importera').setInputFiles({ name: format === 'JSON' ? 'underlag.json' : 'underlag.xlsx', mimeType: 'application/octet-stream', buffer: await readFile(path) });
      await page.getByRole('button', { name: 'Importera', exact: true }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/frageunderlag/') && !url.pathname.endsWith(created.id));
      await page.getByRole('heading', { level: 1, name: 'Runda genom filer' }).waitFor();
      const importedId = new URL(page.url()).pathname.split('/').at(-1) as string;
      const imported = (await api.get(`/api/question-sets/${importedId}`)).json();
      expect({ title: imported.title, description: imported.description, language: imported.language, content: imported.content }).toEqual({
        title: created.title,
        description: created.description,
        language: created.language,
        content: created.content,
      });
    }

    // A broken file: its problems are listed one by one.
    await open(page, '/frageunderlag');
    const broken = JSON.parse(await readFile(files.JSON as string, 'utf8')) as { content: { sections: Array<{ questions: Array<{ type: string }> }> } };
    (broken.content.sections[0]?.questions[0] as { type: string }).type = 'colour';
    await page.getByLabel('Fil att importera').setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    const fileProblems = page.getByRole('alert').filter({ hasText: /Filen har/ });
    await fileProblems.getByRole('listitem').first().waitFor();
    expect(await fileProblems.innerText()).toMatch(/type/);
    // A file of another kind is refused before sending.
    await page.getByLabel('Fil att importera').setInputFiles({ name: 'anteckning.txt', mimeType: 'text/plain', buffer: Buffer.from('hej') });
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('Filen måste vara JSON (.json) eller Excel (.xlsx).').waitFor();

    // A frozen set is read-only and offers a new version, which opens as an editable copy.
    await freeze(created.id);
    expect((await api.get(`/api/question-sets/${created.id}`)).json()).toMatchObject({ frozen: true, usedBy: 1 });
    await open(page, `/frageunderlag/${created.id}`);
    await page.getByText(/Frågeunderlaget används av 1 utvärdering och är låst/).waitFor();
    expect(await page.getByLabel('Titel', { exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Gör en ny version' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(created.id));
    await page.getByRole('link', { name: 'Exportera som JSON' }).waitFor();
    expect(await page.getByLabel('Titel', { exact: true }).isDisabled()).toBe(false);
    await page.getByText('Version 2 (senaste)').waitFor();

    // In the list: the frozen version offers no removal; the new one is removed after a confirmation.
    await open(page, '/frageunderlag');
    // Version 1 of the two imported copies can go; the frozen original cannot.
    await expect.poll(() => page.getByRole('button', { name: 'Ta bort Runda genom filer, version 1' }).count()).toBe(2);
    await page.getByRole('button', { name: 'Ta bort Runda genom filer, version 2' }).click();
    await expect.poll(async () => (await focusedElement(page)).text).toBe('Ja, ta bort');
    await page.keyboard.press('Enter');
    await notice(page, 'Runda genom filer, version 2, är borttaget.');
    expect(await page.getByRole('button', { name: 'Ta bort Runda genom filer, version 2' }).count()).toBe(0);
  });
});
