import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from './build-model.js';
import { reportFileName } from './file-name.js';
import { comparisonFixture, DEFAULT_REPORT_OPTIONS, evaluationDetailFixture, framework2020 } from './fixtures/report-fixture.js';
import { allSections, blocksOf, parseShown, sectionById, tablesOf } from './fixtures/model-walk.js';
import type { ReportModel, ReportOptions } from './model.js';

const NBSP = '\u00a0';

function build(options: Partial<ReportOptions> = {}, detail = evaluationDetailFixture(), comparison = comparisonFixture(detail)): ReportModel {
  return buildReportModel({ detail, comparison, framework: framework2020(), caveat: 'Jämförelsen går över versioner.', options: { ...DEFAULT_REPORT_OPTIONS, ...options } });
}

/** The tables of the overview of points itself (not of its exact points, section 4.1). */
function overviewTables(model: ReportModel) {
  return (sectionById(model, 'chapter-overview')?.blocks ?? []).flatMap((block) => (block.kind === 'table' ? [block.table] : []));
}

/** Checks that every overview table adds up and agrees with the totals table. */
function expectOverviewAddsUp(model: ReportModel): void {
  const tables = overviewTables(model);
  const totals = tables.at(-1);
  if (!totals) throw new Error('no totals table');
  const areaRows = totals.rows.filter((row) => !row.total);
  const totalRow = totals.rows.find((row) => row.total);
  const areaShown = areaRows.map((row) => parseShown(row.cells[1] ?? ''));
  expect(areaShown.reduce((sum, value) => sum + value, 0)).toBe(parseShown(totalRow?.cells[1] ?? ''));
  tables.slice(0, -1).forEach((table, index) => {
    const parts = table.rows.filter((row) => !row.total).map((row) => row.cells[1] ?? '');
    const sum = table.rows.find((row) => row.total)?.cells[1] ?? '';
    const known = parts.filter((cell) => cell !== '–').map(parseShown);
    if (known.length === parts.length) expect(known.reduce((total, value) => total + value, 0)).toBe(parseShown(sum));
    expect(parseShown(sum)).toBe(areaShown[index]);
  });
}

