/**
 * The three published seed reports (read at run time from ../shared/seeds). Every figure below
 * was checked by hand against the seed texts.
 */
import { describe, expect, it } from 'vitest';
import { importContext, readSeed, SEEDS_AVAILABLE } from './fixtures/build-fixtures.js';
import { parseReportText, type ParsedReport } from './parse-report.js';

/** Sub-area rows of the overview tables: [code, score, max, printed percent?]. */
type Row = [string, number, number, number?];

function parse(name: string): ParsedReport {
  return parseReportText(readSeed(name), importContext(name));
}

function rowsOf(report: ParsedReport): Row[] {
  return report.areas.flatMap((area) => area.subareas.map((subarea): Row => (subarea.percent === undefined ? [subarea.code, subarea.score, subarea.max ?? -1] : [subarea.code, subarea.score, subarea.max ?? -1, subarea.percent])));
}

function kinds(report: ParsedReport): string[] {
  return report.discrepancies.map((discrepancy) => `${discrepancy.kind}:${discrepancy.area ?? ''}`);
}

describe.skipIf(!SEEDS_AVAILABLE)('Örnsköldsvik 2017 (2016 model, annex with 2015 and 2013)', () => {
  const report = SEEDS_AVAILABLE ? parse('ornskoldsvik-2017.txt') : (null as unknown as ParsedReport);

  it('reads the evaluation facts', () => {
    expect(report.municipality).toEqual({ id: 'se-2284', country: 'se', code: '2284', name: 'Örnsköldsvik' });
    expect(report.framework).toBe('kommunkompassen-2016');
    expect(report.fieldwork).toBe('2017-02');
    expect(report.fieldworkEnd).toBe('2017-03');
    expect(report.reportDate).toBe('2017');
    expect(report.ordinal).toBe(3);
    expect(report.interviewees).toBe(30);
    expect(report.evaluators).toEqual(['Lars Strid', 'Ewa Luvö']);
    expect(report.sources).toEqual(['Intervjuer', 'Officiella dokument', 'Kommunens hemsida']);
    expect(report.summaryComments).toEqual([]);
  });

  it('reads every sub-area score, max and printed percent', () => {
    expect(rowsOf(report)).toEqual<Row[]>([
      ['1.1', 11, 15, 75], ['1.2', 17, 20, 84], ['1.3', 17, 25, 69], ['1.4', 22, 30, 74], ['1.5', 7, 10, 65],
      ['2.1', 6, 15, 40], ['2.2', 20, 25, 79], ['2.3', 13, 20, 67], ['2.4', 11, 20, 54], ['2.5', 7, 20, 35],
      ['3.1', 11, 15, 74], ['3.2', 13, 25, 52], ['3.3', 17, 25, 68], ['3.4', 17, 20, 87], ['3.5', 14, 15, 96],
      ['4.1', 12, 15, 80], ['4.2', 5, 10, 50], ['4.3', 15, 20, 77], ['4.4', 7, 15, 49], ['4.5', 13, 20, 66], ['4.6', 18, 20, 88],
      ['5.1', 12, 15, 80], ['5.2', 9, 20, 45], ['5.3', 10, 20, 48], ['5.4', 12, 15, 82], ['5.5', 16, 20, 82], ['5.6', 9, 10, 90],
      ['6.1', 15, 15, 100], ['6.2', 11, 20, 55], ['6.3', 19, 25, 74], ['6.4', 13, 15, 85], ['6.5', 12, 15, 81], ['6.6', 7, 10, 70],
      ['7.1', 12, 15, 80], ['7.2', 11, 25, 43], ['7.3', 16, 20, 80], ['7.4', 11, 20, 55], ['7.5', 7, 20, 35],
      ['8.1', 13, 15, 89], ['8.2', 14, 15, 90], ['8.3', 14, 15, 93], ['8.4', 12, 15, 79], ['8.5', 6, 10, 62], ['8.6', 12, 15, 83], ['8.7', 6, 15, 40],
    ]);
  });

  it('reads the printed area totals, chapter scores and totals', () => {
    expect(report.areas.map((area) => [area.code, area.statedScore, area.chapterScore, area.derivedScore, area.percent])).toEqual([
      ['1', 74, 74, 74, 74], ['2', 57, 57, 57, 57], ['3', 73, 73, 72, 73], ['4', 70, 70, 70, 70],
      ['5', 68, 68, 68, 68], ['6', 76, 76, 77, 76], ['7', 57, 57, 57, 57], ['8', 77, 77, 77, 77],
    ]);
    expect(report.statedTotal).toBe(552);
    expect(report.derivedTotal).toBe(552);
    expect(report.chapterTotal).toBe(552);
  });

  it('imports the annex as the 2015 and 2013 evaluations of the 2010 model', () => {
    expect(report.earlierEvaluations.map((evaluation) => ({
      year: evaluation.year,
      framework: evaluation.framework,
      total: evaluation.total,
      statedTotal: evaluation.statedTotal,
      areas: evaluation.areas.map((area) => [area.code, area.score]),
    }))).toEqual([
      { year: 2015, framework: 'kommunkompassen-2010', total: 551, statedTotal: 551, areas: [['1', 68], ['2', 49], ['3', 74], ['4', 72], ['5', 74], ['6', 76], ['7', 61], ['8', 77]] },
      { year: 2013, framework: 'kommunkompassen-2010', total: 441, statedTotal: 441, areas: [['1', 48], ['2', 37], ['3', 66], ['4', 58], ['5', 61], ['6', 58], ['7', 43], ['8', 70]] },
    ]);
    expect(report.earlierEvaluations[0]?.summaryComments.length).toBeGreaterThan(0);
    expect(report.earlierMentions.map((mention) => [mention.year, mention.total])).toEqual([[2013, 441], [2015, 551]]);
  });

  it('finds exactly the known defects: two area sums and the annex columns headed 2014', () => {
    expect(kinds(report)).toEqual(['area-sum:3', 'area-sum:6', 'annex-year:6', 'annex-year:7']);
    const [area3, area6, annex6] = report.discrepancies;
    expect(area3).toMatchObject({ kind: 'area-sum', area: '3', stated: 73, derived: 72, where: 'overview table, area 3' });
    expect(area6).toMatchObject({ kind: 'area-sum', area: '6', stated: 76, derived: 77, where: 'overview table, area 6' });
    expect(annex6).toMatchObject({ kind: 'annex-year', area: '6', stated: 2014, derived: 2013 });
    expect(report.notes).toEqual([]);
  });

  it('matches the chapter headings through aliases and keeps lists and good examples', () => {
    const area1 = report.areas[0]!;
    expect(area1.evaluatedSubareas.map((item) => [item.code, item.matchedBy])).toEqual([['1.1', 'alias'], ['1.2', 'alias'], ['1.4', 'alias'], ['1.5', 'alias']]);
    expect(area1.strengths).toHaveLength(12);
    expect(area1.improvements).toHaveLength(8);
    expect(area1.goodExamples.map((example) => example.municipality)).toEqual([{ id: 'se-0126', country: 'se', code: '0126', name: 'Huddinge' }, { id: 'se-1283', country: 'se', code: '1283', name: 'Helsingborg' }]);
    expect(area1.goodExamples[0]?.sentence).toContain('Huddinge');
    expect(report.areas[6]?.goodExamples.map((example) => example.municipality.name)).toEqual(['Helsingborg']);
    const annexArea7 = report.earlierEvaluations[0]?.areas.find((area) => area.code === '7');
    expect(annexArea7?.goodExamples?.map((example) => example.municipality.name)).toEqual(['Borås', 'Malung-Sälen', 'Örebro']);
    // Table names that differ from the catalogue title are matched by alias (4.3, 4.6).
    expect(report.areas[3]?.subareas.map((subarea) => subarea.nameMatch)).toEqual(['title', 'title', 'alias', 'title', 'title', 'alias']);
  });

  it('keeps the printed figures verbatim', () => {
    expect(report.areas[2]?.verbatim).toEqual({ tableTotal: '73', chapterScore: '73', percent: '73%' });
    expect(report.areas[0]?.subareas[0]?.verbatim).toEqual({ score: '11', max: '15', percent: '75%' });
  });
});

