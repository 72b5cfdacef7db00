import { describe, expect, it } from 'vitest';
import { XSS_VECTORS } from '../../../tests/fixtures/xss-vectors.js';
import { buildReportModel } from '../build-model.js';
import { localise } from '../../domain/framework.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, evaluationDetailFixture, framework2020, testCatalogue } from '../fixtures/report-fixture.js';
import { allSections } from '../fixtures/model-walk.js';
import type { ReportModel } from '../model.js';
import { escapeHtml } from './escape.js';
import { renderReportHtml } from './render-html.js';

function model(detail = evaluationDetailFixture()): ReportModel {
  return buildReportModel({ detail, comparison: comparisonFixture(detail), framework: framework2020(), caveat: 'Jämförelsen går över versioner.', options: DEFAULT_REPORT_OPTIONS });
}

/** Every start tag with its attributes (names lower-cased, values as written). */
const tags = (html: string) =>
  [...html.matchAll(/<([a-zA-Z][\w:-]*)\b([^>]*)>/g)].map((match) => ({
    name: (match[1] ?? '').toLowerCase(),
    attributes: [...(match[2] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((attribute) => ({
      name: (attribute[1] ?? '').toLowerCase(),
      value: attribute[2] ?? attribute[3] ?? attribute[4] ?? '',
    })),
  }));

describe('renderReportHtml', () => {
  const report = model();
  const html = renderReportHtml(report, { standalone: true });

  it('is a complete document in the report language with a title, print CSS for A4 and a skip link', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="sv-SE">')).toBe(true);
    expect(html).toContain('<title>Kommunkompassen – Utvärdering av Leksands kommun 2023</title>');
    expect(html).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    expect(html).toContain('break-before: page');
    expect(html).toMatch(/<a class="skip-link" href="#content">Hoppa till innehållet<\/a>/);
    expect(html).toContain('<main id="content"');
    expect(html).toContain('<nav class="toc" aria-labelledby="toc-heading">');
  });

  it('has one h1 and headings that never skip a level', () => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, index) => expect(level - (levels[index] ?? 1)).toBeLessThanOrEqual(1));
    for (const section of allSections(report)) expect(html).toContain(`id="${section.id}-heading"`);
  });

  it('links each contents entry to its heading, with a place for the page number the PDF fills in', () => {
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const entries = [...toc.matchAll(/<a href="#([^"]+)"><span class="toc-text">[^<]*<\/span><span class="toc-page" data-page-of="([^"]+)"><\/span><\/a>/g)];
    const listed = report.chapters.flatMap((chapter) => [chapter, ...chapter.sections]);
    expect(entries.map((entry) => entry[1])).toEqual(listed.map((section) => `${section.id}-heading`));
    for (const entry of entries) {
      expect(entry[2]).toBe(entry[1]);
      expect(html).toMatch(new RegExp(`<h[23] id="${entry[1]}">`));
    }
    // The numbers take room only in print with page numbers, so they never move what they number.
    expect(html).toContain('.toc-page:empty { display: none; }');
    expect(html).toMatch(/\[data-page-numbers\] \.toc-page, \[data-page-numbers\] \.toc-page:empty \{ display: block; order: 2; flex: 0 0 [\d.]+em;/);
  });

  it('gives every table a caption and header cells with scope', () => {
    const tables = html.split(/<table(?: aria-describedby="table-note-\d+")?>/).slice(1);
    expect(tables.length).toBeGreaterThan(20);
    for (const table of tables) {
      expect(table.startsWith('\n<caption>')).toBe(true);
      expect(table).toContain('<th scope="col"');
      expect(table).toContain('<th scope="row">');
    }
  });

  it('puts each table note right after its table, which names it as its description', () => {
    const notes = [...html.matchAll(/<table aria-describedby="(table-note-\d+)">[\s\S]*?<\/table>\n<p class="table-note" id="([^"]+)">([^<]+)<\/p>/g)];
    expect(notes.length).toBeGreaterThan(0);
    for (const [, describedBy, id, text] of notes) {
      expect(id).toBe(describedBy);
      expect(text).toMatch(/avrundade|en decimal/);
    }
    expect(html.match(/class="table-note"/g)?.length).toBe(notes.length);
  });

  it('shows each chart as a figure with the SVG, the text alternative and the data table', () => {
    const figures = html.split('<figure class="chart"').slice(1);
    expect(figures).toHaveLength(report.charts.length);
    report.charts.forEach((chart, index) => {
      const figure = figures[index] ?? '';
      expect(figure).toContain(`<figcaption id="figure-${index + 1}-caption">Diagram ${index + 1}: ${escapeHtml(chart.title)}</figcaption>`);
      expect(figure).toContain('<svg');
      expect(figure).toContain(escapeHtml(chart.textAlternative));
      expect(figure).toContain(`<caption>${escapeHtml(chart.table.caption)}</caption>`);
    });
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows every figure of the model', () => {
    for (const section of allSections(report)) {
      for (const block of section.blocks) {
        if (block.kind === 'table') for (const row of block.table.rows) for (const cell of row.cells) expect(html).toContain(`>${escapeHtml(cell)}</`);
        if (block.kind === 'score') expect(html).toContain(escapeHtml(block.value));
        if (block.kind === 'notice' || block.kind === 'paragraph') expect(html).toContain(escapeHtml(block.text));
      }
    }
  });

  it('is deterministic', () => {
    expect(renderReportHtml(model())).toBe(html);
  });

  it('gives a fragment without document, styles or skip link when not standalone', () => {
    const fragment = renderReportHtml(report, { standalone: false });
    expect(fragment.startsWith('<div class="report" lang="sv-SE">')).toBe(true);
    expect(fragment).not.toContain('<style>');
    expect(fragment).not.toContain('<html');
    expect(fragment).not.toContain('<main');
    expect(fragment).toContain('<article id="content" tabindex="-1">');
  });

  it('shows hostile text as text and runs none of it', () => {
    const hostile = (where: string) => `${where}\n\n${XSS_VECTORS.map((vector) => vector.source).join('\n\n')}`;
    const detail = evaluationDetailFixture({
      text: hostile,
      municipality: { id: 'se-2029', country: 'se', code: '2029', name: '<img src=x onerror=__xss(0)> kommun', shortName: '"><script>__xss(0)</script>' },
    });
    detail.sources = XSS_VECTORS.map((vector) => vector.source);
    const output = renderReportHtml(model(detail));
    expect(output).not.toMatch(/<script/i);
    expect(output).not.toMatch(/<(iframe|object|embed|img|math|form|input|base|meta http-equiv)/i);
    for (const tag of tags(output)) {
      for (const attribute of tag.attributes) {
        expect(attribute.name, `<${tag.name} ${attribute.name}="${attribute.value}">`).not.toMatch(/^on/);
        if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(attribute.name)) expect(attribute.value.trim()).not.toMatch(/^(javascript|vbscript|data):/i);
        if (attribute.name === 'style') expect(attribute.value).not.toMatch(/expression\(|url\(/i);
      }
    }
    expect(output).toContain('&lt;img src=x onerror=__xss(0)&gt; kommun');
  });

  it('titles every area and sub-area in Norwegian, with the Norwegian caveat, in a Norwegian report', () => {
    const catalogue = testCatalogue();
    const detail = evaluationDetailFixture({ language: 'nb' });
    const comparison = comparisonFixture(detail, { history: 'cross' });
    const caveat = localise(catalogue.caveat, 'nb');
    comparison.history = comparison.history.map((point) => ({ ...point, caveat }));
    const norwegian = buildReportModel({ detail, comparison, framework: framework2020(), caveat, options: { ...DEFAULT_REPORT_OPTIONS, language: 'nb' } });
    const output = renderReportHtml(norwegian, { standalone: true });
    expect(output.startsWith('<!doctype html>\n<html lang="nb-NO">')).toBe(true);
    const text = output.replace(/<[^>]+>/g, ' ').replace(/&#39;|&quot;|&amp;/g, (entity) => ({ '&#39;': "'", '&quot;': '"', '&amp;': '&' })[entity] ?? entity);
    for (const area of framework2020().areas) {
      expect(text).toContain(area.title.nb);
      if (area.title.nb !== area.title.sv) expect(text, area.title.sv).not.toContain(area.title.sv);
      for (const subarea of area.subareas) {
        expect(text).toContain(subarea.title.nb);
        if (subarea.title.nb !== subarea.title.sv) expect(text, subarea.title.sv).not.toContain(subarea.title.sv);
      }
    }
    expect(text).toContain('Samspill mellom folkevalgte og innbyggere');
    expect(text).toContain(caveat);
    expect(caveat).toContain('Kommunekompasset');
    expect(text).toContain('Kommunekompasset 2020');
  });

  it("marks the evaluators' Swedish texts as Swedish in a report in another language, and only there", () => {
    const detail = evaluationDetailFixture({ language: 'en' });
    const english = renderReportHtml(buildReportModel({ detail, comparison: comparisonFixture(detail), framework: framework2020(), caveat: 'Across versions.', options: { ...DEFAULT_REPORT_OPTIONS, language: 'en' } }));
    expect(english.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    // The analysis, the strengths and the summary comments are the evaluators' Swedish.
    expect(english).toMatch(/<div id="text-area-3-analysis" lang="sv-SE">\n<p>Text om analys 3 med/);
    expect(english).toMatch(/<ol lang="sv-SE">\n<li id="text-area-3-strength-1">Text om styrka 1 i 3/);
    expect(english).toMatch(/<div id="text-summary-comments" lang="sv-SE">\n<p>Text om sammanfattning/);
    expect(english).toMatch(/<ul lang="sv-SE">\n<li>Styrdokument<\/li>/);
    // Our own words (chapter 1, headings) are English and carry no language of their own.
    expect(english).toContain('Interaction between elected representatives and citizens');
    expect(english).not.toMatch(/lang="sv-SE">[^<]*(?:<[^>]+>)*[^<]*Municipal Compass/);
    // A Swedish report names its language once, on the document (and again on the report itself).
    expect(html.match(/ lang="/g)).toEqual([' lang="', ' lang="']);
    expect(html).not.toContain('<div lang=');
  });

  it("marks a Norwegian municipality's texts as bokmål where the report is in another language, and not in a Norwegian report", () => {
    const municipality = { id: 'no-4601', country: 'no' as const, code: '4601', name: 'Bergen kommune', shortName: 'Bergen' };
    const render = (language: 'sv' | 'nb') => {
      const detail = evaluationDetailFixture({ language, municipality });
      return renderReportHtml(buildReportModel({ detail, comparison: comparisonFixture(detail), framework: framework2020(), caveat: 'Across versions.', options: { ...DEFAULT_REPORT_OPTIONS, language } }));
    };
    const swedish = render('sv');
    expect(swedish).toMatch(/<div id="text-area-3-analysis" lang="nb-NO">\n<p>Text om analys 3 med/);
    expect(swedish).not.toContain('lang="sv-SE">\n<p>Text om');
    const norwegian = render('nb');
    expect(norwegian.startsWith('<!doctype html>\n<html lang="nb-NO">')).toBe(true);
    expect(norwegian).not.toContain('<div lang=');
  });
});
