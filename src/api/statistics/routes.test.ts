import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { createEvaluationSchema } from '../../contract/evaluations.js';
import type { StatisticsResponse } from '../../contract/statistics.js';
import { listScoringUnits } from '../../domain/framework.js';
import { compareText } from '../../i18n/format.js';
import { createEvaluation } from '../evaluations/commands.js';
import { saveArchivedEvaluation } from '../imports/save-archive.js';
import { importMunicipalityAttributes } from '../municipalities/commands.js';
import { statisticsMemoryOf } from './queries.js';
import { archiveInput } from '../../../tests/support/archive-input.js';

const M2020 = 'kommunkompassen-2020';
const M2016 = 'kommunkompassen-2016';
const M2010 = 'kommunkompassen-2010';
let world: TestWorld;
const ids: Record<string, string> = {};

/** Every unit of the model at `base` points, but those left out. */
function scores(frameworkId: string, base: number, leaveOut: readonly string[] = []) {
  return listScoringUnits(world.context.catalogue.frameworks.get(frameworkId)!)
    .filter((unit) => !leaveOut.includes(unit.code))
    .map((unit) => ({ code: unit.code, score: base }));
}

async function add(
  name: string,
  input: { municipalityId: string; fieldworkStart: string; frameworkId?: string; status?: 'published' | 'draft'; base: number; leaveOut?: string[] },
) {
  const frameworkId = input.frameworkId ?? M2020;
  const parsed = createEvaluationSchema.parse({
    municipalityId: input.municipalityId,
    frameworkId,
    fieldworkStart: input.fieldworkStart,
    status: input.status ?? 'published',
    origin: 'archive',
    scores: scores(frameworkId, input.base, input.leaveOut),
  });
  ids[name] = (await createEvaluation(world.context.database.db, world.context.catalogue, parsed, 'test')).id;
}

/** An archived 2020-model report of Kiruna (2021) with every unit at `score` hundredths. */
const archived = (score: number) =>
  archiveInput({
    municipalityId: 'se-2584',
    frameworkId: M2020,
    fieldworkStart: '2021-02',
    scores: listScoringUnits(world.context.catalogue.frameworks.get(M2020)!).map((unit) => ({ code: unit.code, score })),
  });

beforeAll(async () => {
  world = await createTestWorld();
  // 2020 model (36 units; area = its units × base): totals 180 (2019), 270, 225, 144, 288.
  await add('a2019', { municipalityId: 'se-2284', fieldworkStart: '2019-03', base: 5 });
  await add('a2023', { municipalityId: 'se-2284', fieldworkStart: '2023-04', base: 7.5 });
  await add('b', { municipalityId: 'se-2281', fieldworkStart: '2022-05', base: 6.25 });
  await add('c', { municipalityId: 'se-2282', fieldworkStart: '2021-09', base: 4 });
  // …whose newer report printed no figure for 4.3: left out (and counted), the 2021 one counts.
  await add('cIncomplete', { municipalityId: 'se-2282', fieldworkStart: '2024-01', base: 9, leaveOut: ['4.3'] });
  await add('d', { municipalityId: 'se-0114', fieldworkStart: '2024-02', base: 8 });
  await add('draft', { municipalityId: 'se-2283', fieldworkStart: '2024-01', base: 9, status: 'draft' });
  // Older model versions: 2016 (45 units at 4: areas 20, 20, 20, 24, 24, 24, 20, 28; total 180) and 2010 (areas at 50).
  await add('e2016', { municipalityId: 'se-2260', fieldworkStart: '2017-03', frameworkId: M2016, base: 4 });
  await add('f2010', { municipalityId: 'se-1280', fieldworkStart: '2012-10', frameworkId: M2010, base: 50 });
  // A Norwegian municipality: only in country=no.
  await add('oslo', { municipalityId: 'no-0301', fieldworkStart: '2023-05', base: 3 });
  const db = world.context.database.db;
  // The filters' facts, set here in place of the shipped population and SKR groups.
  await db.execute(sql`delete from municipality_populations`);
  await db.execute(sql`delete from municipality_groups`);
  await db.execute(sql`insert into municipality_populations (municipality_id, year, population) values
    ('se-2284', 2018, 55000), ('se-2284', 2022, 56000), ('se-2281', 2020, 98000), ('se-2282', 2020, 18000), ('se-0114', 2023, 45000), ('se-2260', 2017, 9000)`);
  await db.execute(sql`insert into municipality_groups (municipality_id, year, group_code) values
    ('se-2284', 2017, 'B5'), ('se-2284', 2023, 'B6'), ('se-2281', 2017, 'B3'), ('se-2282', 2017, 'B6'), ('se-0114', 2017, 'A3')`);
  world.context.readCache?.clear();
});
afterAll(async () => world?.close());

