import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type Client } from '../../../tests/support/accounts.js';
import { docxText, htmlText } from '../../../tests/reports/read-back.js';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-database.js';
import type { ActionPlan } from '../../contract/action-plans.js';

describe(`the action plan's exports and report annex (${testEngine})`, () => {
  let world: TestWorld;
  let admin: Client;
  let municipality: Client;
  let otherMunicipality: Client;
  let evaluator: Client;
  let id: string;
  let plan: ActionPlan;

  const exportUrl = (query: string) => `/api/evaluations/${id}/action-plan/export?${query}`;
  const anonymous = (url: string) => world.app.inject({ method: 'GET', url });
  const current = async (): Promise<ActionPlan> => (await municipality.get(`/api/evaluations/${id}/action-plan`)).json();
  async function share(fields: Partial<Pick<ActionPlan, 'visibility' | 'includeInReport'>>): Promise<void> {
    const now = await current();
    const response = await municipality.patch(`/api/evaluations/${id}/action-plan`, {
      version: now.version,
      visibility: fields.visibility ?? now.visibility,
      includeInReport: fields.includeInReport ?? now.includeInReport,
      nextFollowUp: now.nextFollowUp,
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  beforeAll(async () => {
    world = await createTestWorld({ demo: true });
    // DEMO_EVALUATIONS order: Örnsköldsvik 2013, 2015, 2017; Olofström 2022; Leksand 2023.
    id = world.demoIds[3] ?? '';
    admin = await signedInAs(world, 'admin');
    municipality = await signedInAs(world, 'municipality', { municipalityId: 'se-1060' });
    otherMunicipality = await signedInAs(world, 'municipality', { municipalityId: 'se-2029' });
    evaluator = await signedInAs(world, 'evaluator');
    const created = await municipality.post(`/api/evaluations/${id}/action-plan`, { fromImprovements: true });
    expect(created.statusCode, created.body).toBe(201);
    plan = created.json();
    expect(plan.actions.length).toBeGreaterThan(1);
    const first = plan.actions[0]!;
    const updated = await municipality.put(`/api/evaluations/${id}/action-plan/actions/${first.id}`, {
      version: first.version,
      title: first.title,
      responsible: 'Kommunledningskontoret',
      startDate: '2025-01-10',
      dueDate: '2025-06-30',
      status: 'in_progress',
      progress: 30,
      areaCode: first.areaCode,
      unitCode: first.unitCode,
      improvement: first.improvement && { areaCode: first.improvement.areaCode, index: first.improvement.index },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const noted = await municipality.post(`/api/evaluations/${id}/action-plan/actions/${first.id}/notes`, { notedOn: '2025-03-01', text: 'Arbetsgruppen har startat.', progress: 30 });
    expect(noted.statusCode, noted.body).toBe(201);
    plan = await current();
  });
  afterAll(async () => world?.close());

  it('answers the municipality with its plan as an Excel workbook it can read back', async () => {
    const response = await municipality.get(exportUrl('format=xlsx&language=sv'));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="handlingsplan-olofstroms-kommun-${plan.today}.xlsx"`);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const sheets = await readXlsxFile(response.rawPayload);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Åtgärder', 'Förbättringsmöjligheter', 'Anteckningar']);
    const [actions, improvements, notes] = sheets.map((sheet) => sheet.data);
    expect(actions).toHaveLength(plan.actions.length + 1);
    const row = actions?.find((cells) => cells[3] === plan.actions[0]!.title);
    expect(row?.slice(4, 12)).toEqual(['Kommunledningskontoret', new Date(Date.UTC(2025, 0, 10)), new Date(Date.UTC(2025, 5, 30)), 'Pågår', null, 0.3, 'Medel', 'Ja']);
    expect(row?.[2]).toBe(plan.actions[0]!.improvement?.text);
    expect(improvements).toHaveLength(plan.improvements.length + 1);
    expect(notes?.[1]?.slice(0, 4)).toEqual([plan.actions[0]!.title, new Date(Date.UTC(2025, 2, 1)), 'Arbetsgruppen har startat.', 0.3]);
  });

  it('answers a Word document in English', async () => {
    const response = await admin.get(exportUrl('format=docx&language=en'));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="action-plan-olofstroms-kommun-${plan.today}.docx"`);
    // Table cells as the lines of a row, separated by tabs.
    const text = (await docxText(response.rawPayload)).replace(/\n\t/g, '\t');
    expect(text).toContain('Action plan – Olofströms kommun');
    expect(text).toContain(`${plan.actions[0]!.title}\tKommunledningskontoret\t30 June 2025\tIn progress – overdue\t30%`);
    expect(text).toContain('1 March 2025: Arbetsgruppen har startat. (progress 30%)');
  });

  it('answers 404 to readers the plan is not shared with, until the municipality shares it', async () => {
    for (const client of [otherMunicipality, evaluator]) expect((await client.get(exportUrl('format=xlsx'))).statusCode).toBe(404);
    expect((await anonymous(exportUrl('format=docx'))).statusCode).toBe(404);
    await share({ visibility: 'evaluators' });
    expect((await evaluator.get(exportUrl('format=xlsx'))).statusCode).toBe(200);
    expect((await otherMunicipality.get(exportUrl('format=xlsx'))).statusCode).toBe(404);
    await share({ visibility: 'public' });
    expect((await anonymous(exportUrl('format=docx&language=nb'))).statusCode).toBe(200);
    expect((await otherMunicipality.get(exportUrl('format=xlsx'))).statusCode).toBe(200);
    await share({ visibility: 'municipality' });
  });

  it('answers 404 for an evaluation without a plan, and 400 for a format or language it does not make', async () => {
    // Örnsköldsvik 2017 has no plan (the demo's plan is Leksand's).
    const ornskoldsvik = world.demoIds[2] ?? '';
    expect((await admin.get(`/api/evaluations/${ornskoldsvik}/action-plan`)).statusCode).toBe(404);
    expect((await admin.get(`/api/evaluations/${ornskoldsvik}/action-plan/export?format=xlsx`)).statusCode).toBe(404);
    const pdf = await municipality.get(exportUrl('format=pdf'));
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error.details).toEqual([expect.objectContaining({ field: 'query.format' })]);
    expect((await municipality.get(exportUrl('format=xlsx&language=de'))).statusCode).toBe(400);
    expect((await municipality.get(`/api/evaluations/${id}/action-plan/export`)).statusCode).toBe(400);
  });

  it('adds the annex to the web and Word reports only when the municipality includes the plan, and only for its readers', async () => {
    const report = (client: Client | null, format: 'html' | 'docx') => {
      const url = `/api/evaluations/${id}/report?format=${format}&language=sv`;
      return client ? client.get(url) : anonymous(url);
    };
    const hasAnnex = async (client: Client | null) => (await report(client, 'html')).body.includes('id="action-plan-heading"');
    expect(await hasAnnex(municipality)).toBe(false);
    await share({ includeInReport: true });
    const html = (await report(municipality, 'html')).body;
    expect(html).toContain('<h2 id="action-plan-heading">Handlingsplan</h2>');
    expect(htmlText(html)).toContain(`${plan.actions[0]!.title}\tKommunledningskontoret\t30 juni 2025\tPågår – försenad\t30\u00a0%`);
    expect(await docxText((await report(municipality, 'docx')).rawPayload)).toContain('Handlingsplan');
    // Included, but not shared with the public or another municipality: their report has no annex.
    expect(await hasAnnex(null)).toBe(false);
    expect(await hasAnnex(otherMunicipality)).toBe(false);
    await share({ visibility: 'public' });
    expect(await hasAnnex(null)).toBe(true);
    await share({ visibility: 'municipality', includeInReport: false });
    expect(await hasAnnex(municipality)).toBe(false);
  });
});
