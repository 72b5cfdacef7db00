import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkColumnSum, readHtmlTables, readNumber, type ReadTable } from '../domain/fixtures/reader.js';
import { scoredFramework } from '../domain/fixtures/score-trees.js';
import { listScoringUnits } from '../domain/framework.js';
import { renderReportHtml } from './html/render-html.js';
import type { EvaluationDetail } from '../contract/evaluations.js';
import type { Framework } from '../domain/framework.js';
import type { Language } from '../i18n/language.js';
import { reportTexts } from '../i18n/report-texts.js';
import type { ReportBaseline, ReportImprovementReview, ReportPlanAction } from './baseline.js';
import { buildReportModel } from './build-model.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, defaultScores, evaluationDetailFixture, framework2020, testCatalogue } from './fixtures/report-fixture.js';
import { allSections, blocksOf, parseShown, sectionById, tablesOf } from './fixtures/model-walk.js';
import type { ReportBlock, ReportModel, ReportTable } from './model.js';
import { shownScores } from './scores.js';

const CAVEAT = 'Jämförelsen går över versioner.';
const DASH = '–';

function framework(id: string): Framework {
  const found = testCatalogue().frameworks.get(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

/** A published baseline of 2019: the default scores less a quarter point here and there, so figures change both ways. */
function baselineDetail(overrides: { framework?: Framework; scores?: Map<string, number | null> } = {}): EvaluationDetail {
  const chosen = overrides.framework ?? framework2020();
  const scores = overrides.scores ?? new Map([...defaultScores(chosen)].map(([code, score], index) => [code, index % 3 === 0 ? Math.max(0, score - 275) : score + (index % 2) * 125]));
  const detail = evaluationDetailFixture({ framework: chosen, scores, text: (where) => `Tidigare text om ${where}.` });
  return { ...detail, id: '00000000-0000-4000-8000-000000000009', year: 2019, fieldworkStart: '2019-03', fieldworkEnd: null, reportDate: '2019-06-01' };
}

function baseline(detail: EvaluationDetail, extra: { reviews?: ReportImprovementReview[]; actions?: ReportPlanAction[] | null } = {}): ReportBaseline {
  return { detail, framework: framework(detail.framework.id), areaMaps: testCatalogue().areaMaps, reviews: extra.reviews ?? [], actions: extra.actions ?? null };
}

function build(given: ReportBaseline | null, language: Language = 'sv'): ReportModel {
  const detail = evaluationDetailFixture({ language });
  return buildReportModel({
    detail,
    comparison: comparisonFixture(detail, { history: 'none' }),
    framework: framework2020(),
    caveat: CAVEAT,
    options: { ...DEFAULT_REPORT_OPTIONS, language },
    baseline: given,
  });
}

const texts = (blocks: readonly ReportBlock[]) => blocks.flatMap((block) => (block.kind === 'paragraph' || block.kind === 'notice' ? [block.text] : block.kind === 'markdown' ? [block.markdown] : block.kind === 'list' ? block.items : []));
const figure = (cell: string | undefined) => (cell === undefined || cell === DASH ? null : parseShown(cell.replace('+', '')));

/** Every row: change = now − previous, with "–" exactly where a side is missing. */
function expectChangesAreDifferences(table: ReportTable): void {
  for (const row of table.rows) {
    const [previous, now, change] = row.cells.slice(-3).map(figure);
    if (previous === null || now === null) expect(change, row.cells.join(' | ')).toBeNull();
    else expect(change, row.cells.join(' | ')).toBe((now ?? 0) - (previous ?? 0));
  }
}

/** Rows that are not totals add up to the total row, in the given column (counted from the end). */
function expectAddsUp(table: ReportTable, fromEnd: number): void {
  const parts = table.rows.filter((row) => !row.total).map((row) => figure(row.cells.at(-fromEnd)) ?? 0);
  expect(parts.reduce((sum, value) => sum + value, 0)).toBe(figure(table.rows.find((row) => row.total)?.cells.at(-fromEnd)));
}

describe('the development chapter of a follow-up report', () => {
  it('is absent without a baseline, and the overview keeps number 4', () => {
    const model = build(null);
    expect(sectionById(model, 'chapter-development')).toBeUndefined();
    expect(model.chapters.map((chapter) => chapter.number)).toEqual(['1', '2', '3', '4']);
  });

  it('within one model: per area and sub-area the previous and current points and their difference, adding up everywhere', () => {
    const before = baselineDetail();
    const model = build(baseline(before));
    expect(model.chapters.map((chapter) => [chapter.number, chapter.title])).toEqual([
      ['1', 'Om Kommunkompassen'],
      ['2', 'Sammanfattning'],
      ['3', 'Resultat per område'],
      ['4', 'Utveckling sedan förra utvärderingen'],
      ['5', 'Poängöversikt'],
    ]);
    const chapter = sectionById(model, 'chapter-development');
    expect(chapter?.sections.map((section) => section.number)).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8']);
    expect(blocksOf(chapter).some((block) => block.kind === 'notice')).toBe(false);
    const [areas] = tablesOf({ ...chapter!, sections: [] });
    expect(areas?.columns.map((column) => column.label)).toEqual(['Område', 'Utvärdering 2019', 'Denna utvärdering 2023', 'Förändring']);
    expectChangesAreDifferences(areas!);
    expectAddsUp(areas!, 3);
    expectAddsUp(areas!, 2);
    // Previous figures as the baseline's own report shows them; current ones as this report's overview.
    const then = shownScores(before);
    const overviewTotals = tablesOf({ ...sectionById(model, 'chapter-overview')!, sections: [] }).at(-1)!;
    then.areas.forEach((area, index) => {
      expect(figure(areas?.rows[index]?.cells[1])).toBe(area.shown);
      expect(areas?.rows[index]?.cells[2]).toBe(overviewTotals.rows[index]?.cells[1]);
    });
    expect(texts(chapter!.blocks)).toContain(
      `Totalpoängen har gått från ${then.total.shown} till ${overviewTotals.rows.at(-1)?.cells[1]} poäng (${areas?.rows.at(-1)?.cells[3]}).`,
    );
    for (const area of chapter!.sections) {
      const [subareas] = area.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
      expect(subareas?.columns[0]?.label).toBe('Delområde');
      expectChangesAreDifferences(subareas!);
      expectAddsUp(subareas!, 3);
      expectAddsUp(subareas!, 2);
      expect(subareas?.rows.at(-1)?.cells.slice(1)).toEqual(areas?.rows[Number(area.number!.split('.')[1]) - 1]?.cells.slice(1));
    }
    // Every rounded note points at the exact points, now section 5.1.
    const notes = allSections(model).flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'table' && block.table.note ? [block.table.note] : [])));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((note) => /avsnitt \d/.test(note) && !note.includes('avsnitt 5.1'))).toEqual([]);
    expect(sectionById(model, 'overview-exact')?.number).toBe('5.1');
  });

  it('across model versions: the areas through the area map, with its caveat, and no sub-area comparison', () => {
    const model = build(baseline(baselineDetail({ framework: framework('kommunkompassen-2016') })));
    const chapter = sectionById(model, 'chapter-development')!;
    expect(chapter.blocks).toContainEqual({ kind: 'notice', tone: 'caveat', text: CAVEAT });
    expect(texts(chapter.blocks)).toContain(reportTexts('sv').development.mapped);
    const [areas] = tablesOf({ ...chapter, sections: [] });
    expect(areas?.columns.map((column) => column.label)).toEqual(['Område', 'Förra modellens område', 'Utvärdering 2019', 'Denna utvärdering 2023', 'Förändring']);
    // The 2016 → 2020 map: area 5 of 2020 is area 2 of 2016.
    expect(areas?.rows[4]?.cells[1]).toBe('2');
    expectChangesAreDifferences(areas!);
    expectAddsUp(areas!, 3);
    const area5 = sectionById(model, 'development-area-5')!;
    expect(area5.blocks.some((block) => block.kind === 'table')).toBe(false);
    expect(texts(area5.blocks)[0]).toMatch(/^Området jämförs med område 2 /);
    expect(area5.sections.map((section) => section.title)).toEqual([1, 2, 3].map((n) => `Förbättringsmöjlighet ${n} i förra utvärderingens område 2`));
    expect(area5.sections[0]?.blocks[0]).toEqual({ kind: 'markdown', markdown: 'Tidigare text om förbättring 1 i 2.' });
  });

  it('shows a missing previous score as a dash, without a change', () => {
    const scores = new Map<string, number | null>([...defaultScores(framework2020())]);
    for (const code of [...scores.keys()]) if (code.startsWith('3.')) scores.set(code, null);
    scores.set('4.2', null);
    const model = build(baseline(baselineDetail({ scores })));
    const chapter = sectionById(model, 'chapter-development')!;
    const [areas] = tablesOf({ ...chapter, sections: [] });
    expect(areas?.rows[2]?.cells.slice(1)).toEqual([DASH, expect.any(String), DASH]);
    expectChangesAreDifferences(areas!);
    expect(texts(sectionById(model, 'development-area-3')!.blocks)).toContain(reportTexts('sv').development.noPrevious);
    const [area4] = tablesOf({ ...sectionById(model, 'development-area-4')!, sections: [] });
    const row = area4?.rows.find((candidate) => candidate.cells[0]?.startsWith('4.2 '));
    expect(row?.cells.slice(1)).toEqual([DASH, expect.any(String), DASH]);
    expectChangesAreDifferences(area4!);
  });

  it('gives each earlier improvement opportunity the judgement in words and the comment, or says that it was not judged', () => {
    const reviews: ReportImprovementReview[] = [
      { areaCode: '1', index: 0, judgement: 'addressed', comment: 'Kommunen har infört en ny rutin.' },
      { areaCode: '1', index: 2, judgement: 'partly', comment: '' },
      { areaCode: '2', index: 1, judgement: 'not_addressed', comment: 'Inget har hänt.' },
    ];
    const model = build(baseline(baselineDetail(), { reviews }));
    const area1 = sectionById(model, 'development-area-1')!;
    expect(area1.sections.map((section) => section.title)).toEqual(['Förbättringsmöjlighet 1', 'Förbättringsmöjlighet 2', 'Förbättringsmöjlighet 3']);
    expect(area1.sections[0]?.blocks).toEqual([
      { kind: 'markdown', markdown: 'Tidigare text om förbättring 1 i 1.' },
      { kind: 'paragraph', text: 'Utvärderarnas bedömning: åtgärdad.' },
      { kind: 'markdown', markdown: 'Kommunen har infört en ny rutin.' },
    ]);
    expect(area1.sections[1]?.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Utvärderarna har inte bedömt om förbättringsmöjligheten har åtgärdats.' });
    expect(area1.sections[2]?.blocks.slice(1)).toEqual([{ kind: 'paragraph', text: 'Utvärderarnas bedömning: delvis åtgärdad.' }]);
    const judgements = tablesOf({ ...sectionById(model, 'chapter-development')!, sections: [] }).at(-1);
    expect(judgements?.rows.map((row) => row.cells)).toEqual([
      ['Åtgärdad', '1'],
      ['Delvis åtgärdad', '1'],
      ['Inte åtgärdad', '1'],
      ['Inte bedömd', '21'],
      ['Totalt', '24'],
    ]);
    // No plan shown when it is not public.
    const all = allSections(model).flatMap((section) => texts(section.blocks));
    expect(all.filter((text) => text.includes('handlingsplan'))).toEqual([]);
  });

  it('numbers improvement opportunities as the baseline report lists them, skipping empty items but matching judgements by stored index', () => {
    const before = baselineDetail();
    const withEmpty = { ...before, areas: before.areas.map((area) => (area.code === '1' ? { ...area, improvements: ['', 'Andra punkten.', 'Tredje punkten.'] } : area)) };
    const model = build(baseline(withEmpty, { reviews: [{ areaCode: '1', index: 1, judgement: 'addressed', comment: '' }] }));
    const area1 = sectionById(model, 'development-area-1')!;
    expect(area1.sections.map((section) => [section.title, (section.blocks[0] as { markdown: string }).markdown])).toEqual([
      ['Förbättringsmöjlighet 1', 'Andra punkten.'],
      ['Förbättringsmöjlighet 2', 'Tredje punkten.'],
    ]);
    expect(area1.sections[0]?.blocks[1]).toEqual({ kind: 'paragraph', text: 'Utvärderarnas bedömning: åtgärdad.' });
  });

  it('shows the public plan’s actions with status and progress, and says when an opportunity has none', () => {
    const actions: ReportPlanAction[] = [
      { areaCode: '1', index: 0, title: 'Ny styrmodell', status: 'in_progress', progress: 40, statusReason: '' },
      { areaCode: '1', index: 0, title: 'Utbildning av nämnderna', status: 'done', progress: 100, statusReason: '' },
      { areaCode: '1', index: 1, title: 'Medborgarpanel', status: 'dropped', progress: 10, statusReason: 'Ersatt av dialogmöten' },
    ];
    const model = build(baseline(baselineDetail(), { actions }));
    const area1 = sectionById(model, 'development-area-1')!;
    expect(area1.sections[0]?.blocks.slice(-2)).toEqual([
      { kind: 'paragraph', text: 'Åtgärder i kommunens handlingsplan:' },
      { kind: 'list', style: 'bullet', items: ['Ny styrmodell: pågår, 40\u00a0% klart', 'Utbildning av nämnderna: genomförd, 100\u00a0% klart'] },
    ]);
    expect(area1.sections[1]?.blocks.at(-1)).toEqual({ kind: 'list', style: 'bullet', items: ['Medborgarpanel: avbruten (Ersatt av dialogmöten)'] });
    expect(area1.sections[2]?.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Kommunens handlingsplan har ingen åtgärd för den här förbättringsmöjligheten.' });
    expect(texts(sectionById(model, 'chapter-development')!.blocks)).toContain(reportTexts('sv').development.planPublic);
  });

  it('speaks Norwegian and English, marking the evaluators’ texts with the language they are written in', () => {
    for (const language of ['nb', 'en'] as const) {
      const model = build(baseline(baselineDetail(), { reviews: [{ areaCode: '1', index: 0, judgement: 'partly', comment: 'Delvis.' }] }), language);
      const chapter = sectionById(model, 'chapter-development')!;
      expect(chapter.title).toBe(reportTexts(language).development.heading);
      const first = sectionById(model, 'development-area-1')!.sections[0]!;
      expect(first.blocks[0]).toMatchObject({ kind: 'markdown', lang: 'sv' });
      expect(first.blocks[1]).toEqual({ kind: 'paragraph', text: reportTexts(language).development.judgementSentence(reportTexts(language).development.judgements.partly) });
      expect(first.blocks[2]).toMatchObject({ kind: 'markdown', markdown: 'Delvis.', lang: 'sv' });
    }
  });
});

