/**
 * A Norwegian municipality as a first-class citizen, end to end: an evaluation of Vestvågøy
 * (no-1860, whose bare code is also Laxå's in Sweden) scored, written in bokmål and moved to
 * published; the public API (the open data per evaluation and per municipality) names it by
 * country and code; its national average counts Norway only unless a Nordic comparison is
 * asked for; and its report in Norwegian reads back with Norwegian titles and texts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { signedInAs, type Client } from './support/accounts.js';
import { createTestWorld, type TestWorld } from './support/test-app.js';
import { allScores, createEvaluationAs, submitOwnScores } from './support/workflow.js';
import { docxText, htmlText } from './reports/read-back.js';

const FRAMEWORK_2020 = JSON.parse(readFileSync(new URL('../catalogue/frameworks/kommunkompassen-2020.json', import.meta.url), 'utf8')) as {
  areas: Array<{ code: string; title: Record<string, string> }>;
};

const ANALYSIS = 'Kommunen har en tydelig plan for innbyggerdialog, og bystyret følger den opp hvert år.';
const STRENGTH = 'Åpne møter i alle bydelene før budsjettet vedtas';
const IMPROVEMENT = 'Resultatene av dialogen bør publiseres samlet på nettstedet';

let world: TestWorld;
let admin: Client;
let evaluator: Client & { user: { id: string } };
let norwegian: string;
let swedish: string;

const anonymous = (url: string) => world.app.inject({ url });

beforeAll(async () => {
  world = await createTestWorld();
  admin = await signedInAs(world, 'admin');
  evaluator = await signedInAs(world, 'evaluator');
  // Laxå (se-1860), published with 2 points everywhere; it must not count in Norway's average.
  swedish = await createEvaluationAs(admin, { municipalityId: 'se-1860', status: 'published', fieldworkStart: '2025-10', scores: allScores(world).map(({ code }) => ({ code, score: 2 })) });
  norwegian = await createEvaluationAs(admin, { municipalityId: 'no-1860', status: 'draft', evaluatorId: evaluator.user.id });

  await submitOwnScores(world, evaluator, norwegian);
  const { version } = (await admin.get(`/api/evaluations/${norwegian}`)).json();
  expect((await evaluator.put(`/api/evaluations/${norwegian}/scores`, { version, scores: allScores(world) })).statusCode).toBe(200);
  const text = await evaluator.put(`/api/evaluations/${norwegian}/areas/1/text`, { version: 0, layout: 'summary', analysis: ANALYSIS, strengths: [STRENGTH], improvements: [IMPROVEMENT] });
  expect(text.statusCode, text.body).toBe(200);
  for (const [from, to] of [['draft', 'review'], ['review', 'fact_check'], ['fact_check', 'final'], ['final', 'published']]) {
    const moved = await admin.post(`/api/evaluations/${norwegian}/status`, { from, to });
    expect(moved.statusCode, `${from} → ${to}: ${moved.body}`).toBe(200);
  }
});
afterAll(async () => world?.close());

describe('a Norwegian municipality through evaluation, report and open data', () => {
  it('is published under its country and code, apart from the Swedish municipality with the same code', async () => {
    const detail = await anonymous(`/api/evaluations/${norwegian}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().municipality).toMatchObject({ id: 'no-1860', country: 'no', code: '1860', name: expect.stringContaining('Vestvågøy') });
    expect(detail.json().total.shown).toBe(allScores(world).length * 5);

    const municipality = (await anonymous('/api/municipalities/no-1860')).json();
    expect(municipality).toMatchObject({ id: 'no-1860', country: 'no', code: '1860' });
    const listed = (await anonymous('/api/evaluations?municipality=no-1860')).json().items.map((item: { id: string }) => item.id);
    expect(listed).toEqual([norwegian]);
    const laxa = (await anonymous('/api/municipalities/se-1860')).json();
    expect(laxa).toMatchObject({ id: 'se-1860', country: 'se', name: expect.stringContaining('Laxå') });
    expect((await anonymous('/api/evaluations?municipality=se-1860')).json().items.map((item: { id: string }) => item.id)).toEqual([swedish]);

    // A bare code is no identity in the API.
    expect((await anonymous('/api/municipalities/1860')).statusCode).toBe(400);
  });

  it("compares with its own country's municipalities, and with both countries only when asked, under a label that says so", async () => {
    const national = (await anonymous(`/api/evaluations/${norwegian}/comparison`)).json();
    expect(national.municipality).toMatchObject({ id: 'no-1860', country: 'no' });
    expect(national.national.n).toBe(1);
    expect(national.national.total.mean).toBe(allScores(world).length * 5);
    const nordic = (await anonymous(`/api/evaluations/${norwegian}/comparison?scope=nordic&lang=en`)).json();
    expect(nordic.national.n).toBe(2);
    expect(nordic.national.label).toMatch(/Nordic/);
    expect(nordic.national.label).toMatch(/Sweden/);
    expect(nordic.national.label).toMatch(/Norway/);
  });

  it('reads back in Norwegian as a Word file and a web report, with bokmål titles and the texts as written', async () => {
    const docx = await anonymous(`/api/evaluations/${norwegian}/report?format=docx&language=nb`);
    expect(docx.statusCode, docx.body.slice(0, 300)).toBe(200);
    const text = await docxText(docx.rawPayload);
    for (const area of FRAMEWORK_2020.areas) expect(text, area.code).toContain(area.title.nb);
    expect(text).toContain('Vestvågøy');
    expect(text).toContain(STRENGTH);
    expect(text).toContain(IMPROVEMENT);

    const html = (await anonymous(`/api/evaluations/${norwegian}/report?format=html&language=nb`)).body;
    expect(html).toContain('<html lang="nb-NO">');
    expect(htmlText(html)).toContain(ANALYSIS);
    // Written in bokmål and read in bokmål: nothing to mark. Read in Swedish: the texts are marked as bokmål.
    expect(html).not.toMatch(/<(div|ul|ol)(?: id="[^"]*")? lang=/);
    const swedishReport = (await anonymous(`/api/evaluations/${norwegian}/report?format=html&language=sv`)).body;
    expect(swedishReport).toContain('<html lang="sv-SE">');
    expect(swedishReport).toMatch(/<div id="[^"]+" lang="nb-NO">\n<p>Kommunen har en tydelig plan/);
  });
});
