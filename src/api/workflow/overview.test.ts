import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { allScores, createEvaluationAs } from '../../../tests/support/workflow.js';
import { evidenceItems, scores } from '../../db/schema.js';
import { and, eq } from 'drizzle-orm';

let world: TestWorld;
let admin: Client;
let evaluator: Client & { user: { id: string } };
let municipality: Client;
/** Örnsköldsvik (2284): 2013 and 2015 (2010 model), 2017 (2016 model). */
let ornskoldsvik: { y2013: string; y2015: string; y2017: string };

beforeAll(async () => {
  world = await createTestWorld({ demo: true });
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
  municipality = await signedInAs(world, 'municipality', { municipalityId: 'se-2284' });
  const [y2013, y2015, y2017] = world.demoIds as [string, string, string];
  ornskoldsvik = { y2013, y2015, y2017 };
});
afterAll(async () => world?.close());

const overview = async (client: Client | null, id: string, query = '') => {
  const url = `/api/evaluations/${id}/overview${query}`;
  const response = client ? await client.get(url) : await world.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe(`workspace overview (${testEngine})`, () => {
  it('has no previous evaluation for the first one', async () => {
    expect(await overview(null, ornskoldsvik.y2013)).toEqual({ status: 'published', version: 1, position: 1, previous: null, completeness: null });
  });

  it('compares with the previous evaluation of the same framework, without a caveat', async () => {
    const body = await overview(null, ornskoldsvik.y2015);
    expect(body).toMatchObject({ status: 'published', position: 2, completeness: null });
    expect(body.previous).toMatchObject({ id: ornskoldsvik.y2013, year: 2013, frameworkId: 'kommunkompassen-2010', sameFramework: true, caveat: null });
    expect(body.previous.areas[0]).toEqual({
      code: '1',
      title: expect.any(String),
      current: { score: '68.00', shown: 68 },
      previous: { score: '48.00', shown: 48 },
      difference: 20,
      mappedFrom: ['1'],
    });
    expect(body.previous.areas.map((area: { difference: number }) => area.difference)).toEqual([20, 12, 8, 14, 13, 18, 18, 7]);
  });

  it('compares across framework versions through the area map, always with the caveat', async () => {
    const body = await overview(null, ornskoldsvik.y2017);
    expect(body.position).toBe(3);
    expect(body.previous).toMatchObject({ id: ornskoldsvik.y2015, year: 2015, frameworkId: 'kommunkompassen-2010', sameFramework: false });
    expect(body.previous.caveat).toMatch(/inte fullt ut/);
    expect(body.previous.areas[2]).toMatchObject({ code: '3', current: { score: '72.00', shown: 72 }, previous: { score: '74.00', shown: 74 }, difference: -2, mappedFrom: ['3'] });
    const english = await overview(null, ornskoldsvik.y2017, '?lang=en');
    expect(english.previous.caveat).toMatch(/largely but not fully comparable/);
    expect(english.previous.areas[2].title).not.toBe(body.previous.areas[2].title);
  });

  it('compares a new evaluation with the latest earlier one the caller may read, through renumbered areas', async () => {
    // An earlier draft only administrators (and its evaluators, none) may read.
    const hidden = await createEvaluationAs(admin, { municipalityId: 'se-2284', status: 'draft', fieldworkStart: '2025-01', scores: [{ code: '5.1', score: 1 }] });
    const id = await createEvaluationAs(admin, {
      municipalityId: 'se-2284',
      status: 'draft',
      fieldworkStart: '2026-02',
      evaluatorId: evaluator.user.id,
      scores: [
        { code: '5.1', score: 10 },
        { code: '5.2', score: 10.5 },
      ],
    });
    const forEvaluator = await overview(evaluator, id);
    expect(forEvaluator).toMatchObject({ status: 'draft', position: 5 });
    expect(forEvaluator.previous).toMatchObject({ id: ornskoldsvik.y2017, year: 2017, frameworkId: 'kommunkompassen-2016', sameFramework: false, caveat: expect.any(String) });
    // 2020's area 5 is 2016's area 2 (57 points in 2017); area 1 has no score yet.
    expect(forEvaluator.previous.areas[4]).toMatchObject({ code: '5', current: { score: '20.50' }, previous: { score: '57.00', shown: 57 }, mappedFrom: ['2'] });
    expect(forEvaluator.previous.areas[4].difference).toBe(forEvaluator.previous.areas[4].current.shown - 57);
    expect(forEvaluator.previous.areas[0]).toMatchObject({ code: '1', current: null, previous: { shown: 74 }, difference: null, mappedFrom: ['1'] });

    const forAdmin = await overview(admin, id);
    expect(forAdmin.previous).toMatchObject({ id: hidden, sameFramework: true, caveat: null });
  });

  it('shows completeness to administrators and the evaluators, not to the municipality or the public', async () => {
    const id = await createEvaluationAs(admin, {
      municipalityId: 'se-2284',
      status: 'review',
      fieldworkStart: '2026-04',
      evaluatorId: evaluator.user.id,
      scores: [
        { code: '1.1', score: 10 },
        { code: '1.2', score: 5 },
      ],
    });
    const { db } = world.context.database;
    await db.update(scores).set({ rationale: 'Tydlig strategi, antagen 2025.' }).where(and(eq(scores.evaluationId, id), eq(scores.unitCode, '1.1')));
    await db.insert(evidenceItems).values([
      { evaluationId: id, kind: 'interview', createdBy: 'test', unitCodes: ['1.1', '1.3'] },
      { evaluationId: id, kind: 'document', createdBy: 'test', unitCodes: ['1.1'] },
    ]);
    const body = await overview(evaluator, id);
    expect(body.completeness.units.slice(0, 3)).toEqual([
      { code: '1.1', areaCode: '1', hasScore: true, hasRationale: true, evidenceCount: 2 },
      { code: '1.2', areaCode: '1', hasScore: true, hasRationale: false, evidenceCount: 0 },
      { code: '1.3', areaCode: '1', hasScore: false, hasRationale: false, evidenceCount: 1 },
    ]);
    expect(body.completeness.missingScores.slice(0, 3)).toEqual(['1.3', '1.4', '1.5']);
    expect(body.completeness.missingRationales.slice(0, 2)).toEqual(['1.2', '1.3']);
    expect(body.completeness.withoutEvidence.slice(0, 2)).toEqual(['1.2', '1.4']);
    expect((await overview(admin, id)).completeness).toEqual(body.completeness);
    // The municipality reads the evaluation from the fact check on (then every unit has a score).
    const factCheck = await createEvaluationAs(admin, { municipalityId: 'se-2284', status: 'fact_check', fieldworkStart: '2026-04', evaluatorId: evaluator.user.id, scores: allScores(world) });
    const forMunicipality = await overview(municipality, factCheck);
    expect(forMunicipality.completeness).toBeNull();
    expect(forMunicipality.previous).toMatchObject({ id: ornskoldsvik.y2017 });
    expect((await world.app.inject({ method: 'GET', url: `/api/evaluations/${id}/overview` })).statusCode).toBe(404);
  });
});