describe('the development chapter as a reader recomputes it', () => {
  /** A random framework with random scores now and at the baseline (either side may leave units unscored). */
  const scenario = scoredFramework({ missing: 8 }).chain((current) =>
    fc.record({
      current: fc.constant(current),
      before: fc.tuple(...listScoringUnits(current.framework).map((unit) => fc.option(fc.integer({ min: 0, max: unit.max * 100 }), { freq: 8 }))),
    }),
  );

  const problems = (table: ReadTable): string[] => {
    const found: string[] = [];
    // Then and now add up (a dash is a unit without a score, counted as zero); the changes add up when every row has one.
    for (const index of [1, 2]) found.push(...checkColumnSum(table, index, 'sv'));
    if (table.rows.every((row) => row[3] !== DASH)) found.push(...checkColumnSum(table, 3, 'sv'));
    for (const row of table.rows) {
      const [previous, now, change] = row.slice(1).map((cell) => readNumber(cell, 'sv'));
      if ((previous === null || now === null) !== (change === null)) found.push(`${table.caption}: "${row[0]}" shows a change ${row[3]} beside ${row[1]} and ${row[2]}`);
      else if (change !== null && change !== (now ?? 0) - (previous ?? 0)) found.push(`${table.caption}: "${row[0]}" changes ${row[3]} from ${row[1]} to ${row[2]}`);
    }
    return found;
  };

  it('never contradicts itself in HTML: 60 random evaluations and baselines', () => {
    fc.assert(
      fc.property(scenario, ({ current, before }) => {
        const units = listScoringUnits(current.framework);
        const detail = evaluationDetailFixture({ framework: current.framework, scores: current.scores });
        const baselineScores = new Map(units.map((unit, index) => [unit.code, before[index] ?? null]));
        const then = { ...evaluationDetailFixture({ framework: current.framework, scores: baselineScores }), id: '00000000-0000-4000-8000-000000000009', year: 2019 };
        const model = buildReportModel({
          detail,
          comparison: comparisonFixture(detail, { history: 'none' }),
          framework: current.framework,
          caveat: CAVEAT,
          options: DEFAULT_REPORT_OPTIONS,
          baseline: { detail: then, framework: current.framework, areaMaps: [], reviews: [], actions: null },
        });
        const tables = readHtmlTables(renderReportHtml(model)).filter((table) => table.columns.at(-1) === 'Förändring');
        expect(tables.length).toBeGreaterThan(0);
        expect(tables.flatMap(problems)).toEqual([]);
        // Each area's table ends in the area's row of the chapter's table.
        const [areas, ...perArea] = tables;
        for (const table of perArea) {
          const code = table.rows[0]?.[0]?.split('.')[0];
          const areaRow = areas?.rows.find((row) => row[0]?.split(' ')[0] === code);
          expect(table.rows.at(-1)?.slice(1)).toEqual(areaRow?.slice(1));
        }
      }),
      { numRuns: 60 },
    );
  });
});
