import { afterAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../../tests/reports/read-back.js';
import { CHROMIUM_PATH, runBrowserTests } from '../../tests/support/browser.js';
import { buildReportModel } from './build-model.js';
import { readDocx } from './fixtures/read-docx.js';
import { blocksOf, sectionById } from './fixtures/model-walk.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, evaluationDetailFixture, framework2020 } from './fixtures/report-fixture.js';
import { renderReportDocx } from './docx/render-docx.js';
import { goodExampleItems, mergeGoodExamples } from './good-examples.js';
import { renderReportHtml } from './html/render-html.js';
import { createPdfEngine } from './pdf/pdf-engine.js';
import type { Language } from '../i18n/language.js';

const STOCKHOLM = { id: 'se-0180', country: 'se', code: '0180', name: 'Stockholms stad' } as const;
const GOTEBORG = { id: 'se-1480', country: 'se', code: '1480', name: 'Göteborgs stad' } as const;
const MALMO = { id: 'se-1280', country: 'se', code: '1280', name: 'Malmö stad' } as const;
const SHARED = 'Både Stockholm och Göteborg följer upp medborgardialogen i en gemensam modell.';
const OWN = 'Malmö redovisar synpunkter öppet på webben.';

/** The fixture with area 1's good examples filed as the importer files a sentence naming two municipalities. */
function detailWithSharedExample() {
  const detail = evaluationDetailFixture();
  detail.areas[0]!.goodExamples = [
    { municipality: STOCKHOLM, text: SHARED },
    { municipality: GOTEBORG, text: `${SHARED}\n` },
    { municipality: MALMO, text: OWN },
  ];
  return detail;
}

const modelIn = (language: Language) => {
  const detail = detailWithSharedExample();
  return buildReportModel({ detail, comparison: comparisonFixture(detail), framework: framework2020(), caveat: 'Jämförelsen går över versioner.', options: { ...DEFAULT_REPORT_OPTIONS, language } });
};

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('mergeGoodExamples', () => {
  it('shows a text filed under several municipalities once, with every municipality, in order of first appearance', () => {
    expect(
      mergeGoodExamples([
        { municipality: STOCKHOLM, text: SHARED },
        { municipality: MALMO, text: OWN },
        { municipality: GOTEBORG, text: `  ${SHARED.replace(' i ', ' \n i ')}` },
        { municipality: STOCKHOLM, text: SHARED },
        { municipality: null, text: SHARED },
        { municipality: null, text: '  ' },
      ]),
    ).toEqual([
      { text: SHARED, municipalities: [STOCKHOLM, GOTEBORG] },
      { text: OWN, municipalities: [MALMO] },
    ]);
  });

  it('names the municipalities as the language lists names', () => {
    const examples = [
      { municipality: STOCKHOLM, text: SHARED },
      { municipality: GOTEBORG, text: SHARED },
      { municipality: null, text: OWN },
    ];
    expect(goodExampleItems(examples, 'sv')).toEqual([`**Stockholms stad och Göteborgs stad:** ${SHARED}`, OWN]);
    expect(goodExampleItems(examples, 'en')[0]).toBe(`**Stockholms stad and Göteborgs stad:** ${SHARED}`);
    expect(goodExampleItems(examples, 'nb')[0]).toBe(`**Stockholms stad og Göteborgs stad:** ${SHARED}`);
  });
});

describe('a good example that names two municipalities', () => {
  it('is one item of the model', () => {
    const items = blocksOf(sectionById(modelIn('sv'), 'area-1-good-examples')).flatMap((block) => (block.kind === 'list' ? block.items : []));
    expect(items).toEqual([`**Stockholms stad och Göteborgs stad:** ${SHARED}`, `**Malmö stad:** ${OWN}`]);
  });

  it('is printed once in the HTML report', () => {
    const html = renderReportHtml(modelIn('sv'));
    expect(occurrences(html, SHARED)).toBe(1);
    expect(html).toMatch(new RegExp(`<li id="text-area-\\d+-good-example-1"><strong>Stockholms stad och Göteborgs stad:</strong> ${SHARED}</li>`));
  });

  it('is printed once in the Word report', async () => {
    const docx = await readDocx(await renderReportDocx(modelIn('sv')));
    const paragraphs = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs.filter((text) => text.includes(SHARED))).toEqual([`Stockholms stad och Göteborgs stad: ${SHARED}`]);
  });
});

describe.runIf(runBrowserTests)('a good example that names two municipalities, in the PDF report', () => {
  const engine = createPdfEngine({ executablePath: CHROMIUM_PATH });
  afterAll(() => engine.close());

  it('is printed once', async () => {
    const model = modelIn('sv');
    const pdf = await engine.render({ html: () => renderReportHtml(model), language: 'sv', footerTitle: model.labels.runningTitle });
    const text = (await pdfPageTexts(pdf)).join(' ').replace(/\s+/g, ' ');
    expect(occurrences(text, SHARED)).toBe(1);
    expect(text).toContain(`Stockholms stad och Göteborgs stad: ${SHARED}`);
  });
});
