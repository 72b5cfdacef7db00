import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, signIn, type Client } from '../../../tests/support/accounts.js';
import { docxText } from '../../../tests/reports/read-back.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { DEMO_ACCOUNTS } from '../../demo/demo-accounts.js';
import { DEMO_ANSWER_FILE, DEMO_RESPONDENT } from '../../demo/demo-questionnaire.js';
import { findQuestionnaireOfEvaluation, insertAnswerFile } from './repository.js';

describe(`the questionnaire's answers exported as Word and ZIP (${testEngine})`, () => {
  let world: TestWorld;
  let evaluator: Client;
  let admin: Client;
  let id: string;
  let today: string;

  const url = (query: string, evaluationId = id) => `/api/evaluations/${evaluationId}/questionnaire/file?${query}`;
  const lines = (text: string) => text.split('\n').map((line) => line.trim());

  beforeAll(async () => {
    world = await createTestWorld({ demo: true });
    const account = DEMO_ACCOUNTS.find((entry) => entry.role === 'evaluator')!;
    evaluator = await signIn(world.app, account.email, account.password);
    admin = await signedInAs(world, 'admin');
    const listed = (await admin.get('/api/evaluations?limit=500')).json().items as Array<{ id: string; municipality: { id: string }; origin: string }>;
    id = listed.find((item) => item.municipality.id === 'se-1060' && item.origin === 'workspace')!.id;
    const questionnaire = (await findQuestionnaireOfEvaluation(world.context.database.db, id))!;
    today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date());
    // Two more files: the same name on the same question, and a name that tries to leave its folder.
    const upload = (questionKey: string, fileName: string, text: string) => {
      const content = Buffer.from(text, 'utf8');
      return insertAnswerFile(world.context.database.db, {
        questionnaireId: questionnaire.id,
        questionKey,
        fileName,
        mediaType: 'text/plain',
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        uploadedBy: 'test',
        uploadedByName: DEMO_RESPONDENT.name,
      });
    };
    await upload(DEMO_ANSWER_FILE.questionKey, DEMO_ANSWER_FILE.fileName, 'En andra version.');
    await upload('3.2', '../../styrmodell.txt', 'Styrmodellen.');
  });
  afterAll(async () => world?.close());

  it('answers the team a Word document with every section and question, its sub-areas, the answer or "Inget svar", who answered last and the files', async () => {
    const response = await evaluator.get(url('format=docx&language=sv'));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="frageunderlag-olofstroms-kommun-${today}.docx"`);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const text = lines(await docxText(response.rawPayload));
    expect(text).toContain('Frågeunderlag – Olofströms kommun');
    expect(text).toContain('Kommun: Olofströms kommun');
    expect(text).toContain('Status: Öppet för svar');
    expect(text).toContain(`Svarande: ${DEMO_RESPONDENT.name}`);
    for (const heading of ['Förtroendevalda och medborgare', 'Samhällsutveckling', 'Ledarskap och medarbetarskap']) expect(text).toContain(heading);
    const at = (start: string) => text.indexOf(text.find((line) => line.startsWith(start))!);
    // A yes/no answer in words, its sub-area by code and name, who answered it.
    const first = at('1.1 Har fullmäktige antagit');
    expect(text.slice(first, first + 6)).toEqual(
      expect.arrayContaining(['Delområden: 1.1 Strategi för demokratiutveckling och information', 'Obligatorisk: Ja', 'Ja', expect.stringMatching(/^Senast besvarad av Demo Olofström, /)]),
    );
    // Choices as their labels; links as their titles.
    expect(text).toContain('Frågestund i fullmäktige');
    expect(text).toContain('Medborgarförslag eller e-förslag');
    expect(text).toContain('Kommunens webbplats');
    expect(text).toContain('Varje kvartal');
    expect(text).toContain('42');
    // Markdown answers as text.
    expect(text).toContain('Delårsrapport i augusti');
    // The files by name, and a question nobody answered.
    expect(text.some((line) => line.startsWith(`${DEMO_ANSWER_FILE.fileName} (`) && line.includes('uppladdat av Demo Olofström'))).toBe(true);
    const unanswered = at('8.3 Vilka program');
    expect(text.slice(unanswered, unanswered + 5)).toContain('Inget svar');
    // A question hidden by its condition (3.3 answered "no") is marked.
    const hidden = at('3.4 Hur följer');
    expect(text.slice(hidden, hidden + 5).some((line) => line.includes('visas inte med de svar som har getts'))).toBe(true);
  });

  it('writes its headings and words in the team member’s language, the questions as written', async () => {
    const english = lines(await docxText((await admin.get(url('format=docx&language=en'))).rawPayload));
    expect(english).toContain('Pre-visit questions – Olofströms kommun');
    expect(english).toContain('No answer');
    expect(english).toContain('Yes');
    expect(english.some((line) => line.startsWith('1.1 Har fullmäktige antagit'))).toBe(true);
    const response = await admin.get(url('format=docx&language=nb'));
    expect(response.headers['content-disposition']).toBe(`attachment; filename="sporsmal-olofstroms-kommun-${today}.docx"`);
    const norwegian = lines(await docxText(response.rawPayload));
    expect(norwegian).toContain('Ikke besvart');
    expect(norwegian).toContain('Delområder: 2.4 Sivilsamfunn, næringsliv og kultur');
  });

  it('answers a ZIP with the Word document and every uploaded file under dokument/<question>/, names made unique and safe', async () => {
    const response = await evaluator.get(url('format=zip'));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="frageunderlag-olofstroms-kommun-${today}.zip"`);
    const zip = await JSZip.loadAsync(response.rawPayload);
    const names = Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.name)
      .sort();
    expect(names).toEqual([
      'dokument/1.2/riktlinjer-delaktighet (2).txt',
      'dokument/1.2/riktlinjer-delaktighet.txt',
      'dokument/3.2/_.._styrmodell.txt',
      `frageunderlag-olofstroms-kommun-${today}.docx`,
    ]);
    expect(await zip.file('dokument/1.2/riktlinjer-delaktighet.txt')!.async('string')).toBe(DEMO_ANSWER_FILE.text);
    expect(await zip.file('dokument/1.2/riktlinjer-delaktighet (2).txt')!.async('string')).toBe('En andra version.');
    const inside = lines(await docxText(await zip.file(`frageunderlag-olofstroms-kommun-${today}.docx`)!.async('uint8array')));
    expect(inside).toContain('Dokumenten finns i mappen dokument/ i ZIP-filen.');
    expect(inside.some((line) => line.startsWith('1.1 Har fullmäktige antagit'))).toBe(true);
  });

  it('answers 404 to anyone outside the team and for an evaluation without a questionnaire, 400 for a format it does not make', async () => {
    const outsiders = [
      await signedInAs(world, 'evaluator'),
      await signedInAs(world, 'municipality', { municipalityId: 'se-1060' }),
      await signedInAs(world, 'municipality', { municipalityId: 'se-2029' }),
    ];
    for (const client of outsiders) expect((await client.get(url('format=docx'))).statusCode).toBe(404);
    expect((await world.app.inject({ method: 'GET', url: url('format=zip') })).statusCode).toBe(404);
    const falun = ((await admin.get('/api/evaluations?limit=500')).json().items as Array<{ id: string; municipality: { id: string }; origin: string }>).find(
      (item) => item.municipality.id === 'se-2080' && item.origin === 'workspace',
    )!.id;
    expect((await evaluator.get(url('format=docx', falun))).statusCode).toBe(404);
    const pdf = await evaluator.get(url('format=pdf'));
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error.details).toEqual([expect.objectContaining({ field: 'query.format' })]);
    expect((await evaluator.get(url('format=docx&language=de'))).statusCode).toBe(400);
  });
});
