import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOf, signedInAs, type Client } from '../../../tests/support/accounts.js';
import { archiveInput } from '../../../tests/support/archive-input.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { allScores, createEvaluationAs } from '../../../tests/support/workflow.js';
import { listScoringUnits } from '../../domain/framework.js';
import { addDays } from '../../domain/municipality-home.js';
import { planToday } from '../action-plans/queries.js';
import { saveArchivedEvaluation } from '../imports/save-archive.js';

const F2020 = 'kommunkompassen-2020';
/** The server's date as the plans reckon it. */
const today = planToday();

let world: TestWorld;
let admin: Client;
let leksand: Client;
let orsa: Client;
let evaluator: Client;
const ids = { older: '', latest: '', followUp: '', other: '' };
const actionIds: Record<string, string> = {};

const db = () => world.context.database.db;

/** A published archived evaluation of Leksand with its improvement opportunities. */
async function archived(fieldworkStart: string, improvements: Record<string, string[]>): Promise<string> {
  const input = archiveInput({
    municipalityId: 'se-2029',
    frameworkId: F2020,
    fieldworkStart,
    scores: listScoringUnits(world.context.catalogue.frameworks.get(F2020)!).map((unit) => ({ code: unit.code, score: 500 })),
    areaTexts: Object.entries(improvements).map(([areaCode, list]) => ({ areaCode, introduction: null, analysis: null, strengths: [], improvements: list })),
  });
  const saved = await db().transaction((tx) => saveArchivedEvaluation(tx, world.context.catalogue, input, 'rapport.pdf', 'test'));
  await db().execute(sql`update evaluations set status = 'published' where id = ${saved.id}`);
  return saved.id;
}

/** The state of a plan as the plan's own commands leave it, written directly (this page only reads plans). */
async function plan(evaluationId: string, nextFollowUp: string | null, actions: Array<{ key: string; title: string; status: string; progress: number; dueDate: string | null; responsible?: string; improvement?: [string, number] }>): Promise<void> {
  await db().execute(sql`insert into action_plans (evaluation_id, visibility, next_follow_up, created_by) values (${evaluationId}, 'evaluators', ${nextFollowUp}, 'test')`);
  for (const [position, action] of actions.entries()) {
    const [row] = (
      (await db().execute(sql`insert into plan_actions (evaluation_id, area_code, improvement_index, title, responsible, due_date, status, status_reason, progress, position, created_by)
        values (${evaluationId}, ${action.improvement?.[0] ?? null}, ${action.improvement?.[1] ?? null}, ${action.title}, ${action.responsible ?? ''}, ${action.dueDate},
          ${action.status}, ${action.status === 'dropped' ? 'Ersatt av en annan åtgärd' : ''}, ${action.progress}, ${position}, 'test') returning id`)) as unknown as { rows: Array<{ id: string }> }
    ).rows;
    actionIds[action.key] = row!.id;
  }
}

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  leksand = await signedInAs(world, 'municipality', { municipalityId: 'se-2029' });
  orsa = await signedInAs(world, 'municipality', { municipalityId: 'se-2034' });
  evaluator = await signedInAs(world, 'evaluator');
  ids.older = await archived('2019-03', { '1': ['Gammal förbättring'] });
  ids.latest = await archived('2023-08', { '1': ['Skriv en strategi för dialog', 'Återkoppla till invånarna'], '2': ['Lokala mål'], '3': ['Följ upp kvalitet'] });
  ids.other = await createEvaluationAs(admin, { municipalityId: 'se-2034', status: 'published', fieldworkStart: '2024-02', scores: allScores(world) });
  await plan(ids.older, null, [{ key: 'old', title: 'En gammal åtgärd', status: 'in_progress', progress: 10, dueDate: '2020-01-31' }]);
  await plan(ids.latest, '2027-05', [
    { key: 'late', title: 'Strategi för medborgardialog', status: 'in_progress', progress: 40, dueDate: addDays(today, -20), responsible: 'Kommunledningskontoret', improvement: ['1', 0] },
    { key: 'lateToo', title: 'Svar till invånarna', status: 'planned', progress: 0, dueDate: addDays(today, -200), improvement: ['1', 1] },
    { key: 'soon', title: 'Lokala mål i budgeten', status: 'in_progress', progress: 70, dueDate: addDays(today, 10), responsible: 'Ekonomichefen', improvement: ['2', 0] },
    { key: 'done', title: 'Kvalitetsuppföljning', status: 'done', progress: 100, dueDate: addDays(today, -40), improvement: ['3', 0] },
    { key: 'dropped', title: 'Ett avbrutet försök', status: 'dropped', progress: 20, dueDate: addDays(today, -30) },
    { key: 'later', title: 'Senare åtgärd', status: 'planned', progress: 0, dueDate: addDays(today, 31) },
  ]);
  ids.followUp = await createEvaluationAs(admin, { municipalityId: 'se-2029', status: 'draft', fieldworkStart: '2026-10', scores: allScores(world) });
  await db().execute(sql`update evaluations set baseline_evaluation_id = ${ids.latest} where id = ${ids.followUp}`);
  world.context.readCache?.clear();
});
afterAll(async () => world?.close());

