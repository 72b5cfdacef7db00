/**
 * The web app's score tables and charts, rendered (React on the server) from figures as the API
 * presents them for random frameworks and scores, and read back as a reader would: every shown
 * figure agrees with the others of its table, and a table with rounded points says so once.
 */
import fc from 'fast-check';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { presentScoreFigures } from '../../api/evaluations/presenter.js';
import { checkExtremes, checkScoreTable, htmlToText, readHtmlTables, type ReadTable } from '../../domain/fixtures/reader.js';
import { scoredFramework, type ScoredFramework } from '../../domain/fixtures/score-trees.js';
import type { Hundredths } from '../../domain/decimal.js';
import { deriveScores } from '../../domain/scoring.js';
import { translate, type Language } from '../../i18n/index.js';
import type { EvaluationDetail } from '../api/types.js';
import { LanguageContext } from '../language/language-context.js';
import { LiveScores } from '../workspace/LiveScores.js';
import { PreviousSection } from '../workspace/PreviousSection.js';
import type { PreviousComparison } from '../workspace/workspace-api.js';
import { AreaOverviewTable } from './AreaOverviewTable.js';
import { AreaScoreTable } from './AreaScoreTable.js';
import { ResultChart, SubareaChart } from './EvaluationCharts.js';
import { ExactCell, ExactHeaderCell, type ExactPoints } from '../ui/ExactPoints.js';

/** Runs of the rendering property (each renders every table and chart of an evaluation). */
const RUNS = 150;

function evaluationOf({ framework, scores }: ScoredFramework): EvaluationDetail {
  const known = new Map([...scores].filter((entry): entry is [string, Hundredths] => entry[1] !== null));
  const figures = presentScoreFigures(framework, deriveScores(framework, known), 'sv');
  return {
    ...figures,
    areas: figures.areas.map((area) => ({
      ...area,
      subareas: area.subareas.map((subarea) => ({ ...subarea, analysis: null, rationale: null })),
      introduction: null,
      analysis: null,
      strengths: [],
      improvements: [],
      goodExamples: [],
    })),
  } as unknown as EvaluationDetail;
}

function render(element: ReactElement, language: Language = 'sv'): string {
  const context = { language, setLanguage: () => undefined, t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params) };
  return renderToStaticMarkup(createElement(LanguageContext.Provider, { value: context }, element));
}

const SV = { points: 'Poäng', max: 'Max', percent: 'Procent' };
const NOTE = translate('sv', 'evaluation.rounding.note');
const NOT_SCORED = translate('sv', 'evaluation.noScore');

/** The tables of a rendered component, with the web's "not scored" read as the missing value it is. */
const tablesOf = (html: string) => readHtmlTables(html).map((table) => ({ ...table, rows: table.rows.map((row) => row.map((cell) => (cell === NOT_SCORED ? '–' : cell))) }));

/** A score table's own contradictions, and whether it says it is rounded exactly when a figure is. */
function checkTable(table: ReadTable, rounded: boolean): string[] {
  const problems = checkScoreTable(table, 'sv', SV);
  if (rounded !== (table.note === NOTE)) problems.push(`${table.caption}: rounded is ${rounded}, note is ${table.note}`);
  return problems;
}

