/**
 * A follow-up's report read back as Word and PDF: chapter 4 "Utveckling sedan förra
 * utvärderingen" with the baseline's and the follow-up's points as the API shows them and their
 * difference, the evaluators' judgements and — only while the plan is public — its actions; the
 * overview of points as chapter 5, and the contents' page numbers right. The baseline and the
 * follow-up are set up in the database: two archived evaluations, the follow-up linked to its
 * baseline, with judgements and an action plan.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail } from '../../src/contract/evaluations.js';
import { saveArchivedEvaluation } from '../../src/api/imports/save-archive.js';
import { loadReportBaseline } from '../../src/api/reports/load-baseline.js';
import { frameworkOf } from '../../src/domain/framework.js';
import { readDocx } from '../../src/report/fixtures/read-docx.js';
import { archiveInput } from '../support/archive-input.js';
import { runBrowserTests } from '../support/browser.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';
import { collapse } from './expected-figures.js';
import { pdfLayout, textLines } from './pdf-layout.js';
import { docxText, htmlText, pdfPageTexts } from './read-back.js';

const FRAMEWORK = 'kommunkompassen-2020';
const FOOTER = /\s*Kommunkompassen – [^\n]* Sida (\d+) av (\d+)$/;
const DASH = '–';
const change = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '0');

let world: TestWorld;
let baselineId: string;
let followUpId: string;
let baseline: EvaluationDetail;
let followUp: EvaluationDetail;

const db = () => world.context.database.db;

async function report(id: string, format: 'docx' | 'pdf' | 'html') {
  const response = await world.app.inject({ url: `/api/evaluations/${id}/report?format=${format}&language=sv` });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response;
}

/** Every row of the development tables as the API's figures give it: label, then, now, change. */
function expectedRows(): string[][] {
  const rows: string[][] = [];
  const row = (label: string, previous: number | null, now: number | null) => [
    label,
    previous === null ? DASH : String(previous),
    now === null ? DASH : String(now),
    previous === null || now === null ? DASH : change(now - previous),
  ];
  followUp.areas.forEach((area, index) => {
    const before = baseline.areas[index]!;
    rows.push(row(`${area.code} ${area.title}`, before.shown, area.shown));
    area.subareas.forEach((subarea, position) => rows.push(row(`${subarea.code} ${subarea.title}`, before.subareas[position]!.shown, subarea.shown)));
  });
  rows.push(row('Totalt', baseline.total.shown, followUp.total.shown));
  return rows;
}

beforeAll(async () => {
  world = await createTestWorld();
  const framework = frameworkOf(world.context.catalogue, FRAMEWORK);
  const units = framework.areas.flatMap((area) => area.subareas.map((subarea) => ({ code: subarea.code, max: subarea.max ?? 0 })));
  // Quarter points between 30 and 80 % of each maximum, different at the two evaluations; 3.2 unscored at the baseline.
  const scores = (seed: number, skip: string | null) =>
    units.filter((unit) => unit.code !== skip).map((unit, index) => ({ code: unit.code, score: Math.round((unit.max * 100 * (30 + (((index + 1) * seed) % 51))) / 100 / 25) * 25 }));
  const improvements = (area: string) => [`Förbättring ett i område ${area} från 2019.`, `Förbättring två i område ${area} från 2019.`];
  const saved = await db().transaction(async (tx) => ({
    baseline: await saveArchivedEvaluation(
      tx,
      world.context.catalogue,
      archiveInput({
        municipalityId: 'se-2029',
        frameworkId: FRAMEWORK,
        fieldworkStart: '2019-03',
        scores: scores(37, '3.2'),
        areaTexts: framework.areas.map((area) => ({ areaCode: area.code, introduction: null, analysis: null, strengths: [], improvements: improvements(area.code) })),
      }),
      'leksand-2019.pdf',
      'test',
    ),
    followUp: await saveArchivedEvaluation(
      tx,
      world.context.catalogue,
      archiveInput({ municipalityId: 'se-2029', frameworkId: FRAMEWORK, fieldworkStart: '2023-03', scores: scores(41, null) }),
      'leksand-2023.pdf',
      'test',
    ),
  }));
  baselineId = saved.baseline.id;
  followUpId = saved.followUp.id;
  await db().transaction(async (tx) => {
    await tx.execute(sql`update evaluations set baseline_evaluation_id = ${baselineId} where id = ${followUpId}`);
    await tx.execute(sql`insert into improvement_reviews (evaluation_id, area_code, improvement_index, judgement, comment) values
      (${followUpId}, '1', 0, 'addressed', 'Kommunen har infört en årlig uppföljning.'),
      (${followUpId}, '2', 1, 'partly', '')`);
    await tx.execute(sql`insert into action_plans (evaluation_id, visibility, created_by) values (${baselineId}, 'public', 'test')`);
    await tx.execute(sql`insert into plan_actions (evaluation_id, area_code, improvement_index, improvement_text, title, status, progress, status_reason, position, created_by) values
      (${baselineId}, '1', 0, 'Förbättring ett i område 1 från 2019.', 'Årlig uppföljning av målen', 'in_progress', 60, '', 1, 'test'),
      (${baselineId}, '1', 1, 'Förbättring två i område 1 från 2019.', 'Medborgarpanel', 'dropped', 0, 'Ersatt av dialogmöten', 2, 'test')`);
  });
  baseline = (await world.app.inject({ url: `/api/evaluations/${baselineId}` })).json();
  followUp = (await world.app.inject({ url: `/api/evaluations/${followUpId}` })).json();
});
afterAll(async () => world?.close());

