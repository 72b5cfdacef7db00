import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOf, signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { allScores, createEvaluationAs } from '../../../tests/support/workflow.js';

let world: TestWorld;
let admin: Client;
let evaluator: Client & { user: { id: string } };
let visitor: Client;
const ids: Record<'orn' | 'leksand' | 'draft', string> = { orn: '', leksand: '', draft: '' };

async function example(id: string, body: Record<string, unknown>): Promise<void> {
  const response = await evaluator.post(`/api/evaluations/${id}/good-examples`, body);
  expect(response.statusCode, response.body).toBe(201);
}

/** Publishes directly (every unit is scored, so the completeness rule holds). */
async function publish(id: string): Promise<void> {
  await world.context.database.db.execute(sql`update evaluations set status = 'published' where id = ${id}`);
  world.context.readCache?.clear();
}

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
  // No session: a member of the public.
  visitor = clientOf(world.app, '', '');
  const create = (municipalityId: string, fieldworkStart: string) =>
    createEvaluationAs(admin, { municipalityId, status: 'draft', evaluatorId: evaluator.user.id, fieldworkStart, scores: allScores(world) });
  ids.orn = await create('se-2284', '2026-03');
  ids.leksand = await create('se-2029', '2025-05');
  ids.draft = await create('se-2080', '2026-04');
  await example(ids.orn, { areaCode: '6', unitCode: '6.4', municipalityId: 'se-1060', text: 'Studiebesök hos grannen' });
  await example(ids.orn, { areaCode: '6', unitCode: '6.4', municipalityId: 'se-0114', text: 'Lärande nätverk' });
  await example(ids.orn, { areaCode: '6', unitCode: '6.4', municipalityId: 'se-1060', text: 'Förbättringsforum' });
  await example(ids.orn, { areaCode: '1', municipalityId: 'se-1060', text: 'Öppna nämndmöten' });
  await example(ids.leksand, { areaCode: '6', unitCode: '6.4', municipalityId: 'se-1060', text: 'Jämförelser med andra' });
  for (let index = 0; index < 3; index += 1) await example(ids.draft, { areaCode: '6', unitCode: '6.4', municipalityId: 'se-0114', text: `Utkast ${index}` });
  await publish(ids.orn);
  await publish(ids.leksand);
});
afterAll(async () => world?.close());

describe(`good examples as data (${testEngine})`, () => {
  it('lists where published evaluations of others cite a municipality, newest first, with the passage anchors', async () => {
    const response = await visitor.get('/api/municipalities/se-1060/cited-as-good-example?lang=en');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.municipality).toEqual({ id: 'se-1060', country: 'se', code: '1060', name: 'Olofström' });
    expect(body.evaluationCount).toBe(2);
    expect(body.citations.map((citation: { citing: { id: string }; evaluation: { id: string; year: number }; area: { code: string } | null; subarea: { code: string } | null; anchor: string | null; text: string }) => [
      citation.citing.id,
      citation.evaluation.id,
      citation.evaluation.year,
      citation.area?.code ?? null,
      citation.subarea?.code ?? null,
      citation.text,
      citation.anchor,
    ])).toEqual([
      ['se-2284', ids.orn, 2026, '6', '6.4', 'Studiebesök hos grannen', 'text-area-6-good-example-1'],
      ['se-2284', ids.orn, 2026, '6', '6.4', 'Förbättringsforum', 'text-area-6-good-example-3'],
      ['se-2284', ids.orn, 2026, '1', null, 'Öppna nämndmöten', 'text-area-1-good-example-1'],
      ['se-2029', ids.leksand, 2025, '6', '6.4', 'Jämförelser med andra', 'text-area-6-good-example-1'],
    ]);
    expect(body.citations[0].evaluation.model).toEqual({ id: 'kommunkompassen-2020', title: expect.any(String) });
    expect(body.citations[0].area.title).toBe('Quality development');
    expect(body.citations[0].subarea.title).toBe((await visitor.get('/api/frameworks/kommunkompassen-2020?lang=en')).json().areas[5].subareas[3].title);
  });

  it('never counts drafts, for visitors or for the signed in', async () => {
    for (const client of [visitor, admin]) {
      const cited = (await client.get('/api/municipalities/se-0114/cited-as-good-example')).json();
      expect(cited.citations.map((citation: { evaluation: { id: string } }) => citation.evaluation.id)).toEqual([ids.orn]);
      const overview = (await client.get('/api/good-examples?area=6')).json();
      expect(overview.groups[0].municipalities.find((entry: { municipality: { id: string } }) => entry.municipality.id === 'se-0114')).toEqual({
        municipality: { id: 'se-0114', country: 'se', code: '0114', name: 'Upplands Väsby' },
        citations: 1,
        evaluations: 1,
      });
    }
    expect((await visitor.get('/api/municipalities/se-2029/cited-as-good-example')).json()).toMatchObject({ citations: [], evaluationCount: 0 });
  });

  it('counts the most cited municipalities per sub-area or area, with distinct evaluations', async () => {
    const response = await visitor.get('/api/good-examples?model=kommunkompassen-2020&lang=sv');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.limit).toBe(5);
    expect(body.groups.map((group: { area: { code: string }; subarea: { code: string } | null; municipalities: Array<{ municipality: { id: string }; citations: number; evaluations: number }>; municipalityCount: number }) => [
      group.area.code,
      group.subarea?.code ?? null,
      group.municipalities.map((entry) => [entry.municipality.id, entry.citations, entry.evaluations]),
      group.municipalityCount,
    ])).toEqual([
      ['1', null, [['se-1060', 1, 1]], 1],
      ['6', '6.4', [['se-1060', 3, 2], ['se-0114', 1, 1]], 2],
    ]);
    expect(body.groups[1]).toMatchObject({ model: { id: 'kommunkompassen-2020' }, area: { code: '6', title: 'Kvalitetsutveckling' }, subarea: { code: '6.4', title: 'Lära av goda exempel' } });
  });

  it('filters by area, country and limit', async () => {
    const limited = (await visitor.get('/api/good-examples?area=6&limit=1')).json();
    expect(limited.groups).toHaveLength(1);
    expect(limited.groups[0].municipalities.map((entry: { municipality: { id: string } }) => entry.municipality.id)).toEqual(['se-1060']);
    expect(limited.groups[0].municipalityCount).toBe(2);
    expect((await visitor.get('/api/good-examples?country=no')).json().groups).toEqual([]);
    expect((await visitor.get('/api/good-examples?country=se&area=1')).json().groups).toHaveLength(1);
  });

  it('answers bad filters and unknown municipalities clearly', async () => {
    const model = await visitor.get('/api/good-examples?model=kommunkompassen-1999');
    expect(model.statusCode).toBe(400);
    expect(model.json().error.details[0].field).toBe('query.model');
    const area = await visitor.get('/api/good-examples?model=kommunkompassen-2020&area=9');
    expect(area.statusCode).toBe(400);
    expect(area.json().error.details[0].field).toBe('query.area');
    for (const limit of ['0', '51', 'x']) expect((await visitor.get(`/api/good-examples?limit=${limit}`)).statusCode).toBe(400);
    expect((await visitor.get('/api/municipalities/se-9999/cited-as-good-example')).statusCode).toBe(404);
    expect((await visitor.get('/api/municipalities/2029/cited-as-good-example')).statusCode).toBe(400);
  });
});
