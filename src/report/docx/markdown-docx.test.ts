import { describe, expect, it } from 'vitest';
import { XSS_VECTORS } from '../../../tests/fixtures/xss-vectors.js';
import { buildReportModel } from '../build-model.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, evaluationDetailFixture, framework2020 } from '../fixtures/report-fixture.js';
import { readDocx } from '../fixtures/read-docx.js';
import { renderReportDocx } from './render-docx.js';

const ANALYSIS = [
  '# Styrning',
  '',
  'Kommunen har *tydliga* mål och **följer upp** dem, se [planen](https://example.org/plan) och ~~gamla~~ rutiner.',
  '',
  '1. Första steget',
  '   - en detalj',
  '2. Andra steget',
  '',
  '> Ett citat',
  '',
  '[farlig länk](javascript:alert(1))',
].join('\n');

async function docxWithAnalysis(analysis: string) {
  const detail = evaluationDetailFixture();
  const area = detail.areas[0];
  if (area) area.analysis = analysis;
  const model = buildReportModel({ detail, comparison: comparisonFixture(detail), framework: framework2020(), caveat: 'Jämförelsen går över versioner.', options: DEFAULT_REPORT_OPTIONS });
  return readDocx(await renderReportDocx(model));
}

describe('Markdown in the Word document', () => {
  it('keeps headings, emphasis, links, nested lists and quotes as Word formatting', async () => {
    const docx = await docxWithAnalysis(ANALYSIS);
    const index = docx.paragraphs.findIndex((paragraph) => paragraph.text === 'Styrning');
    const [heading, body, first, detail, second, quote, dangerous] = docx.paragraphs.slice(index, index + 7);
    // The analysis sits under a Heading 3 ("Analys"), so its "#" becomes Heading 4.
    expect(heading?.style).toBe('Heading4');
    expect(body?.text).toBe('Kommunen har tydliga mål och följer upp dem, se planen och gamla rutiner.');
    expect(body?.xml).toContain('<w:i/>');
    expect(body?.xml).toContain('<w:b/>');
    expect(body?.xml).toContain('<w:strike/>');
    expect(body?.xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"/);
    expect(first?.text).toBe('Första steget');
    expect(first?.xml).toContain('<w:ilvl w:val="0"/>');
    expect(detail?.xml).toContain('<w:ilvl w:val="1"/>');
    expect(second?.numId).toBe(first?.numId);
    expect(quote?.xml).toContain('<w:ind w:left="567"/>');
    expect(dangerous?.text).toBe('[farlig länk](javascript:alert(1))');
    const relationships = await docx.file('word/_rels/document.xml.rels');
    expect(relationships).toContain('https://example.org/plan');
    expect(relationships).not.toMatch(/javascript:/i);
  });

  it('keeps hostile text as plain text', async () => {
    const docx = await docxWithAnalysis(XSS_VECTORS.map((vector) => vector.source).join('\n\n'));
    const relationships = await docx.file('word/_rels/document.xml.rels');
    expect(relationships).not.toMatch(/(javascript|vbscript|data):/i);
    expect(docx.document).not.toMatch(/<script/i);
    expect(docx.paragraphs.map((paragraph) => paragraph.text).join('\n')).toContain('<script>__xss(1)</script>');
  });
});
