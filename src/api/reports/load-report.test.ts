import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../../tests/support/test-app.js';
import type { EvaluationDetail } from '../../contract/evaluations.js';
import { readDocx } from '../../report/fixtures/read-docx.js';
import { renderReportDocx } from '../../report/docx/render-docx.js';
import { blocksOf, parseShown, sectionById, tablesOf } from '../../report/fixtures/model-walk.js';
import { formatShare } from '../../report/format.js';
import { renderReportHtml } from '../../report/html/render-html.js';
import { loadEvaluationDetail } from '../evaluations/queries.js';
import { loadReportModel } from './load-report.js';
import type { ReportOptions } from '../../report/model.js';

const OPTIONS: ReportOptions = {
  language: 'sv',
  comparison: { scope: 'country', since: null, latestOnly: true, peer: null, minN: 5 },
  cover: { evaluators: null, date: null },
  include: { national: true, peer: true, history: true },
  criteriaAnnex: false,
};

describe('loadReportModel on the demo world', () => {
  let world: TestWorld;
  // DEMO_EVALUATIONS order: Örnsköldsvik 2013, 2015, 2017; Olofström 2022; Leksand 2023.
  let ids: string[];

  beforeAll(async () => {
    world = await createTestWorld({ demo: true });
    ids = world.demoIds;
  });
  afterAll(async () => world.close());

  it('reads the evaluation exactly as GET /api/evaluations/:id shows it', async () => {
    const id = ids[4] ?? '';
    const response = await world.app.inject({ method: 'GET', url: `/api/evaluations/${id}` });
    expect(response.statusCode).toBe(200);
    expect(await loadEvaluationDetail(world.context, id, 'sv')).toEqual(response.json<EvaluationDetail>());
  });

  it('builds Leksand 2023 with its figures, the national average with n and the warning below the minimum', async () => {
    const id = ids[4] ?? '';
    const detail = await loadEvaluationDetail(world.context, id, 'sv');
    const model = await loadReportModel(world.context, id, OPTIONS);
    expect(model.fileSlug).toBe('kommunkompassen-leksand-2023');
    expect(model.cover.evaluators).toEqual(['Fredrik Carlsson', 'Linda Nordberg']);
    const totals = tablesOf(sectionById(model, 'chapter-overview')).at(-1);
    expect(totals?.rows.at(-1)?.cells).toEqual(['Totalt', String(detail.total.shown), '800', formatShare(detail.total.percent, 'sv')]);
    detail.areas.forEach((area, index) => expect(parseShown(totals?.rows[index]?.cells[1] ?? '')).toBe(area.shown));
    // Two published 2020-model evaluations in the demo: Olofström and Leksand.
    const national = sectionById(model, 'summary-national');
    expect(tablesOf(national)[0]?.rows.at(-1)?.cells[3]).toBe('2');
    expect(blocksOf(national)).toContainEqual(expect.objectContaining({ kind: 'notice', tone: 'warning' }));
    expect(sectionById(model, 'summary-history')).toBeUndefined();
  });

  it('compares Örnsköldsvik 2017 with its 2010-model evaluations through the area map, with the caveat', async () => {
    const model = await loadReportModel(world.context, ids[2] ?? '', OPTIONS);
    const history = sectionById(model, 'summary-history');
    expect(tablesOf(history)[0]?.columns.map((column) => column.label)).toEqual(['Område', 'Utvärdering 2013', 'Utvärdering 2015', 'Denna utvärdering 2017']);
    expect(blocksOf(history)).toContainEqual(expect.objectContaining({ kind: 'notice', tone: 'caveat' }));
    // The published annex: 441 and 551 points.
    expect(tablesOf(history)[0]?.rows.at(-1)?.cells.slice(1, 3)).toEqual(['441', '551']);
  });

  it('renders the loaded model to HTML and Word with the same figures', async () => {
    const id = ids[3] ?? '';
    const detail = await loadEvaluationDetail(world.context, id, 'sv');
    const model = await loadReportModel(world.context, id, OPTIONS);
    const html = renderReportHtml(model);
    const docx = await readDocx(await renderReportDocx(model));
    const rows = docx.tables.flatMap((table) => table.rows);
    for (const area of detail.areas) {
      for (const subarea of area.subareas) {
        const cells = [`${subarea.code} ${subarea.title}`, String(subarea.shown), String(subarea.max), formatShare(subarea.percent ?? 0, 'sv')];
        expect(rows).toContainEqual(cells);
        expect(html).toContain(`<tr><th scope="row">${cells[0]}</th><td class="num">${cells[1]}</td><td class="num">${cells[2]}</td><td class="num">${cells[3]}</td></tr>`);
      }
    }
  });

  it('builds a 2010-model evaluation scored per area, without sub-area tables or charts', async () => {
    const model = await loadReportModel(world.context, ids[0] ?? '', OPTIONS);
    const overview = tablesOf(sectionById(model, 'chapter-overview'));
    expect(overview).toHaveLength(1);
    expect(overview[0]?.rows.map((row) => row.cells[1])).toEqual(['48', '37', '66', '58', '61', '58', '43', '70', '441']);
    expect(model.charts.filter((chart) => chart.id.startsWith('subareas-'))).toEqual([]);
    expect(sectionById(model, 'area-1-subareas')).toBeUndefined();
  });

  it('answers an unknown evaluation with not found', async () => {
    await expect(loadReportModel(world.context, '00000000-0000-4000-8000-00000000abcd', OPTIONS)).rejects.toMatchObject({ code: 'not_found' });
  });
});
