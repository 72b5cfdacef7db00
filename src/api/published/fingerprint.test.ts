import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { createEvaluationSchema } from '../../contract/evaluations.js';
import { syncReferenceData } from '../../db/sync-reference.js';
import { listScoringUnits } from '../../domain/framework.js';
import { loadReferenceData } from '../../reference/load-reference.js';
import { createEvaluation } from '../evaluations/commands.js';
import { saveArchivedEvaluation } from '../imports/save-archive.js';
import { importMunicipalityAttributes } from '../municipalities/commands.js';
import { publishedFingerprint } from './fingerprint.js';
import { archiveInput } from '../../../tests/support/archive-input.js';

const F2020 = 'kommunkompassen-2020';
const F2010 = 'kommunkompassen-2010';
let world: TestWorld;
const db = () => world.context.database.db;

/** Both variants of the fingerprint, read now. */
const read = async () => ({ published: await publishedFingerprint(db()), facts: await publishedFingerprint(db(), { municipalityFacts: true }) });

async function publish(municipalityId: string, status: 'published' | 'draft' = 'published') {
  const scores = listScoringUnits(world.context.catalogue.frameworks.get(F2020)!).map((unit) => ({ code: unit.code, score: 2 }));
  const parsed = createEvaluationSchema.parse({ municipalityId, frameworkId: F2020, fieldworkStart: '2023-03', status, origin: 'archive', scores });
  return (await createEvaluation(db(), world.context.catalogue, parsed, 'test')).id;
}

/** An archived report of 2014 (2010 model) with every unit at `score` hundredths. */
const archived = (score: number) =>
  archiveInput({
    municipalityId: 'se-1880',
    frameworkId: F2010,
    fieldworkStart: '2014-02',
    scores: listScoringUnits(world.context.catalogue.frameworks.get(F2010)!).map((unit) => ({ code: unit.code, score })),
  });

beforeAll(async () => {
  world = await createTestWorld();
  await publish('se-2284');
});
afterAll(async () => world?.close());

describe(`the published data's fingerprint (${testEngine})`, () => {
  it('stays the same while nothing published changes, also over a draft', async () => {
    const before = await read();
    expect(await read()).toEqual(before);
    await publish('se-2281', 'draft');
    expect(await read()).toEqual(before);
  });

  it('changes with a publication', async () => {
    const before = await read();
    await publish('se-2282');
    const after = await read();
    expect(after.published).not.toBe(before.published);
    expect(after.facts).not.toBe(before.facts);
  });

  it('changes with an archive re-import of a published evaluation (its scores changed)', async () => {
    const saved = await db().transaction((tx) => saveArchivedEvaluation(tx, world.context.catalogue, archived(400), 'rapport.pdf', 'test'));
    await db().execute(sql`update evaluations set status = 'published' where id = ${saved.id}`);
    const before = await read();
    const again = await db().transaction((tx) => saveArchivedEvaluation(tx, world.context.catalogue, archived(450), 'rapport.pdf', 'test'));
    expect(again).toMatchObject({ id: saved.id, created: false });
    const after = await read();
    expect(after.published).not.toBe(before.published);
    expect(after.facts).not.toBe(before.facts);
  });

  it('changes with the reference data (a county renamed at start-up)', async () => {
    const before = await read();
    const reference = loadReferenceData();
    const renamed = { ...reference, counties: reference.counties.map((county) => (county.id === 'se-18' ? { ...county, name: 'Örebro län (ny)' } : county)) };
    expect(await db().transaction((tx) => syncReferenceData(tx, renamed, world.context.catalogue))).toBe(true);
    const after = await read();
    expect(after.published).not.toBe(before.published);
    expect(after.facts).not.toBe(before.facts);
  });

  it('with the municipality facts, changes with an import of population or SKR groups (the open data’s stays)', async () => {
    const population = await read();
    await importMunicipalityAttributes(
      db(),
      [{ municipalityId: 'se-2284', year: 2024, population: 54321, populationSource: 'test', group: null, groupSource: null }],
      'befolkning.csv',
      'test',
    );
    const afterPopulation = await read();
    expect(afterPopulation.facts).not.toBe(population.facts);
    expect(afterPopulation.published).toBe(population.published);
    await importMunicipalityAttributes(
      db(),
      [{ municipalityId: 'se-2284', year: 2024, population: null, populationSource: null, group: 'A1', groupSource: 'test' }],
      'grupper.csv',
      'test',
    );
    expect((await read()).facts).not.toBe(afterPopulation.facts);
  });
});
