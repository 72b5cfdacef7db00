import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { allScores, submitOwnScores } from '../../../tests/support/workflow.js';
import { auditLog, goodExamples } from '../../db/schema.js';
import { resolveChanges } from '../../db/audit-repository.js';

let world: TestWorld;
let admin: Client;
let evaluator: Client & { user: { id: string } };
let municipality: Client;

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
  municipality = await signedInAs(world, 'municipality', { municipalityId: 'se-2284' });
});
afterAll(async () => world?.close());

async function evaluation(options: { status?: string; frameworkId?: string } = {}): Promise<string> {
  const created = await admin.post('/api/evaluations', {
    municipalityId: 'se-2284',
    frameworkId: options.frameworkId ?? 'kommunkompassen-2020',
    fieldworkStart: '2026-03',
    status: options.status ?? 'draft',
    // From the fact check on, every unit has an agreed score.
    scores: (options.status ?? 'draft') === 'draft' ? [] : allScores(world),
  });
  expect(created.statusCode).toBe(201);
  const id: string = created.json().id;
  expect((await admin.post(`/api/evaluations/${id}/evaluators`, { userId: evaluator.user.id })).statusCode).toBe(200);
  return id;
}

const areaText = (version: number, analysis: string) => ({ version, layout: 'summary', analysis, strengths: ['Tydliga mål'], improvements: ['Fler **dialoger**'] });

