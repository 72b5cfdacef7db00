import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { archiveInput } from '../../../tests/support/archive-input.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import { listScoringUnits } from '../../domain/framework.js';
import { saveArchivedEvaluation } from '../imports/save-archive.js';
import { MAX_EVIDENCE_FILE_BYTES } from '../../domain/evidence.js';
import { loadActionPlan } from './queries.js';

const M2020 = 'kommunkompassen-2020';

let world: TestWorld;
let admin: Client;
let own: Client & { user: { name: string } };
let otherMunicipality: Client;
let evaluator: Client;
let year = 2000;

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  own = await signedInAs(world, 'municipality', { municipalityId: 'se-2284' });
  otherMunicipality = await signedInAs(world, 'municipality', { municipalityId: 'se-1060' });
  evaluator = await signedInAs(world, 'evaluator');
});
afterAll(async () => world?.close());

/** A published archived report of Örnsköldsvik (2020 model) with improvement opportunities in areas 2 and 3. */
async function publishedReport(): Promise<string> {
  year += 1;
  const input = archiveInput({
    municipalityId: 'se-2284',
    frameworkId: M2020,
    fieldworkStart: `${year}-03`,
    reportDate: `${year}-06-15`,
    scores: listScoringUnits(world.context.catalogue.frameworks.get(M2020)!).map((unit) => ({ code: unit.code, score: 500 })),
    areaTexts: [
      { areaCode: '3', introduction: null, analysis: null, strengths: ['Tydlig budgetprocess.'], improvements: ['Inom 3.3 behöver **uppföljningen** av nämndernas mål bli regelbunden. Det gäller alla nämnder.'] },
      {
        areaCode: '2',
        introduction: null,
        analysis: null,
        strengths: [],
        improvements: ['Ta fram en samlad plan för ekologisk hållbarhet med mätbara mål.', 'Bjud in föreningslivet oftare.'],
      },
    ],
  });
  const saved = await world.context.database.db.transaction((tx) => saveArchivedEvaluation(tx, world.context.catalogue, input, 'rapport.pdf', 'test'));
  return saved.id;
}

const planUrl = (id: string) => `/api/evaluations/${id}/action-plan`;