describe(`the municipality start page (${testEngine})`, () => {
  it("shows a municipality user their own evaluations, newest first, the latest published plan's summary, what is overdue and due soon, and the planned follow-up", async () => {
    const response = await leksand.get('/api/my-municipality?lang=sv');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.municipality).toEqual({ id: 'se-2029', country: 'se', code: '2029', name: 'Leksands kommun' });
    // The draft follow-up is not the municipality's to see yet.
    expect(body.evaluations.map((evaluation: { id: string; status: string; year: number }) => [evaluation.id, evaluation.status, evaluation.year])).toEqual([
      [ids.latest, 'published', 2023],
      [ids.older, 'published', 2019],
    ]);
    expect(body.evaluations[0].framework.id).toBe(F2020);
    expect(body.evaluations[0].total).toMatchObject({ max: expect.any(Number), shown: expect.any(Number) });
    expect(body.plan).toMatchObject({ evaluationId: ids.latest, visibility: 'evaluators', today, dueSoonDays: 30, evaluation: { year: 2023, reportDate: null } });
    expect(body.plan.summary).toEqual({
      improvements: 4,
      improvementsWithAction: 4,
      improvementsDone: 1,
      actions: 6,
      byStatus: { planned: 2, in_progress: 2, done: 1, dropped: 1 },
      overdue: 2,
      meanProgress: Math.round((40 + 0 + 70 + 100 + 0) / 5),
    });
    expect(body.plan.overdue).toEqual([
      { id: actionIds.lateToo, title: 'Svar till invånarna', dueDate: addDays(today, -200), responsible: '', status: 'planned', progress: 0 },
      { id: actionIds.late, title: 'Strategi för medborgardialog', dueDate: addDays(today, -20), responsible: 'Kommunledningskontoret', status: 'in_progress', progress: 40 },
    ]);
    expect(body.plan.dueSoon.map((action: { id: string }) => action.id)).toEqual([actionIds.soon]);
    expect(body.nextFollowUp).toEqual({ planned: '2027-05', evaluation: null });
  });

  it('shows the follow-up under way once the municipality may read it, and to administrators at once', async () => {
    const asAdmin = (await admin.get('/api/my-municipality?municipality=se-2029&lang=en')).json();
    expect(asAdmin.evaluations.map((evaluation: { id: string }) => evaluation.id)).toEqual([ids.followUp, ids.latest, ids.older]);
    expect(asAdmin.nextFollowUp.evaluation).toEqual({ id: ids.followUp, status: 'draft', frameworkTitle: expect.any(String) });
    expect(asAdmin.plan.evaluation.frameworkTitle).toBe(asAdmin.nextFollowUp.evaluation.frameworkTitle);

    await db().execute(sql`update evaluations set status = 'fact_check' where id = ${ids.followUp}`);
    world.context.readCache?.clear();
    const own = (await leksand.get('/api/my-municipality')).json();
    expect(own.nextFollowUp.evaluation).toMatchObject({ id: ids.followUp, status: 'fact_check' });
    expect(own.evaluations[0].id).toBe(ids.followUp);
  });

  it('has no plan for a municipality without one, and says where to start', async () => {
    const body = (await admin.get('/api/my-municipality?municipality=se-2034')).json();
    expect(body.plan).toBeNull();
    expect(body.nextFollowUp).toEqual({ planned: null, evaluation: null });
    expect(body.evaluations.map((evaluation: { id: string }) => evaluation.id)).toEqual([ids.other]);
  });

  it('is only for one’s own municipality: another municipality’s user, evaluators and the public are refused', async () => {
    expect((await orsa.get('/api/my-municipality?municipality=se-2029')).statusCode).toBe(403);
    expect((await orsa.get('/api/my-municipality')).json().municipality.id).toBe('se-2034');
    expect((await leksand.get('/api/my-municipality?municipality=se-2029')).statusCode).toBe(200);
    const refused = await evaluator.get('/api/my-municipality?municipality=se-2029');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect((await clientOf(world.app, '', '').get('/api/my-municipality')).statusCode).toBe(401);
  });

  it('asks an administrator to name a municipality, and answers 404 for one that does not exist', async () => {
    const missing = await admin.get('/api/my-municipality');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([{ field: 'query.municipality', message: expect.any(String) }]);
    expect((await admin.get('/api/my-municipality?municipality=se-9999')).statusCode).toBe(404);
    expect((await admin.get('/api/my-municipality?municipality=2029')).statusCode).toBe(400);
  });
});
