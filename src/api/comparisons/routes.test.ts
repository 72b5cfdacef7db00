import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { populationClassesOf } from '../../domain/comparison/peer-groups.js';
import { listScoringUnits } from '../../domain/framework.js';
import { createEvaluation } from '../evaluations/commands.js';
import { findEvaluationListRow } from '../evaluations/repository.js';
import { findCandidates, parseScorePairs } from './repository.js';
import { createEvaluationSchema } from '../../contract/evaluations.js';

const FRAMEWORK = 'kommunkompassen-2020';
let world: TestWorld;
let admin: Client & { user: { email: string } };
const ids: Record<string, string> = {};

/** Every unit of the 2020 framework at `base` points: area = units × base, total = 36 × base. */
function fullScores(base: number) {
  return listScoringUnits(world.context.catalogue.frameworks.get(FRAMEWORK)!).map((unit) => ({ code: unit.code, score: base }));
}

async function add(
  name: string,
  input: { municipalityId: string; fieldworkStart: string; status?: 'published' | 'draft'; frameworkId?: string; scores: Array<{ code: string; score: number }> },
) {
  const parsed = createEvaluationSchema.parse({ frameworkId: FRAMEWORK, status: 'published', origin: 'archive', ...input });
  ids[name] = (await createEvaluation(world.context.database.db, world.context.catalogue, parsed, 'test')).id;
}

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  await add('aEarly', { municipalityId: 'se-2284', fieldworkStart: '2019-03', scores: fullScores(5) });
  await add('aLatest', { municipalityId: 'se-2284', fieldworkStart: '2023-04', scores: fullScores(7.5) });
  await add('b', { municipalityId: 'se-2281', fieldworkStart: '2022-05', scores: fullScores(6.25) });
  await add('c', { municipalityId: 'se-2282', fieldworkStart: '2021-09', scores: fullScores(4) });
  await add('d', { municipalityId: 'se-0114', fieldworkStart: '2024-02', scores: fullScores(8) });
  await add('draft', { municipalityId: 'se-2283', fieldworkStart: '2024-01', status: 'draft', scores: fullScores(9) });
  await add('incomplete', { municipalityId: 'se-2260', fieldworkStart: '2023-01', scores: fullScores(9).slice(1) });
  await add('a2016', { municipalityId: 'se-2284', fieldworkStart: '2015-03', frameworkId: 'kommunkompassen-2016', scores: [{ code: '1.1', score: 10 }, { code: '2.1', score: 5 }] });
  const db = world.context.database.db;
  // These tests set the peer facts themselves, in place of the shipped population and SKR groups.
  await db.execute(sql`delete from municipality_populations`);
  await db.execute(sql`delete from municipality_groups`);
  await db.execute(sql`insert into municipality_populations (municipality_id, year, population) values
    ('se-2284', 2018, 55000), ('se-2284', 2022, 56000), ('se-2281', 2020, 98000), ('se-2281', 2023, 99000), ('se-2282', 2020, 18000), ('se-0114', 2023, 45000)`);
  await db.execute(sql`insert into municipality_groups (municipality_id, year, group_code) values
    ('se-2284', 2017, 'B5'), ('se-2284', 2023, 'B6'), ('se-2281', 2017, 'B3'), ('se-2282', 2017, 'B6'), ('se-2282', 2023, 'B5')`);
});
afterAll(async () => world?.close());