describe('the follow-up report as a Word file', () => {
  it('has chapter 4 with every area’s and sub-area’s points then and now and their difference, as the API shows them', async () => {
    const docx = await readDocx((await report(followUpId, 'docx')).rawPayload);
    const headings = docx.paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text);
    expect(headings).toEqual(['1 Om Kommunkompassen', '2 Sammanfattning', '3 Resultat per område', '4 Utveckling sedan förra utvärderingen', '5 Poängöversikt']);
    const rows = docx.tables.filter((table) => table.rows[0]?.at(-1) === 'Förändring').flatMap((table) => table.rows);
    const missing = expectedRows().filter((expected) => !rows.some((row) => row.join('\u0001') === expected.join('\u0001')));
    expect(missing).toEqual([]);
    // 3.2 was not scored at the baseline: a dash and no change.
    expect(rows.find((row) => row[0]?.startsWith('3.2 '))).toEqual([expect.any(String), DASH, expect.any(String), DASH]);
    // The comparison with earlier evaluations in chapter 2 shows the same points for both.
    const history = docx.tables.find((table) => table.rows[0]?.join('|') === 'Område|Utvärdering 2019|Denna utvärdering 2023');
    const areas = docx.tables.find((table) => table.rows[0]?.join('|') === 'Område|Utvärdering 2019|Denna utvärdering 2023|Förändring');
    expect(history?.rows).toHaveLength(followUp.areas.length + 2);
    expect(history?.rows.map((row) => row.slice(1))).toEqual(areas?.rows.map((row) => row.slice(1, 3)));
  });

  it('gives each earlier improvement opportunity its judgement and comment, and the public plan’s actions with status and progress', async () => {
    const text = collapse(await docxText((await report(followUpId, 'docx')).rawPayload));
    expect(text).toContain('Förbättring ett i område 1 från 2019. Utvärderarnas bedömning: åtgärdad. Kommunen har infört en årlig uppföljning. Åtgärder i kommunens handlingsplan: Årlig uppföljning av målen: pågår, 60 % klart');
    expect(text).toContain('Förbättring två i område 1 från 2019. Utvärderarna har inte bedömt om förbättringsmöjligheten har åtgärdats. Åtgärder i kommunens handlingsplan: Medborgarpanel: avbruten (Ersatt av dialogmöten)');
    expect(text).toContain('Förbättring två i område 2 från 2019. Utvärderarnas bedömning: delvis åtgärdad. Kommunens handlingsplan har ingen åtgärd');
    const judgements = (await readDocx((await report(followUpId, 'docx')).rawPayload)).tables.find((table) => table.rows[0]?.[0] === 'Bedömning');
    expect(judgements?.rows.slice(1)).toEqual([['Åtgärdad', '1'], ['Delvis åtgärdad', '1'], ['Inte åtgärdad', '0'], ['Inte bedömd', '14'], ['Totalt', '16']]);
  });

  it('leaves the actions out while the plan is not public, and the baseline’s own report has no development chapter', async () => {
    await db().execute(sql`update action_plans set visibility = 'evaluators' where evaluation_id = ${baselineId}`);
    try {
      const text = collapse(await docxText((await report(followUpId, 'docx')).rawPayload));
      expect(text).toContain('Utvärderarnas bedömning: åtgärdad.');
      expect(text).not.toContain('handlingsplan');
      expect(text).not.toContain('Årlig uppföljning av målen');
    } finally {
      await db().execute(sql`update action_plans set visibility = 'public' where evaluation_id = ${baselineId}`);
    }
    const own = collapse(await docxText((await report(baselineId, 'docx')).rawPayload));
    expect(own).not.toContain('Utveckling sedan förra utvärderingen');
    expect(own).toContain('4 Poängöversikt');
  });
});