describe(`evaluation texts (${testEngine})`, () => {
  it('lists every area and sub-area of the framework, empty and at version 0 before anything is written', async () => {
    const id = await evaluation();
    const response = await evaluator.get(`/api/evaluations/${id}/texts`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.summary).toEqual({ text: '', version: 1 });
    expect(body.goodExamples).toEqual([]);
    expect(body.areas.map((area: { areaCode: string }) => area.areaCode)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(body.areas[2]).toMatchObject({ areaCode: '3', title: 'Styrning och kontroll', layout: 'summary', analysis: '', strengths: [], improvements: [], version: 0 });
    expect(body.areas[0].subareas.map((subarea: { unitCode: string }) => subarea.unitCode)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    expect(body.areas[0].subareas[0]).toMatchObject({ unitCode: '1.1', analysis: '', version: 0 });
  });

  it('titles the areas and sub-areas in the asked language', async () => {
    const id = await evaluation();
    const norwegian = (await evaluator.get(`/api/evaluations/${id}/texts?lang=nb`)).json();
    expect(norwegian.areas[2]).toMatchObject({ areaCode: '3', title: 'Styring og kontroll' });
    expect(norwegian.areas[0].subareas[3]).toMatchObject({ unitCode: '1.4', title: 'Åpenhet om resultater' });
    const english = (await evaluator.get(`/api/evaluations/${id}/texts?lang=en`)).json();
    expect(english.areas[2].title).toBe('Governance and control');
    expect((await evaluator.get(`/api/evaluations/${id}/texts?lang=da`)).statusCode).toBe(400);
  });

  it('writes an area text with version 0, reads it back, and refuses a stale write with the current text', async () => {
    const id = await evaluation();
    const first = await evaluator.put(`/api/evaluations/${id}/areas/2/text`, areaText(0, 'Första **analysen**'));
    expect(first.statusCode).toBe(200);
    const saved = first.json();
    expect(saved).toMatchObject({ areaCode: '2', layout: 'summary', analysis: 'Första **analysen**', strengths: ['Tydliga mål'], improvements: ['Fler **dialoger**'] });
    expect(saved.version).toBeGreaterThan(0);
    expect((await evaluator.get(`/api/evaluations/${id}/texts`)).json().areas[1]).toMatchObject({ ...saved, subareas: expect.any(Array) });

    const second = await evaluator.put(`/api/evaluations/${id}/areas/2/text`, { ...areaText(saved.version, 'Andra'), layout: 'per-subarea', strengths: ['A', 'B'] });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ analysis: 'Andra', layout: 'per-subarea', strengths: ['A', 'B'] });
    expect(second.json().version).toBeGreaterThan(saved.version);

    for (const version of [0, saved.version]) {
      const stale = await evaluator.put(`/api/evaluations/${id}/areas/2/text`, areaText(version, 'Ett försök'));
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentVersion: second.json().version, current: second.json() });
    }
    // A version the text never had (it does not exist yet) is stale too.
    const unwritten = await evaluator.put(`/api/evaluations/${id}/areas/3/text`, areaText(7, 'x'));
    expect(unwritten.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 0, current: { areaCode: '3', analysis: '', version: 0 } });

    // The evaluation page shows what was written.
    const detail = (await evaluator.get(`/api/evaluations/${id}`)).json();
    expect(detail.areas[1]).toMatchObject({ analysis: 'Andra', strengths: ['A', 'B'], improvements: ['Fler **dialoger**'] });
  });

  it('writes and reads back sub-area analyses, and names an unknown area or sub-area with 404', async () => {
    const id = await evaluation();
    const first = await evaluator.put(`/api/evaluations/${id}/subareas/4.2/text`, { version: 0, analysis: 'Om 4.2' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ unitCode: '4.2', analysis: 'Om 4.2' });
    const second = await evaluator.put(`/api/evaluations/${id}/subareas/4.2/text`, { version: first.json().version, analysis: 'Om 4.2, igen' });
    expect(second.statusCode).toBe(200);
    const stale = await evaluator.put(`/api/evaluations/${id}/subareas/4.2/text`, { version: first.json().version, analysis: 'gammal' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toEqual(second.json());
    const texts = (await evaluator.get(`/api/evaluations/${id}/texts`)).json();
    expect(texts.areas[3].subareas[1]).toEqual(second.json());
    expect((await evaluator.get(`/api/evaluations/${id}`)).json().areas[3].subareas[1].analysis).toBe('Om 4.2, igen');

    const unknownArea = await evaluator.put(`/api/evaluations/${id}/areas/9/text`, areaText(0, 'x'));
    expect(unknownArea.statusCode).toBe(404);
    expect(unknownArea.json().error.message).toBe('Area 9 of kommunkompassen-2020 was not found');
    const unknownSubarea = await evaluator.put(`/api/evaluations/${id}/subareas/4.9/text`, { version: 0, analysis: 'x' });
    expect(unknownSubarea.statusCode).toBe(404);
    expect(unknownSubarea.json().error.message).toBe('Sub-area 4.9 of kommunkompassen-2020 was not found');
  });

  it('has no sub-area texts for a 2010-model evaluation (scored per area)', async () => {
    const id = await evaluation({ frameworkId: 'kommunkompassen-2010' });
    const texts = (await evaluator.get(`/api/evaluations/${id}/texts`)).json();
    expect(texts.areas).toHaveLength(8);
    expect(texts.areas.every((area: { subareas: unknown[] }) => area.subareas.length === 0)).toBe(true);
    expect((await evaluator.put(`/api/evaluations/${id}/subareas/1.1/text`, { version: 0, analysis: 'x' })).statusCode).toBe(404);
    const perSubarea = await evaluator.put(`/api/evaluations/${id}/areas/1/text`, { ...areaText(0, 'x'), layout: 'per-subarea' });
    expect(perSubarea.statusCode).toBe(400);
    expect(perSubarea.json().error.details[0].field).toBe('body.layout');
    expect((await evaluator.put(`/api/evaluations/${id}/areas/1/text`, areaText(0, 'Helhet'))).statusCode).toBe(200);
  });

  it('names the field and the limit of a text that is too long or a list that is too long', async () => {
    const id = await evaluation();
    const response = await evaluator.put(`/api/evaluations/${id}/areas/1/text`, {
      version: 0,
      layout: 'two-columns',
      analysis: 'x'.repeat(100_001),
      strengths: ['y'.repeat(2_001)],
      improvements: Array.from({ length: 31 }, () => 'z'),
    });
    expect(response.statusCode).toBe(400);
    const details: Array<{ field: string; message: string }> = response.json().error.details;
    expect(details.map((detail) => detail.field).sort()).toEqual(['body.analysis', 'body.improvements', 'body.layout', 'body.strengths.0']);
    expect(details.find((detail) => detail.field === 'body.analysis')?.message).toBe('must be at most 100000 characters');
    expect(details.find((detail) => detail.field === 'body.improvements')?.message).toBe('at most 30 items');
    const nul = await evaluator.put(`/api/evaluations/${id}/summary`, { version: 1, text: 'a\u0000b' });
    // The input boundary refuses it before the schema (src/kernel/input-boundary.ts), naming the character.
    expect(nul.json().error.details).toEqual([{ field: 'body.text', message: 'must not contain control characters: U+0000 at position 2' }]);
  });

  it('writes the summary comments with their own version, which score edits do not make stale', async () => {
    const id = await evaluation();
    await submitOwnScores(world, evaluator, id);
    const version = (await evaluator.get(`/api/evaluations/${id}`)).json().version;
    const first = await evaluator.put(`/api/evaluations/${id}/summary`, { version: 1, text: 'Sammanfattande **kommentarer**' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ text: 'Sammanfattande **kommentarer**', version: 2 });
    // The evaluation's own version did not move: a score edit from the same read still goes through.
    expect((await evaluator.put(`/api/evaluations/${id}/scores`, { version, scores: [{ code: '1.1', score: 5 }] })).statusCode).toBe(200);
    const stale = await evaluator.put(`/api/evaluations/${id}/summary`, { version: 1, text: 'Äldre' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 2, current: first.json() });
    expect((await evaluator.get(`/api/evaluations/${id}/texts`)).json().summary).toEqual(first.json());
    expect((await evaluator.get(`/api/evaluations/${id}`)).json().summaryComments).toBe('Sammanfattande **kommentarer**');
  });

  it('creates, changes and deletes good examples with per-row versions', async () => {
    const id = await evaluation();
    const created = await evaluator.post(`/api/evaluations/${id}/good-examples`, { areaCode: '5', municipalityId: 'se-1060', text: 'Medborgardialog i **alla** nämnder' });
    expect(created.statusCode).toBe(201);
    const example = created.json();
    expect(example).toMatchObject({ areaCode: '5', municipality: { id: 'se-1060', country: 'se', code: '1060', name: 'Olofström' }, text: 'Medborgardialog i **alla** nämnder', version: 1 });
    const general = await evaluator.post(`/api/evaluations/${id}/good-examples`, { municipalityId: 'se-0114', text: 'Utan område' });
    expect(general.json()).toMatchObject({ areaCode: null, unitCode: null, municipality: { id: 'se-0114' }, version: 1 });
    expect((await evaluator.get(`/api/evaluations/${id}/texts`)).json().goodExamples).toEqual([example, general.json()]);
    expect((await evaluator.get(`/api/evaluations/${id}`)).json().areas[4].goodExamples).toEqual([
      { municipality: { id: 'se-1060', country: 'se', code: '1060', name: 'Olofström' }, unitCode: null, text: 'Medborgardialog i **alla** nämnder' },
    ]);

    const url = `/api/evaluations/${id}/good-examples/${example.id}`;
    const changed = await evaluator.put(url, { version: 1, areaCode: '6', unitCode: '6.4', municipalityId: 'se-0114', text: 'Ändrad' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: example.id, areaCode: '6', unitCode: '6.4', municipality: { id: 'se-0114', code: '0114' }, text: 'Ändrad', version: 2 });
    const staleChange = await evaluator.put(url, { version: 1, areaCode: null, municipalityId: 'se-0114', text: 'Gammal' });
    expect(staleChange.statusCode).toBe(409);
    expect(staleChange.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 2, current: changed.json() });
    const staleDelete = await evaluator.delete(`${url}?version=1`);
    expect(staleDelete.statusCode).toBe(409);
    expect(staleDelete.json().error.current).toEqual(changed.json());
    const deleted = await evaluator.delete(`${url}?version=2`);
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect((await evaluator.get(`/api/evaluations/${id}/texts`)).json().goodExamples).toEqual([general.json()]);
    expect((await evaluator.delete(`${url}?version=2`)).statusCode).toBe(404);
    expect((await evaluator.put(url, { version: 2, areaCode: null, municipalityId: 'se-0114', text: 'x' })).statusCode).toBe(404);
  });

  it('keeps an older good example without a municipality, but never removes a named one', async () => {
    const id = await evaluation();
    // An example stored before every example had to name its municipality.
    const [legacy] = await world.context.database.db.insert(goodExamples).values({ evaluationId: id, areaCode: '2', text: 'Äldre exempel' }).returning({ id: goodExamples.id });
    world.context.readCache?.clear();
    const listed = (await evaluator.get(`/api/evaluations/${id}/texts`)).json().goodExamples;
    expect(listed).toEqual([{ id: legacy!.id, areaCode: '2', unitCode: null, municipality: null, text: 'Äldre exempel', version: 1 }]);
    const url = `/api/evaluations/${id}/good-examples/${legacy!.id}`;
    const kept = await evaluator.put(url, { version: 1, areaCode: '2', municipalityId: null, text: 'Äldre exempel, omskrivet' });
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({ municipality: null, version: 2 });
    const linked = await evaluator.put(url, { version: 2, areaCode: '2', unitCode: '2.3', municipalityId: 'se-1060', text: 'Nu med kommun' });
    expect(linked.json()).toMatchObject({ unitCode: '2.3', municipality: { id: 'se-1060' }, version: 3 });
    const unlinked = await evaluator.put(url, { version: 3, areaCode: '2', municipalityId: null, text: 'Utan kommun igen' });
    expect(unlinked.statusCode).toBe(400);
    expect(unlinked.json().error.details).toEqual([{ field: 'body.municipalityId', message: 'must name the municipality the good example points to' }]);
  });

  it('refuses a good example without a municipality, of the evaluated or an unknown one, or of an unknown area or sub-area', async () => {
    const id = await evaluation();
    const post = (body: unknown) => evaluator.post(`/api/evaluations/${id}/good-examples`, body);
    const missing = await post({ areaCode: '1', text: 'x' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([expect.objectContaining({ field: 'body.municipalityId' })]);
    expect((await post({ municipalityId: null, text: 'x' })).statusCode).toBe(400);
    expect((await post({ municipalityId: 'se-2284', text: 'x' })).json().error.details).toEqual([
      { field: 'body.municipalityId', message: 'must be another municipality than the evaluated one (se-2284)' },
    ]);
    expect((await post({ municipalityId: 'se-9999', text: 'x' })).json().error.details).toEqual([{ field: 'body.municipalityId', message: 'no municipality has the id se-9999' }]);
    expect((await post({ areaCode: '9', municipalityId: 'se-1060', text: 'x' })).json().error.details).toEqual([
      { field: 'body.areaCode', message: '"9" is not an area of kommunkompassen-2020 (allowed: 1 … 8, or null)' },
    ]);
    const subarea = async (body: Record<string, unknown>) => {
      const response = await post({ municipalityId: 'se-1060', text: 'x', ...body });
      expect(response.statusCode).toBe(400);
      return response.json().error.details;
    };
    expect(await subarea({ areaCode: '1', unitCode: '9.9' })).toEqual([{ field: 'body.unitCode', message: '"9.9" is not a sub-area of this framework version' }]);
    expect(await subarea({ areaCode: '1', unitCode: '2.3' })).toEqual([{ field: 'body.unitCode', message: 'sub-area 2.3 belongs to area 2, not to area 1' }]);
    expect(await subarea({ unitCode: '2.3' })).toEqual([{ field: 'body.unitCode', message: 'needs its area (2) as areaCode' }]);
    expect((await post({ municipalityId: 'se-1060', text: '  ' })).json().error.details).toEqual([{ field: 'body.text', message: 'must not be empty' }]);
    expect((await evaluator.get(`/api/evaluations/${id}/texts`)).json().goodExamples).toEqual([]);
  });

  it('refuses every text change on a final evaluation (409)', async () => {
    const id = await evaluation({ status: 'final' });
    const attempts = [
      await evaluator.put(`/api/evaluations/${id}/areas/1/text`, areaText(0, 'x')),
      await evaluator.put(`/api/evaluations/${id}/subareas/1.1/text`, { version: 0, analysis: 'x' }),
      await evaluator.put(`/api/evaluations/${id}/summary`, { version: 1, text: 'x' }),
      await evaluator.post(`/api/evaluations/${id}/good-examples`, { municipalityId: 'se-1060', text: 'x' }),
      await admin.put(`/api/evaluations/${id}/areas/1/text`, areaText(0, 'x')),
    ];
    expect(attempts.map((response) => [response.statusCode, response.json().error.code])).toEqual(Array.from({ length: 5 }, () => [409, 'conflict']));
    expect((await evaluator.get(`/api/evaluations/${id}/texts`)).statusCode).toBe(200);
  });

  it('lets the municipality read the texts during the fact check but not write them (403)', async () => {
    const id = await evaluation({ status: 'fact_check' });
    expect((await evaluator.put(`/api/evaluations/${id}/areas/1/text`, areaText(0, 'Under faktagranskning'))).statusCode).toBe(200);
    const read = await municipality.get(`/api/evaluations/${id}/texts`);
    expect(read.statusCode).toBe(200);
    expect(read.json().areas[0].analysis).toBe('Under faktagranskning');
    const version = read.json().areas[0].version;
    const attempts = [
      await municipality.put(`/api/evaluations/${id}/areas/1/text`, areaText(version, 'x')),
      await municipality.put(`/api/evaluations/${id}/subareas/1.1/text`, { version: 0, analysis: 'x' }),
      await municipality.put(`/api/evaluations/${id}/summary`, { version: 1, text: 'x' }),
      await municipality.post(`/api/evaluations/${id}/good-examples`, { municipalityId: 'se-1060', text: 'x' }),
    ];
    expect(attempts.map((response) => response.statusCode)).toEqual([403, 403, 403, 403]);
    expect((await municipality.get(`/api/evaluations/${id}/texts`)).json().areas[0].version).toBe(version);
  });

  it('audits every change with the old and the new value', async () => {
    const id = await evaluation();
    const area = (await evaluator.put(`/api/evaluations/${id}/areas/1/text`, areaText(0, 'Ett'))).json();
    await evaluator.put(`/api/evaluations/${id}/areas/1/text`, areaText(area.version, 'Två'));
    await evaluator.put(`/api/evaluations/${id}/subareas/1.1/text`, { version: 0, analysis: 'Del' });
    await evaluator.put(`/api/evaluations/${id}/summary`, { version: 1, text: 'Summa' });
    const example = (await evaluator.post(`/api/evaluations/${id}/good-examples`, { municipalityId: 'se-1060', text: 'Lär' })).json();
    await evaluator.put(`/api/evaluations/${id}/good-examples/${example.id}`, { version: 1, areaCode: '1', municipalityId: 'se-1060', text: 'Lär mer' });
    await evaluator.delete(`/api/evaluations/${id}/good-examples/${example.id}?version=2`);

    const stored = await world.context.database.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id);
    // The second save of area 1 follows on from the first: stored as what changed, in the first's burst.
    const second = stored.filter((entry) => entry.action === 'evaluation.text.area')[1]!;
    expect(second).toMatchObject({ subject: 'text.area/1', oldValue: null, newValue: null, change: [['/analysis', 0, 3, 'Två'], ['/version', expect.any(Number)]] });
    expect(second.burstOf).toBe(stored.find((entry) => entry.action === 'evaluation.text.area')!.id);
    const entries = await resolveChanges(world.context.database.db, stored);
    const texts = entries.filter((entry) => entry.action.startsWith('evaluation.text') || entry.action.startsWith('evaluation.good-example'));
    expect(texts.map((entry) => entry.action)).toEqual([
      'evaluation.text.area',
      'evaluation.text.area',
      'evaluation.text.subarea',
      'evaluation.text.summary',
      'evaluation.good-example.create',
      'evaluation.good-example.update',
      'evaluation.good-example.delete',
    ]);
    expect(texts[0]).toMatchObject({ oldValue: null, newValue: { areaCode: '1', analysis: 'Ett', strengths: ['Tydliga mål'] } });
    expect(texts[1]).toMatchObject({ oldValue: { analysis: 'Ett', version: area.version }, newValue: { analysis: 'Två' } });
    expect(texts[2]).toMatchObject({ oldValue: null, newValue: { unitCode: '1.1', analysis: 'Del' } });
    expect(texts[3]).toMatchObject({ oldValue: { text: '', version: 1 }, newValue: { text: 'Summa', version: 2 } });
    expect(texts[4]).toMatchObject({ oldValue: null, newValue: { id: example.id, text: 'Lär' } });
    expect(texts[5]).toMatchObject({ oldValue: { text: 'Lär', version: 1 }, newValue: { areaCode: '1', text: 'Lär mer', version: 2 } });
    expect(texts[6]).toMatchObject({ oldValue: { text: 'Lär mer', version: 2 }, newValue: null });
    expect(texts.every((entry) => entry.actor === texts[0]!.actor && entry.actor.startsWith('evaluator-'))).toBe(true);
    // The evaluation's audit trail shows them too.
    const trail = (await evaluator.get(`/api/evaluations/${id}/audit`)).json();
    expect(JSON.stringify(trail)).toContain('evaluation.good-example.delete');
    // The two saves of area 1 are one change there: before the first, after the last.
    const burst = trail.items.find((entry: { action: string }) => entry.action === 'evaluation.text.area');
    expect(burst).toMatchObject({ saves: 2, oldValue: null, newValue: { analysis: 'Två', version: (texts[1]!.newValue as { version: number }).version }, changes: null });
    const saves = (await evaluator.get(`/api/evaluations/${id}/audit?burst=${burst.id}`)).json();
    expect(saves.total).toBe(2);
    expect(saves.items[0]).toMatchObject({ saves: 1, oldValue: { analysis: 'Ett' }, newValue: { analysis: 'Två' } });
    expect(saves.items[0].changes).toContainEqual({ path: '/analysis', kind: 'text', at: 0, removed: 'Ett', inserted: 'Två' });
  });
});