describe('buildReportModel', () => {
  it('has the four chapters of the report structure, with a section per area', () => {
    const model = build();
    expect(model.chapters.map((chapter) => [chapter.number, chapter.title])).toEqual([
      ['1', 'Om Kommunkompassen'],
      ['2', 'Sammanfattning'],
      ['3', 'Resultat per område'],
      ['4', 'Poängöversikt'],
    ]);
    expect(model.chapters[2]?.sections.map((section) => section.id)).toEqual(['area-1', 'area-2', 'area-3', 'area-4', 'area-5', 'area-6', 'area-7', 'area-8']);
    const area = sectionById(model, 'area-3');
    expect(area?.sections.map((section) => section.title)).toEqual(['Utvärderade delområden', 'Analys', 'Poäng', 'Styrkor', 'Förbättringsmöjligheter', 'Goda exempel']);
    expect(blocksOf(sectionById(model, 'area-3-strengths'))).toEqual([
      { kind: 'list', style: 'numbered', items: expect.any(Array), itemAnchors: ['text-area-3-strength-1', 'text-area-3-strength-2'] },
    ]);
    // The result chart, three comparison charts and a sub-area chart per area.
    expect(model.charts.map((chart) => chart.id)).toEqual(expect.arrayContaining(['profile-radar', 'subareas-1', 'subareas-8']));
    expect(model.charts).toHaveLength(1 + 1 + 1 + 1 + 8);
  });

  it('takes the cover from the evaluation unless the options override it', () => {
    const model = build();
    expect(model.cover.title).toBe('Utvärdering av Leksands kommun 2023');
    expect(model.cover.facts).toEqual([
      { label: 'Utvärderare', value: 'Anna Andersson och Bertil Berg' },
      { label: 'Datum', value: '23 november 2023' },
      { label: 'Modell', value: 'Kommunkompassen 2020' },
    ]);
    const overridden = build({ cover: { evaluators: ['Cecilia Ek'], date: '2024-01-15' } });
    expect(overridden.cover.evaluators).toEqual(['Cecilia Ek']);
    expect(overridden.cover.date).toBe('15 januari 2024');
  });

  it('shows the evaluation: when, which in order, how many interviewed and the sources', () => {
    const section = sectionById(build(), 'summary-evaluation');
    const text = blocksOf(section).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [])).join(' ');
    expect(text).toContain(`augusti 2023${NBSP}– september 2023`);
    expect(text).toContain('andra gången');
    expect(text).toContain('32 personer');
    expect(blocksOf(section)).toContainEqual({ kind: 'list', style: 'bullet', items: ['Styrdokument', 'Intervjuer', 'Webbplats'] });
  });

  it('rounds with largest remainder so sub-areas add up to areas and areas to the total', () => {
    const framework = framework2020();
    const units = framework.areas.flatMap((area) => area.subareas.map((subarea) => ({ code: subarea.code, max: (subarea.max ?? 0) * 100 })));
    fc.assert(
      fc.property(
        fc.tuple(...units.map((unit) => fc.option(fc.integer({ min: 0, max: unit.max }), { freq: 12 }))),
        (values) => {
          const scores = new Map(units.map((unit, index) => [unit.code, values[index] ?? null]));
          const detail = evaluationDetailFixture({ scores });
          const model = build({}, detail, comparisonFixture(detail, { history: 'none' }));
          expectOverviewAddsUp(model);
          // The totals table agrees with the evaluation page's own rounding.
          const totalRow = overviewTables(model).at(-1)?.rows.at(-1);
          expect(parseShown(totalRow?.cells[1] ?? '')).toBe(detail.total.shown);
          detail.areas.forEach((area, index) => {
            expect(parseShown(overviewTables(model).at(-1)?.rows[index]?.cells[1] ?? '')).toBe(area.shown);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shows percent per row from the shown points, says once per table that they are rounded and gives the exact points in 4.1', () => {
    const scores = new Map(framework2020().areas.flatMap((area) => area.subareas.map((subarea) => [subarea.code, 0] as [string, number])));
    scores.set('1.2', 650);
    const detail = evaluationDetailFixture({ scores });
    const model = build({}, detail);
    const [table] = overviewTables(model);
    // 6.5 of 10 is shown as 7 points and 70 %: a reader who divides the shown points gets the shown percent.
    expect(table?.rows[1]?.cells).toEqual(['1.2 Kommunens information till medborgarna', '7', '10', `70${NBSP}%`]);
    expect(table?.note).toBe('Poängen är avrundade till hela tal så att delarna summerar till summorna, och procenten räknas på de avrundade poängen. De exakta poängen finns i avsnitt 4.1.');
    expect(overviewTables(model)[1]?.note).toBeUndefined();
    const exact = sectionById(model, 'overview-exact');
    expect(exact?.number).toBe('4.1');
    expect(tablesOf(exact)[0]?.rows[1]?.cells).toEqual(['1.2 Kommunens information till medborgarna', '6,50', '10']);
    expect(tablesOf(exact).at(-1)?.rows.at(-1)?.cells).toEqual(['Totalt', '6,50', '800']);
  });

  it('has no note and no exact points when every score is whole', () => {
    const scores = new Map(framework2020().areas.flatMap((area) => area.subareas.map((subarea) => [subarea.code, 500] as [string, number])));
    const model = build({}, evaluationDetailFixture({ scores }));
    expect(overviewTables(model).every((table) => table.note === undefined)).toBe(true);
    expect(sectionById(model, 'overview-exact')).toBeUndefined();
  });

  it('gives every average its n and warns below the minimum n', () => {
    const model = build();
    const peer = blocksOf(sectionById(model, 'summary-peer'));
    expect(peer).toContainEqual({ kind: 'notice', tone: 'warning', text: `Genomsnittet bygger på färre än 5 utvärderingar (n${NBSP}=${NBSP}3) och ska tolkas med försiktighet.` });
    const national = blocksOf(sectionById(model, 'summary-national'));
    expect(national.filter((block) => block.kind === 'notice' && block.tone === 'warning')).toEqual([]);
    expect(national).toContainEqual({ kind: 'paragraph', text: expect.stringContaining(`(n${NBSP}=${NBSP}12)`) });
    const table = tablesOf(sectionById(model, 'summary-national'))[0];
    expect(table?.columns.map((column) => column.label)).toEqual(['Område', 'Kommunen', 'Genomsnitt', 'Antal (n)', 'Lägst–högst']);
    expect(table?.rows.every((row) => row.cells[3] === '12')).toBe(true);
  });

  it('says so when there is no average to compare with', () => {
    const detail = evaluationDetailFixture();
    const comparison = comparisonFixture(detail);
    comparison.national = { ...comparison.national, n: 0, total: null, areas: comparison.national.areas.map((area) => ({ code: area.code, average: null })) };
    comparison.references = [];
    const national = blocksOf(sectionById(build({}, detail, comparison), 'summary-national'));
    expect(national).toEqual([{ kind: 'paragraph', text: 'Det finns ännu inga publicerade utvärderingar att räkna ett genomsnitt på.' }]);
  });

  it('shows the comparison chart averages as the table does, adding up to the total', () => {
    const model = build();
    const table = tablesOf(sectionById(model, 'summary-national'))[0];
    const means = table?.rows.filter((row) => !row.total).map((row) => parseShown(row.cells[2] ?? '')) ?? [];
    const total = parseShown(table?.rows.at(-1)?.cells[2] ?? '');
    expect(Math.round(means.reduce((sum, value) => sum + value, 0) * 10)).toBe(Math.round(total * 10));
    const radar = model.charts.find((chart) => chart.id === 'profile-radar');
    const { option } = radar ?? { option: {} };
    expect(JSON.stringify(option)).toContain(String(means[0]));
  });

  it('carries the area-map caveat when the history crosses model versions, and only then', () => {
    const detail = evaluationDetailFixture();
    const crossing = blocksOf(sectionById(build({}, detail, comparisonFixture(detail, { history: 'cross' })), 'summary-history'));
    expect(crossing).toContainEqual({ kind: 'notice', tone: 'caveat', text: 'Jämförelsen går över olika versioner av Kommunkompassen.' });
    const same = blocksOf(sectionById(build({}, detail, comparisonFixture(detail, { history: 'same' })), 'summary-history'));
    expect(same.filter((block) => block.kind === 'notice')).toEqual([]);
    const history = tablesOf(sectionById(build({}, detail, comparisonFixture(detail, { history: 'same' })), 'summary-history'))[0];
    const earlier = history?.rows.filter((row) => !row.total).map((row) => parseShown(row.cells[1] ?? '')) ?? [];
    expect(earlier.reduce((sum, value) => sum + value, 0)).toBe(parseShown(history?.rows.at(-1)?.cells[1] ?? ''));
  });

  it('leaves out the comparisons the options leave out', () => {
    const model = build({ include: { national: false, peer: false, history: false } });
    const ids = allSections(model).map((section) => section.id);
    expect(ids).not.toContain('summary-national');
    expect(ids).not.toContain('summary-peer');
    expect(ids).not.toContain('summary-history');
    expect(sectionById(model, 'summary-comments')?.number).toBe('2.3');
  });

  it('writes English and Norwegian, with the framework titles of the language', () => {
    const english = build({ language: 'en' });
    expect(english.locale).toBe('en-GB');
    expect(english.chapters.map((chapter) => chapter.title)).toEqual(['About the Municipal Compass', 'Summary', 'Results by area', 'Overview of points']);
    expect(sectionById(english, 'area-1')?.title).toBe('Area 1: Interaction between elected representatives and citizens');
    expect(overviewTables(english)[0]?.rows[0]?.cells[3]).toMatch(/^\d+%$/);
    expect(tablesOf(sectionById(english, 'summary-national'))[0]?.rows.map((row) => row.cells[2]).join(' ')).toMatch(/\d\.\d/);
    const norwegian = build({ language: 'nb' });
    expect(norwegian.locale).toBe('nb-NO');
    expect(norwegian.chapters[0]?.title).toBe('Om Kommunekompasset');
    expect(sectionById(norwegian, 'area-1')?.title).toBe('Område 1: Samspill mellom folkevalgte og innbyggere');
    expect(tablesOf(sectionById(norwegian, 'summary-national'))[0]?.rows.map((row) => row.cells[2]).join(' ')).toMatch(/\d,\d/);
  });

  it('is pure: the same input gives the same model', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
  });

  it('refuses a comparison of another evaluation', () => {
    const detail = evaluationDetailFixture();
    const comparison = { ...comparisonFixture(detail), evaluationId: 'other' };
    expect(() => build({}, detail, comparison)).toThrow(/comparison is for evaluation other/);
  });

  it('names the file with an ASCII slug of the municipality and the year', () => {
    expect(reportFileName(build(), 'docx')).toBe('kommunkompassen-leksand-2023.docx');
    const detail = evaluationDetailFixture({ municipality: { id: 'se-1280', country: 'se', code: '1280', name: 'Malmö stad', shortName: 'Malmö' } });
    expect(reportFileName(build({}, detail), 'pdf')).toBe('kommunkompassen-malmo-2023.pdf');
  });
});
