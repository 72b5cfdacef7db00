import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaTexts, evaluations, goodExamples, subareaTexts } from '../../src/db/schema.js';
import { HARMLESS_SENTENCE, XSS_CORPUS, XSS_VECTORS } from '../fixtures/xss-vectors.js';
import { runAxe, runBrowserTests } from '../support/browser.js';
import { open, startWebWorld, type WebWorld } from './web-world.js';

/** Ordinary Markdown before the vectors: it must still render as rich text. */
const MARKDOWN_SAMPLE = [
  '# Styrning i korthet',
  'Kommunen har **tydliga mål** och en *uppföljning* som ~~saknades~~ finns nu. Se [kommunens sida](https://example.org/styrning "Styrning").',
  '- första punkten\n- andra punkten',
  '| Område | Poäng |\n| --- | ---: |\n| Styrning | 72 |',
].join('\n\n');

const RICH_TEXT = `${MARKDOWN_SAMPLE}\n\n${XSS_CORPUS}`;
const VECTOR_TEXTS = XSS_VECTORS.map((vector) => vector.source);
/** A municipality without demo evaluations, so its page lists only this one. */
const MUNICIPALITY = 'se-0180';
const FRAMEWORK = 'kommunkompassen-2020';

/** As many vectors as fit in a field limited to `max` characters. */
function vectorsWithin(max: number): string {
  let text = '';
  for (const source of VECTOR_TEXTS) {
    const next = text ? `${text} ${source}` : source;
    if (next.length > max) break;
    text = next;
  }
  return text;
}

/**
 * Stores a published evaluation with the whole corpus in every text it has: summary comments,
 * every area's introduction, analysis, strengths and improvements, every sub-area's analysis,
 * good examples, evaluators, sources, the printed figures' source and the import report.
 */
async function storeXssEvaluation(web: WebWorld): Promise<string> {
  const { database, catalogue, readCache } = web.world.context;
  const framework = catalogue.frameworks.get(FRAMEWORK);
  if (!framework) throw new Error(`No framework ${FRAMEWORK} in the catalogue`);
  const { db } = database;
  const [created] = await db
    .insert(evaluations)
    .values({
      municipalityId: MUNICIPALITY,
      frameworkId: framework.id,
      fieldworkStart: '2024-03',
      fieldworkEnd: '2024-04',
      reportDate: '2024-06',
      statedOrdinal: 2,
      evaluators: [HARMLESS_SENTENCE, ...VECTOR_TEXTS],
      interviewees: 12,
      status: 'published',
      origin: 'archive',
      summaryComments: RICH_TEXT,
      sources: [HARMLESS_SENTENCE, ...VECTOR_TEXTS],
      published: { areaTotals: {}, chapterScores: {}, subareas: {}, source: vectorsWithin(200) },
      importReport: {
        file: XSS_CORPUS,
        discrepancies: [
          ...VECTOR_TEXTS.map((source) => ({ kind: 'unknown-name', area: '1', stated: source, where: source })),
          ...VECTOR_TEXTS.map((source) => ({ kind: 'not-a-known-kind', message: source, where: source })),
        ],
        notes: VECTOR_TEXTS.map((source) => ({ kind: 'name-variant', area: '1', printed: source, matched: source, where: source })),
      },
    })
    .returning({ id: evaluations.id });
  if (!created) throw new Error('The evaluation was not stored');
  const evaluationId = created.id;
  for (const area of framework.areas) {
    const items = [HARMLESS_SENTENCE, ...VECTOR_TEXTS];
    await db.insert(areaTexts).values({ evaluationId, areaCode: area.code, introduction: RICH_TEXT, analysis: RICH_TEXT, strengths: items, improvements: items });
    for (const subarea of area.subareas) await db.insert(subareaTexts).values({ evaluationId, unitCode: subarea.code, analysis: RICH_TEXT });
    await db.insert(goodExamples).values([
      { evaluationId, areaCode: area.code, municipalityId: 'se-2284', text: HARMLESS_SENTENCE },
      { evaluationId, areaCode: area.code, municipalityId: null, text: RICH_TEXT },
      ...VECTOR_TEXTS.map((text, index) => ({ evaluationId, areaCode: area.code, municipalityId: index % 2 === 0 ? 'se-2284' : null, text })),
    ]);
  }
  // Written behind the app's back: forget any cached read.
  readCache?.clear();
  return evaluationId;
}

interface Watch {
  /** Ids passed to window.__xss, i.e. vectors that ran. */
  calls: number[];
  /** Messages of alert/confirm/prompt dialogs. */
  dialogs: string[];
}

