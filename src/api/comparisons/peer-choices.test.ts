import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { listScoringUnits } from '../../domain/framework.js';
import { createEvaluation } from '../evaluations/commands.js';
import { createEvaluationSchema } from '../../contract/evaluations.js';

const FRAMEWORK = 'kommunkompassen-2020';
let world: TestWorld;
let admin: Client;
const ids: Record<string, string> = {};

async function add(name: string, municipalityId: string, fieldworkStart: string, base: number, status: 'published' | 'draft' = 'published') {
  const scores = listScoringUnits(world.context.catalogue.frameworks.get(FRAMEWORK)!).map((unit) => ({ code: unit.code, score: base }));
  const input = createEvaluationSchema.parse({ frameworkId: FRAMEWORK, status, origin: 'archive', municipalityId, fieldworkStart, scores });
  ids[name] = (await createEvaluation(world.context.database.db, world.context.catalogue, input, 'test')).id;
}

// The population and SKR groups are the shipped ones (SCB, SKR), loaded at start.
beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  await add('olofstrom', 'se-1060', '2022-09', 5); // Blekinge, 13 159 inhabitants in 2022, C7
  await add('leksand', 'se-2029', '2023-04', 6); // Dalarna, 16 043, C9
  await add('ornskoldsvik', 'se-2284', '2021-03', 7); // Västernorrland; older than the population series: 2022's 55 557, C6
  await add('sundsvall', 'se-2281', '2023-01', 4); // Västernorrland, about 99 000, B3
  await add('ronneby', 'se-1081', '2024-02', 8, 'draft'); // a draft never counts
});
afterAll(async () => world?.close());

interface Choice {
  n: number;
  own: boolean;
}
interface Choices {
  national: { n: number };
  peer: { n: number; label: string } | null;
  populationClasses: Array<Choice & { id: string; label: string }>;
  firstTime: Choice;
  counties: Array<Choice & { code: string; name: string }>;
  groups: Array<Choice & { code: string; label: string }>;
  years: number[];
  sources: { population: string[]; group: string[] };
}

