/**
 * The report read back in Norwegian and English: the web report, the Word file and the PDF speak
 * the asked language throughout — its own fixed texts, the framework's area and sub-area titles
 * in that language, the document language set — and keep no Swedish text of the report catalogue.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { EvaluationDetail } from '../../src/contract/evaluations.js';
import { reportTexts } from '../../src/i18n/report-texts.js';
import type { Language } from '../../src/i18n/index.js';
import { runBrowserTests } from '../support/browser.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';
import { collapse } from './expected-figures.js';
import { docxText, htmlText, pdfPageTexts } from './read-back.js';

type Other = Exclude<Language, 'sv'>;

interface CatalogueArea {
  code: string;
  title: Record<string, string>;
  subareas: Array<{ code: string; title: Record<string, string> }>;
}

const FRAMEWORK_2016 = JSON.parse(readFileSync(new URL('../../catalogue/frameworks/kommunkompassen-2016.json', import.meta.url), 'utf8')) as { areas: CatalogueArea[] };

/**
 * The fixed phrases of a report catalogue: its plain texts, and the parts of its sentences
 * between the figures (each function called with markers that are then cut out). Only phrases
 * of two words or more count, so a word shared by the languages ("Status") is no evidence.
 */
function fixedPhrases(language: Language): Set<string> {
  const phrases = new Set<string>();
  const add = (text: string) => {
    for (const part of text.split(/⟦\d+⟧|\n/)) {
      const phrase = collapse(part).trim();
      if (phrase.length >= 10 && phrase.includes(' ')) phrases.add(phrase);
    }
  };
  const visit = (value: unknown) => {
    if (typeof value === 'string') add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'function') {
      const result: unknown = value(...Array.from({ length: value.length }, (_unused, index) => `⟦${index}⟧`));
      visit(result);
    } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(reportTexts(language));
  return phrases;
}

/** The Swedish phrases of the report catalogue that the other language words differently. */
function swedishOnly(language: Other): string[] {
  const own = fixedPhrases(language);
  return [...fixedPhrases('sv')].filter((phrase) => !own.has(phrase));
}

async function pdfLanguage(bytes: Uint8Array): Promise<string | undefined> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const { info } = (await doc.getMetadata()) as { info: { Language?: string } };
    return info.Language;
  } finally {
    await doc.destroy();
  }
}

let world: TestWorld;
let id: string;
let detail: EvaluationDetail;

beforeAll(async () => {
  world = await createTestWorld({ demo: true });
  const list = (await world.app.inject({ url: '/api/evaluations?limit=50' })).json() as { items: Array<{ id: string; framework: { id: string } }> };
  id = list.items.find((item) => item.framework.id === 'kommunkompassen-2016')!.id;
  detail = (await world.app.inject({ url: `/api/evaluations/${id}` })).json();
});
afterAll(async () => world?.close());

const LOCALE: Record<Other, string> = { nb: 'nb-NO', en: 'en-GB' };

describe.each(['nb', 'en'] as const)('the report in %s', (language) => {
  const report = async (format: string) => {
    const response = await world.app.inject({ url: `/api/evaluations/${id}/report?format=${format}&language=${language}` });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return response;
  };

  const expectOwnLanguage = (text: string) => {
    const flat = collapse(text);
    expect(swedishOnly(language).filter((phrase) => flat.includes(phrase))).toEqual([]);
    const titles = FRAMEWORK_2016.areas.flatMap((area) => [area.title, ...area.subareas.map((subarea) => subarea.title)]);
    expect(titles.filter((title) => title[language] === undefined), 'every title has a translation').toEqual([]);
    expect(titles.map((title) => collapse(title[language]!)).filter((title) => !flat.includes(title))).toEqual([]);
    expect(flat).toContain(detail.municipality.name);
  };

  it('as a web page: in the language throughout, with the document language set', async () => {
    const html = (await report('html')).body;
    expect(html).toContain(`<html lang="${LOCALE[language]}">`);
    expectOwnLanguage(htmlText(html));
  });

  it('as a Word file: in the language throughout, with the proofing language set', async () => {
    const response = await report('docx');
    expectOwnLanguage(await docxText(response.rawPayload));
  });

  it.runIf(runBrowserTests)('as a PDF: in the language throughout, with the document language set', async () => {
    const response = await report('pdf');
    expect(await pdfLanguage(response.rawPayload)).toBe(LOCALE[language]);
    expectOwnLanguage((await pdfPageTexts(response.rawPayload)).join('\n'));
  }, 120_000);
});