async function startPlan(id: string, fromImprovements = true, client: Client = own) {
  const response = await client.post(planUrl(id), { fromImprovements });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function addAction(id: string, body: object, client: Client = own) {
  const response = await client.post(`${planUrl(id)}/actions`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

function upload(client: Client, id: string, actionId: string, filename: string, payload: Buffer | string, contentType = 'application/pdf') {
  return client.request({
    method: 'POST',
    url: `${planUrl(id)}/actions/${actionId}/files?filename=${encodeURIComponent(filename)}`,
    payload,
    headers: { 'content-type': contentType },
  });
}

describe(`action plan API (${testEngine})`, () => {
  it('starts a plan from the improvement opportunities, one proposed action each, in framework order', async () => {
    const id = await publishedReport();
    expect((await own.get(planUrl(id))).statusCode).toBe(404);
    const plan = await startPlan(id);
    expect(plan).toMatchObject({
      evaluationId: id,
      municipality: { id: 'se-2284', country: 'se', code: '2284' },
      frameworkId: M2020,
      reportDate: expect.stringMatching(/^\d{4}-06-15$/),
      visibility: 'municipality',
      includeInReport: false,
      nextFollowUp: null,
      version: 1,
      canEdit: true,
    });
    expect(plan.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plan.improvements.map((item: { areaCode: string; index: number; areaTitle: string }) => [item.areaCode, item.index, item.areaTitle])).toEqual([
      ['2', 0, 'Samhällsutveckling'],
      ['2', 1, 'Samhällsutveckling'],
      ['3', 0, 'Styrning och kontroll'],
    ]);
    expect(plan.actions.map((action: { title: string; areaCode: string; unitCode: string | null; status: string; improvement: object; position: number }) => ({
      title: action.title,
      areaCode: action.areaCode,
      unitCode: action.unitCode,
      status: action.status,
      improvement: action.improvement,
      position: action.position,
    }))).toEqual([
      {
        title: 'Ta fram en samlad plan för ekologisk hållbarhet med mätbara mål',
        areaCode: '2',
        unitCode: '2.3',
        status: 'planned',
        improvement: { areaCode: '2', index: 0, text: 'Ta fram en samlad plan för ekologisk hållbarhet med mätbara mål.' },
        position: 1,
      },
      { title: 'Bjud in föreningslivet oftare', areaCode: '2', unitCode: null, status: 'planned', improvement: { areaCode: '2', index: 1, text: 'Bjud in föreningslivet oftare.' }, position: 2 },
      {
        title: 'Inom 3.3 behöver uppföljningen av nämndernas mål bli regelbunden',
        areaCode: '3',
        unitCode: '3.3',
        status: 'planned',
        improvement: { areaCode: '3', index: 0, text: 'Inom 3.3 behöver **uppföljningen** av nämndernas mål bli regelbunden. Det gäller alla nämnder.' },
        position: 3,
      },
    ]);
    expect(plan.improvements[0].actionIds).toEqual([plan.actions[0].id]);
    expect(plan.summary).toEqual({
      improvements: 3,
      improvementsWithAction: 3,
      improvementsDone: 0,
      actions: 3,
      byStatus: { planned: 3, in_progress: 0, done: 0, dropped: 0 },
      overdue: 0,
      meanProgress: 0,
    });
    const again = await own.post(planUrl(id), { fromImprovements: false });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('plan_exists');
  });

  it('starts an empty plan when asked, and refuses one for an evaluation not published', async () => {
    const id = await publishedReport();
    const plan = await startPlan(id, false, admin);
    expect(plan.actions).toEqual([]);
    expect(plan.summary.improvements).toBe(3);
    const finalId = (await admin.post('/api/evaluations', { municipalityId: 'se-2284', frameworkId: M2020, fieldworkStart: '2026-03' })).json().id;
    const refused = await admin.post(planUrl(finalId), { fromImprovements: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('evaluation_not_published');
  });

  it('adds and edits actions with versions; a stale version gets 409 with the current action', async () => {
    const id = await publishedReport();
    await startPlan(id, false);
    const action = await addAction(id, {
      title: '  Inför en årlig medborgarpanel ',
      description: 'Panelen ska **rekryteras** brett.',
      responsible: 'Kommunledningskontoret',
      startDate: '2027-01-10',
      dueDate: '2027-06-30',
      priority: 'high',
      areaCode: '1',
      unitCode: '1.3',
    });
    expect(action).toMatchObject({ title: 'Inför en årlig medborgarpanel', status: 'planned', progress: 0, priority: 'high', position: 1, version: 1, improvement: null, notes: [], evidence: [] });
    const url = `${planUrl(id)}/actions/${action.id}`;
    const { id: _id, position: _position, version: _version, overdue: _overdue, notes: _notes, evidence: _evidence, createdAt: _c, updatedAt: _u, improvement: _i, ...fields } = action;
    const changed = await own.put(url, { ...fields, version: 1, status: 'in_progress', progress: 30, improvement: { areaCode: '1', index: 0 }, areaCode: '1' });
    // Area 1 of this report has no improvement opportunities.
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.details[0].field).toBe('body.improvement.index');
    const saved = await own.put(url, { ...fields, version: 1, status: 'in_progress', progress: 30 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'in_progress', progress: 30, version: 2 });
    const stale = await own.put(url, { ...fields, version: 1, title: 'Något annat' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', currentVersion: 2, current: { id: action.id, title: 'Inför en årlig medborgarpanel', progress: 30, version: 2 } });
    const linked = await own.put(url, { ...fields, version: 2, areaCode: '2', unitCode: null, improvement: { areaCode: '2', index: 1 } });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().improvement).toEqual({ areaCode: '2', index: 1, text: 'Bjud in föreningslivet oftare.' });
  });

  it('refuses inconsistent actions with the field at fault', async () => {
    const id = await publishedReport();
    await startPlan(id, false);
    const refused = async (body: object) => {
      const response = await own.post(`${planUrl(id)}/actions`, { title: 'Åtgärd', ...body });
      expect(response.statusCode, response.body).toBe(400);
      return response.json().error.details.map((detail: { field: string }) => detail.field);
    };
    expect(await refused({ status: 'dropped' })).toEqual(['body.statusReason']);
    expect(await refused({ status: 'dropped', statusReason: '   ' })).toEqual(['body.statusReason']);
    expect(await refused({ startDate: '2027-05-01', dueDate: '2027-04-30' })).toEqual(['body.dueDate']);
    expect(await refused({ dueDate: '2027-02-30' })).toEqual(['body.dueDate']);
    expect(await refused({ unitCode: '1.2' })).toEqual(['body.areaCode']);
    expect(await refused({ areaCode: '3', improvement: { areaCode: '2', index: 0 } })).toEqual(['body.areaCode']);
    expect(await refused({ areaCode: '9' })).toEqual(['body.areaCode']);
    expect(await refused({ areaCode: '1', unitCode: '2.1' })).toEqual(['body.unitCode']);
    expect(await refused({ progress: 101 })).toEqual(['body.progress']);
    expect(await refused({ title: '   ' })).toEqual(['body.title']);
    const dropped = await addAction(id, { title: 'Åtgärd', status: 'dropped', statusReason: 'Ersätts av regionens arbete', progress: 20 });
    expect(dropped).toMatchObject({ status: 'dropped', statusReason: 'Ersätts av regionens arbete', progress: 20 });
  });

  it('sets a done action to full progress and counts it in the summary', async () => {
    const id = await publishedReport();
    const plan = await startPlan(id);
    const [first] = plan.actions;
    const done = await own.put(`${planUrl(id)}/actions/${first.id}`, {
      version: first.version,
      title: first.title,
      status: 'done',
      progress: 40,
      areaCode: first.areaCode,
      unitCode: first.unitCode,
      improvement: { areaCode: '2', index: 0 },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', progress: 100 });
    const summary = (await own.get(planUrl(id))).json().summary;
    expect(summary).toMatchObject({ improvementsDone: 1, byStatus: { planned: 2, in_progress: 0, done: 1, dropped: 0 }, meanProgress: 33 });
  });

  it('flags an overdue action', async () => {
    const id = await publishedReport();
    await startPlan(id, false);
    const late = await addAction(id, { title: 'Försenad', dueDate: '2020-01-31', status: 'in_progress' });
    const finished = await addAction(id, { title: 'Klar', dueDate: '2020-01-31', status: 'done' });
    expect([late.overdue, finished.overdue]).toEqual([true, false]);
    const plan = await loadActionPlan(world.context.database.db, world.context.catalogue, id, { kind: 'public' }, '2020-01-31').catch((error: Error) => error);
    // The plan is not public: a reader through loadActionPlan (the exports) gets the route's 404; on its due date an action is not yet overdue.
    expect(plan).toMatchObject({ code: 'not_found' });
    const early = await loadActionPlan(world.context.database.db, world.context.catalogue, id, { kind: 'user', user: { id: 'admin-1', email: 'admin@example.se', name: 'Admin', role: 'admin', municipalityId: null } }, '2020-01-31');
    expect(early.actions.map((action) => action.overdue)).toEqual([false, false]);
    expect(early.summary.overdue).toBe(0);
  });

  it('keeps dated notes; a note with progress sets the action’s progress', async () => {
    const id = await publishedReport();
    await startPlan(id, false);
    const action = await addAction(id, { title: 'Ny målmodell' });
    const notesUrl = `${planUrl(id)}/actions/${action.id}/notes`;
    const first = await own.post(notesUrl, { notedOn: '2027-02-01', text: 'Arbetsgruppen har **startat**.', progress: 25 });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ progress: 25, version: 2, notes: [{ notedOn: '2027-02-01', progress: 25, authorName: own.user.name }] });
    const second = await own.post(notesUrl, { notedOn: '2027-03-01', text: 'Inget nytt att rapportera.', progress: null });
    expect(second.json()).toMatchObject({ progress: 25, version: 2 });
    expect(second.json().notes.map((note: { notedOn: string }) => note.notedOn)).toEqual(['2027-03-01', '2027-02-01']);
    expect((await own.post(notesUrl, { notedOn: '2027-03-01', text: '  ', progress: null })).statusCode).toBe(400);
    const noteId = second.json().notes[0].id;
    expect((await own.delete(`${notesUrl}/${noteId}`)).statusCode).toBe(204);
    expect((await own.delete(`${notesUrl}/${noteId}`)).statusCode).toBe(404);
    const after = (await own.get(planUrl(id))).json().actions[0];
    expect(after.notes.map((note: { notedOn: string }) => note.notedOn)).toEqual(['2027-02-01']);
  });

  it('attaches links and files, serves the files to readers, and refuses a bad file', async () => {
    const id = await publishedReport();
    await startPlan(id, false);
    const action = await addAction(id, { title: 'Publicera nämndernas protokoll' });
    const link = await own.post(`${planUrl(id)}/actions/${action.id}/links`, { title: 'Protokollsidan', url: 'https://example.se/protokoll' });
    expect(link.statusCode, link.body).toBe(201);
    expect(link.json().evidence).toEqual([expect.objectContaining({ kind: 'link', title: 'Protokollsidan', url: 'https://example.se/protokoll', fileName: null })]);
    expect((await own.post(`${planUrl(id)}/actions/${action.id}/links`, { title: 'Skript', url: 'javascript:alert(1)' })).statusCode).toBe(400);

    const uploaded = await upload(own, id, action.id, 'Beslut 2027.pdf', Buffer.from('%PDF-1.7 beslut'));
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const file = uploaded.json().evidence[1];
    expect(file).toMatchObject({ kind: 'file', title: 'Beslut 2027.pdf', fileName: 'Beslut 2027.pdf', mediaType: 'application/pdf', sizeBytes: 15, url: null });
    const fileUrl = `${planUrl(id)}/evidence/${file.id}/file`;
    const download = await own.get(fileUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.body).toBe('%PDF-1.7 beslut');
    // The plan is the municipality's own: others do not see its files.
    expect((await evaluator.get(fileUrl)).statusCode).toBe(404);
    expect((await world.app.inject({ method: 'GET', url: fileUrl })).statusCode).toBe(404);
    // A link is no file to download.
    expect((await own.get(`${planUrl(id)}/evidence/${link.json().evidence[0].id}/file`)).statusCode).toBe(404);

    const empty = await upload(own, id, action.id, 'tom.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const tooLarge = await upload(own, id, action.id, 'stor.pdf', Buffer.alloc(MAX_EVIDENCE_FILE_BYTES + 1));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.code).toBe('payload_too_large');
    expect((await upload(own, id, action.id, '../hemlig.pdf', 'x')).statusCode).toBe(400);
    const html = await upload(own, id, action.id, 'sida.html', '<script>alert(1)</script>', 'text/html');
    expect(html.statusCode).toBe(201);
    const htmlDownload = await own.get(`${planUrl(id)}/evidence/${html.json().evidence[2].id}/file`);
    expect(htmlDownload.headers['content-type']).toBe('application/octet-stream');

    expect((await own.delete(`${planUrl(id)}/evidence/${file.id}`)).statusCode).toBe(204);
    expect((await own.get(fileUrl)).statusCode).toBe(404);
    expect((await own.delete(`${planUrl(id)}/evidence/${file.id}`)).statusCode).toBe(404);
  });

  it('deletes an action at its version, with its notes and evidence', async () => {
    const id = await publishedReport();
    const plan = await startPlan(id);
    const [first] = plan.actions;
    const url = `${planUrl(id)}/actions/${first.id}`;
    await own.post(`${url}/notes`, { notedOn: '2027-01-01', text: 'Påbörjad.', progress: 10 });
    const stale = await own.delete(`${url}?version=1`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id: first.id, version: 2 });
    expect((await own.delete(`${url}?version=2`)).statusCode).toBe(204);
    expect((await own.delete(`${url}?version=2`)).statusCode).toBe(404);
    const after = (await own.get(planUrl(id))).json();
    expect(after.actions).toHaveLength(2);
    expect(after.summary).toMatchObject({ improvements: 3, improvementsWithAction: 2 });
    const added = await addAction(id, { title: 'Ny' });
    expect(added.position).toBe(4);
  });

  it('changes the plan’s settings at its version, and shows it as far as its visibility shares it', async () => {
    const id = await publishedReport();
    const plan = await startPlan(id);
    const readers = async () => ({
      public: (await world.app.inject({ method: 'GET', url: planUrl(id) })).statusCode,
      evaluator: (await evaluator.get(planUrl(id))).statusCode,
      otherMunicipality: (await otherMunicipality.get(planUrl(id))).statusCode,
      own: (await own.get(planUrl(id))).statusCode,
      admin: (await admin.get(planUrl(id))).statusCode,
    });
    expect(await readers()).toEqual({ public: 404, evaluator: 404, otherMunicipality: 404, own: 200, admin: 200 });

    const shared = await own.patch(planUrl(id), { version: plan.version, visibility: 'evaluators', includeInReport: true, nextFollowUp: '2029-03' });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json()).toMatchObject({ visibility: 'evaluators', includeInReport: true, nextFollowUp: '2029-03', version: 2 });
    expect(await readers()).toEqual({ public: 404, evaluator: 200, otherMunicipality: 404, own: 200, admin: 200 });
    expect((await evaluator.get(planUrl(id))).json().canEdit).toBe(false);

    const stale = await admin.patch(planUrl(id), { version: 1, visibility: 'public', includeInReport: false, nextFollowUp: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', current: { visibility: 'evaluators', version: 2 } });
    expect((await own.patch(planUrl(id), { version: 2, visibility: 'public', includeInReport: false, nextFollowUp: '2029-13' })).statusCode).toBe(400);
    expect((await admin.patch(planUrl(id), { version: 2, visibility: 'public', includeInReport: false, nextFollowUp: null })).statusCode).toBe(200);
    expect(await readers()).toEqual({ public: 200, evaluator: 200, otherMunicipality: 200, own: 200, admin: 200 });
    const publicPlan = (await world.app.inject({ method: 'GET', url: planUrl(id) })).json();
    expect(publicPlan.canEdit).toBe(false);
    expect(publicPlan.actions).toHaveLength(3);

    // Reading is not writing: only the municipality's own users and the administrators change it.
    expect((await otherMunicipality.post(`${planUrl(id)}/actions`, { title: 'Intrång' })).statusCode).toBe(403);
    expect((await evaluator.post(`${planUrl(id)}/actions`, { title: 'Intrång' })).statusCode).toBe(403);
    expect((await world.app.inject({ method: 'POST', url: `${planUrl(id)}/actions`, payload: { title: 'Intrång' } })).statusCode).toBe(401);
    expect((await upload(otherMunicipality, id, publicPlan.actions[0].id, 'x.pdf', 'x')).statusCode).toBe(403);
  });

  it('audits every change to the plan', async () => {
    const id = await publishedReport();
    const plan = await startPlan(id);
    const action = plan.actions[0];
    const url = `${planUrl(id)}/actions/${action.id}`;
    await own.patch(planUrl(id), { version: 1, visibility: 'public', includeInReport: true, nextFollowUp: null });
    await own.put(url, { version: 1, title: 'Ny titel', areaCode: '2', improvement: { areaCode: '2', index: 0 } });
    const note = (await own.post(`${url}/notes`, { notedOn: '2027-01-01', text: 'Start.', progress: 5 })).json().notes[0];
    await own.delete(`${url}/notes/${note.id}`);
    const link = (await own.post(`${url}/links`, { title: 'Sida', url: 'https://example.se/' })).json().evidence[0];
    const file = (await upload(own, id, action.id, 'plan.pdf', '%PDF-1.7')).json().evidence[1];
    await own.delete(`${planUrl(id)}/evidence/${link.id}`);
    await own.delete(`${planUrl(id)}/evidence/${file.id}`);
    const added = await addAction(id, { title: 'Egen' });
    await own.delete(`${planUrl(id)}/actions/${added.id}?version=1`);
    const audit = (await admin.get(`/api/evaluations/${id}/audit?limit=100`)).json();
    const actions = audit.items.map((entry: { action: string }) => entry.action).filter((name: string) => name.startsWith('evaluation.action-plan.')).reverse();
    expect(actions).toEqual([
      'evaluation.action-plan.create',
      'evaluation.action-plan.update',
      'evaluation.action-plan.action.update',
      'evaluation.action-plan.note.create',
      'evaluation.action-plan.action.update',
      'evaluation.action-plan.note.delete',
      'evaluation.action-plan.evidence.create',
      'evaluation.action-plan.evidence.create',
      'evaluation.action-plan.evidence.delete',
      'evaluation.action-plan.evidence.delete',
      'evaluation.action-plan.action.create',
      'evaluation.action-plan.action.delete',
    ]);
    expect(JSON.stringify(audit.items)).not.toContain('content');
  });
});
