/** The criteria annex rendered: in the web report (so the PDF) and in Word, only when asked for. */
import { describe, expect, it } from 'vitest';
import { buildReportModel } from './build-model.js';
import { renderReportDocx } from './docx/render-docx.js';
import { agreedCriteriaFixture, frameworkWithCriteria } from './fixtures/criteria-fixture.js';
import { readDocx } from './fixtures/read-docx.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, defaultScores, evaluationDetailFixture } from './fixtures/report-fixture.js';
import { renderReportHtml } from './html/render-html.js';
import type { Language } from '../i18n/language.js';
import type { ReportModel } from './model.js';

const framework = frameworkWithCriteria();

function build(criteriaAnnex: boolean, language: Language = 'sv'): ReportModel {
  const scores = new Map(defaultScores(framework));
  scores.set('1.1', 1250);
  scores.set('2.2', 2500);
  const detail = evaluationDetailFixture({ framework, scores, language });
  return buildReportModel({
    detail,
    comparison: comparisonFixture(detail),
    framework,
    caveat: '',
    options: { ...DEFAULT_REPORT_OPTIONS, language, criteriaAnnex },
    criteria: agreedCriteriaFixture(),
  });
}

describe('the criteria annex in the web report', () => {
  it('is there only when asked for, with its headings in order and in the contents', () => {
    expect(renderReportHtml(build(false))).not.toContain('criteria-annex');
    const html = renderReportHtml(build(true));
    expect(html).toContain('<section id="criteria-annex" class="page-break" aria-labelledby="criteria-annex-heading">');
    expect(html).toContain('<a href="#criteria-annex-heading"><span class="toc-text">Bilaga: Kriterier per delområde</span>');
    expect(html).toContain('<h4 id="criteria-annex-1-1-heading">1.1 Strategi för demokratiutveckling och information</h4>');
    expect(html).toContain('<h5 id="criteria-annex-1-1-met-heading">Uppfyllda (1)</h5>');
    expect(html).toContain('<li>1.1.1 Det finns en antagen plan (vikt 2)</li>');
    expect(html).toContain('<dt>Förslag enligt kriterierna</dt><dd>inget förslag, 3 av 4 kriterier är bedömda</dd>');
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
    expect(levels.every((level, index) => index === 0 || level <= (levels[index - 1] ?? 1) + 1)).toBe(true);
  });

  it('marks the evaluators\' deviation reason as Swedish in an English report, the rest in English', () => {
    const html = renderReportHtml(build(true, 'en'));
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toMatch(/<div lang="sv-SE">\n<p>Kommunen <em>saknar<\/em> uppföljning av delmålen.<\/p>/);
    expect(html).toContain('<li>2.2.1 The work against exclusion has goals (level: Established)</li>');
    expect(html).toContain('<p>Why the score departs from the proposal:</p>');
  });
});

describe('the criteria annex in Word', async () => {
  const withAnnex = await readDocx(await renderReportDocx(build(true, 'en')));
  const without = await readDocx(await renderReportDocx(build(false, 'en')));
  const styled = (docx: typeof withAnnex, style: string) => docx.paragraphs.filter((paragraph) => paragraph.style === style).map((paragraph) => paragraph.text);

  it('reads back with the annex as the last chapter, its areas, sub-areas and groups as headings', () => {
    expect(styled(without, 'Heading1')).not.toContain('Annex: Criteria per sub-area');
    expect(styled(withAnnex, 'Heading1').at(-1)).toBe('Annex: Criteria per sub-area');
    expect(styled(withAnnex, 'Heading3')).toEqual(expect.arrayContaining(['1.1 Strategy for democratic development and information', '2.2 Social sustainability']));
    const annexStart = withAnnex.paragraphs.findIndex((paragraph) => paragraph.style === 'Heading1' && paragraph.text === 'Annex: Criteria per sub-area');
    const annex = withAnnex.paragraphs.slice(annexStart);
    expect(annex.filter((paragraph) => paragraph.style === 'Heading2').map((paragraph) => paragraph.text)).toEqual([
      'Area 1: Interaction between elected representatives and citizens',
      'Area 2: Community development',
    ]);
    expect(annex.filter((paragraph) => paragraph.style === 'Heading4').map((paragraph) => paragraph.text)).toEqual(['Met (1)', 'Partly met (1)', 'Not met (1)', 'Not assessed (1)', 'Met (1)', 'Partly met (1)']);
    const texts = withAnnex.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('2.2.2 The goals are followed up with data (level: Begun)');
    expect(texts).toContain('Score: 25.00 of 30 points');
    expect(texts).toContain('Proposed by the criteria: 20.00 points');
    const reason = withAnnex.paragraphs.find((paragraph) => paragraph.text === 'Kommunen saknar uppföljning av delmålen.');
    expect(reason?.xml).toContain('w:lang w:val="sv-SE"');
  });
});