async function statistics(query = ''): Promise<StatisticsResponse> {
  const response = await world.app.inject({ method: 'GET', url: `/api/statistics${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

// Writes made here, not through the API, clear the embedded database's read cache themselves (as a request's write does).
describe(`national statistics (${testEngine})`, () => {
  it('lists the models with published data, newest first, with n and their evaluations', async () => {
    const result = await statistics();
    expect(result.country).toBe('se');
    expect(result.model).toBe(M2020);
    expect(result.models.map((model) => [model.id, model.n, model.evaluations])).toEqual([
      [M2020, 4, 6],
      [M2016, 1, 1],
      [M2010, 1, 1],
    ]);
    expect(result.models[0]).toMatchObject({ title: 'Kommunkompassen 2020', max: 800 });
  });

  it('gives the chosen model’s distribution over each municipality’s latest complete evaluation, exactly, and says what it left out', async () => {
    const { distribution } = await statistics();
    expect(distribution).toMatchObject({ frameworkId: M2020, n: 4, incomplete: 1, totalIsNotSum: false });
    // totals 270, 225, 144, 288 (not the 2019 180, not the draft, not the incomplete 2024): R-7 quartiles
    expect(distribution!.total).toMatchObject({
      code: 'total',
      max: 800,
      n: 4,
      exact: { min: 144, q1: 204.75, median: 247.5, q3: 274.5, max: 288, mean: 231.75 },
      shown: { min: 144, q1: 204.8, median: 247.5, q3: 274.5, max: 288, mean: 231.8 },
      rounded: true,
    });
    // area 1 (5 units): 20, 31.25, 37.5, 40 → mean 32.1875 → 32.19; q1 (h = 0.75) = 20 + 0.75 · 11.25 = 28.4375 → 28.44
    const area1 = distribution!.areas[0]!;
    expect(area1).toMatchObject({ code: '1', max: 100, n: 4 });
    expect(area1.exact).toEqual({ min: 20, q1: 28.44, median: 34.38, q3: 38.13, max: 40, mean: 32.19 });
    // the shown area means add up to the shown total mean
    const shownSum = distribution!.areas.reduce((sum, area) => sum + Math.round(area.shown!.mean * 10), 0);
    expect(shownSum).toBe(2318);
    expect(distribution!.classes.map((entry) => [entry.rankClass, entry.n, entry.min, entry.max])).toEqual([
      [1, 1, 144, 144],
      [2, 1, 225, 225],
      [3, 0, null, null],
      [4, 1, 270, 270],
      [5, 1, 288, 288],
    ]);
  });

  it('lists every municipality’s latest published evaluation of any model, ranked only within the chosen model', async () => {
    const { latest } = await statistics();
    const rows = new Map(latest.map((row) => [row.municipality.id, row]));
    expect([...rows.keys()].sort()).toEqual(['se-0114', 'se-1280', 'se-2260', 'se-2281', 'se-2282', 'se-2284']);
    expect(rows.has('se-2283')).toBe(false); // the draft's municipality has nothing published
    expect(rows.get('se-2284')).toMatchObject({
      evaluationId: ids.a2023,
      year: 2023,
      frameworkId: M2020,
      complete: true,
      total: { exact: 270, shown: 270, max: 800, percent: 34, rounded: false },
      rankClass: 4,
      municipality: { name: 'Örnsköldsviks kommun', countyId: 'se-22', countyName: 'Västernorrlands län', group: 'B6', population: 56000 },
    });
    expect(rows.get('se-2284')!.areas[0]).toEqual({ code: '1', exact: 37.5, shown: 38, max: 100, percent: 38, rounded: true, complete: true });
    // the shown areas add up to the shown total, as in reports
    expect(rows.get('se-2284')!.areas.reduce((sum, area) => sum + area.shown, 0)).toBe(270);
    expect(rows.get('se-2281')!.rankClass).toBe(2);
    expect(rows.get('se-0114')!.rankClass).toBe(5);
    // the latest is incomplete: shown, flagged, not ranked
    expect(rows.get('se-2282')).toMatchObject({ evaluationId: ids.cIncomplete, complete: false, rankClass: null });
    expect(rows.get('se-2282')!.areas.find((area) => area.code === '4')!.complete).toBe(false);
    // other models: no rank class
    expect(rows.get('se-2260')).toMatchObject({ frameworkId: M2016, year: 2017, total: { exact: 180, shown: 180 }, rankClass: null });
    expect(rows.get('se-1280')).toMatchObject({ frameworkId: M2010, total: { exact: 400 }, rankClass: null });
    // in the order of names
    const names = latest.map((row) => row.municipality.name);
    expect(names).toEqual([...names].sort((a, b) => compareText(a, b, 'sv')));
  });

  it('ranks another model when it is chosen', async () => {
    const result = await statistics(`?model=${M2016}`);
    expect(result.model).toBe(M2016);
    expect(result.distribution).toMatchObject({ frameworkId: M2016, n: 1, incomplete: 0, total: { exact: { min: 180, max: 180, mean: 180 } } });
    const rows = new Map(result.latest.map((row) => [row.municipality.id, row]));
    expect(rows.get('se-2260')!.rankClass).toBe(3);
    expect(rows.get('se-2284')!.rankClass).toBeNull();
  });

  it('gives trends per model and year, and the newest model’s areas across versions in percent with the caveat', async () => {
    const result = await statistics();
    const trend2020 = result.trends.byModel.find((entry) => entry.frameworkId === M2020)!;
    expect(trend2020.undated).toBe(0);
    expect(trend2020.years.map((year) => [year.year, year.n, year.incomplete, year.total.mean])).toEqual([
      [2019, 1, 0, 180],
      [2021, 1, 0, 144],
      [2022, 1, 0, 225],
      [2023, 1, 0, 270],
      [2024, 1, 1, 288],
    ]);
    const cross = result.trends.crossVersion!;
    expect(cross.frameworkId).toBe(M2020);
    expect(cross.caveat).toContain('olika versioner');
    expect(result.caveat).toBe(cross.caveat);
    // 2020 area 2 (Samhällsutveckling) ← 2016 area 8 (28 of 100) and 2010 area 8 (50 of 100); 2020's own in 2019: 20 of 100
    const area2 = cross.areas.find((area) => area.code === '2')!;
    expect(area2.points).toContainEqual({ year: 2017, frameworkId: M2016, from: ['8'], n: 1, meanPercent: 28, shownPercent: 28 });
    expect(area2.points).toContainEqual({ year: 2012, frameworkId: M2010, from: ['8'], n: 1, meanPercent: 50, shownPercent: 50 });
    expect(area2.points).toContainEqual({ year: 2019, frameworkId: M2020, from: ['2'], n: 1, meanPercent: 20, shownPercent: 20 });
    // never two versions in one point
    for (const area of cross.areas) {
      const keys = area.points.map((point) => `${point.year}:${point.frameworkId}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('applies the filters to everything', async () => {
    const county = await statistics('?county=se-22');
    expect(county.filters.county).toEqual({ id: 'se-22', name: 'Västernorrlands län' });
    expect(county.distribution).toMatchObject({ n: 3, incomplete: 1, total: { exact: { mean: 213 } } });
    expect(county.latest.map((row) => row.municipality.id).sort()).toEqual(['se-2260', 'se-2281', 'se-2282', 'se-2284']);
    expect(county.models.map((model) => model.id)).toEqual([M2020, M2016]);
    // the group as of each evaluation's year: 2284's 2023 evaluation is B6, 2282's 2021 one too
    const group = await statistics('?group=B6');
    expect(group.distribution).toMatchObject({ n: 2, total: { exact: { min: 144, max: 270 } } });
    expect(group.latest.map((row) => row.municipality.id).sort()).toEqual(['se-2282', 'se-2284']);
    // population as of the year: 2284 (56 000) and 2281 (98 000) are 50 001–100 000
    const population = await statistics('?populationClass=50001-100000');
    expect(population.filters.populationClass).toEqual({ id: '50001-100000', min: 50001, max: 100000 });
    expect(population.distribution).toMatchObject({ n: 2, total: { exact: { mean: 247.5 } } });
    expect(population.trends.byModel.map((entry) => entry.frameworkId)).toEqual([M2020]);
    expect(population.trends.crossVersion).toBeNull();
    expect(population.caveat).toBeNull();
  });

  it('counts a country’s own municipalities only', async () => {
    const norway = await statistics('?country=no&lang=nb');
    expect(norway.models.map((model) => [model.id, model.n])).toEqual([[M2020, 1]]);
    expect(norway.latest.map((row) => row.municipality.id)).toEqual(['no-0301']);
    expect(norway.distribution!.total.exact!.mean).toBe(108);
    expect(norway.populationClasses[0]!.id).toBe('upto-5000');
    const sweden = await statistics();
    expect(sweden.latest.some((row) => row.municipality.id.startsWith('no-'))).toBe(false);
  });

  it('answers a model without data in the country with an empty distribution', async () => {
    const result = await statistics(`?country=no&model=${M2016}`);
    expect(result.model).toBe(M2016);
    expect(result.distribution).toMatchObject({ frameworkId: M2016, n: 0, total: { n: 0, exact: null, shown: null } });
    expect(result.latest[0]!.rankClass).toBeNull();
  });

  it('refuses bad input with 400, naming the field', async () => {
    for (const [query, field] of [
      ['?country=dk', 'country'],
      ['?county=se-99', 'query.county'],
      ['?county=no-03', 'query.county'],
      ['?county=22', 'county'],
      ['?populationClass=upto-5000', 'query.populationClass'],
      ['?model=kommunkompassen-1999', 'query.model'],
      ['?model=Not%20a%20model', 'model'],
      ['?group=B-5', 'group'],
      ['?lang=de', 'lang'],
    ] as const) {
      const response = await world.app.inject({ method: 'GET', url: `/api/statistics${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(JSON.stringify(response.json().error.details), query).toContain(field);
    }
  });

  it('serves the same answer from memory, and another filter of the same data from the kept snapshot', async () => {
    const memory = statisticsMemoryOf(world.context);
    const first = await world.app.inject({ method: 'GET', url: '/api/statistics?group=B6&lang=en' });
    const answers = memory.answers.made;
    const snapshots = memory.snapshots.made;
    const second = await world.app.inject({ method: 'GET', url: '/api/statistics?lang=en&group=B6' });
    expect(second.body).toBe(first.body);
    expect([memory.answers.made, memory.snapshots.made]).toEqual([answers, snapshots]);
    // A write that leaves the published data as it was (a draft) keeps the answer.
    await add('draft2', { municipalityId: 'se-1280', fieldworkStart: '2025-06', base: 3, status: 'draft' });
    world.context.readCache?.clear();
    expect((await world.app.inject({ method: 'GET', url: '/api/statistics?group=B6&lang=en' })).body).toBe(first.body);
    expect([memory.answers.made, memory.snapshots.made]).toEqual([answers, snapshots]);
    await statistics('?group=B3&lang=en');
    expect([memory.answers.made, memory.snapshots.made]).toEqual([answers + 1, snapshots]);
  });

  it('makes identical requests that arrive together once', async () => {
    const memory = statisticsMemoryOf(world.context);
    memory.answers.clear();
    memory.snapshots.clear();
    const [answers, snapshots] = [memory.answers.made, memory.snapshots.made];
    const bodies = await Promise.all(Array.from({ length: 4 }, () => world.app.inject({ method: 'GET', url: '/api/statistics?county=se-22' })));
    expect(new Set(bodies.map((response) => response.body)).size).toBe(1);
    expect([memory.answers.made, memory.snapshots.made]).toEqual([answers + 1, snapshots + 1]);
  });

  it('answers anew after a publication: a newly published evaluation counts at once', async () => {
    const before = await statistics('?county=se-01');
    expect(before.distribution!.n).toBe(1);
    await add('late', { municipalityId: 'se-0115', fieldworkStart: '2025-01', base: 2 });
    world.context.readCache?.clear();
    const after = await statistics('?county=se-01');
    expect(after.distribution!.n).toBe(2);
    expect(after.latest.map((row) => row.municipality.id)).toContain('se-0115');
  });

  it('answers anew after an archive re-import of a published evaluation changed its scores', async () => {
    const db = world.context.database.db;
    const saved = await db.transaction((tx) => saveArchivedEvaluation(tx, world.context.catalogue, archived(600), 'rapport.pdf', 'test'));
    await db.execute(sql`update evaluations set status = 'published' where id = ${saved.id}`);
    world.context.readCache?.clear();
    const total = async () => (await statistics('?county=se-25&model=kommunkompassen-2020')).latest.find((row) => row.municipality.id === 'se-2584')!.total;
    const before = await total();
    await db.transaction((tx) => saveArchivedEvaluation(tx, world.context.catalogue, archived(700), 'rapport.pdf', 'test'));
    world.context.readCache?.clear();
    const after = await total();
    expect(after).not.toEqual(before);
    expect(after.exact).toBeGreaterThan(before.exact);
  });

  it('answers anew after an import of population figures', async () => {
    // se-0114's 2024 evaluation is counted with its nearest population (45 000 in 2023) until 2024's comes.
    const before = await statistics('?populationClass=50001-100000');
    expect(before.latest.map((row) => row.municipality.id)).not.toContain('se-0114');
    await importMunicipalityAttributes(
      world.context.database.db,
      [{ municipalityId: 'se-0114', year: 2024, population: 75000, populationSource: 'test', group: null, groupSource: null }],
      'befolkning.csv',
      'test',
    );
    world.context.readCache?.clear();
    const after = await statistics('?populationClass=50001-100000');
    expect(after.latest.map((row) => row.municipality.id)).toContain('se-0114');
  });
});
