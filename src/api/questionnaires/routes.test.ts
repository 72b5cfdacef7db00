import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { insertQuestionSet } from '../../../tests/support/question-sets.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { allScores } from '../../../tests/support/workflow.js';
import { createEvaluationSchema } from '../../contract/evaluations.js';
import { auditLog, evaluations, questionnaires, users } from '../../db/schema.js';
import { MAX_EVIDENCE_FILE_BYTES } from '../../domain/evidence.js';
import { ANSWER_FILES_MAX } from '../../domain/question-set-values.js';
import { createEvaluation } from '../evaluations/commands.js';
import { loadQuestionnaireForExport, questionnaireToday } from './queries.js';

let world: TestWorld;
let admin: Client;
let evaluator: Client & { user: { id: string } };
let unassigned: Client;
let first: Client & { user: { id: string; email: string } };
let second: Client & { user: { id: string } };
let bystander: Client & { user: { id: string } };
let otherMunicipality: Client & { user: { id: string } };
let setId: string;

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
  unassigned = await signedInAs(world, 'evaluator');
  first = await signedInAs(world, 'municipality', { municipalityId: 'se-2284' });
  second = await signedInAs(world, 'municipality', { municipalityId: 'se-2284' });
  bystander = await signedInAs(world, 'municipality', { municipalityId: 'se-2284' });
  otherMunicipality = await signedInAs(world, 'municipality', { municipalityId: 'se-1060' });
  setId = (await insertQuestionSet(world.context.database.db)).id;
});
afterAll(async () => world?.close());