describe('the web score tables', () => {
  it(`show figures a reader can recompute, and say once when they are rounded (${RUNS} random evaluations)`, () => {
    fc.assert(
      fc.property(scoredFramework(), (scored) => {
        const evaluation = evaluationOf(scored);
        const overviewRounded = evaluation.total.rounded || evaluation.areas.some((area) => area.rounded);
        const [overview] = readHtmlTables(render(createElement(AreaOverviewTable, { evaluation })));
        expect(checkTable(overview!, overviewRounded)).toEqual([]);
        // The overview names each area "1. Title"; its rows are the API's shown figures.
        expect(overview!.rows.map((row) => row[1])).toEqual([...evaluation.areas.map((area) => String(area.shown)), String(evaluation.total.shown)]);

        const [live] = readHtmlTables(render(createElement(LiveScores, { evaluation })));
        expect(checkTable(live!, overviewRounded)).toEqual([]);

        for (const area of evaluation.areas) {
          const html = render(createElement(AreaScoreTable, { area }));
          const [table] = tablesOf(html);
          // The code column aside, the area's table reads like any score table (a whole area is one row).
          const withoutCode = { ...table!, columns: table!.columns.slice(1), rows: table!.rows.map((row) => (row.length === table!.columns.length ? row.slice(1) : row)) };
          const rounded = area.rounded || area.subareas.some((subarea) => subarea.rounded);
          if (area.subareas.length > 0) expect(checkTable(withoutCode, rounded)).toEqual([]);
          else expect(checkScoreTable({ ...withoutCode, rows: [...withoutCode.rows, withoutCode.rows[0]!] }, 'sv', SV)).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`draw charts whose data tables and highest/lowest texts follow the shown points (${RUNS} random evaluations)`, () => {
    fc.assert(
      fc.property(scoredFramework(), (scored) => {
        const evaluation = evaluationOf(scored);
        const result = render(createElement(ResultChart, { evaluation }));
        const [table] = readHtmlTables(result);
        const text = htmlToText(/<p class="chart-figure__text">([\s\S]*?)<\/p>/.exec(result)?.[1] ?? '');
        const chartLabels = { points: 'Poäng', max: 'Max', percent: 'Procent' };
        expect(checkScoreTable(table!, 'sv', chartLabels)).toEqual([]);
        expect(checkExtremes(text, table!, 'sv', { highest: 'Högst andel av maxpoängen: ', lowest: 'Lägst andel: ' }, chartLabels)).toEqual([]);
        // The chart names the same highest and lowest areas as the API.
        const named = (codes: string[]) => codes.map((code) => evaluation.areas.find((area) => area.code === code)).map((area) => `${area!.code} ${area!.title}`);
        for (const name of named(evaluation.extremes.highest)) expect(text).toContain(`${name}, `);
        const rounded = evaluation.total.rounded || evaluation.areas.some((area) => area.rounded);
        expect(table!.note).toBe(rounded ? translate('sv', 'evaluation.rounding.chartNote') : null);
        for (const area of evaluation.areas.filter((candidate) => candidate.subareas.some((subarea) => subarea.shown !== null))) {
          const html = render(createElement(SubareaChart, { area }));
          const [subareas] = readHtmlTables(html);
          const alternative = htmlToText(/<p class="chart-figure__text">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
          expect(checkScoreTable(subareas!, 'sv', chartLabels)).toEqual([]);
          expect(checkExtremes(alternative, subareas!, 'sv', { highest: 'Högst andel: ', lowest: 'Lägst andel: ' }, chartLabels)).toEqual([]);
          const areaRounded = area.rounded || area.subareas.some((subarea) => subarea.rounded);
          expect(subareas!.note).toBe(areaRounded ? translate('sv', 'evaluation.rounding.chartNote') : null);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('shows 19.5 of 30 as 20 of 30 and 67 %, notes the rounding and names the exact points column', () => {
    const framework = {
      id: 'f',
      title: { sv: 'F', en: 'F', nb: 'F' },
      revision: '1',
      usedFrom: 2020,
      usedTo: null,
      current: true,
      scoreStep: '0.25',
      areas: [{ code: '8', title: { sv: 'Ledarskap', en: 'Ledarskap', nb: 'Ledarskap' }, max: 50, aliases: [], subareas: [{ code: '8.1', title: { sv: 'Strategi', en: 'Strategi', nb: 'Strategi' }, max: 20, aliases: [] }, { code: '8.2', title: { sv: 'Uppdrag', en: 'Uppdrag', nb: 'Uppdrag' }, max: 30, aliases: [] }] }],
    };
    const evaluation = evaluationOf({ framework, scores: new Map([['8.1', 1200], ['8.2', 1950]]) });
    const html = render(createElement(AreaScoreTable, { area: evaluation.areas[0]! }));
    const [table] = readHtmlTables(html);
    expect(table!.rows).toEqual([
      ['8.1', 'Strategi', '12', '20', '60\u00a0%'],
      ['8.2', 'Uppdrag', '20', '30', '67\u00a0%'],
      ['Summa område 8', '32', '50', '64\u00a0%'],
    ]);
    expect(table!.note).toBe(NOTE);
    expect(html).toContain('aria-pressed="false"');
    expect(htmlToText(html)).toContain('Visa exakta poäng');
    // With the column shown, the exact points have two decimals; an unscored row has a dash.
    const shown: ExactPoints = { rounded: true, shown: true, toggle: () => undefined, noteId: 'n', tableId: 't', describedBy: 'n' };
    const cells = render(createElement('table', null, createElement('tbody', null, createElement('tr', null, createElement(ExactHeaderCell, { exact: shown }), createElement(ExactCell, { exact: shown, score: '19.50' }), createElement(ExactCell, { exact: shown, score: null })))));
    expect(readHtmlTables(cells)[0]!.rows[0]).toEqual(['Exakta poäng', '19,50', '–']);
    expect(render(createElement(ExactCell, { exact: { ...shown, shown: false }, score: '19.50' }))).toBe('');
  });

  it('has no note when every point is whole', () => {
    const framework = {
      id: 'f',
      title: { sv: 'F', en: 'F', nb: 'F' },
      revision: '1',
      usedFrom: 2020,
      usedTo: null,
      current: true,
      scoreStep: '1',
      areas: [{ code: '1', title: { sv: 'A', en: 'A', nb: 'A' }, max: 30, aliases: [], subareas: [{ code: '1.1', title: { sv: 'B', en: 'B', nb: 'B' }, max: 10, aliases: [] }, { code: '1.2', title: { sv: 'C', en: 'C', nb: 'C' }, max: 20, aliases: [] }] }],
    };
    const evaluation = evaluationOf({ framework, scores: new Map([['1.1', 700], ['1.2', 1300]]) });
    expect(readHtmlTables(render(createElement(AreaOverviewTable, { evaluation })))[0]!.note).toBeNull();
    expect(render(createElement(AreaScoreTable, { area: evaluation.areas[0]! }))).not.toContain('Visa exakta poäng');
  });

  it('notes rounding under the comparison with the previous evaluation, whose differences are of the shown points', () => {
    const previous: PreviousComparison = {
      id: 'p',
      year: 2019,
      frameworkId: 'f',
      sameFramework: true,
      caveat: null,
      areas: [
        { code: '1', title: 'A', current: { score: '48.25', shown: 48 }, previous: { score: '45.50', shown: 46 }, difference: 2, mappedFrom: ['1'] },
        { code: '2', title: 'B', current: { score: '61.00', shown: 61 }, previous: null, difference: null, mappedFrom: [] },
      ],
    };
    // The section links to the previous evaluation, so it renders inside a router.
    const inRouter = (value: PreviousComparison) => createElement(MemoryRouter, null, createElement(PreviousSection, { previous: value }));
    const html = render(inRouter(previous));
    const [table] = readHtmlTables(html);
    expect(table!.rows).toEqual([
      ['1. A', '48', '46', '+2'],
      ['2. B', '61', '–', '–'],
    ]);
    expect(table!.note).toBe(translate('sv', 'workspace.previous.roundingNote'));
    // Each shown difference is the difference of the shown points beside it.
    for (const row of table!.rows) if (row[3] !== '–') expect(Number(row[3]!.replace('\u2212', '-'))).toBe(Number(row[1]) - Number(row[2]));
    // Whole points need no note.
    const whole = { ...previous, areas: [{ ...previous.areas[0]!, current: { score: '48.00', shown: 48 }, previous: { score: '46.00', shown: 46 } }] };
    expect(readHtmlTables(render(inRouter(whole)))[0]!.note).toBeNull();
  });
});
