import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveInput } from '../../../tests/support/archive-input.js';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { listScoringUnits } from '../../domain/framework.js';
import { saveArchivedEvaluation } from '../imports/save-archive.js';

const M2016 = 'kommunkompassen-2016';
const M2020 = 'kommunkompassen-2020';

let world: TestWorld;
let admin: Client;
let evaluator: Client & { user: { id: string } };
let other: Client & { user: { id: string } };
let baseline2020: string;
let baseline2016: string;

const db = () => world.context.database.db;

/** A published archived report of Luleå (se-2580) with texts in area 1 (2020) or area 2 (2016) and one score. */
async function archived(frameworkId: string, fieldworkStart: string): Promise<string> {
  const framework = world.context.catalogue.frameworks.get(frameworkId)!;
  const input = archiveInput({
    municipalityId: 'se-2580',
    frameworkId,
    fieldworkStart,
    scores: listScoringUnits(framework).map((unit) => ({ code: unit.code, score: unit.code.endsWith('.1') ? 650 : 500 })),
    areaTexts: [
      { areaCode: '1', introduction: null, analysis: 'Ledningen har en tydlig **vision**.', strengths: ['Tydliga mål'], improvements: ['Följ upp målen oftare', 'Involvera medborgarna'] },
      { areaCode: '2', introduction: null, analysis: null, strengths: ['Öppna nämndmöten'], improvements: ['Publicera protokollen snabbare'] },
    ],
    subareaTexts: [{ code: frameworkId === M2020 ? '1.1' : '2.1', analysis: 'Delområdets analys.' }],
  });
  return (await db().transaction((tx) => saveArchivedEvaluation(tx, world.context.catalogue, input, 'rapport.pdf', 'test'))).id;
}

async function followUp(baseline: string, frameworkId = M2020, client: Client = evaluator): Promise<string> {
  const response = await client.post(`/api/evaluations/${baseline}/follow-ups`, { frameworkId });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
  other = await signedInAs(world, 'evaluator');
  baseline2020 = await archived(M2020, '2022-03');
  baseline2016 = await archived(M2016, '2018-03');
});
afterAll(async () => world?.close());