/** A draft of Örnsköldsvik (2020 model) with the evaluator assigned. */
async function draft(scores: Array<{ code: string; score: number }> = []): Promise<string> {
  const input = createEvaluationSchema.parse({ municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-02', status: 'draft', scores });
  return (await createEvaluation(world.context.database.db, world.context.catalogue, input, 'test', evaluator.user.id)).id;
}

const teamUrl = (id: string) => `/api/evaluations/${id}/questionnaire`;

async function sent(options: { opensOn?: string; dueOn?: string; scored?: boolean } = {}): Promise<{ evaluationId: string; questionnaire: { id: string; version: number } }> {
  const evaluationId = await draft(options.scored ? allScores(world) : []);
  const response = await evaluator.post(teamUrl(evaluationId), {
    questionSetId: setId,
    opensOn: options.opensOn ?? '2020-01-01',
    dueOn: options.dueOn ?? '2099-12-31',
    respondentIds: [first.user.id, second.user.id],
  });
  expect(response.statusCode, response.body).toBe(201);
  return { evaluationId, questionnaire: response.json() };
}

const answerUrl = (id: string, key: string) => `/api/questionnaires/${id}/answers/${key}`;

async function answer(client: Client, id: string, key: string, value: unknown, version: number) {
  return client.put(answerUrl(id, key), { value, version });
}

function upload(client: Client, id: string, key: string, filename: string, payload: Buffer | string) {
  return client.request({
    method: 'POST',
    url: `${answerUrl(id, key)}/files?filename=${encodeURIComponent(filename)}`,
    payload,
    headers: { 'content-type': 'application/pdf' },
  });
}

describe(`questionnaires API (${testEngine})`, () => {
  it('sends a set of the model version to the chosen respondents, once', async () => {
    const evaluationId = await draft();
    // Before sending, the team sees who could answer: the municipality's users.
    const before = (await evaluator.get(teamUrl(evaluationId))).json();
    expect(before.questionnaire).toBeNull();
    expect(before.candidates.map((person: { userId: string }) => person.userId)).toEqual(expect.arrayContaining([first.user.id, second.user.id, bystander.user.id]));
    const body = { questionSetId: setId, opensOn: '2020-01-01', dueOn: '2099-12-31', respondentIds: [first.user.id] };

    const otherModel = await insertQuestionSet(world.context.database.db, { frameworkId: 'kommunkompassen-2010' });
    const mismatch = await evaluator.post(teamUrl(evaluationId), { ...body, questionSetId: otherModel.id });
    expect(mismatch.statusCode).toBe(409);
    expect(mismatch.json().error.code).toBe('question_set_model_mismatch');
    const foreign = await evaluator.post(teamUrl(evaluationId), { ...body, respondentIds: [otherMunicipality.user.id] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details).toEqual([{ field: 'body.respondentIds.0', message: expect.stringContaining('se-2284') }]);

    const created = await evaluator.post(teamUrl(evaluationId), body);
    expect(created.statusCode, created.body).toBe(201);
    const questionnaire = created.json();
    expect(questionnaire).toMatchObject({
      evaluationId,
      municipality: { id: 'se-2284' },
      frameworkId: 'kommunkompassen-2020',
      questionSet: { id: setId, versionNo: 1, language: 'sv' },
      status: 'open',
      today: questionnaireToday(),
      reminder: false,
      progress: { visible: 7, answered: 0, requiredMissing: ['1.1'] },
      respondents: [{ userId: first.user.id, invitationPending: false }],
      answeredQuestions: 0,
      files: 0,
      version: 1,
    });
    expect(questionnaire.candidates.map((person: { userId: string }) => person.userId)).toEqual(expect.arrayContaining([first.user.id, second.user.id, bystander.user.id]));

    const again = await evaluator.post(teamUrl(evaluationId), body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('questionnaire_exists');
    const audit = await world.context.database.db.select().from(auditLog).where(eq(auditLog.entityId, evaluationId));
    expect(audit.map((entry) => entry.action)).toContain('evaluation.questionnaire.send');
  });

  it('changes dates and respondents at the version read, and reminds when the due date is near', async () => {
    const { evaluationId, questionnaire } = await sent();
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const changed = await evaluator.patch(teamUrl(evaluationId), { version: questionnaire.version, opensOn: '2020-01-01', dueOn: soon, respondentIds: [second.user.id] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ dueOn: soon, reminder: true, version: 2, respondents: [{ userId: second.user.id }] });
    const stale = await evaluator.patch(teamUrl(evaluationId), { version: 1, opensOn: '2020-01-01', dueOn: '2099-12-31', respondentIds: [] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', current: { version: 2 } });
    // The removed respondent no longer sees it.
    expect((await first.get(`/api/questionnaires/${questionnaire.id}`)).statusCode).toBe(404);
    const mine = (await second.get('/api/questionnaires/mine')).json();
    expect(mine.items.find((item: { id: string }) => item.id === questionnaire.id)).toMatchObject({ reminder: true, title: 'Frågor inför besöket', status: 'open' });
  });

  it('shows the questionnaire to its respondents and team only (404 to anyone else)', async () => {
    const { evaluationId, questionnaire } = await sent();
    const url = `/api/questionnaires/${questionnaire.id}`;
    const asRespondent = await first.get(url);
    expect(asRespondent.statusCode).toBe(200);
    expect(asRespondent.json()).toMatchObject({ canAnswer: true, canSubmit: true, visibleQuestions: ['1.1', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5'], answers: [], files: [] });
    expect(asRespondent.json().content.sections).toHaveLength(2);
    const asTeam = await evaluator.get(url);
    expect(asTeam.statusCode).toBe(200);
    expect(asTeam.json().canAnswer).toBe(false);
    expect((await admin.get(url)).json().canAnswer).toBe(false);
    for (const outsider of [unassigned, bystander, otherMunicipality]) {
      expect((await outsider.get(url)).statusCode).toBe(404);
      expect((await answer(outsider, questionnaire.id, '1.1', 'yes', 0)).statusCode).toBe(404);
    }
    // The team reads; it never writes answers.
    expect((await answer(evaluator, questionnaire.id, '1.1', 'yes', 0)).statusCode).toBe(403);
    expect((await upload(admin, questionnaire.id, '2.1', 'a.pdf', '%PDF')).statusCode).toBe(403);
    expect((await unassigned.get(teamUrl(evaluationId))).statusCode).toBe(404);
  });

  it('keeps each answer versioned: two respondents at once get a conflict with the current answer', async () => {
    const { questionnaire } = await sent();
    const saved = await answer(first, questionnaire.id, '1.3', ['web'], 0);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ questionKey: '1.3', value: ['web'], version: 1, updatedByName: expect.any(String) });
    const late = await answer(second, questionnaire.id, '1.3', ['panel'], 0);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'version_conflict', current: { questionKey: '1.3', value: ['web'], version: 1 } });
    const merged = await answer(second, questionnaire.id, '1.3', ['web', 'panel'], 1);
    expect(merged.json()).toMatchObject({ value: ['web', 'panel'], version: 2 });
    // Another question is not held up by the first one's version.
    expect((await answer(first, questionnaire.id, '2.3', 7, 0)).statusCode).toBe(200);
  });

  it("checks a value against its question, refuses unknown questions and keeps a hidden question's answer", async () => {
    const { questionnaire } = await sent();
    const wrong = await answer(first, questionnaire.id, '2.5', 'weekly', 0);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([{ field: 'body.value', message: expect.stringContaining('year') }]);
    expect((await answer(first, questionnaire.id, '2.4', '2026-02-30', 0)).statusCode).toBe(400);
    expect((await answer(first, questionnaire.id, '9.9', 'x', 0)).statusCode).toBe(404);
    // 1.2 is hidden until 1.1 is "yes"; its answer may be saved but does not count.
    expect((await answer(first, questionnaire.id, '1.2', 'Genom dialog.', 0)).statusCode).toBe(200);
    const read = (await first.get(`/api/questionnaires/${questionnaire.id}`)).json();
    expect(read.visibleQuestions).not.toContain('1.2');
    expect(read.progress.answered).toBe(0);
  });

  it('enforces conditions and required questions on submission; submitted answers are read-only until reopened', async () => {
    const { evaluationId, questionnaire } = await sent();
    const id = questionnaire.id;
    const submit = (client: Client, version: number) => client.post(`/api/questionnaires/${id}/submit`, { version });
    const missing = await submit(first, 1);
    expect(missing.statusCode).toBe(409);
    expect(missing.json().error).toMatchObject({ code: 'questionnaire_incomplete', details: [{ field: 'answers.1.1' }] });
    await answer(first, id, '1.1', 'yes', 0);
    const followUp = await submit(first, 1);
    expect(followUp.json().error.details).toEqual([{ field: 'answers.1.2', message: expect.stringContaining('Beskriv') }]);
    await answer(second, id, '1.1', 'no', 1);
    const done = await submit(second, 1);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'submitted', submittedByName: expect.any(String), canAnswer: false, version: 2 });
    expect(done.json().submittedAt).not.toBeNull();

    const refused = await answer(first, id, '2.3', 3, 0);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('questionnaire_submitted');
    expect((await upload(first, id, '2.1', 'b.pdf', '%PDF-1.7')).json().error.code).toBe('questionnaire_submitted');

    expect((await evaluator.post(`${teamUrl(evaluationId)}/reopen`, { version: 1 })).statusCode).toBe(409);
    const reopened = await evaluator.post(`${teamUrl(evaluationId)}/reopen`, { version: 2 });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'open', submittedAt: null, submittedByName: null, version: 3 });
    expect((await answer(first, id, '2.3', 3, 0)).statusCode).toBe(200);
    expect((await evaluator.post(`${teamUrl(evaluationId)}/reopen`, { version: 3 })).json().error.code).toBe('conflict');
  });

  it('refuses answers before the open date and takes them after the due date', async () => {
    const early = await sent({ opensOn: '2099-01-01', dueOn: '2099-12-31' });
    const refused = await answer(first, early.questionnaire.id, '1.1', 'yes', 0);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'questionnaire_not_open', opensOn: '2099-01-01' });
    expect((await first.get(`/api/questionnaires/${early.questionnaire.id}`)).json().canAnswer).toBe(false);
    const late = await sent({ opensOn: '2020-01-01', dueOn: '2020-02-01' });
    expect((await answer(first, late.questionnaire.id, '1.1', 'yes', 0)).statusCode).toBe(200);
    expect((await first.get(`/api/questionnaires/${late.questionnaire.id}`)).json()).toMatchObject({ reminder: true, daysLeft: expect.any(Number) });
  });

  it('takes documents only for documents questions, with the evidence files limits, and serves them back', async () => {
    const { questionnaire } = await sent();
    const id = questionnaire.id;
    const stored = await upload(first, id, '2.1', 'budget 2026.pdf', '%PDF-1.7 budget');
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json()).toMatchObject({ questionKey: '2.1', fileName: 'budget 2026.pdf', mediaType: 'application/pdf', sizeBytes: 15 });
    const download = await second.get(`/api/questionnaires/${id}/files/${stored.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.7 budget');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect((await unassigned.get(`/api/questionnaires/${id}/files/${stored.json().id}`)).statusCode).toBe(404);

    expect((await upload(first, id, '1.1', 'a.pdf', '%PDF')).statusCode).toBe(400);
    expect((await upload(first, id, '2.1', 'empty.pdf', '')).statusCode).toBe(400);
    const tooLarge = await upload(first, id, '2.1', 'huge.pdf', Buffer.alloc(MAX_EVIDENCE_FILE_BYTES + 1));
    expect(tooLarge.statusCode).toBe(413);
    for (let index = 1; index < ANSWER_FILES_MAX; index += 1) expect((await upload(first, id, '2.1', `bilaga-${index}.pdf`, '%PDF-1.7')).statusCode).toBe(201);
    const full = await upload(second, id, '2.1', 'en-till.pdf', '%PDF-1.7');
    expect(full.statusCode).toBe(400);
    expect(full.json().error.message).toContain(String(ANSWER_FILES_MAX));

    const progress = (await first.get(`/api/questionnaires/${id}`)).json().progress;
    expect(progress.sections[1]).toMatchObject({ key: 'ekonomi', answered: 1 });
    expect((await second.delete(`/api/questionnaires/${id}/files/${stored.json().id}`)).statusCode).toBe(204);
    expect((await second.get(`/api/questionnaires/${id}/files/${stored.json().id}`)).statusCode).toBe(404);
    expect((await first.get(`/api/questionnaires/${id}`)).json().files).toHaveLength(ANSWER_FILES_MAX - 1);
  });

  it('links an answer and a document as evidence of the sub-areas, once each', async () => {
    const { evaluationId, questionnaire } = await sent();
    const id = questionnaire.id;
    await answer(first, id, '1.3', ['web', 'panel'], 0);
    const file = (await upload(first, id, '2.1', 'budget.pdf', '%PDF-1.7 budget')).json();
    const link = (key: string, fileId: string | null) => evaluator.post(`${teamUrl(evaluationId)}/answers/${key}/evidence`, { fileId });

    const made = await link('1.3', null);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ kind: 'document', documentKind: 'questionnaire', title: 'Vilka kanaler används för dialog?', unitCodes: ['1.2'], file: null });
    expect(made.json().notes).toContain('- Webbplatsen\n- Medborgarpanel');
    expect(made.json().notes).toContain('1.3');
    const twice = await link('1.3', null);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('evidence_exists');

    const document = await link('2.1', file.id);
    expect(document.statusCode, document.body).toBe(201);
    expect(document.json()).toMatchObject({ title: 'budget.pdf', unitCodes: ['3.3'], file: { fileName: 'budget.pdf', sizeBytes: 15 } });
    const copied = await evaluator.get(`/api/evaluations/${evaluationId}/evidence-files/${document.json().file.id}`);
    expect(copied.body).toBe('%PDF-1.7 budget');

    expect((await link('2.2', null)).statusCode).toBe(404);
    expect((await link('1.3', file.id)).statusCode).toBe(404);
    expect((await link('7.7', null)).statusCode).toBe(404);

    const answers = (await evaluator.get(`${teamUrl(evaluationId)}/answers?unit=3`)).json().items;
    expect(answers.map((item: { questionKey: string }) => item.questionKey)).toEqual(['2.1', '2.2', '2.4', '2.5']);
    expect(answers[0]).toMatchObject({ files: [{ id: file.id }], linkedEvidence: [{ evidenceId: document.json().id, fileId: file.id }], visible: true });
    const all = (await evaluator.get(`${teamUrl(evaluationId)}/answers`)).json().items;
    expect(all.find((item: { questionKey: string }) => item.questionKey === '1.2')).toMatchObject({ visible: false, required: true, answer: null });

    // Removing the item from the register lets the answer be linked again.
    const item = made.json();
    expect((await evaluator.delete(`/api/evaluations/${evaluationId}/evidence/${item.id}?version=${item.version}`)).statusCode).toBe(204);
    expect((await link('1.3', null)).statusCode).toBe(201);
  });

  it('invites respondents by e-mail: a new address gets an account and a one-time link, a foreign account is refused', async () => {
    const { evaluationId } = await sent();
    const invite = (body: object) => evaluator.post(`${teamUrl(evaluationId)}/respondents`, body);
    const fresh = await invite({ name: 'Ny Person', email: ' Ny.Person@Kommun.example ' });
    expect(fresh.statusCode, fresh.body).toBe(201);
    const { invitation, questionnaire } = fresh.json();
    expect(invitation).toMatchObject({ email: 'ny.person@kommun.example', url: expect.stringContaining('/losenord#'), expiresAt: expect.any(String) });
    expect(questionnaire.respondents).toContainEqual({ userId: invitation.userId, name: 'Ny Person', email: 'ny.person@kommun.example', invitationPending: true });
    expect(questionnaire.version).toBe(2);

    const again = (await invite({ name: 'Ny Person', email: 'ny.person@kommun.example' })).json();
    expect(again.invitation.url).toMatch(/\/losenord#/);
    expect(again.invitation.url).not.toBe(invitation.url);

    const existing = await invite({ name: 'Någon', email: await emailOf(bystander.user.id) });
    expect(existing.statusCode, existing.body).toBe(201);
    expect(existing.json().invitation).toMatchObject({ userId: bystander.user.id, url: null, expiresAt: null });
    const otherTown = await invite({ name: 'Annan', email: await emailOf(otherMunicipality.user.id) });
    expect(otherTown.statusCode).toBe(409);
    expect(otherTown.json().error.code).toBe('conflict');
    expect((await invite({ name: 'Utvärderare', email: await emailOf(evaluator.user.id) })).statusCode).toBe(409);
  });

  it('leaves the questionnaire of a final evaluation read-only, for the team as for the respondents', async () => {
    const { evaluationId, questionnaire } = await sent({ scored: true });
    await world.context.database.db.update(evaluations).set({ status: 'final' }).where(eq(evaluations.id, evaluationId));
    expect((await first.get(`/api/questionnaires/${questionnaire.id}`)).json().canAnswer).toBe(false);
    const refused = await answer(first, questionnaire.id, '1.1', 'yes', 0);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('conflict');
    expect((await upload(first, questionnaire.id, '2.1', 'a.pdf', '%PDF-1.7')).statusCode).toBe(409);
    const patch = await admin.patch(teamUrl(evaluationId), { version: 1, opensOn: '2020-01-01', dueOn: '2099-12-31', respondentIds: [] });
    expect(patch.statusCode).toBe(409);
    expect((await admin.get(teamUrl(evaluationId))).json().questionnaire.respondents).toHaveLength(2);
  });

  it('offers its loader to the export: every question in set order with its answer and documents', async () => {
    const { evaluationId, questionnaire } = await sent();
    await answer(first, questionnaire.id, '2.3', 9, 0);
    const loaded = await loadQuestionnaireForExport(world.context.database.db, world.context.catalogue, evaluationId);
    expect(loaded.questionnaire.id).toBe(questionnaire.id);
    expect(loaded.items.map((item) => item.questionKey)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(loaded.items.find((item) => item.questionKey === '2.3')?.answer).toMatchObject({ value: 9 });
    const [row] = await world.context.database.db.select().from(questionnaires).where(eq(questionnaires.id, questionnaire.id));
    expect(row?.questionSetId).toBe(setId);
  });
});

async function emailOf(userId: string): Promise<string> {
  const [row] = await world.context.database.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row!.email;
}
