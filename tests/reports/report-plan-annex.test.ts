/**
 * The action plan's annex in the PDF report: present when the municipality includes its plan,
 * listed in the contents with the page its heading is printed on, and its tables whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPlan } from '../../src/contract/action-plans.js';
import { signedInAs, type Client } from '../support/accounts.js';
import { runBrowserTests } from '../support/browser.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';
import { pdfLayout, textLines } from './pdf-layout.js';
import { htmlText, pdfPageTexts } from './read-back.js';

describe.runIf(runBrowserTests)('the action plan annex of the PDF report', () => {
  let world: TestWorld;
  let municipality: Client;
  let id: string;
  let plan: ActionPlan;

  const report = async (format: 'pdf' | 'html') => {
    const response = await municipality.get(`/api/evaluations/${id}/report?format=${format}&language=sv`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return response;
  };

  beforeAll(async () => {
    world = await createTestWorld({ demo: true });
    // DEMO_EVALUATIONS order: Örnsköldsvik 2013, 2015, 2017; Olofström 2022; Leksand 2023.
    id = world.demoIds[3] ?? '';
    municipality = await signedInAs(world, 'municipality', { municipalityId: 'se-1060' });
    const created = await municipality.post(`/api/evaluations/${id}/action-plan`, { fromImprovements: true });
    expect(created.statusCode, created.body).toBe(201);
    const started: ActionPlan = created.json();
    const shared = await municipality.patch(`/api/evaluations/${id}/action-plan`, { version: started.version, visibility: 'municipality', includeInReport: true, nextFollowUp: '2028-09' });
    expect(shared.statusCode, shared.body).toBe(200);
    plan = shared.json();
  });
  afterAll(async () => world?.close());

  it('prints the annex and gives every entry of the contents, the annex and its sections too, the page its heading is printed on', async () => {
    const pdf = (await report('pdf')).rawPayload;
    const html = (await report('html')).body;
    const entries = [...html.matchAll(/<span class="toc-text">([^<]*)<\/span>/g)].map((match) => htmlText(match[1] ?? '').trim());
    expect(entries).toContain('Handlingsplan');
    expect(entries).toContain('Sammanfattning');
    const pages = await pdfPageTexts(pdf);
    const lines = pages.flatMap((page) => page.split('\n'));
    const layout = await pdfLayout(pdf);
    const wrong: string[] = [];
    // Chapter 2 and the annex both have a section "Sammanfattning": each is found from its own chapter on.
    let from = 0;
    for (const entry of entries) {
      const listed = lines.find((line) => line.startsWith(`${entry} `) && /^\d+$/.test(line.slice(entry.length + 1)))?.slice(entry.length + 1);
      const printedOn = layout.pages.findIndex((_, index) => index >= from && textLines(layout, index + 1, 11.5).some((line) => line.text === entry || (line.text.length >= 12 && entry.startsWith(line.text)))) + 1;
      if (entry === 'Handlingsplan') from = printedOn - 1;
      if (listed === undefined || Number(listed) !== printedOn) wrong.push(`${entry}: listed on page ${listed ?? 'none'}, printed on page ${printedOn || 'none'}`);
    }
    expect(wrong).toEqual([]);
    const annex = pages.slice(from).join('\n').replace(/\s+/g, ' ');
    expect(annex).toMatch(/Nästa uppföljning:? september 2028/);
    for (const action of plan.actions) expect(annex).toContain(action.title.replace(/\s+/g, ' ').slice(0, 40));
  });
});