describe(`follow-ups (${testEngine})`, () => {
  it('starts a follow-up of a published evaluation: a draft of the same municipality, its baseline named, the evaluator assigned', async () => {
    const id = await followUp(baseline2020);
    const detail = (await evaluator.get(`/api/evaluations/${id}`)).json();
    expect(detail).toMatchObject({ status: 'draft', origin: 'workspace', municipality: { id: 'se-2580' }, framework: { id: M2020 }, baselineEvaluationId: baseline2020, followUps: [] });
    const assigned = (await evaluator.get(`/api/evaluations/${id}/evaluators`)).json();
    expect(assigned.items.map((item: { id: string }) => item.id)).toEqual([evaluator.user.id]);
    // The baseline lists its follow-ups to those who may read them: not the draft to the public.
    expect((await evaluator.get(`/api/evaluations/${baseline2020}`)).json().followUps).toContainEqual({ id, status: 'draft' });
    const anonymous = await world.app.inject({ method: 'GET', url: `/api/evaluations/${baseline2020}` });
    expect(anonymous.json()).toMatchObject({ baselineEvaluationId: null, followUps: [] });
    const created = (await admin.get(`/api/evaluations/${id}/audit`)).json().items.find((item: { action: string }) => item.action === 'evaluation.create');
    expect(created.newValue).toMatchObject({ baselineEvaluationId: baseline2020 });
  });

  it('copies nothing on creation', async () => {
    const id = await followUp(baseline2020);
    const texts = (await evaluator.get(`/api/evaluations/${id}/texts`)).json();
    expect(texts.areas[0]).toMatchObject({ analysis: '', strengths: [], improvements: [], version: 0, takenOver: false });
    expect(texts.areas[0].subareas[0]).toMatchObject({ analysis: '', version: 0, takenOver: false });
    const own = (await evaluator.get(`/api/evaluations/${id}/my-scores`)).json();
    expect(own.items.every((item: { score: string | null; version: number }) => item.score === null && item.version === 0)).toBe(true);
    const detail = (await evaluator.get(`/api/evaluations/${id}`)).json();
    expect(detail.total.score).toBe('0.00');
  });

  it('refuses a baseline that is not published, and a model version older than the baseline', async () => {
    const draft = (await admin.post('/api/evaluations', { municipalityId: 'se-2580', frameworkId: M2020, fieldworkStart: '2026-01' })).json().id;
    // A draft the caller may not read does not exist for them.
    expect((await evaluator.post(`/api/evaluations/${draft}/follow-ups`, { frameworkId: M2020 })).statusCode).toBe(404);
    const refused = await admin.post(`/api/evaluations/${draft}/follow-ups`, { frameworkId: M2020 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('baseline_not_published');
    const older = await evaluator.post(`/api/evaluations/${baseline2020}/follow-ups`, { frameworkId: M2016 });
    expect(older.statusCode).toBe(409);
    expect(older.json().error).toMatchObject({ code: 'follow_up_model_older', details: [{ field: 'body.frameworkId' }] });
    const unknown = await evaluator.post(`/api/evaluations/${baseline2020}/follow-ups`, { frameworkId: 'kommunkompassen-1999' });
    expect(unknown.statusCode).toBe(400);
    expect((await evaluator.post(`/api/evaluations/00000000-0000-4000-8000-000000000000/follow-ups`, { frameworkId: M2020 })).statusCode).toBe(404);
    const municipality = await signedInAs(world, 'municipality', { municipalityId: 'se-2580' });
    expect((await municipality.post(`/api/evaluations/${baseline2020}/follow-ups`, { frameworkId: M2020 })).statusCode).toBe(403);
  });

  it('shows the baseline of the same model unit by unit, with nothing of a plan that is not shared', async () => {
    const id = await followUp(baseline2020);
    const response = await evaluator.get(`/api/evaluations/${id}/baseline`);
    expect(response.statusCode, response.body).toBe(200);
    const baseline = response.json();
    expect(baseline).toMatchObject({
      evaluation: { id: baseline2020, municipality: { id: 'se-2580' }, frameworkId: M2020, frameworkTitle: expect.any(String) },
      sameModel: true,
      caveat: null,
      planShared: false,
    });
    expect(baseline.units).toHaveLength(36);
    expect(baseline.units[0]).toEqual({
      unitCode: '1.1',
      areaCode: '1',
      mapping: 'same',
      previous: [{ unitCode: '1.1', areaCode: '1', title: expect.any(String), score: '6.50', max: expect.any(Number), rationale: '', analysis: 'Delområdets analys.' }],
      takeOver: { ownScore: true, subareaText: true },
    });
    expect(baseline.units[1].takeOver).toEqual({ ownScore: true, subareaText: false });
    expect(baseline.areas[0]).toMatchObject({
      areaCode: '1',
      mapping: 'same',
      takeOverText: true,
      previous: [
        {
          areaCode: '1',
          analysis: 'Ledningen har en tydlig **vision**.',
          strengths: ['Tydliga mål'],
          improvements: [
            { index: 0, text: 'Följ upp målen oftare', actions: [], review: null },
            { index: 1, text: 'Involvera medborgarna', actions: [], review: null },
          ],
        },
      ],
    });
    expect(baseline.areas[2]).toMatchObject({ areaCode: '3', mapping: 'same', takeOverText: false });
  });

  it('maps a newer model through the area map, with its caveat', async () => {
    const id = await followUp(baseline2016, M2020);
    const baseline = (await evaluator.get(`/api/evaluations/${id}/baseline?lang=en`)).json();
    expect(baseline).toMatchObject({ sameModel: false, evaluation: { frameworkId: M2016 } });
    expect(baseline.caveat).toContain('different versions');
    // 2016's area 2 became 2020's area 5.
    const unit = baseline.units.find((candidate: { unitCode: string }) => candidate.unitCode === '5.1');
    expect(unit.mapping).toBe('mapped');
    expect(unit.previous.map((previous: { unitCode: string }) => previous.unitCode)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(unit.previous[0]).toMatchObject({ score: '6.50', analysis: 'Delområdets analys.' });
    expect(unit.takeOver).toEqual({ ownScore: false, subareaText: false });
    const area = baseline.areas.find((candidate: { areaCode: string }) => candidate.areaCode === '5');
    expect(area).toMatchObject({ mapping: 'mapped', takeOverText: true, previous: [{ areaCode: '2', strengths: ['Öppna nämndmöten'] }] });
    const refused = await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'own-score', unitCode: '5.1', version: 0 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('nothing_to_take_over');
    const text = await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'area-text', areaCode: '5', version: 0 });
    expect(text.statusCode, text.body).toBe(200);
    expect(text.json()).toMatchObject({ kind: 'area-text', areaCode: '5', layout: 'summary', analysis: '', strengths: ['Öppna nämndmöten'], improvements: ['Publicera protokollen snabbare'], takenOver: true });
  });

  it('answers 404 for the baseline of an evaluation without one', async () => {
    const plain = (await evaluator.post('/api/evaluations', { municipalityId: 'se-2580', frameworkId: M2020, fieldworkStart: '2026-02' })).json().id;
    expect((await evaluator.get(`/api/evaluations/${plain}/baseline`)).statusCode).toBe(404);
    expect((await evaluator.post(`/api/evaluations/${plain}/baseline/take-over`, { kind: 'area-text', areaCode: '1', version: 0 })).statusCode).toBe(404);
    expect((await evaluator.put(`/api/evaluations/${plain}/improvement-reviews/1/0`, { version: 0, judgement: 'addressed', comment: '' })).statusCode).toBe(404);
  });

  it('takes over an own score, marked until an ordinary save clears the mark', async () => {
    const id = await followUp(baseline2020);
    const taken = await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'own-score', unitCode: '1.1', version: 0 });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toEqual({ kind: 'own-score', unitCode: '1.1', score: '6.50', rationale: '', deviationReason: '', version: 1, takenOver: true });
    expect((await evaluator.get(`/api/evaluations/${id}/my-scores`)).json().items[0]).toMatchObject({ unitCode: '1.1', score: '6.50', takenOver: true });
    // Taken over with a stale version: 409 with the current record.
    const stale = await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'own-score', unitCode: '1.1', version: 0 });
    expect(stale.statusCode).toBe(409);
    // Another evaluator (not assigned) has no own scores here.
    expect((await other.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'own-score', unitCode: '1.1', version: 0 })).statusCode).toBe(404);
    const edited = await evaluator.put(`/api/evaluations/${id}/my-scores/1.1`, { version: 1, score: 7, rationale: 'Bättre nu' });
    expect(edited.json()).toMatchObject({ score: '7.00', takenOver: false });
    const another = await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'own-score', unitCode: '1.2', version: 0 });
    expect(another.json()).toMatchObject({ score: '5.00', takenOver: true });
  });

  it("takes over an area's and a sub-area's text, marked until an ordinary save clears the mark", async () => {
    const id = await followUp(baseline2020);
    const area = await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'area-text', areaCode: '1', version: 0 });
    expect(area.statusCode, area.body).toBe(200);
    const taken = area.json();
    expect(taken).toMatchObject({ kind: 'area-text', areaCode: '1', analysis: 'Ledningen har en tydlig **vision**.', strengths: ['Tydliga mål'], improvements: ['Följ upp målen oftare', 'Involvera medborgarna'], takenOver: true });
    expect((await evaluator.get(`/api/evaluations/${id}/texts`)).json().areas[0]).toMatchObject({ version: taken.version, takenOver: true });
    const stale = await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'area-text', areaCode: '1', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const edited = await evaluator.put(`/api/evaluations/${id}/areas/1/text`, { version: taken.version, layout: 'summary', analysis: 'Egen analys', strengths: [], improvements: [] });
    expect(edited.json()).toMatchObject({ analysis: 'Egen analys', takenOver: false });
    expect((await evaluator.get(`/api/evaluations/${id}/texts`)).json().areas[0].takenOver).toBe(false);

    const subarea = await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'subarea-text', unitCode: '1.1', version: 0 });
    expect(subarea.json()).toMatchObject({ kind: 'subarea-text', unitCode: '1.1', analysis: 'Delområdets analys.', takenOver: true });
    const changed = await evaluator.put(`/api/evaluations/${id}/subareas/1.1/text`, { version: subarea.json().version, analysis: 'Ny analys' });
    expect(changed.json()).toMatchObject({ takenOver: false });
    const nothing = await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'subarea-text', unitCode: '1.2', version: 0 });
    expect(nothing.json().error.code).toBe('nothing_to_take_over');
    expect((await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'area-text', areaCode: '3', version: 0 })).json().error.code).toBe('nothing_to_take_over');
    expect((await evaluator.post(`/api/evaluations/${id}/baseline/take-over`, { kind: 'area-text', areaCode: '99', version: 0 })).statusCode).toBe(404);
    const actions = (await admin.get(`/api/evaluations/${id}/audit`)).json().items.map((item: { action: string }) => item.action);
    expect(actions).toEqual(expect.arrayContaining(['evaluation.text.area.take-over', 'evaluation.text.subarea.take-over']));
  });

  it('judges earlier improvement opportunities, versioned', async () => {
    const id = await followUp(baseline2020);
    const first = await evaluator.put(`/api/evaluations/${id}/improvement-reviews/1/1`, { version: 0, judgement: 'partly', comment: 'Ett **första** steg' });
    expect(first.statusCode, first.body).toBe(200);
    const review = first.json();
    expect(review).toMatchObject({ areaCode: '1', index: 1, judgement: 'partly', comment: 'Ett **första** steg' });
    const stale = await evaluator.put(`/api/evaluations/${id}/improvement-reviews/1/1`, { version: 0, judgement: 'addressed', comment: '' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', current: review });
    const second = await evaluator.put(`/api/evaluations/${id}/improvement-reviews/1/1`, { version: review.version, judgement: 'addressed', comment: '' });
    expect(second.json()).toMatchObject({ judgement: 'addressed', comment: '' });
    expect(second.json().version).toBeGreaterThan(review.version);
    const baseline = (await evaluator.get(`/api/evaluations/${id}/baseline`)).json();
    expect(baseline.areas[0].previous[0].improvements[1].review).toEqual({ judgement: 'addressed', comment: '', version: second.json().version });
    expect((await evaluator.put(`/api/evaluations/${id}/improvement-reviews/1/2`, { version: 0, judgement: 'addressed', comment: '' })).statusCode).toBe(404);
    expect((await evaluator.put(`/api/evaluations/${id}/improvement-reviews/3/0`, { version: 0, judgement: 'addressed', comment: '' })).statusCode).toBe(404);
    expect((await evaluator.put(`/api/evaluations/${id}/improvement-reviews/1/0`, { version: 0, judgement: 'maybe', comment: '' })).statusCode).toBe(400);
    const audit = (await admin.get(`/api/evaluations/${id}/audit`)).json().items.map((item: { action: string }) => item.action);
    expect(audit).toContain('evaluation.improvement-review');
  });

  it("shows the actions answering an improvement only while the municipality shares its plan", async () => {
    const id = await followUp(baseline2020);
    await db().execute(sql`insert into action_plans (evaluation_id, visibility, created_by) values (${baseline2020}, 'municipality', 'test')`);
    await db().execute(sql`
      insert into plan_actions (evaluation_id, area_code, improvement_index, improvement_text, title, status, progress, due_date, position, created_by) values
        (${baseline2020}, '1', 0, 'Följ upp målen oftare', 'Kvartalsvis uppföljning', 'in_progress', 40, '2020-06-30', 1, 'test'),
        (${baseline2020}, '1', 0, 'Följ upp målen oftare', 'Ny styrmodell', 'done', 100, '2020-01-31', 2, 'test'),
        (${baseline2020}, null, null, null, 'Eget initiativ', 'planned', 0, null, 3, 'test')`);
    const hidden = (await evaluator.get(`/api/evaluations/${id}/baseline`)).json();
    expect(hidden.planShared).toBe(false);
    expect(hidden.areas[0].previous[0].improvements[0].actions).toEqual([]);
    await db().execute(sql`update action_plans set visibility = 'evaluators' where evaluation_id = ${baseline2020}`);
    const shared = (await evaluator.get(`/api/evaluations/${id}/baseline`)).json();
    expect(shared.planShared).toBe(true);
    expect(shared.areas[0].previous[0].improvements[0].actions).toEqual([
      { id: expect.any(String), title: 'Kvartalsvis uppföljning', status: 'in_progress', progress: 40, dueDate: '2020-06-30', overdue: true, statusReason: '' },
      { id: expect.any(String), title: 'Ny styrmodell', status: 'done', progress: 100, dueDate: '2020-01-31', overdue: false, statusReason: '' },
    ]);
    expect(shared.areas[0].previous[0].improvements[1].actions).toEqual([]);
    await db().execute(sql`update action_plans set visibility = 'public' where evaluation_id = ${baseline2020}`);
    expect((await evaluator.get(`/api/evaluations/${id}/baseline`)).json().planShared).toBe(true);
    await db().execute(sql`delete from action_plans where evaluation_id = ${baseline2020}`);
  });

  it('keeps the baseline to those who work on the follow-up', async () => {
    const id = await followUp(baseline2020);
    expect((await other.get(`/api/evaluations/${id}/baseline`)).statusCode).toBe(404);
    expect((await admin.get(`/api/evaluations/${id}/baseline`)).statusCode).toBe(200);
    expect((await world.app.inject({ method: 'GET', url: `/api/evaluations/${id}/baseline` })).statusCode).toBe(404);
  });
});