const comparison = async (id: string, query = '') => {
  const response = await admin.get(`/api/evaluations/${id}/comparison${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe(`comparison of an evaluation (${testEngine})`, () => {
  it('averages the latest published, complete evaluation per municipality, exactly, with distribution, rank and percentile', async () => {
    const result = await comparison(ids.aLatest!);
    expect(result.municipality).toMatchObject({ id: 'se-2284', country: 'se', code: '2284', name: 'Örnsköldsviks kommun', total: 270 });
    // 2023: the 2022 population (nearest earlier year) and the 2023 group; not the first evaluation
    expect(result.municipality.facts).toEqual({
      countyId: 'se-22',
      countyName: 'Västernorrlands län',
      population: 56000,
      populationClass: '50001-100000',
      municipalityGroup: 'B6',
      firstTime: false,
    });
    const national = result.national;
    expect(national).toMatchObject({ kind: 'national', label: 'Riksgenomsnitt', n: 4, warning: 'Litet underlag: n = 4, färre än 5 utvärderingar. Tolka genomsnittet med försiktighet.' });
    // totals 270, 225, 144, 288: mean 231.75; quartiles by linear interpolation (type 7)
    expect(national.total).toEqual({
      mean: 231.75,
      n: 4,
      belowMinimum: true,
      distribution: { min: 144, q1: 204.75, median: 247.5, q3: 274.5, max: 288 },
      rank: 2,
      percentile: 75,
    });
    // area 1 has five units: 37.5, 31.25, 20 and 40 → 128.75 / 4 = 32.1875, rounded once to 32.19
    expect(national.areas[0]).toMatchObject({ code: '1', average: { mean: 32.19, n: 4, rank: 2 } });
    expect(national.areas.map((area: { code: string }) => area.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(result.peer).toBeNull();
  });

  it('counts every published evaluation with all=true, and only those from `since` on', async () => {
    expect((await comparison(ids.aLatest!, '?all=true')).national.total).toMatchObject({ mean: 221.4, n: 5 });
    const since = await comparison(ids.aLatest!, '?since=2022&minN=3');
    expect(since.national.total).toMatchObject({ mean: 261, n: 3, belowMinimum: false, rank: 2 });
    expect(since.national.warning).toBeNull();
    expect(since.national.label).toBe('Riksgenomsnitt (utvärderingar från 2022)');
    expect(since.options).toEqual({ scope: 'country', since: 2022, latestOnly: true, peer: null, minN: 3 });
  });

  it('forms peer groups by population class (the year’s or nearest earlier population), county, SKR group and first time, combined', async () => {
    const byPopulation = await comparison(ids.aLatest!, '?peer.populationClass=50001-100000');
    expect(byPopulation.peer).toMatchObject({ kind: 'peer', n: 2, total: { mean: 247.5, rank: 1, percentile: 100 } });
    // Swedish digit grouping uses a no-break space
    expect(byPopulation.peer.label.replace(/\s/g, ' ')).toBe('Jämförelsegrupp: 50 001–100 000 invånare');
    expect(byPopulation.peer.warning).toContain('n = 2');
    expect((await comparison(ids.aLatest!, '?peer.county=se-22')).peer).toMatchObject({ n: 3, label: 'Jämförelsegrupp: Västernorrlands län' });
    // 2284's 2023 evaluation takes the 2023 group (B6); 2282's 2021 evaluation the nearer 2023 one (B5)
    expect((await comparison(ids.aLatest!, '?peer.group=B6')).peer.n).toBe(1);
    expect((await comparison(ids.aLatest!, '?peer.group=B5')).peer.n).toBe(1);
    const firstTime = await comparison(ids.aLatest!, '?peer.firstTime=true');
    expect(firstTime.peer.n).toBe(3);
    // Örnsköldsvik's own evaluation is not a first one: it is placed among the group without counting in it
    expect(firstTime.peer.total).toMatchObject({ mean: 219, rank: 2, percentile: 75 });
    const combined = await comparison(ids.aLatest!, '?peer.county=se-22&peer.firstTime=true&lang=en');
    expect(combined.peer).toMatchObject({ n: 2, label: 'Peer group: first evaluation, Västernorrlands län' });
    expect(combined.national.label).toBe('National average');
  });

  it('places a draft among the published evaluations without counting it', async () => {
    const result = await comparison(ids.draft!);
    expect(result.national.n).toBe(4);
    expect(result.national.total).toMatchObject({ mean: 231.75, rank: 1, percentile: 100 });
    const anonymous = await world.app.inject({ method: 'GET', url: `/api/evaluations/${ids.draft}/comparison` });
    expect(anonymous.statusCode).toBe(404);
  });

  it('lists earlier published evaluations oldest first, mapped to this version’s areas with the caveat across versions', async () => {
    const { history } = await comparison(ids.aLatest!);
    expect(history.map((point: { evaluationId: string }) => point.evaluationId)).toEqual([ids.a2016, ids.aEarly]);
    const [old, earlier] = history;
    expect(old).toMatchObject({ frameworkId: 'kommunkompassen-2016', year: 2015, total: 15 });
    expect(old.caveat).toMatch(/olika versioner/);
    // 2016 area 2 is linked to 2020 area 5; unscored linked areas stay empty
    expect(old.areas.find((area: { code: string }) => area.code === '5').score).toBe(5);
    expect(old.areas.find((area: { code: string }) => area.code === '1').score).toBe(10);
    expect(old.areas.find((area: { code: string }) => area.code === '2').score).toBeNull();
    expect(earlier).toMatchObject({ frameworkId: FRAMEWORK, year: 2019, total: 180, caveat: null });
    expect((await comparison(ids.aEarly!)).history.map((point: { evaluationId: string }) => point.evaluationId)).toEqual([ids.a2016]);
  });

  it('reads the unit scores of a candidate exactly', () => {
    expect([...parseScorePairs('1.1 5.00 1.2 12.50 3 0.05')]).toEqual([['1.1', 500], ['1.2', 1250], ['3', 5]]);
    expect(parseScorePairs(null).size).toBe(0);
  });

  it('calls first-time the same evaluations that come first in the listing’s chronology (position 1)', async () => {
    const db = world.context.database.db;
    const facts = { population: true, group: true, firstTime: true };
    const unitCodes = listScoringUnits(world.context.catalogue.frameworks.get(FRAMEWORK)!).map((unit) => unit.code);
    const candidates = await findCandidates(db, { frameworkId: FRAMEWORK, unitCodes, since: null, latestOnly: false, country: 'se', facts });
    expect(candidates.map((row) => row.id).sort()).toEqual([ids.aEarly, ids.aLatest, ids.b, ids.c, ids.d, ids.incomplete].sort());
    for (const row of candidates) expect(row.firstTime, row.id).toBe((await findEvaluationListRow(db, row.id))!.position === 1);
  });

  it('uses the configured population classes (KOMPASS_POPULATION_CLASSES)', async () => {
    world.context.comparison = { populationClasses: populationClassesOf([60_000]) };
    try {
      const result = await comparison(ids.aLatest!, '?peer.populationClass=upto-60000');
      // Örnsköldsvik (56 000), Kramfors (18 000) and Upplands Väsby (45 000): 270, 144 and 288 points
      expect(result.peer.total).toMatchObject({ n: 3, mean: 234, rank: 2, percentile: 67 });
      expect(result.municipality.facts.populationClass).toBe('upto-60000');
      expect((await admin.get(`/api/evaluations/${ids.aLatest}/comparison?peer.populationClass=upto-20000`)).statusCode).toBe(400);
    } finally {
      delete world.context.comparison;
    }
  });

  it('refuses unknown population classes and bad parameters with the field named', async () => {
    const unknown = await admin.get(`/api/evaluations/${ids.aLatest}/comparison?peer.populationClass=upto-5`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([{ field: 'query.peer.populationClass', message: expect.stringContaining('upto-20000') }]);
    const bad = await admin.get(`/api/evaluations/${ids.aLatest}/comparison?minN=0&peer.county=X`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['query.minN', 'query.peer.county']);
  });
});

describe(`national averages and reference averages (${testEngine})`, () => {
  it('gives the national and peer averages of a framework without an evaluation', async () => {
    const response = await world.app.inject({ method: 'GET', url: `/api/comparisons/national?framework=${FRAMEWORK}&peer.county=se-22` });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.national.total).toMatchObject({ mean: 231.75, n: 4, rank: null, percentile: null });
    expect(result.peer).toMatchObject({ n: 3, label: 'Jämförelsegrupp: Västernorrlands län' });
    expect((await world.app.inject({ method: 'GET', url: '/api/comparisons/national?framework=nope' })).statusCode).toBe(404);
  });

  it('stores, lists and removes reference averages (versioned, audited), and points to them when the archive is thin', async () => {
    const payload = { frameworkId: FRAMEWORK, label: 'Sammanställning', scope: 'alla kommuner 2020–2023', areaCode: null, mean: '412,5', n: 40, source: 'SKR', publishedOn: '2024-03-01' };
    const created = await admin.post('/api/reference-averages', payload);
    expect(created.statusCode, created.body).toBe(201);
    const total = created.json();
    expect(total).toMatchObject({ mean: '412.50', areaCode: null, version: 1, createdBy: admin.user.email });
    const area = (await admin.post('/api/reference-averages', { ...payload, areaCode: '5', mean: 51.25 })).json();
    expect((await admin.post('/api/reference-averages', { ...payload, areaCode: '5', mean: 100.5 })).statusCode).toBe(400);
    expect((await admin.post('/api/reference-averages', { ...payload, areaCode: '9' })).statusCode).toBe(400);

    const listed = await world.app.inject({ method: 'GET', url: `/api/reference-averages?framework=${FRAMEWORK}` });
    expect(listed.json().items.map((item: { id: number }) => item.id).sort()).toEqual([total.id, area.id].sort());

    const result = await comparison(ids.aLatest!);
    expect(result.references).toHaveLength(1);
    expect(result.references[0]).toMatchObject({
      kind: 'reference',
      label: 'Sammanställning (SKR, 2024-03-01)',
      n: 40,
      total: { mean: 412.5, n: 40, distribution: null, rank: null },
      source: { name: 'SKR', date: '2024-03-01' },
      caveat: null,
    });
    expect(result.references[0].areas[4]).toMatchObject({ code: '5', average: { mean: 51.25 } });
    expect(result.national.warning).toContain('Sammanställning (SKR, 2024-03-01)');

    // The 2016 evaluation sees the 2020 reference only through the area map, with its caveat
    const across = await comparison(ids.a2016!);
    expect(across.references[0].caveat).toMatch(/olika versioner/);
    expect(across.references[0].areas.find((entry: { code: string }) => entry.code === '2').average.mean).toBe(51.25);

    expect((await admin.delete(`/api/reference-averages/${area.id}?version=2`)).statusCode).toBe(409);
    expect((await admin.delete(`/api/reference-averages/${area.id}?version=1`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/reference-averages/${area.id}?version=1`)).statusCode).toBe(404);
    const audit = await world.context.database.db.execute(sql`select action from audit_log where entity_type = 'reference-average' order by id`);
    expect((audit as unknown as { rows: Array<{ action: string }> }).rows.map((row) => row.action)).toEqual([
      'reference-average.create',
      'reference-average.create',
      'reference-average.delete',
    ]);
  });

  it('changes a reference average at the version read: 409 with the current one when stale, the field named when invalid, audited', async () => {
    const payload = { frameworkId: FRAMEWORK, label: 'Riksrapport', scope: '', areaCode: '3', mean: 55, n: 12, source: 'SKR', publishedOn: '2023-06-01' };
    const stored = (await admin.post('/api/reference-averages', payload)).json();
    const changed = await admin.put(`/api/reference-averages/${stored.id}`, { ...payload, mean: '56,25', n: null, version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id: stored.id, mean: '56.25', n: null, version: 2, createdBy: stored.createdBy, createdAt: stored.createdAt });

    const stale = await admin.put(`/api/reference-averages/${stored.id}`, { ...payload, label: 'Äldre läsning', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 2, current: { mean: '56.25', label: 'Riksrapport', version: 2 } });

    const tooHigh = await admin.put(`/api/reference-averages/${stored.id}`, { ...payload, mean: 120, version: 2 });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.details).toEqual([{ field: 'body.mean', message: 'must be at most 100 points' }]);
    const badDate = await admin.put(`/api/reference-averages/${stored.id}`, { ...payload, publishedOn: '2023-02-30', source: ' ', version: 2 });
    expect(badDate.json().error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['body.publishedOn', 'body.source']);
    expect((await admin.put('/api/reference-averages/999999', { ...payload, version: 1 })).statusCode).toBe(404);
    expect((await world.app.inject({ method: 'GET', url: `/api/reference-averages?framework=${FRAMEWORK}` })).json().items.find((item: { id: number }) => item.id === stored.id)).toMatchObject({ mean: '56.25', version: 2 });

    const audit = await world.context.database.db.execute(sql`select action, old_value, new_value from audit_log where entity_type = 'reference-average' and entity_id = ${String(stored.id)} order by id`);
    const rows = (audit as unknown as { rows: Array<{ action: string; old_value: { mean: string } | null; new_value: { mean: string } | null }> }).rows;
    expect(rows.map((row) => [row.action, row.old_value?.mean ?? null, row.new_value?.mean ?? null])).toEqual([
      ['reference-average.create', null, '55.00'],
      ['reference-average.update', '55.00', '56.25'],
    ]);
  });
});