const choices = async (id: string, query = ''): Promise<Choices> => {
  const response = await world.app.inject({ method: 'GET', url: `/api/evaluations/${id}/peer-groups${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const nOf = <T extends Choice>(list: T[], pick: (entry: T) => boolean) => list.find(pick)?.n;

describe(`peer-group choices with their n (${testEngine})`, () => {
  it('offers every population class, county and SKR group with its n from the shipped population and groups, marking the municipality’s own', async () => {
    const result = await choices(ids.olofstrom!);
    expect(result.national).toEqual({ n: 4 });
    expect(result.peer).toBeNull();
    expect(result.populationClasses.map(({ id, n, own }) => ({ id, n, own }))).toEqual([
      { id: 'upto-20000', n: 2, own: true },
      { id: '20001-50000', n: 0, own: false },
      { id: '50001-100000', n: 2, own: false },
      { id: 'over-100000', n: 0, own: false },
    ]);
    expect(result.firstTime).toEqual({ n: 4, own: true });
    expect(result.counties).toHaveLength(21);
    expect(result.counties.filter((county) => county.n > 0).map(({ code, n }) => [code, n])).toEqual([
      ['se-10', 1],
      ['se-20', 1],
      ['se-22', 2],
    ]);
    expect(result.counties.find((county) => county.own)).toMatchObject({ code: 'se-10', name: 'Blekinge län' });
    expect(result.groups.map((group) => group.code)).toEqual(['A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9']);
    expect(result.groups.filter((group) => group.n > 0).map(({ code }) => code)).toEqual(['B3', 'C6', 'C7', 'C9']);
    expect(result.groups.find((group) => group.own)).toMatchObject({ code: 'C7', label: 'C7 Pendlingskommun nära mindre stad/tätort', n: 1 });
    expect(result.years).toEqual([2023, 2022, 2021]);
    expect(result.sources).toEqual({ population: ['SCB (folkmängd 31 dec)'], group: ['SKR (kommungruppsindelning 2023)'] });
  });

  it('counts each choice with the other chosen criteria and the years kept, n = 0 included', async () => {
    const inCounty = await choices(ids.olofstrom!, '?peer.county=se-22&lang=en');
    expect(inCounty.peer).toEqual({ n: 2, label: 'Peer group: Västernorrlands län' });
    expect(inCounty.populationClasses.map(({ n }) => n)).toEqual([0, 0, 2, 0]);
    expect(inCounty.groups.filter((group) => group.n > 0).map(({ code }) => code)).toEqual(['B3', 'C6']);
    expect(inCounty.groups.find((group) => group.code === 'C7')).toMatchObject({ n: 0, own: true, label: 'C7 Commuter municipality near a small town/urban area' });
    // The county choices themselves are counted without the county criterion.
    expect(nOf(inCounty.counties, (county) => county.code === 'se-10')).toBe(1);
    // Counties in the reader's order: Ö after Z in Swedish, with O in English.
    const names = (list: Array<{ name: string }>) => list.map((county) => county.name);
    expect(names(inCounty.counties).at(-1)).toBe('Västra Götalands län');
    const swedish = await choices(ids.olofstrom!, '?peer.county=se-22');
    expect(names(swedish.counties).slice(-2)).toEqual(['Örebro län', 'Östergötlands län']);
    expect(names(inCounty.counties).indexOf('Örebro län')).toBeLessThan(names(inCounty.counties).indexOf('Skåne län'));

    const empty = await choices(ids.olofstrom!, '?peer.county=se-22&peer.group=C7');
    expect(empty.peer?.n).toBe(0);
    const recent = await choices(ids.olofstrom!, '?since=2023');
    expect(recent.national.n).toBe(2);
    expect(recent.populationClasses.map(({ n }) => n)).toEqual([1, 0, 1, 0]);
  });

  it('gives each choice the n the comparison then has', async () => {
    const result = await choices(ids.leksand!, '?since=2022');
    const checks = [
      ...result.populationClasses.map((entry) => [`peer.populationClass=${entry.id}`, entry.n] as const),
      ...result.groups.map((entry) => [`peer.group=${entry.code}`, entry.n] as const),
      ...result.counties.filter((entry) => ['se-10', 'se-20', 'se-22', 'se-01'].includes(entry.code)).map((entry) => [`peer.county=${entry.code}`, entry.n] as const),
      ['peer.firstTime=true', result.firstTime.n] as const,
    ];
    for (const [query, n] of checks) {
      const comparison = (await world.app.inject({ method: 'GET', url: `/api/evaluations/${ids.leksand}/comparison?since=2022&${query}` })).json();
      expect(comparison.peer.n, query).toBe(n);
    }
  });

  it('follows the read rules of the evaluation and refuses unknown population classes', async () => {
    expect((await world.app.inject({ method: 'GET', url: `/api/evaluations/${ids.ronneby}/peer-groups` })).statusCode).toBe(404);
    const draft = await admin.get(`/api/evaluations/${ids.ronneby}/peer-groups`);
    expect(draft.statusCode).toBe(200);
    // The draft is placed, never counted.
    expect(draft.json().national.n).toBe(4);
    const unknown = await admin.get(`/api/evaluations/${ids.olofstrom}/peer-groups?peer.populationClass=upto-5`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([{ field: 'query.peer.populationClass', message: expect.stringContaining('upto-20000') }]);
  });

  it('is documented in the OpenAPI document, with the reference averages’ change', async () => {
    const openapi = (await world.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(openapi.paths['/api/evaluations/{id}/peer-groups'].get.summary).toContain('each choice with its n');
    expect(Object.keys(openapi.paths['/api/evaluations/{id}/peer-groups'].get.responses['200'].content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['national', 'peer', 'populationClasses', 'firstTime', 'counties', 'groups', 'years', 'sources']),
    );
    expect(Object.keys(openapi.paths['/api/reference-averages/{id}'])).toEqual(expect.arrayContaining(['put', 'delete']));
  });
});