/** A page where any vector that runs is recorded: window.__xss and dialogs. */
async function watchedPage(web: WebWorld): Promise<{ page: Page; watch: Watch }> {
  const page = await web.newPage();
  const watch: Watch = { calls: [], dialogs: [] };
  await page.exposeFunction('__xss', (id: unknown) => {
    watch.calls.push(Number(id));
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  return { page, watch };
}

/**
 * Everything in `main` a sanitiser must never let through (evaluated in the browser; the tests
 * have no DOM types): dangerous elements, event-handler attributes, script-capable URLs, and any
 * element or attribute in the rendered Markdown outside its allow-list.
 */
const FINDINGS_IN_MAIN = `(() => {
  const main = document.querySelector('main');
  if (!main) return ['no main element'];
  const findings = [];
  const describe = (element) => element.tagName.toLowerCase() + (element.closest('.markdown') ? ' (in Markdown)' : '');
  for (const element of main.querySelectorAll('script, iframe, frame, frameset, object, embed, applet, base, meta, form, style, link')) {
    findings.push('element ' + describe(element));
  }
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster', 'codebase'];
  for (const element of [main, ...main.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) findings.push('attribute ' + name + ' on ' + describe(element));
      const value = attribute.value.trim().toLowerCase().replace(/\\s+/g, '');
      if (urlAttributes.includes(name) && /^(javascript|vbscript|data):/.test(value)) findings.push(name + '=' + attribute.value + ' on ' + describe(element));
      if (name === 'srcdoc') findings.push('srcdoc on ' + describe(element));
    }
  }
  const allowed = ['p', 'br', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del'];
  for (const container of main.querySelectorAll('.markdown')) {
    for (const element of container.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (!allowed.includes(tag)) findings.push('element ' + tag + ' not on the allow-list (in Markdown)');
      for (const attribute of element.attributes) {
        const ok = (tag === 'a' && ['href', 'title', 'rel'].includes(attribute.name)) || (tag === 'ol' && attribute.name === 'start' && /^\\d+$/.test(attribute.value));
        if (!ok) findings.push('attribute ' + attribute.name + ' on ' + tag + ' (in Markdown)');
      }
      if (tag === 'a' && element.getAttribute('rel') !== 'noopener noreferrer') findings.push('link without rel="noopener noreferrer" (in Markdown)');
    }
  }
  return findings;
})()`;

async function findingsInMain(page: Page): Promise<string[]> {
  return (await page.evaluate(FINDINGS_IN_MAIN)) as string[];
}

/** Gives event handlers (onerror, onload, ontoggle …) and timers a moment to run, if any got in. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(750);
}

describe.skipIf(!runBrowserTests)('web app: stored texts cannot run script (XSS)', () => {
  let web: WebWorld;
  let evaluationId: string;

  beforeAll(async () => {
    web = await startWebWorld();
    evaluationId = await storeXssEvaluation(web);
  });
  afterAll(async () => {
    await web?.close();
  });

  it('uses a corpus of at least 60 vectors', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(60);
  });

  it('runs none of the vectors on the evaluation page, keeps none in the DOM, and shows them as text', { timeout: 120_000 }, async () => {
    const { page, watch } = await watchedPage(web);
    await open(page, `/utvarderingar/${evaluationId}`);
    await page.locator('.summary-comments .markdown').waitFor();
    await settle(page);

    expect(watch.calls).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(await findingsInMain(page)).toEqual([]);

    // The Markdown is rendered as rich text …
    const summary = page.locator('.summary-comments .markdown');
    expect(await summary.locator('h3').first().innerText()).toBe('Styrning i korthet');
    expect(await summary.locator('strong').first().innerText()).toBe('tydliga mål');
    const link = summary.locator('a[href="https://example.org/styrning"]');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('title')).toBe('Styrning');
    expect(await summary.locator('table th').allInnerTexts()).toContain('Område');

    // … and the vectors are there as text, escaped, next to the harmless sentence.
    const summaryText = await summary.innerText();
    expect(summaryText).toContain(HARMLESS_SENTENCE);
    expect(summaryText).toContain('<script>__xss(1)</script>');
    expect(summaryText).toContain('<img src=x onerror=__xss(14)>');
    expect(summaryText).toContain('[md link](javascript:__xss(78))');

    const strengths = await page.locator('#omrade-1 .area-findings__column--strengths li').allInnerTexts();
    expect(strengths[0]).toBe(HARMLESS_SENTENCE);
    expect(strengths).toContain('<img src=x onerror=__xss(14)>');
    const subarea = await page.locator('#omrade-1 .subarea-analysis .markdown').first().innerText();
    expect(subarea).toContain(HARMLESS_SENTENCE);
    expect(subarea).toContain('<svg onload=__xss(23)>');
    const examples = await page.locator('#omrade-1 .good-examples__text').allInnerTexts();
    expect(examples).toContain(HARMLESS_SENTENCE);
    expect(examples).toContain('<img src=x onerror=__xss(14)>');

    // Plain fields stay plain text.
    const facts = await page.locator('.evaluation-summary__facts').innerText();
    expect(facts).toContain('<script>__xss(1)</script>');
    expect(facts).toContain(HARMLESS_SENTENCE);

    // The trap itself works: a call from the page is recorded.
    await page.evaluate('window.__xss(0)');
    expect(watch.calls).toEqual([0]);
  });

  it('runs none of the vectors on the municipality page', async () => {
    const { page, watch } = await watchedPage(web);
    await open(page, `/kommuner/${MUNICIPALITY}`);
    await page.locator('main table tbody tr').first().waitFor();
    await settle(page);
    expect(watch.calls).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(await findingsInMain(page)).toEqual([]);
    expect(await page.locator('main table tbody tr').count()).toBe(1);
  });

  it('has no axe violations on the evaluation page with the Markdown rendered', { timeout: 180_000 }, async () => {
    const page = await web.newPage();
    await open(page, `/utvarderingar/${evaluationId}`);
    await page.locator('.summary-comments .markdown').waitFor();
    const found = (await runAxe(page)).map(
      (violation) => `${violation.id} (${violation.impact}) ${violation.help} — ${JSON.stringify(violation.nodes.slice(0, 5).map((node) => node.target))}`,
    );
    expect(found).toEqual([]);
  });
});