describe.skipIf(!SEEDS_AVAILABLE)('Leksand 2023 (2020 model, "Utvärderade delområden" layout)', () => {
  const report = SEEDS_AVAILABLE ? parse('leksand-2023.txt') : (null as unknown as ParsedReport);

  it('reads the evaluation facts', () => {
    expect(report.municipality).toEqual({ id: 'se-2029', country: 'se', code: '2029', name: 'Leksand' });
    expect(report.framework).toBe('kommunkompassen-2020');
    expect(report.fieldwork).toBe('2023-08');
    expect(report.reportDate).toBe('2023-11-23');
    expect(report.ordinal).toBe(1);
    expect(report.interviewees).toBe(40);
    expect(report.evaluators).toEqual(['Fredrik Carlsson', 'Linda Nordberg']);
    expect(report.sources).toEqual(['Intervjuer', 'Kommunens styrdokument', 'Kommunens hemsida och sociala medier']);
    expect(report.summaryComments).toHaveLength(3);
    expect(report.earlierMentions).toEqual([]);
    expect(report.earlierEvaluations).toEqual([]);
  });

  it('reads every sub-area score and max (no percent printed)', () => {
    expect(rowsOf(report)).toEqual<Row[]>([
      ['1.1', 9, 20], ['1.2', 7, 10], ['1.3', 12, 30], ['1.4', 2, 10], ['1.5', 22, 30],
      ['2.1', 7, 15], ['2.2', 17, 30], ['2.3', 17, 30], ['2.4', 16, 25],
      ['3.1', 6, 10], ['3.2', 13, 30], ['3.3', 13, 25], ['3.4', 14, 20], ['3.5', 8, 15],
      ['4.1', 7, 20], ['4.2', 11, 20], ['4.3', 10, 20], ['4.4', 7, 20], ['4.5', 13, 20],
      ['5.1', 11, 20], ['5.2', 4, 20], ['5.3', 13, 20], ['5.4', 13, 20], ['5.5', 11, 20],
      ['6.1', 13, 20], ['6.2', 13, 20], ['6.3', 8, 30], ['6.4', 14, 30],
      ['7.1', 8, 15], ['7.2', 15, 40], ['7.3', 12, 25], ['7.4', 13, 20],
      ['8.1', 10, 20], ['8.2', 15, 30], ['8.3', 11, 20], ['8.4', 17, 30],
    ]);
    expect(report.areas.flatMap((area) => area.subareas).every((subarea) => !('percent' in subarea))).toBe(true);
  });

  it('reads table totals and the different chapter scores', () => {
    expect(report.areas.map((area) => [area.code, area.statedScore, area.chapterScore, area.derivedScore])).toEqual([
      ['1', 52, 52, 52], ['2', 57, 57, 57], ['3', 54, 54, 54], ['4', 48, 47, 48],
      ['5', 52, 51, 52], ['6', 48, 47, 48], ['7', 48, 48, 48], ['8', 53, 52, 53],
    ]);
    expect(report.statedTotal).toBe(412);
    expect(report.derivedTotal).toBe(412);
    expect(report.chapterTotal).toBe(408);
  });

  it('finds the chapter-vs-table defects in areas 4, 5, 6 and 8 and nothing else', () => {
    expect(kinds(report)).toEqual(['chapter-vs-table:4', 'chapter-vs-table:5', 'chapter-vs-table:6', 'chapter-vs-table:8']);
    expect(report.discrepancies[0]).toMatchObject({ stated: 48, derived: 47 });
  });

  it('matches "Strategiskt arbete" (2.1) by alias and reports the fuzzy chapter name as a note, not an unknown name', () => {
    expect(report.areas[1]?.subareas[0]).toMatchObject({ code: '2.1', title: 'Strategiskt arbete', matchedBy: 'code', nameMatch: 'alias' });
    expect(report.notes.map((note) => [note.subarea, note.printed])).toEqual([['4.5', 'Samverkan för ökad effektivitet']]);
  });

  it('keeps the analysis, the two-column lists and the good examples', () => {
    const area1 = report.areas[0]!;
    expect(area1.analysis).toMatch(/^Leksands kommun saknar/);
    expect(area1.subareaAnalyses).toEqual([]);
    expect(area1.strengths).toHaveLength(4);
    expect(area1.improvements).toHaveLength(4);
    expect(area1.goodExamples.map((example) => example.municipality.name)).toEqual(['Höganäs', 'Burlöv', 'Mark', 'Nacka']);
    expect(report.areas[1]?.goodExamples.map((example) => example.municipality.name)).toEqual(['Falkenberg', 'Ale']);
    expect(report.areas[2]?.goodExamples.map((example) => example.municipality.name)).toEqual(['Timrå', 'Kristianstad']);
    expect(report.areas[4]?.goodExamples.map((example) => example.municipality.name)).toEqual(['Karlskrona']);
    // Without sub-area headings the examples belong to the area only.
    expect(report.areas.flatMap((area) => area.goodExamples).every((example) => example.unitCode === undefined)).toBe(true);
  });
});

