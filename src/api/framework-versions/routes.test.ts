import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import { auditLog, frameworks } from '../../db/schema.js';
import type { DraftFramework } from '../../domain/framework-draft.js';
import { addPublishedVersions } from './catalogue.js';

let world: TestWorld;
let admin: Client;
let evaluator: Client;

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
});
afterAll(async () => world?.close());

const TITLE = { sv: 'Kommunkompassen 2030', en: 'Municipal Compass 2030', nb: 'Kommunekompasset 2030' };
const text = (word: string) => ({ sv: `${word} (sv)`, en: `${word} (en)`, nb: `${word} (nb)` });

async function create(id: string, basedOn = 'kommunkompassen-2020', title: object = TITLE) {
  const response = await admin.post('/api/framework-versions', { basedOn, id, title });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Criteria of both scales on sub-area 1.1 and one on 2.1. */
function withCriteria(definition: DraftFramework): DraftFramework {
  const copy = structuredClone(definition);
  copy.areas[0]!.subareas[0]!.criteria = [
    { code: '1.1.1', text: text('Plan'), guidance: text('Läs planen'), weight: 2, scale: { kind: 'met' } },
    {
      code: '1.1.2',
      text: text('Uppföljning'),
      weight: 1,
      scale: {
        kind: 'levels',
        levels: [
          { code: 'ingen', label: text('Ingen'), points: 0 },
          { code: 'full', label: text('Full'), points: 2 },
        ],
      },
    },
  ];
  copy.areas[1]!.subareas[0]!.criteria = [{ code: '2.1.1', text: text('Dialog'), weight: 1, scale: { kind: 'met' } }];
  return copy;
}

const audits = async (id: string) =>
  (await world.context.database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'framework-version'), eq(auditLog.entityId, id)))).map(
    (row) => row.action,
  );

