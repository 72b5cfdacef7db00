import readXlsxFile from 'read-excel-file/node';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { auditLog, questionnaires } from '../../db/schema.js';
import { buildWorkbook } from '../../report/xlsx/workbook.js';
import { QUESTIONS_SHEET, SET_SHEET, XLSX_COLUMNS } from '../../question-sets/xlsx-format.js';

let world: TestWorld;
let admin: Client;
let evaluator: Client;

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
});
afterAll(async () => world?.close());

const BODY = {
  frameworkId: 'kommunkompassen-2020',
  title: 'Frågor före besöket',
  description: 'Svara **innan** intervjuerna.\n',
  language: 'sv',
  content: {
    sections: [
      {
        key: '1',
        title: 'Styrning',
        intro: '',
        questions: [
          { key: '1.1', type: 'yes_no', text: 'Finns en plan?', required: true, unitCodes: ['1.1'] },
          { key: '1.2', type: 'text', text: 'Beskriv den', unitCodes: ['1.1', '1.2'], condition: { question: '1.1', anyOf: ['yes'] } },
          {
            key: '1.3',
            type: 'multiple_choice',
            text: 'Vilka delar?',
            unitCodes: ['1.3'],
            options: [
              { key: 'a', label: 'Mål' },
              { key: 'b', label: 'Budget' },
            ],
          },
        ],
      },
      { key: '2', title: 'Dokument', questions: [{ key: '2.1', type: 'documents', text: 'Bifoga planen', unitCodes: ['2.1'] }] },
    ],
  },
};

async function create(body: object = BODY) {
  const response = await admin.post('/api/question-sets', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Puts the set to use: a questionnaire of a new draft evaluation (written directly: that API is another's). */
async function useInQuestionnaire(setId: string): Promise<void> {
  const evaluation = await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2020', fieldworkStart: '2026-11' });
  expect(evaluation.statusCode, evaluation.body).toBe(201);
  await world.context.database.db
    .insert(questionnaires)
    .values({ evaluationId: evaluation.json().id, questionSetId: setId, opensOn: '2026-11-01', dueOn: '2026-11-30', createdBy: 'test' });
}

const auditActions = async (id: string) =>
  (await world.context.database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'question-set'), eq(auditLog.entityId, id)))).map((row) => row.action);

