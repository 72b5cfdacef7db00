import { describe, expect, it } from 'vitest';
import { docxText, htmlText } from '../../../tests/reports/read-back.js';
import { buildReportModel } from '../build-model.js';
import { renderReportDocx } from '../docx/render-docx.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, evaluationDetailFixture, framework2020 } from '../fixtures/report-fixture.js';
import { readDocx } from '../fixtures/read-docx.js';
import { renderReportHtml } from '../html/render-html.js';
import type { ReportModel } from '../model.js';
import { planFixture } from './fixtures/plan-fixture.js';

const detail = evaluationDetailFixture();

function model(includeInReport: boolean | null, language: 'sv' | 'en' = 'sv'): ReportModel {
  const actionPlan = includeInReport === null ? null : planFixture({ evaluationId: detail.id, includeInReport });
  return buildReportModel({
    detail,
    comparison: comparisonFixture(detail),
    framework: framework2020(),
    caveat: 'Jämförelsen går över versioner.',
    options: { ...DEFAULT_REPORT_OPTIONS, language },
    actionPlan,
  });
}

describe('the action plan annex of the report', () => {
  it('follows the overview of points when the municipality included its plan, and is absent otherwise', () => {
    expect(model(true).chapters.map((chapter) => chapter.id)).toEqual(['chapter-about', 'chapter-summary', 'chapter-areas', 'chapter-overview', 'action-plan']);
    expect(model(false).chapters.map((chapter) => chapter.id)).not.toContain('action-plan');
    expect(model(null).chapters.map((chapter) => chapter.id)).not.toContain('action-plan');
  });

  it('refuses a plan of another evaluation', () => {
    expect(() =>
      buildReportModel({ detail, comparison: comparisonFixture(detail), framework: framework2020(), caveat: '', options: DEFAULT_REPORT_OPTIONS, actionPlan: planFixture({ evaluationId: '00000000-0000-4000-8000-0000000000ff', includeInReport: true }) }),
    ).toThrow(/action plan is of evaluation/);
  });

  it('is in the web report with its contents entry, summary and a table per area', () => {
    const html = renderReportHtml(model(true));
    expect(html).toContain('<a href="#action-plan-heading"><span class="toc-text">Handlingsplan</span>');
    expect(html).toContain('<h2 id="action-plan-heading">Handlingsplan</h2>');
    expect(html).toContain('<caption>Åtgärder – Område 1: Samspel mellan förtroendevalda och medborgare</caption>');
    const text = htmlText(html);
    expect(text).toContain('2 av 3 förbättringsmöjligheter har minst en åtgärd');
    expect(text).toContain('Sänd nämndernas möten på webben\tKommunikationsenheten\t1 mars 2026\tPågår – försenad\t40\u00a0%');
    expect(htmlText(renderReportHtml(model(false)))).not.toContain('Handlingsplan');
  });

  it('is in the Word report as a chapter heading with its tables, in the report language', async () => {
    const doc = await readDocx(await renderReportDocx(model(true, 'en')));
    expect(doc.paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text).at(-1)).toBe('Action plan');
    expect(doc.paragraphs.filter((paragraph) => paragraph.style === 'Heading2').map((paragraph) => paragraph.text)).toEqual(
      expect.arrayContaining(['Summary', 'Area 1: Interaction between elected representatives and citizens', 'Actions without an area']),
    );
    expect(doc.tables.flatMap((table) => table.rows)).toContainEqual(['Sänd nämndernas möten på webben', 'Kommunikationsenheten', '1 March 2026', 'In progress – overdue', '40%']);
    expect(await docxText(await renderReportDocx(model(false)))).not.toContain('Handlingsplan');
  });
});
