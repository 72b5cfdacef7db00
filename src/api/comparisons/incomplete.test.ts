import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { listScoringUnits } from '../../domain/framework.js';
import { createEvaluation } from '../evaluations/commands.js';
import { createEvaluationSchema } from '../../contract/evaluations.js';

const FRAMEWORK = 'kommunkompassen-2020';
let world: TestWorld;

/** An archived (published) evaluation of the 2020 model with every unit at `base`, but for the units left out. */
async function archived(municipalityId: string, fieldworkStart: string, base: number, leaveOut: readonly string[] = []): Promise<string> {
  const units = listScoringUnits(world.context.catalogue.frameworks.get(FRAMEWORK)!);
  const scores = units.filter((unit) => !leaveOut.includes(unit.code)).map((unit) => ({ code: unit.code, score: base }));
  const input = createEvaluationSchema.parse({ municipalityId, frameworkId: FRAMEWORK, fieldworkStart, status: 'published', origin: 'archive', scores });
  return (await createEvaluation(world.context.database.db, world.context.catalogue, input, 'test')).id;
}

const national = async (query = '') => {
  const response = await world.app.inject({ method: 'GET', url: `/api/comparisons/national?framework=${FRAMEWORK}${query ? `&${query}` : ''}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().national;
};

beforeAll(async () => {
  world = await createTestWorld();
  await archived('se-2284', '2023-04', 7.5);
  await archived('se-2281', '2019-05', 6.25);
  await archived('se-2282', '2021-09', 4);
});
afterAll(async () => world?.close());

describe(`an archived evaluation whose report lacks a figure (${testEngine})`, () => {
  it('changes neither the national average nor its n, whichever evaluations are counted', async () => {
    const queries = ['', 'all=true', 'since=2019', 'since=2022'];
    const before = await Promise.all(queries.map((query) => national(query)));
    expect(before[0].total).toMatchObject({ n: 3, mean: 213 });
    // 2281's latest report (2025) printed no figure for 4.3: its 2019 evaluation stays its latest complete one.
    const incomplete = await archived('se-2281', '2025-02', 9, ['4.3']);
    const after = await Promise.all(queries.map((query) => national(query)));
    for (const [index, query] of queries.entries()) {
      expect(after[index].total, query || 'latest only').toEqual(before[index].total);
      expect(after[index].areas, query || 'latest only').toEqual(before[index].areas);
    }
    // …and placed among the group it does not join; in a later evaluation's history it is marked incomplete.
    const own = await world.app.inject({ method: 'GET', url: `/api/evaluations/${incomplete}/comparison` });
    expect(own.json().national.total).toMatchObject({ n: 3, mean: 213 });
    const later = await archived('se-2281', '2026-03', 5);
    const { history } = (await world.app.inject({ method: 'GET', url: `/api/evaluations/${later}/comparison` })).json();
    expect(history.map((point: { total: number; complete: boolean }) => [point.total, point.complete])).toEqual([
      [225, true],
      [315, false],
    ]);
  });

  it('is stored as published, and marked incomplete with the units it lacks wherever its total is read', async () => {
    const id = await archived('se-0114', '2024-02', 5, ['2.4', '8.1']);
    const missingUnits = [
      { code: '2.4', name: 'Civilsamhälle, näringsliv och kultur' },
      { code: '8.1', name: 'Strategi för chefs- och ledarskap samt medarbetarskap' },
    ];
    const detail = (await world.app.inject({ method: 'GET', url: `/api/evaluations/${id}` })).json();
    expect(detail).toMatchObject({ status: 'published', origin: 'archive', complete: false, missingUnits, total: { score: '170.00' } });
    const listed = (await world.app.inject({ method: 'GET', url: '/api/evaluations?municipality=se-0114' })).json().items;
    expect(listed).toEqual([expect.objectContaining({ id, complete: false, missingUnits })]);
    const complete = (await world.app.inject({ method: 'GET', url: '/api/evaluations?municipality=se-2284' })).json().items;
    expect(complete).toEqual([expect.objectContaining({ complete: true, missingUnits: [] })]);
  });

  it('derives the mark from the data: scoring the unit makes the evaluation complete', async () => {
    const id = await archived('se-0115', '2024-03', 5, ['3.5']);
    await world.context.database.db.execute(sql`insert into scores (evaluation_id, unit_code, score) values (${id}, '3.5', 5)`);
    const detail = (await world.app.inject({ method: 'GET', url: `/api/evaluations/${id}` })).json();
    expect(detail).toMatchObject({ complete: true, missingUnits: [] });
  });
});