describe('the follow-up report in English', () => {
  it('speaks English and marks the evaluators’ Swedish texts as Swedish', async () => {
    const response = await world.app.inject({ url: `/api/evaluations/${followUpId}/report?format=html&language=en` });
    expect(response.statusCode).toBe(200);
    const text = collapse(htmlText(response.body));
    expect(text).toContain('4 Development since the previous evaluation');
    expect(text).toContain('The evaluators’ judgement: addressed.');
    expect(text).toContain('Årlig uppföljning av målen: in progress, 60% complete');
    expect(text).not.toContain('Utvärderarnas bedömning');
    expect(response.body).toMatch(/<div lang="sv-SE">\s*<p>Förbättring ett i område 1 från 2019\.<\/p>/);
  });
});

describe('a follow-up whose baseline is no longer published', () => {
  it('gets no development chapter', async () => {
    await db().execute(sql`update evaluations set status = 'draft' where id = ${baselineId}`);
    try {
      expect(await loadReportBaseline(world.context, followUpId, 'sv')).toBeNull();
      const text = collapse(await docxText((await report(followUpId, 'docx')).rawPayload));
      expect(text).not.toContain('Utveckling sedan förra utvärderingen');
    } finally {
      await db().execute(sql`update evaluations set status = 'published' where id = ${baselineId}`);
    }
    expect(await loadReportBaseline(world.context, followUpId, 'sv')).toMatchObject({ detail: { id: baselineId }, actions: [expect.anything(), expect.anything()] });
  });
});

describe.runIf(runBrowserTests)('the follow-up report as a PDF', () => {
  let pdf: Buffer;
  let pages: string[];

  beforeAll(async () => {
    pdf = (await report(followUpId, 'pdf')).rawPayload;
    pages = await pdfPageTexts(pdf);
  }, 120_000);

  it('starts chapters 4 and 5 on pages of their own and shows every development figure and judgement', () => {
    const starts = pages.map((page) => collapse(page).trim());
    for (const chapter of ['4 Utveckling sedan förra utvärderingen', '5 Poängöversikt']) {
      expect(starts.some((page, index) => index > 1 && page.startsWith(chapter)), chapter).toBe(true);
    }
    const body = collapse(pages.map((page) => page.replace(FOOTER, '')).join('\n'));
    const missing = expectedRows().filter((row) => !body.includes(collapse(row.join(' '))));
    expect(missing).toEqual([]);
    expect(body).toContain('Utvärderarnas bedömning: åtgärdad. Kommunen har infört en årlig uppföljning.');
    expect(body).toContain('Årlig uppföljning av målen: pågår, 60 % klart');
  });

  it('gives every entry of the contents the page its heading is printed on', async () => {
    const html = (await report(followUpId, 'html')).body;
    const entries = [...html.matchAll(/<span class="toc-text">([^<]*)<\/span>/g)].map((match) => htmlText(match[1] ?? '').trim());
    expect(entries).toContain('4 Utveckling sedan förra utvärderingen');
    expect(entries.filter((entry) => /^4\.\d /.test(entry))).toEqual(followUp.areas.map((area, index) => `4.${index + 1} Område ${area.code}: ${area.title}`));
    expect(entries).toContain('5 Poängöversikt');
    const layout = await pdfLayout(pdf);
    const lines = pages.flatMap((page) => page.split('\n'));
    const wrong: string[] = [];
    for (const entry of entries) {
      const listed = lines.find((line) => line.startsWith(`${entry} `) && /^\d+$/.test(line.slice(entry.length + 1)))?.slice(entry.length + 1);
      const printedOn = layout.pages.findIndex((_, index) => textLines(layout, index + 1, 11.5).some((line) => line.text === entry || (line.text.length >= 12 && entry.startsWith(line.text)))) + 1;
      if (listed === undefined || Number(listed) !== printedOn) wrong.push(`${entry}: listed on page ${listed ?? 'none'}, printed on page ${printedOn || 'none'}`);
    }
    expect(wrong).toEqual([]);
  });
});