describe(`question sets API (${testEngine})`, () => {
  it('writes a set as version 1 of a new family, and lists and reads it', async () => {
    const set = await create();
    expect(set).toMatchObject({ versionNo: 1, latest: true, frozen: false, usedBy: 0, sections: 2, questions: 4, demo: false, version: 1, language: 'sv', frameworkTitle: expect.any(String) });
    expect(set.familyId).not.toBe(set.id);
    expect(set.content.sections[0].questions[0]).toEqual({ key: '1.1', type: 'yes_no', text: 'Finns en plan?', help: '', required: true, unitCodes: ['1.1'], options: [], condition: null });
    expect((await evaluator.get(`/api/question-sets/${set.id}`)).json()).toEqual(set);
    const list = (await evaluator.get('/api/question-sets?framework=kommunkompassen-2020')).json().items;
    expect(list.find((item: { id: string }) => item.id === set.id)).toMatchObject({ title: BODY.title, questions: 4 });
    expect((await evaluator.get('/api/question-sets?framework=kommunkompassen-2016')).json().items).toEqual([]);
    expect(await auditActions(set.id)).toEqual(['question-set.create']);
  });

  it('refuses a set that breaks the rules across fields, naming each field', async () => {
    const bad = structuredClone(BODY) as { content: { sections: Array<{ key: string; questions: Array<Record<string, unknown>> }> } };
    bad.content.sections[0]!.questions[1]!.condition = { question: '1.3', anyOf: ['c'] };
    bad.content.sections[0]!.questions[2]!.options = [{ key: 'a', label: 'Mål' }];
    bad.content.sections[1]!.questions[0]!.unitCodes = ['9.9'];
    bad.content.sections[1]!.key = '1';
    const response = await admin.post('/api/question-sets', bad);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation');
    expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toEqual([
      'body.content.sections.0.questions.1.condition.question',
      'body.content.sections.0.questions.2.options',
      'body.content.sections.1.key',
      'body.content.sections.1.questions.0.unitCodes.0',
    ]);
    const unknownModel = await admin.post('/api/question-sets', { ...BODY, frameworkId: 'kommunkompassen-1999' });
    expect(unknownModel.json().error.details).toEqual([{ field: 'body.frameworkId', message: expect.stringContaining('model version') }]);
  });

  it('replaces a set with its version last read, and answers a stale version with the current set', async () => {
    const set = await create();
    const changed = await admin.put(`/api/question-sets/${set.id}`, { ...BODY, version: set.version, title: 'Nytt namn', language: 'en' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ title: 'Nytt namn', language: 'en', version: 2 });
    const stale = await admin.put(`/api/question-sets/${set.id}`, { ...BODY, version: set.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 2, current: { title: 'Nytt namn' } });
    expect(await auditActions(set.id)).toEqual(['question-set.create', 'question-set.update']);
    expect((await admin.put(`/api/question-sets/00000000-0000-4000-8000-000000000000`, { ...BODY, version: 1 })).statusCode).toBe(404);
  });

  it('freezes a set a questionnaire uses: no change, no removal, but a new version as an editable copy', async () => {
    const set = await create();
    await useInQuestionnaire(set.id);
    const read = (await admin.get(`/api/question-sets/${set.id}`)).json();
    expect(read).toMatchObject({ frozen: true, usedBy: 1 });
    const put = await admin.put(`/api/question-sets/${set.id}`, { ...BODY, version: read.version, title: 'Ändrad' });
    expect(put.statusCode).toBe(409);
    expect(put.json().error).toMatchObject({ code: 'question_set_frozen', usedBy: 1 });
    expect((await admin.delete(`/api/question-sets/${set.id}?version=${read.version}`)).json().error.code).toBe('question_set_frozen');

    const next = await admin.post(`/api/question-sets/${set.id}/versions`);
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({ familyId: set.familyId, versionNo: 2, latest: true, frozen: false, title: BODY.title, content: set.content });
    expect((await admin.get(`/api/question-sets/${set.id}`)).json().latest).toBe(false);
    const third = await admin.post(`/api/question-sets/${set.id}/versions`);
    expect(third.json().versionNo).toBe(3);
    const family = (await evaluator.get('/api/question-sets')).json().items.filter((item: { familyId: string }) => item.familyId === set.familyId);
    expect(family.map((item: { versionNo: number; latest: boolean }) => [item.versionNo, item.latest])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
    const edited = await admin.put(`/api/question-sets/${next.json().id}`, { ...BODY, version: next.json().version, title: 'Version 2' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await auditActions(next.json().id)).toEqual(['question-set.version', 'question-set.update']);
  });

  it('removes a set nobody uses with its version last read', async () => {
    const set = await create();
    expect((await admin.delete(`/api/question-sets/${set.id}?version=${set.version + 1}`)).statusCode).toBe(409);
    expect((await admin.delete(`/api/question-sets/${set.id}?version=${set.version}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/question-sets/${set.id}`)).statusCode).toBe(404);
    expect(await auditActions(set.id)).toEqual(['question-set.create', 'question-set.delete']);
  });

  it('exports a set as JSON and XLSX, and importing either gives the same set (as a new family or its next version)', async () => {
    const set = await create();
    const json = await evaluator.get(`/api/question-sets/${set.id}/file?format=json`);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toContain('Fr%C3%A5gor-f%C3%B6re-bes%C3%B6ket-v1.json');
    const xlsx = await evaluator.get(`/api/question-sets/${set.id}/file?format=xlsx`);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await readXlsxFile(xlsx.rawPayload)).map((sheet) => sheet.sheet)).toEqual([SET_SHEET, QUESTIONS_SHEET]);

    const same = (imported: { title: string; description: string; language: string; content: unknown; frameworkId: string }) =>
      expect({ title: imported.title, description: imported.description, language: imported.language, content: imported.content, frameworkId: imported.frameworkId }).toEqual({
        title: set.title,
        description: set.description,
        language: set.language,
        content: set.content,
        frameworkId: set.frameworkId,
      });
    const fromJson = await admin.request({ method: 'POST', url: '/api/question-sets/import?format=json', headers: { 'content-type': 'application/json' }, payload: json.rawPayload });
    expect(fromJson.statusCode, fromJson.body).toBe(201);
    same(fromJson.json());
    expect(fromJson.json()).toMatchObject({ versionNo: 1 });
    expect(fromJson.json().familyId).not.toBe(set.familyId);

    const fromXlsx = await admin.request({
      method: 'POST',
      url: `/api/question-sets/import?format=xlsx&replaces=${set.id}`,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: xlsx.rawPayload,
    });
    expect(fromXlsx.statusCode, fromXlsx.body).toBe(201);
    same(fromXlsx.json());
    expect(fromXlsx.json()).toMatchObject({ familyId: set.familyId, versionNo: 2, latest: true });
    expect(await auditActions(fromXlsx.json().id)).toEqual(['question-set.import']);
  });

  it('refuses an import naming each cell or JSON path at fault, and a replaced set of another model version', async () => {
    const rows = [
      ['1', 'Styrning', '', '1.1', 'yes_no', 'Finns en plan?', '', 'yes', '9.9', '', '', ''],
      ['1', '', '', '1.2', 'text', 'Beskriv', '', 'no', '1.1', '', '1.1', 'kanske'],
    ];
    const file = buildWorkbook({
      title: 'x',
      locale: 'sv',
      sheets: [
        {
          name: SET_SHEET,
          columns: [{ heading: 'key', width: 10 }, { heading: 'value', width: 10 }],
          rows: [['format', 'kompass-question-set'], ['formatVersion', 1], ['frameworkId', 'kommunkompassen-2020'], ['language', 'sv'], ['title', 'Fel'], ['description', '']],
        },
        { name: QUESTIONS_SHEET, columns: XLSX_COLUMNS, rows },
      ],
    });
    const xlsx = await admin.request({ method: 'POST', url: '/api/question-sets/import?format=xlsx', headers: { 'content-type': 'application/octet-stream' }, payload: file });
    expect(xlsx.statusCode).toBe(400);
    expect(xlsx.json().error.details).toEqual([
      { field: 'Frågor!I2', message: expect.stringContaining("'9.9'") },
      { field: 'Frågor!L3', message: expect.stringContaining('yes, no') },
    ]);

    const json = await admin.request({
      method: 'POST',
      url: '/api/question-sets/import?format=json',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ format: 'kompass-question-set', formatVersion: 1, ...BODY, language: 'de' }),
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['language']);
    expect((await admin.request({ method: 'POST', url: '/api/question-sets/import?format=json', headers: { 'content-type': 'application/json' }, payload: '' })).statusCode).toBe(400);

    const set = await create();
    const older = JSON.stringify({ format: 'kompass-question-set', formatVersion: 1, ...BODY, frameworkId: 'kommunkompassen-2016', content: { sections: [{ key: '1', title: 'A', questions: [] }] } });
    const mismatch = await admin.request({ method: 'POST', url: `/api/question-sets/import?format=json&replaces=${set.id}`, headers: { 'content-type': 'application/json' }, payload: older });
    expect(mismatch.statusCode, mismatch.body).toBe(400);
    expect(mismatch.json().error.details).toEqual([{ field: 'query.replaces', message: 'is a set for kommunkompassen-2020, not kommunkompassen-2016' }]);
  });

  it('lets evaluators read but never write', async () => {
    const set = await create();
    expect((await evaluator.post('/api/question-sets', BODY)).statusCode).toBe(403);
    expect((await evaluator.post(`/api/question-sets/${set.id}/versions`)).statusCode).toBe(403);
    expect((await evaluator.request({ method: 'POST', url: '/api/question-sets/import?format=json', headers: { 'content-type': 'application/json' }, payload: '{}' })).statusCode).toBe(403);
  });
});
