/**
 * English and Norwegian are complete: every Swedish key has a text in both (the compiler refuses
 * a missing key too, as each feature's en.ts and nb.ts is typed with every Swedish key; this test
 * names the keys when one is missing at run time), and every translation fills in the same
 * placeholders and plural choices as the Swedish text. There is no fallback to Swedish.
 */
import { describe, expect, it } from 'vitest';
import { CHART_TEXTS } from './chart-texts.js';
import { placeholdersOf, pluralProblems } from './interpolate.js';
import { UI_FEATURES } from './ui-catalogue.js';

type Other = 'en' | 'nb';
const OTHERS: Other[] = ['en', 'nb'];

describe('the UI catalogue in English and Norwegian', () => {
  for (const feature of Object.keys(UI_FEATURES)) {
    for (const language of OTHERS) {
      it(`${feature}: ${language} has a text for every Swedish key`, () => {
        const texts = UI_FEATURES[feature]!;
        const missing = Object.keys(texts.sv).filter((key) => typeof texts[language][key] !== 'string' || texts[language][key]!.trim() === '');
        expect(missing, `${feature}/${language} lacks texts for these keys`).toEqual([]);
      });
    }
  }

  it('has no key another language lacks in Swedish', () => {
    for (const [feature, texts] of Object.entries(UI_FEATURES)) {
      for (const language of OTHERS) {
        expect(Object.keys(texts[language]).filter((key) => !(key in texts.sv)), `${feature}/${language}`).toEqual([]);
      }
    }
  });
});

describe('placeholders', () => {
  it('every UI translation uses the placeholders of its Swedish text', () => {
    const differing: string[] = [];
    for (const [feature, texts] of Object.entries(UI_FEATURES)) {
      for (const language of OTHERS) {
        for (const [key, text] of Object.entries(texts[language])) {
          if (text === undefined) continue;
          const expected = placeholdersOf(texts.sv[key] ?? '');
          const actual = placeholdersOf(text);
          if (expected.join() !== actual.join()) differing.push(`${feature}/${language} ${key}: {${actual.join('}, {')}} instead of {${expected.join('}, {')}}`);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it('every chart translation uses the placeholders of its Swedish text', () => {
    const differing: string[] = [];
    for (const language of OTHERS) {
      for (const [key, text] of Object.entries(CHART_TEXTS[language])) {
        const expected = placeholdersOf(CHART_TEXTS.sv[key as keyof typeof CHART_TEXTS.sv]);
        if (expected.join() !== placeholdersOf(text).join()) differing.push(`${language} ${key}`);
      }
    }
    expect(differing).toEqual([]);
  });
});

describe('plural choices', () => {
  it('every UI and chart text in every language gives the one and other forms of its plural choices', () => {
    const problems: string[] = [];
    const check = (where: string, texts: Record<string, string | undefined>) => {
      for (const [key, text] of Object.entries(texts)) for (const problem of pluralProblems(text ?? '')) problems.push(`${where} ${key}: ${problem}`);
    };
    for (const [feature, texts] of Object.entries(UI_FEATURES)) for (const language of ['sv', ...OTHERS] as const) check(`${feature}/${language}`, texts[language]);
    for (const language of ['sv', ...OTHERS] as const) check(`charts/${language}`, CHART_TEXTS[language]);
    expect(problems).toEqual([]);
  });
});
