import { describe, expect, it } from 'vitest';
import { buildReportModel } from './build-model.js';
import { criterionGroup, type ReportCriteria } from './build-criteria-annex.js';
import { agreedCriteriaFixture, frameworkWithCriteria } from './fixtures/criteria-fixture.js';
import { blocksOf, sectionById } from './fixtures/model-walk.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, defaultScores, evaluationDetailFixture, framework2020 } from './fixtures/report-fixture.js';
import type { Language } from '../i18n/language.js';
import type { ReportModel } from './model.js';
import { plainTextToMarkdown as md } from '../markdown/escape.js';

const framework = frameworkWithCriteria();

function build(options: { criteriaAnnex: boolean; language?: Language; criteria?: ReportCriteria | null; withoutCriteria?: boolean }): ReportModel {
  const chosen = options.withoutCriteria ? framework2020() : framework;
  const scores = new Map(defaultScores(chosen));
  scores.set('1.1', 1250);
  scores.set('2.2', 2500);
  const language = options.language ?? 'sv';
  const detail = evaluationDetailFixture({ framework: chosen, scores, language });
  return buildReportModel({
    detail,
    comparison: comparisonFixture(detail),
    framework: chosen,
    caveat: '',
    options: { ...DEFAULT_REPORT_OPTIONS, language, criteriaAnnex: options.criteriaAnnex },
    criteria: options.criteria === undefined ? agreedCriteriaFixture() : options.criteria,
  });
}

const listItems = (model: ReportModel, id: string) => blocksOf(sectionById(model, id)).flatMap((block) => (block.kind === 'list' ? block.items : []));
const facts = (model: ReportModel, id: string) => sectionById(model, id)?.blocks.flatMap((block) => (block.kind === 'facts' ? block.facts : [])) ?? [];

describe('criterionGroup', () => {
  const [met] = framework.areas[0]?.subareas[0]?.criteria ?? [];
  const [levels] = framework.areas[1]?.subareas[1]?.criteria ?? [];
  it('groups the met scale by its value, a level scale by its share of the top level, na and no value apart', () => {
    if (!met || !levels) throw new Error('fixture without criteria');
    expect(['met', 'partly', 'not_met', 'na', null, 'etablerad'].map((value) => criterionGroup(met, value))).toEqual([
      'met',
      'partly',
      'notMet',
      'notApplicable',
      'notAssessed',
      'notAssessed',
    ]);
    expect(['etablerad', 'paborjad', 'saknas', 'na', undefined].map((value) => criterionGroup(levels, value))).toEqual(['met', 'partly', 'notMet', 'notApplicable', 'notAssessed']);
  });
});

describe('the criteria annex of the report model', () => {
  it('is left out unless asked for, and when the model version has no criteria', () => {
    expect(sectionById(build({ criteriaAnnex: false }), 'criteria-annex')).toBeUndefined();
    expect(sectionById(build({ criteriaAnnex: true, withoutCriteria: true }), 'criteria-annex')).toBeUndefined();
    expect(sectionById(build({ criteriaAnnex: true, criteria: null }), 'criteria-annex')).toBeUndefined();
  });

  it('comes last, with an area per area that has criteria and the example notice', () => {
    const model = build({ criteriaAnnex: true });
    const annex = model.chapters.at(-1);
    expect(annex?.id).toBe('criteria-annex');
    expect(annex?.title).toBe('Bilaga: Kriterier per delområde');
    expect(annex?.pageBreak).toBe(true);
    expect(annex?.sections.map((section) => section.id)).toEqual(['criteria-annex-area-1', 'criteria-annex-area-2']);
    expect(annex?.sections[0]?.sections.map((section) => section.id)).toEqual(['criteria-annex-1-1']);
    expect(annex?.blocks).toContainEqual({ kind: 'notice', tone: 'warning', text: expect.stringContaining('exempel') });
  });

  it('groups a sub-area\'s criteria, shows weights when they differ, its score and the incomplete proposal', () => {
    const model = build({ criteriaAnnex: true });
    expect(sectionById(model, 'criteria-annex-1-1')?.sections.map((section) => section.title)).toEqual([
      'Uppfyllda (1)',
      'Delvis uppfyllda (1)',
      'Inte uppfyllda (1)',
      'Inte bedömda (1)',
    ]);
    expect(listItems(model, 'criteria-annex-1-1-met')).toEqual([md('1.1.1 Det finns en antagen plan (vikt 2)')]);
    expect(listItems(model, 'criteria-annex-1-1-notAssessed')).toEqual([md('1.1.4 Planen har en budget (vikt 1)')]);
    expect(facts(model, 'criteria-annex-1-1')).toEqual([
      { label: 'Poäng', value: '12,50 av 20 poäng' },
      { label: 'Förslag enligt kriterierna', value: 'inget förslag, 3 av 4 kriterier är bedömda' },
    ]);
    expect(blocksOf(sectionById(model, 'criteria-annex-1-1')).some((block) => block.kind === 'markdown')).toBe(false);
  });

  it('gives the proposal once every criterion is assessed, not-applicable ones leaving the denominator', () => {
    const criteria = agreedCriteriaFixture();
    const model = build({ criteriaAnnex: true, criteria: { ...criteria, agreed: [...criteria.agreed, { criterionCode: '1.1.4', value: 'na' }] } });
    // (2 × 1 + 1 × ½ + 1 × 0) ÷ 4 of 20 points.
    expect(facts(model, 'criteria-annex-1-1')[1]).toEqual({ label: 'Förslag enligt kriterierna', value: '12,50 poäng' });
    expect(listItems(model, 'criteria-annex-1-1-notApplicable')).toEqual([md('1.1.4 Planen har en budget (vikt 1)')]);
  });

  it('shows a level\'s label and the deviation reason, marked in the written language in another report language', () => {
    const model = build({ criteriaAnnex: true, language: 'en' });
    expect(listItems(model, 'criteria-annex-2-2-met')).toEqual([md('2.2.1 The work against exclusion has goals (level: Established)')]);
    expect(listItems(model, 'criteria-annex-2-2-partly')).toEqual([md('2.2.2 The goals are followed up with data (level: Begun)')]);
    expect(facts(model, 'criteria-annex-2-2')).toEqual([
      { label: 'Score', value: '25.00 of 30 points' },
      { label: 'Proposed by the criteria', value: '20.00 points' },
    ]);
    expect(sectionById(model, 'criteria-annex-2-2')?.blocks).toContainEqual({ kind: 'markdown', markdown: 'Kommunen *saknar* uppföljning av delmålen.', lang: 'sv' });
    const swedish = build({ criteriaAnnex: true });
    expect(sectionById(swedish, 'criteria-annex-2-2')?.blocks).toContainEqual({ kind: 'markdown', markdown: 'Kommunen *saknar* uppföljning av delmålen.' });
  });

  it('escapes criterion texts as plain text', () => {
    const criteria = agreedCriteriaFixture();
    const model = build({ criteriaAnnex: true, language: 'nb', criteria });
    expect(listItems(model, 'criteria-annex-1-1-met')).toEqual(['1\\.1.1 Det finnes en vedtatt plan (vekt 2)']);
  });
});
