import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { listScoringUnits } from '../domain/framework.js';
import { FACT_CHECK_COMMENTS, FACT_CHECK_TEXTS, type DemoTexts } from './demo-texts.js';
import { DEMO_FACT_CHECK_COMMENTS_NB, DEMO_MARK_NB, DEMO_NOTE_NB, DEMO_SCORES_NB, DEMO_TEXTS_NB, demoRationaleNb } from './demo-texts-nb.js';

const model = loadCatalogue().frameworks.get('kommunkompassen-2020')!;
const units = listScoringUnits(model);
const areaCodes = model.areas.map((area) => area.code);
const unitCodes = new Set(units.map((unit) => unit.code));

/** Words that are Swedish and never bokmål (bokmål writes og, ikke, å/at, også, hvordan, mellom, etter, uten, siden, bare, arbeid…). */
const SWEDISH_ONLY = new Set([
  'och',
  'inte',
  'att',
  'också',
  'hur',
  'mellan',
  'efter',
  'utan',
  'sedan',
  'bara',
  'arbete',
  'medarbetare',
  'verksamhet',
  'utvärdering',
  'förbättring',
  'uppföljning',
  'samverkan',
  'fullmäktige',
  'kommunstyrelsen',
  'invånare',
]);

/** The Swedish words and letters (ä, ö: bokmål writes æ, ø) found in a text. */
function swedishIn(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return [...new Set([...words.filter((word) => SWEDISH_ONLY.has(word)), ...(text.match(/[äöÄÖ]/g) ?? [])])];
}

function allTexts(texts: DemoTexts, comments: ReadonlyArray<{ body: string; answer: string | null }>): string[] {
  return [
    ...Object.values(texts.areas).flatMap((area) => [area.analysis, ...area.strengths, ...area.improvements]),
    ...(texts.summary ? [texts.summary] : []),
    ...texts.goodExamples.map((example) => example.text),
    ...comments.flatMap((comment) => [comment.body, ...(comment.answer ? [comment.answer] : [])]),
  ];
}

const areaTotal = (code: string) => units.filter((unit) => unit.areaCode === code).reduce((sum, unit) => sum + DEMO_SCORES_NB[unit.code]!, 0);

describe('the Norwegian demo scores', () => {
  it('give every sub-area of the 2020 model a whole score within its max, and nothing else', () => {
    expect(Object.keys(DEMO_SCORES_NB).sort()).toEqual([...unitCodes].sort());
    for (const unit of units) {
      const score = DEMO_SCORES_NB[unit.code]!;
      expect(Number.isInteger(score), unit.code).toBe(true);
      expect(score, unit.code).toBeGreaterThanOrEqual(0);
      expect(score, unit.code).toBeLessThanOrEqual(unit.max);
    }
  });

  it('add up to the area totals and a total of 585 of 800', () => {
    expect(areaCodes.map(areaTotal)).toEqual([78, 81, 75, 74, 71, 60, 74, 72]);
    for (const area of model.areas) expect(areaTotal(area.code), area.code).toBeLessThanOrEqual(area.max);
    const total = areaCodes.reduce((sum, code) => sum + areaTotal(code), 0);
    expect(total).toBe(585);
    expect(total).toBeGreaterThanOrEqual(560);
    expect(total).toBeLessThanOrEqual(640);
  });
});

describe('the Norwegian demo texts', () => {
  it('write every area of the 2020 model, marked as demo, with the summary marked as demo', () => {
    expect(Object.keys(DEMO_TEXTS_NB.areas).sort()).toEqual([...areaCodes].sort());
    for (const [code, area] of Object.entries(DEMO_TEXTS_NB.areas)) {
      expect(area.analysis.startsWith(`${DEMO_MARK_NB} `), code).toBe(true);
      expect(area.strengths.length, code).toBeGreaterThan(0);
      expect(area.improvements.length, code).toBeGreaterThan(0);
    }
    expect(DEMO_TEXTS_NB.summary?.startsWith(DEMO_NOTE_NB)).toBe(true);
    expect(DEMO_TEXTS_NB.goodExamples.length).toBeGreaterThan(0);
    for (const example of DEMO_TEXTS_NB.goodExamples) expect(example.text).toMatch(/^Demoeksempel: /);
  });

  it('weigh strengths and improvements as the scores do: strong areas more strengths, weak ones more improvements', () => {
    for (const area of model.areas) {
      const share = areaTotal(area.code) / area.max;
      const { strengths, improvements } = DEMO_TEXTS_NB.areas[area.code]!;
      if (share >= 0.75) expect(strengths.length, area.code).toBeGreaterThanOrEqual(improvements.length);
      if (share <= 0.62) expect(improvements.length, area.code).toBeGreaterThan(strengths.length);
    }
    const weakest = [...areaCodes].sort((a, b) => areaTotal(a) - areaTotal(b))[0]!;
    expect(weakest).toBe('6');
    expect(DEMO_TEXTS_NB.summary).toContain('kvalitetsutvikling');
  });

  it('reference only areas and sub-areas the 2020 model has', () => {
    for (const example of DEMO_TEXTS_NB.goodExamples) expect(areaCodes, example.text).toContain(example.areaCode);
    for (const comment of DEMO_FACT_CHECK_COMMENTS_NB) if (comment.unitCode !== null) expect(unitCodes.has(comment.unitCode), comment.unitCode).toBe(true);
    expect(DEMO_FACT_CHECK_COMMENTS_NB.map((comment) => comment.answer === null)).toEqual([false, true]);
    for (const text of allTexts(DEMO_TEXTS_NB, DEMO_FACT_CHECK_COMMENTS_NB)) {
      for (const [, code] of text.matchAll(/\b(\d+\.\d+)\b/g)) expect(unitCodes.has(code!), `${code} in ${text}`).toBe(true);
      for (const [, code] of text.matchAll(/\bområde (\d+)\b/g)) expect(areaCodes, `${code} in ${text}`).toContain(code);
    }
  });

  it('are bokmål, with no Swedish words or letters', () => {
    const rationales = [0.2, 0.5, 0.9].flatMap((share) => [true, false].map((own) => demoRationaleNb('6.4', 'Lære av gode eksempler', share, own)));
    const texts = [DEMO_MARK_NB, DEMO_NOTE_NB, ...allTexts(DEMO_TEXTS_NB, DEMO_FACT_CHECK_COMMENTS_NB), ...rationales];
    expect(texts.map(swedishIn).flat()).toEqual([]);
    // The check finds Swedish where there is some: the Swedish demo's texts.
    expect(allTexts(FACT_CHECK_TEXTS, FACT_CHECK_COMMENTS).flatMap(swedishIn)).toEqual(expect.arrayContaining(['och', 'inte', 'att', 'ä', 'ö']));
  });

  it('give the rationale by how high the score is, in bokmål', () => {
    expect(demoRationaleNb('6.4', 'Lære av gode eksempler', 17 / 30, false)).toBe(
      'Demobegrunnelse: 6.4 Lære av gode eksempler – grunnlaget er på plass, men arbeidet er ikke samlet eller fulgt opp overalt.',
    );
    expect(demoRationaleNb('2.3', 'Økologisk bærekraft', 26 / 30, true)).toBe('Egen vurdering (demo): 2.3 Økologisk bærekraft – arbeidet er godt utviklet og blir fulgt opp.');
    expect(demoRationaleNb('5.5', 'Brukerinnflytelse', 0.3, false)).toMatch(/– arbeidsmåten finnes bare i deler av organisasjonen\.$/);
  });
});
