/**
 * What English and Norwegian still lack, per feature of the UI catalogue, and that every
 * translation fills in the same placeholders as the Swedish text. The missing keys are counted
 * only (completing them is its own piece of work): a count may never grow, and when it shrinks
 * the recorded number below is lowered to match, so it cannot grow back unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { CHART_TEXTS } from './chart-texts.js';
import { placeholdersOf, pluralProblems } from './interpolate.js';
import { UI_FEATURES } from './ui-catalogue.js';

/** Keys without an English or Norwegian text, per feature (`catalogues/<feature>/`). */
const RECORDED_MISSING: Record<string, { en: number; nb: number }> = {
  account: { en: 0, nb: 0 },
  app: { en: 0, nb: 0 },
  comparisons: { en: 0, nb: 0 },
  evaluation: { en: 0, nb: 0 },
  evidence: { en: 138, nb: 138 },
  factCheck: { en: 72, nb: 72 },
  import: { en: 97, nb: 101 },
  public: { en: 0, nb: 0 },
  referenceAverages: { en: 0, nb: 0 },
  reports: { en: 0, nb: 0 },
  scoring: { en: 73, nb: 73 },
  users: { en: 64, nb: 64 },
  workspace: { en: 110, nb: 110 },
  writing: { en: 0, nb: 0 },
};

type Other = 'en' | 'nb';
const OTHERS: Other[] = ['en', 'nb'];

function missing(feature: string, language: Other): string[] {
  const texts = UI_FEATURES[feature]!;
  return Object.keys(texts.sv).filter((key) => texts[language][key] === undefined);
}

describe('the UI catalogue in English and Norwegian', () => {
  it('has every feature folder recorded', () => {
    expect(Object.keys(UI_FEATURES).sort()).toEqual(Object.keys(RECORDED_MISSING).sort());
  });

  for (const feature of Object.keys(UI_FEATURES)) {
    for (const language of OTHERS) {
      it(`${feature}: ${language} lacks no more keys than recorded`, () => {
        const keys = missing(feature, language);
        const recorded = RECORDED_MISSING[feature]?.[language] ?? 0;
        const list = keys.map((key) => `  ${key}`).join('\n');
        expect(keys.length, `${feature}/${language} now lacks ${keys.length} keys, ${recorded} recorded (translate the new ones; all missing keys):\n${list}`).toBeLessThanOrEqual(recorded);
        expect(keys.length, `${feature}/${language} lacks ${keys.length} keys, fewer than the ${recorded} recorded: lower RECORDED_MISSING.${feature}.${language} to ${keys.length}`).toBe(recorded);
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