describe.skipIf(!SEEDS_AVAILABLE)('Olofström 2022 (2020 model, sub-area headings layout)', () => {
  const report = SEEDS_AVAILABLE ? parse('olofstrom-2022.txt') : (null as unknown as ParsedReport);

  it('reads the evaluation facts', () => {
    expect(report.municipality).toEqual({ id: 'se-1060', country: 'se', code: '1060', name: 'Olofström' });
    expect(report.framework).toBe('kommunkompassen-2020');
    expect(report.fieldwork).toBe('2022-02');
    expect(report.reportDate).toBe('2020-06-16');
    expect(report.ordinal).toBe(2);
    expect(report.interviewees).toBe(40);
    expect(report.evaluators).toEqual(['Josephine Härdin', 'Linda Persson-Melin']);
    expect(report.earlierMentions).toEqual([{ year: 2017, total: 392, where: 'front part' }]);
    expect(report.summaryComments).toHaveLength(2);
  });

  it('reads every sub-area score and max', () => {
    expect(rowsOf(report)).toEqual<Row[]>([
      ['1.1', 10, 20], ['1.2', 6, 10], ['1.3', 15, 30], ['1.4', 3, 10], ['1.5', 20, 30],
      ['2.1', 12, 15], ['2.2', 18, 30], ['2.3', 20, 30], ['2.4', 15, 25],
      ['3.1', 8, 10], ['3.2', 18, 30], ['3.3', 13, 25], ['3.4', 15, 20], ['3.5', 8, 15],
      ['4.1', 11, 20], ['4.2', 9, 20], ['4.3', 9, 20], ['4.4', 11, 20], ['4.5', 11, 20],
      ['5.1', 9, 20], ['5.2', 9, 20], ['5.3', 13, 20], ['5.4', 9, 20], ['5.5', 13, 20],
      ['6.1', 9, 20], ['6.2', 11, 20], ['6.3', 11, 30], ['6.4', 12, 30],
      ['7.1', 12, 15], ['7.2', 21, 40], ['7.3', 19, 25], ['7.4', 11, 20],
      ['8.1', 11, 20], ['8.2', 17, 30], ['8.3', 13, 20], ['8.4', 20, 30],
    ]);
  });

  it('reads table totals and chapter scores', () => {
    expect(report.areas.map((area) => [area.code, area.statedScore, area.chapterScore, area.derivedScore])).toEqual([
      ['1', 54, 54, 54], ['2', 65, 65, 65], ['3', 62, 62, 62], ['4', 51, 51, 51],
      ['5', 53, 53, 53], ['6', 43, 43, 43], ['7', 63, 63, 63], ['8', 61, 61, 61],
    ]);
    expect(report.statedTotal).toBe(452);
    expect(report.derivedTotal).toBe(452);
    expect(report.chapterTotal).toBe(452);
  });

  it('finds the cover-date conflict and nothing else', () => {
    expect(report.discrepancies).toEqual([expect.objectContaining({ kind: 'date-conflict', stated: '2020-06-16', derived: '2022-02' })]);
  });

  it('splits the analysis per sub-area, matching spelling variants fuzzily and saying so', () => {
    expect(report.areas.map((area) => area.subareaAnalyses.map((section) => section.code))).toEqual([
      ['1.1', '1.2', '1.3', '1.4', '1.5'], ['2.1', '2.2', '2.3', '2.4'], ['3.1', '3.2', '3.3', '3.4', '3.5'], ['4.1', '4.2', '4.3', '4.4', '4.5'],
      ['5.1', '5.2', '5.3', '5.4', '5.5'], ['6.1', '6.2', '6.3', '6.4'], ['7.1', '7.2', '7.3', '7.4'], ['8.1', '8.2', '8.3', '8.4'],
    ]);
    expect(report.notes.map((note) => note.printed)).toEqual([
      'Samverkan för ökad effektivitet', 'Strategi för effektivitet', 'Brukainflytande', 'Strategi för hållbart arbetsliv', 'Chefers uppdrag och förutsättningar',
    ]);
    expect(report.areas[1]?.evaluatedSubareas.map((item) => item.code)).toEqual(['2.1', '2.2', '2.3', '2.4']);
    expect(report.areas[0]?.strengths).toHaveLength(13);
    expect(report.areas[5]?.goodExamples.map((example) => example.municipality.name)).toEqual(['Helsingborg', 'Skellefteå', 'Karlskrona', 'Emmaboda']);
    // Sentences under a sub-area's own heading tie their example to that sub-area.
    expect(report.areas[5]?.goodExamples.map((example) => [example.municipality.name, example.unitCode])).toEqual([
      ['Helsingborg', '6.3'],
      ['Skellefteå', '6.3'],
      ['Karlskrona', '6.3'],
      ['Emmaboda', '6.4'],
    ]);
    expect(report.areas[1]?.goodExamples.map((example) => [example.municipality.name, example.unitCode])).toEqual([['Norrköping', '2.4']]);
  });
});

describe.skipIf(!SEEDS_AVAILABLE)('JSON output', () => {
  it('is plain JSON in the documented shape', () => {
    const report = parse('ornskoldsvik-2017.txt');
    const json = JSON.parse(JSON.stringify(report)) as ParsedReport;
    expect(json).toEqual(report);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['file', 'municipality', 'framework', 'fieldwork', 'reportDate', 'ordinal', 'evaluators', 'interviewees', 'areas', 'statedTotal', 'derivedTotal', 'earlierEvaluations', 'discrepancies']));
    expect(json.areas[0]).toEqual(expect.objectContaining({ code: '1', statedScore: 74, chapterScore: 74, subareas: expect.any(Array), strengths: expect.any(Array), improvements: expect.any(Array) }));
    expect(json.areas[0]?.subareas[0]).toEqual(expect.objectContaining({ code: '1.1', score: 11, max: 15, percent: 75 }));
  });
});