describe(`model version authoring API (${testEngine})`, () => {
  it('lists the shipped versions as published with their use, and refuses everyone but administrators', async () => {
    const list = (await admin.get('/api/framework-versions?lang=en')).json().items;
    const shipped2020 = list.find((item: { id: string }) => item.id === 'kommunkompassen-2020');
    expect(shipped2020).toMatchObject({ origin: 'catalogue', status: 'published', version: 0, criteria: 0, title: expect.stringContaining('2020') });
    expect((await evaluator.get('/api/framework-versions')).statusCode).toBe(403);
    expect((await world.app.inject({ method: 'GET', url: '/api/framework-versions' })).statusCode).toBe(401);
    const read = (await admin.get('/api/framework-versions/kommunkompassen-2020')).json();
    expect(read).toMatchObject({ origin: 'catalogue', problems: [], createdBy: null, maps: [] });
    expect(read.definition.areas).toHaveLength(8);
  });

  it('makes a new draft from a version: a copy under the new id, based on it, with a map to it', async () => {
    const made = await create('kommunkompassen-2030');
    expect(made).toMatchObject({ id: 'kommunkompassen-2030', origin: 'authored', status: 'draft', basedOn: 'kommunkompassen-2020', version: 1, usedBy: 0, problems: [], title: TITLE.sv });
    expect(made.definition).toMatchObject({ id: 'kommunkompassen-2030', title: TITLE, basedOn: 'kommunkompassen-2020', current: false, usedTo: null });
    expect(made.maps).toEqual([{ from: 'kommunkompassen-2030', to: 'kommunkompassen-2020', areas: expect.objectContaining({ 1: '1', 8: '8' }), subareas: expect.objectContaining({ '1.1': '1.1' }) }]);
    expect((await admin.post('/api/framework-versions', { basedOn: 'kommunkompassen-2020', id: 'kommunkompassen-2030', title: TITLE })).json().error.code).toBe('framework_exists');
    expect((await admin.post('/api/framework-versions', { basedOn: 'kommunkompassen-2020', id: 'kommunkompassen-2016', title: TITLE })).json().error.code).toBe('framework_exists');
    expect((await admin.post('/api/framework-versions', { basedOn: 'ingen-sadan', id: 'ny-version', title: TITLE })).statusCode).toBe(400);
    expect(await audits('kommunkompassen-2030')).toEqual(['framework.version.create']);
    const list = (await admin.get('/api/framework-versions')).json().items;
    expect(list[0]).toMatchObject({ id: 'kommunkompassen-2030', origin: 'authored', status: 'draft' });
  });

  it('saves any draft-shaped content, listing its problems; refuses a stale version and another id', async () => {
    const made = await create('utkast-med-fel', 'kommunkompassen-2020', { sv: 'Utkast' });
    expect(made.problems.map((problem: { code: string; path: string }) => `${problem.code} ${problem.path}`)).toEqual(['text_missing title.en', 'text_missing title.nb']);
    const broken = structuredClone(made.definition);
    broken.areas[0].max = 90;
    const saved = await admin.put('/api/framework-versions/utkast-med-fel', { version: made.version, definition: broken, maps: made.maps });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(2);
    expect(saved.json().problems.map((problem: { code: string }) => problem.code)).toEqual(['text_missing', 'text_missing', 'max_sum', 'total_max']);
    const stale = await admin.put('/api/framework-versions/utkast-med-fel', { version: made.version, definition: broken, maps: made.maps });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const otherId = await admin.put('/api/framework-versions/utkast-med-fel', { version: 2, definition: { ...broken, id: 'annat-id' }, maps: made.maps });
    expect(otherId.statusCode).toBe(400);
    expect(otherId.json().error.details).toEqual([{ field: 'body.definition.id', message: 'must be utkast-med-fel' }]);
    const published = await admin.post('/api/framework-versions/utkast-med-fel/publish', { version: 2 });
    expect(published.statusCode).toBe(409);
    expect(published.json().error).toMatchObject({ code: 'framework_invalid', problems: expect.arrayContaining([expect.objectContaining({ code: 'max_sum', path: 'areas.0.max' })]) });
    expect(published.json().error.details).toContainEqual({ field: 'areas.0.max', message: 'sub-area maxima add up to 100, but the area max is 90' });
    expect(await audits('utkast-med-fel')).toEqual(['framework.version.create', 'framework.version.update']);
  });

  it('lets one of two concurrent saves win and answers the other 409', async () => {
    const made = await create('samtidig');
    const body = (word: string) => ({ version: made.version, definition: { ...made.definition, revision: word }, maps: made.maps });
    const answers = await Promise.all([admin.put('/api/framework-versions/samtidig', body('a')), admin.put('/api/framework-versions/samtidig', body('b'))]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
  });

  it('never changes a shipped version', async () => {
    const shipped = (await admin.get('/api/framework-versions/kommunkompassen-2020')).json();
    const save = await admin.put('/api/framework-versions/kommunkompassen-2020', { version: 1, definition: shipped.definition, maps: [] });
    expect(save.json().error.code).toBe('framework_published');
    expect((await admin.delete('/api/framework-versions/kommunkompassen-2020?version=1')).json().error.code).toBe('framework_published');
    expect((await admin.post('/api/framework-versions/kommunkompassen-2020/publish', { version: 1 })).json().error.code).toBe('framework_published');
    expect((await admin.get('/api/framework-versions/finns-inte')).statusCode).toBe(404);
  });

  it('deletes a draft with its version', async () => {
    const made = await create('kastas');
    expect((await admin.delete('/api/framework-versions/kastas?version=9')).statusCode).toBe(409);
    expect((await admin.delete(`/api/framework-versions/kastas?version=${made.version}`)).statusCode).toBe(204);
    expect((await admin.get('/api/framework-versions/kastas')).statusCode).toBe(404);
    expect(await audits('kastas')).toEqual(['framework.version.create', 'framework.version.delete']);
  });

  it('publishes a draft with criteria: frozen from then on, in the catalogue with its maps, usable by evaluations', async () => {
    const made = await create('kommunkompassen-2031');
    const draftEvaluation = await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2031', fieldworkStart: '2031-03' });
    expect(draftEvaluation.statusCode).toBe(400);
    const definition = withCriteria(made.definition);
    const maps = [{ ...made.maps[0], subareas: { ...made.maps[0].subareas, '1.1': '1.2' }, caveat: text('Jämförs försiktigt') }];
    const saved = (await admin.put('/api/framework-versions/kommunkompassen-2031', { version: made.version, definition, maps })).json();
    expect(saved).toMatchObject({ problems: [], criteria: 3, subareasWithCriteria: 2 });
    const published = await admin.post('/api/framework-versions/kommunkompassen-2031/publish', { version: saved.version });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: expect.any(String), version: saved.version + 1, problems: [] });
    expect((await admin.post('/api/framework-versions/kommunkompassen-2031/publish', { version: saved.version + 1 })).json().error.code).toBe('framework_published');
    expect((await admin.put('/api/framework-versions/kommunkompassen-2031', { version: saved.version + 1, definition, maps })).json().error.code).toBe('framework_published');
    expect(await audits('kommunkompassen-2031')).toEqual(['framework.version.create', 'framework.version.update', 'framework.version.publish']);

    const detail = await world.app.inject({ method: 'GET', url: '/api/frameworks/kommunkompassen-2031?lang=nb' });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({ id: 'kommunkompassen-2031', basedOn: 'kommunkompassen-2020', max: 800, title: TITLE.nb });
    expect(detail.json().areas[0].subareas[0].criteria).toEqual([
      expect.objectContaining({ code: '1.1.1', text: 'Plan (nb)', guidance: 'Läs planen (nb)', weight: 2, scale: { kind: 'met' } }),
      expect.objectContaining({ code: '1.1.2', scale: { kind: 'levels', levels: [expect.objectContaining({ code: 'ingen', label: 'Ingen (nb)' }), expect.objectContaining({ code: 'full', points: 2 })] } }),
    ]);
    expect(detail.json().areaMaps).toContainEqual(expect.objectContaining({ from: 'kommunkompassen-2031', to: 'kommunkompassen-2020', caveat: 'Jämförs försiktigt (nb)', subareas: expect.objectContaining({ '1.1': '1.2' }) }));
    const [row] = await world.context.database.db.select().from(frameworks).where(eq(frameworks.id, 'kommunkompassen-2031'));
    expect(row?.scoringUnits).toHaveLength(36);

    const evaluation = await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: 'kommunkompassen-2031', fieldworkStart: '2031-03' });
    expect(evaluation.statusCode, evaluation.body).toBe(201);
    expect((await admin.get('/api/framework-versions/kommunkompassen-2031')).json().usedBy).toBe(1);

    // A later start reads it from the database into a fresh catalogue.
    const restarted = loadCatalogue();
    await addPublishedVersions(world.context.database.db, restarted);
    expect(restarted.frameworks.get('kommunkompassen-2031')).toEqual(world.context.catalogue.frameworks.get('kommunkompassen-2031'));
    expect(restarted.areaMaps.filter((map) => map.from === 'kommunkompassen-2031')).toHaveLength(1);

    // A new version from the published one maps to it and copies its maps to earlier versions.
    const next = await create('kommunkompassen-2032', 'kommunkompassen-2031');
    expect(next.maps.map((map: { to: string }) => map.to)).toEqual(['kommunkompassen-2031', 'kommunkompassen-2020']);
    expect(next.criteria).toBe(3);
    expect(next.problems).toEqual([]);
  });

  it('exports a version as JSON and XLSX and imports it as a new draft or over a draft', async () => {
    const made = await create('fil-version');
    const definition = withCriteria(made.definition);
    const saved = (await admin.put('/api/framework-versions/fil-version', { version: made.version, definition, maps: made.maps })).json();
    const json = await admin.get('/api/framework-versions/fil-version/file?format=json');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toContain('fil-version.json');
    const xlsx = await admin.get('/api/framework-versions/fil-version/file?format=xlsx');
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await evaluator.get('/api/framework-versions/fil-version/file?format=json')).statusCode).toBe(403);

    const asNew = JSON.parse(json.body);
    asNew.definition.id = 'fil-version-kopia';
    for (const map of asNew.maps) map.from = 'fil-version-kopia';
    const imported = await admin.request({ method: 'POST', url: '/api/framework-versions/import?format=json', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(asNew) });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ id: 'fil-version-kopia', status: 'draft', criteria: 3, problems: [] });
    expect(imported.json().definition).toEqual({ ...saved.definition, id: 'fil-version-kopia' });
    const again = await admin.request({ method: 'POST', url: '/api/framework-versions/import?format=json', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(asNew) });
    expect(again.json().error.code).toBe('framework_exists');

    const over = await admin.request({
      method: 'POST',
      url: `/api/framework-versions/import?format=xlsx&replaces=fil-version&version=${saved.version}`,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: xlsx.rawPayload,
    });
    expect(over.statusCode, over.body).toBe(200);
    expect(over.json()).toMatchObject({ version: saved.version + 1, definition: saved.definition, maps: saved.maps });
    expect(await audits('fil-version')).toEqual(['framework.version.create', 'framework.version.update', 'framework.version.import']);

    const wrongId = await admin.request({
      method: 'POST',
      url: `/api/framework-versions/import?format=json&replaces=fil-version&version=${saved.version + 1}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(asNew),
    });
    expect(wrongId.statusCode).toBe(400);
    const broken = { ...asNew, definition: { ...asNew.definition, areas: 'inga' } };
    const refused = await admin.request({ method: 'POST', url: '/api/framework-versions/import?format=json', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(broken) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([{ field: 'definition.areas', message: expect.any(String) }]);
    expect((await admin.request({ method: 'POST', url: '/api/framework-versions/import?format=json', headers: { 'content-type': 'application/json' }, payload: '' })).statusCode).toBe(400);
  });
});
