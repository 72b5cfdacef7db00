/**
 * Property test of the display rules (docs/decisions/0004-display-rounding.md) in the files
 * readers get: for random frameworks, exact scores, averages and earlier evaluations, the report
 * is rendered as HTML, Word and PDF, its tables and chart texts are read back from each file, and
 * a reader who recomputes any shown figure from the other shown figures of the same table or
 * sentence finds no contradiction: parts add up to the shown totals, each percent is the shown
 * points of the shown max, highest/lowest statements follow the shown percents, averages carry
 * one decimal and lie within the range beside them, and a rounded table says so.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail } from '../../src/contract/evaluations.js';
import type { AverageFigure, EvaluationComparison, GroupComparison } from '../../src/domain/comparison/types.js';
import { checkColumnSum, checkDecimals, checkExtremes, checkScoreTable, htmlToText, readHtmlTables, readNumber, readRange, type ReadTable } from '../../src/domain/fixtures/reader.js';
import { scoredFramework, type ScoredFramework } from '../../src/domain/fixtures/score-trees.js';
import { renderReportDocx } from '../../src/report/docx/render-docx.js';
import { DEFAULT_REPORT_OPTIONS, evaluationDetailFixture } from '../../src/report/fixtures/report-fixture.js';
import { renderReportHtml } from '../../src/report/html/render-html.js';
import { buildReportModel } from '../../src/report/build-model.js';
import type { ReportModel } from '../../src/report/model.js';
import { createPdfEngine } from '../../src/report/pdf/pdf-engine.js';
import type { PdfEngine } from '../../src/report/pdf/types.js';
import { reportTexts } from '../../src/i18n/report-texts.js';
import { CHROMIUM_PATH, runBrowserTests } from '../support/browser.js';
import { collapse } from './expected-figures.js';
import { pdfPageTexts } from './read-back.js';

/**
 * Runs per format: HTML is quick; Word draws each random chart as a PNG too (about a second a
 * report); the PDF is printed by Chromium (a second or two). The timeouts guard against hangs on
 * a busy machine; they measure nothing.
 */
const HTML_RUNS = 60;
const WORD_RUNS = 25;
const PDF_RUNS = 6;
const TIMEOUT = 600_000;

const t = reportTexts('sv');
const SCORE_LABELS = { points: t.overview.achieved, max: t.overview.max, percent: t.overview.percent };
const CHART_LABELS = { points: 'Poäng', max: 'Max', percent: 'Procent' };
const TEXT_ALTERNATIVE = `${t.labels.textAlternative}:`;

/** A table read back with the text alternative of its chart, when it is a chart's data table. */
interface ReadBack {
  tables: Array<ReadTable & { alternative: string | null }>;
  /** The report's running text, for the sentences. */
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Random input: an evaluation and its comparisons

const mean = (max: number) => fc.integer({ min: 0, max: max * 100 });

function figureOf(hundredths: number, n: number, spread: [number, number], max: number): AverageFigure {
  const min = Math.max(0, hundredths - spread[0]);
  const top = Math.min(max * 100, hundredths + spread[1]);
  return { mean: hundredths / 100, n, belowMinimum: n < 5, distribution: n > 0 ? { min: min / 100, q1: min / 100, median: hundredths / 100, q3: top / 100, max: top / 100 } : null, rank: null, percentile: null };
}

/** A group: per area a mean, and a total that is the sum of the areas (computed groups) or a source's own (references). */
const groupArbitrary = (maxima: number[], kind: GroupComparison['kind']) =>
  fc.record({
    n: fc.integer({ min: 1, max: 40 }),
    means: fc.tuple(...maxima.map((max) => mean(max))),
    spreads: fc.tuple(...maxima.map(() => fc.tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 1500 })))),
    ownTotal: kind === 'reference' ? fc.option(fc.integer({ min: -300, max: 300 }), { freq: 2 }) : fc.constant(null),
  });

type GroupInput = { n: number; means: number[]; spreads: Array<[number, number]>; ownTotal: number | null };

function group(kind: GroupComparison['kind'], label: string, input: GroupInput, detail: EvaluationDetail): GroupComparison {
  const sum = input.means.reduce((acc, value) => acc + value, 0);
  const total = Math.max(0, sum + (input.ownTotal ?? 0));
  const max = detail.areas.reduce((acc, area) => acc + area.max, 0);
  return {
    kind,
    label,
    frameworkId: detail.framework.id,
    n: input.n,
    total: { ...figureOf(total, input.n, [Math.min(total, 4000), 4000], max), rank: kind === 'reference' ? null : 1, percentile: kind === 'reference' ? null : 50, ...(kind === 'reference' ? { distribution: null } : {}) },
    areas: detail.areas.map((area, index) => ({ code: area.code, average: { ...figureOf(input.means[index] ?? 0, input.n, input.spreads[index] ?? [0, 0], area.max), ...(kind === 'reference' ? { distribution: null } : {}) } })),
    source: kind === 'reference' ? { name: 'Källan', date: '2022-05-01' } : null,
    caveat: null,
    warning: null,
  };
}

interface Scenario {
  scored: ScoredFramework;
  national: GroupInput;
  reference: GroupInput | null;
  history: Array<{ areas: Array<number | null>; offset: number | null }>;
}

const scenario: fc.Arbitrary<Scenario> = scoredFramework({ missing: 12 }).chain((scored) => {
  const maxima = scored.framework.areas.map((area) => area.max);
  return fc.record({
    scored: fc.constant(scored),
    national: groupArbitrary(maxima, 'national'),
    reference: fc.option(groupArbitrary(maxima, 'reference'), { freq: 2 }),
    history: fc.array(
      fc.record({
        areas: fc.tuple(...maxima.map((max) => fc.option(mean(max), { freq: 10 }))),
        // An earlier total may include areas without a counterpart here: never less than the areas shown.
        offset: fc.option(fc.integer({ min: 0, max: 500 }), { freq: 3 }),
      }),
      { maxLength: 2 },
    ),
  });
});

function build(input: Scenario): { model: ReportModel; detail: EvaluationDetail } {
  const { framework, scores } = input.scored;
  const detail = evaluationDetailFixture({ framework, scores });
  const comparison: EvaluationComparison = {
    evaluationId: detail.id,
    frameworkId: framework.id,
    options: { ...DEFAULT_REPORT_OPTIONS.comparison, peer: null },
    municipality: { id: detail.municipality.id, country: detail.municipality.country, code: detail.municipality.code, name: detail.municipality.name, total: Number(detail.total.score), areas: detail.areas.map((area) => ({ code: area.code, score: Number(area.score) })) },
    national: group('national', 'Riket', input.national, detail),
    peer: null,
    references: input.reference ? [group('reference', 'Referensen', input.reference, detail)] : [],
    history: input.history.map((point, index) => {
      const sum = point.areas.reduce<number>((acc, value) => acc + (value ?? 0), 0);
      return {
        evaluationId: `00000000-0000-4000-8000-00000000001${index}`,
        year: 2015 + index * 3,
        frameworkId: framework.id,
        total: (sum + (point.offset ?? 0)) / 100,
        complete: point.areas.every((value) => value !== null && value !== undefined),
        areas: detail.areas.map((area, areaIndex) => ({ code: area.code, score: point.areas[areaIndex] === null || point.areas[areaIndex] === undefined ? null : point.areas[areaIndex]! / 100 })),
        caveat: null,
      };
    }),
  };
  const options = { ...DEFAULT_REPORT_OPTIONS, comparison: comparison.options, include: { national: true, peer: false, history: true } };
  return { model: buildReportModel({ detail, comparison, framework, caveat: 'Jämförelsen går över versioner.', options }), detail };
}

// ---------------------------------------------------------------------------------------------
// Reading the three files back

function readHtml(html: string): ReadBack {
  const tables = readHtmlTables(html).map((table) => ({ ...table, alternative: null as string | null }));
  // A chart's text alternative is in its figure, before its data table.
  const figures = [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map((figure) => ({
    alternative: htmlToText(/<p class="chart-alt">([\s\S]*?)<\/p>/.exec(figure[0])?.[1] ?? '').replace(TEXT_ALTERNATIVE, '').trim(),
    caption: htmlToText(/<table[^>]*>\s*<caption>([\s\S]*?)<\/caption>/.exec(figure[0])?.[1] ?? ''),
  }));
  let next = 0;
  for (const table of tables) {
    if (figures[next] && figures[next]!.caption === table.caption) table.alternative = figures[next++]!.alternative;
  }
  return { tables, text: htmlToText(html.replace(/<table[\s\S]*?<\/table>/g, '')) };
}

const docxText = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '').join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

async function readDocx(bytes: Buffer): Promise<ReadBack> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  const body = xml.slice(xml.indexOf('<w:body>'));
  // The body in order: paragraphs (with their style) and tables.
  const items = [...body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((match) =>
    match[1] !== undefined
      ? { kind: 'table' as const, rows: [...match[1].matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => docxText(cell[1] ?? ''))) }
      : { kind: 'paragraph' as const, style: /<w:pStyle w:val="([^"]+)"\/>/.exec(match[2] ?? '')?.[1] ?? null, text: docxText(match[2] ?? '') },
  );
  const tables: ReadBack['tables'] = [];
  let alternative: string | null = null;
  items.forEach((item, index) => {
    if (item.kind === 'paragraph') {
      if (item.text.startsWith(TEXT_ALTERNATIVE)) alternative = item.text.slice(TEXT_ALTERNATIVE.length).trim();
      return;
    }
    const before = items[index - 1];
    const after = items[index + 1];
    const [columns = [], ...rows] = item.rows;
    tables.push({
      caption: before?.kind === 'paragraph' ? before.text : '',
      columns,
      rows,
      note: after?.kind === 'paragraph' && after.style === 'ReportTableNote' ? after.text : null,
      alternative,
    });
    alternative = null;
  });
  return { tables, text: items.flatMap((item) => (item.kind === 'paragraph' ? [item.text] : [])).join(' ') };
}

const FOOTER = /\s*Kommunkompassen – [^\n]* Sida \d+ av \d+$/;
/** One shown cell in the PDF's text: a dash, a range, a percent or a number (no figure here reaches a thousand). */
const CELL = '(?:–|[−+]?\\d+(?:,\\d+)?–\\d+(?:,\\d+)?|[−+]?\\d+(?:,\\d+)? ?%|[−+]?\\d+(?:,\\d+)?)';
const escape = (text: string) => collapse(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The PDF's tables, found in its text by the captions and row labels the HTML gives (the PDF is
 * that HTML printed); every figure is read from the PDF's own text.
 */
async function readPdf(bytes: Buffer, html: ReadBack): Promise<ReadBack> {
  const text = collapse((await pdfPageTexts(bytes)).map((page) => page.replace(FOOTER, '')).join('\n'));
  const tables: ReadBack['tables'] = [];
  let position = 0;
  for (const table of html.tables) {
    const caption = text.indexOf(collapse(table.caption), position);
    if (caption < 0) throw new Error(`The PDF lacks the table "${table.caption}" after position ${position}`);
    const start = text.lastIndexOf(TEXT_ALTERNATIVE, caption);
    const alternative = table.alternative !== null && start >= position ? text.slice(start + TEXT_ALTERNATIVE.length, caption).trim() : null;
    position = caption + collapse(table.caption).length;
    const rows: string[][] = [];
    for (const row of table.rows) {
      const pattern = new RegExp(`${escape(row[0] ?? '')}((?: ${CELL}){${row.length - 1}})(?= |$)`, 'y');
      let found: RegExpExecArray | null = null;
      for (let at = text.indexOf(collapse(row[0] ?? ''), position); at >= 0 && !found; at = text.indexOf(collapse(row[0] ?? ''), at + 1)) {
        pattern.lastIndex = at;
        found = pattern.exec(text);
      }
      if (!found) throw new Error(`The PDF lacks the row "${row[0]}" of "${table.caption}" with ${row.length - 1} figures`);
      rows.push([row[0] ?? '', ...[...(found[1] ?? '').matchAll(new RegExp(CELL, 'g'))].map((cell) => cell[0])]);
      position = found.index + found[0].length;
    }
    const note = table.note && text.slice(position).trimStart().startsWith(collapse(table.note)) ? table.note : null;
    tables.push({ caption: table.caption, columns: table.columns, rows, note, alternative });
  }
  return { tables, text };
}

// ---------------------------------------------------------------------------------------------
// The reader's checks

/** Every contradiction a reader finds in the report's tables and chart texts, as read back. */
function contradictions(read: ReadBack, detail: EvaluationDetail, where: string): string[] {
  const problems: string[] = [];
  const isScore = (table: ReadTable) => table.columns.slice(1).join('|') === 'Poäng|Max|Procent';
  const anyRounded = detail.total.rounded || detail.areas.some((area) => area.rounded || area.subareas.some((subarea) => subarea.rounded));
  for (const table of read.tables) {
    const notIsSum = (label: string) => (table.note ?? '').includes(t.notes.totalIsNotSum(label));
    if (isScore(table)) {
      problems.push(...checkScoreTable(table, 'sv', SCORE_LABELS));
      if (table.alternative !== null) {
        const prefixes = table.caption === 'Poäng per område' ? { highest: 'Högst andel av maxpoängen: ', lowest: 'Lägst andel: ' } : { highest: 'Högst andel: ', lowest: 'Lägst andel: ' };
        problems.push(...checkExtremes(table.alternative, table, 'sv', prefixes, CHART_LABELS));
      }
      // A table whose points differ from the exact ones says so, and points to the exact points.
      const exactRows = read.tables.filter((candidate) => candidate.columns[1] === t.exact.score);
      if (table.note !== null && !table.note.includes(t.notes.rounded('4.1'))) problems.push(`${table.caption}: unexpected note "${table.note}"`);
      if (table.note !== null && exactRows.length === 0) problems.push(`${table.caption}: notes rounding, but there are no exact points`);
    } else if (table.columns[1] === t.exact.score) {
      problems.push(...checkDecimals(table, 'sv', { 1: 2, 2: 0 }), ...checkColumnSum(table, 1, 'sv'), ...checkColumnSum(table, 2, 'sv'));
    } else if (table.columns[2] === t.comparison.average) {
      // The municipality beside a group: whole points adding up, averages with one decimal adding up (unless noted) and within their range.
      problems.push(...checkDecimals(table, 'sv', { 1: 0, 2: 1, 4: 1 }), ...checkColumnSum(table, 1, 'sv'), ...checkColumnSum(table, 2, 'sv', (table.note ?? '').includes('inte summan av områdena')));
      for (const row of table.rows) {
        const average = readNumber(row[2] ?? '–', 'sv');
        const range = readRange(row[4] ?? '–', 'sv');
        if (average !== null && range && (average < range.from || average > range.to)) problems.push(`${table.caption}: "${row[0]}" shows the average ${row[2]} outside ${row[4]}`);
      }
    } else if (table.columns[0] === t.comparison.area || table.columns[0] === 'Område') {
      // History and profile tables: one column per evaluation or series, each adding up (unless its total is noted).
      table.columns.forEach((column, index) => {
        if (index > 0) problems.push(...checkColumnSum(table, index, 'sv', notIsSum(column.replace(/\s\(n\s=\s\d+\)$/, '')), 'unknown'));
      });
      const averageColumns = table.columns.map((column, index) => (/\(n\s=\s\d+\)/.test(column) ? index : -1)).filter((index) => index > 0);
      problems.push(...checkDecimals(table, 'sv', Object.fromEntries(averageColumns.map((index) => [index, 1]))));
    }
  }
  // The sentences: the result, and each area's score line, are the overview's figures.
  const totals = read.tables.filter((table) => table.caption === t.overview.totalCaption);
  const totalRow = totals[0]?.rows.at(-1);
  if (totalRow && !read.text.includes(`${detail.municipality.name} fick ${totalRow[1]} av ${totalRow[2]} poäng (${totalRow[3]}).`)) {
    problems.push(`the result sentence does not show the total row ${totalRow.join(' | ')}`);
  }
  totals[0]?.rows.slice(0, -1).forEach((row) => {
    if (!read.text.includes(`Poäng: ${row[1]} av ${row[2]} poäng (${row[3]})`)) problems.push(`no score line "${row[1]} av ${row[2]} poäng (${row[3]})" for ${row[0]}`);
  });
  const exactSection = read.text.includes(`4.1 ${t.exact.heading}`);
  if (exactSection !== anyRounded) problems.push(`the exact points section is ${exactSection ? 'there' : 'missing'}, but rounded is ${anyRounded}`);
  return problems.map((problem) => `${where}: ${problem}`);
}

/** The overview's rounded tables say so (checked on the model's source of truth, the API's flags). */
function missingNotes(read: ReadBack, detail: EvaluationDetail, where: string): string[] {
  const problems: string[] = [];
  for (const area of detail.areas) {
    if (area.subareas.length === 0) continue;
    const table = read.tables.find((candidate) => candidate.caption === t.overview.tableCaption(`${area.code} ${area.title}`));
    const rounded = area.rounded || area.subareas.some((subarea) => subarea.rounded);
    if (!table) problems.push(`${where}: no overview table of area ${area.code}`);
    else if ((table.note !== null) !== rounded) problems.push(`${where}: area ${area.code} is ${rounded ? '' : 'not '}rounded, its note is ${table.note}`);
  }
  return problems;
}

describe('the report as read back from HTML and Word', () => {
  it(`never contradicts itself in HTML: ${HTML_RUNS} random evaluations with averages and earlier evaluations`, { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { model, detail } = build(input);
        const html = readHtml(renderReportHtml(model));
        expect(html.tables.length).toBeGreaterThan(3);
        expect([...contradictions(html, detail, 'HTML'), ...missingNotes(html, detail, 'HTML')]).toEqual([]);
      }),
      { numRuns: HTML_RUNS },
    );
  });

  it(`never contradicts itself in Word, with the tables and notes of the HTML: ${WORD_RUNS} random evaluations`, { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (input) => {
        const { model, detail } = build(input);
        const html = readHtml(renderReportHtml(model));
        const docx = await readDocx(await renderReportDocx(model));
        expect(docx.tables.map((table) => table.caption)).toEqual(html.tables.map((table) => table.caption));
        expect([...contradictions(docx, detail, 'Word'), ...missingNotes(docx, detail, 'Word')]).toEqual([]);
        expect(docx.tables.map((table) => table.note)).toEqual(html.tables.map((table) => table.note));
      }),
      { numRuns: WORD_RUNS },
    );
  });

  it('catches a contradiction planted in a rendered table (the checks have teeth)', async () => {
    const [input] = fc.sample(scenario.filter((candidate) => [...candidate.scored.scores.values()].some((score) => score !== null && score % 100 !== 0)), { numRuns: 1, seed: 7 });
    const { model, detail } = build(input!);
    const html = renderReportHtml(model);
    const total = readHtml(html).tables.find((table) => table.caption === t.overview.totalCaption)!;
    const row = total.rows[0]!;
    const planted = html.replace(`<td class="num">${row[3]}</td>`, `<td class="num">${Number(String(row[3]).replace(/\D/g, '')) + 1}\u00a0%</td>`);
    expect(contradictions(readHtml(planted), detail, 'HTML').join('\n')).toMatch(/shows \d+\s% for/);
  });
});

describe.runIf(runBrowserTests)('the report as read back from the PDF', () => {
  let engine: PdfEngine | null = null;
  afterAll(async () => engine?.close());

  it(`never contradicts itself: ${PDF_RUNS} random evaluations printed by Chromium`, { timeout: TIMEOUT }, async () => {
    engine = createPdfEngine({ executablePath: CHROMIUM_PATH });
    const pdf = engine;
    await fc.assert(
      fc.asyncProperty(scenario, async (input) => {
        const { model, detail } = build(input);
        const source = renderReportHtml(model);
        const html = readHtml(source);
        const bytes = await pdf.render({ html: () => source, language: 'sv', footerTitle: model.labels.runningTitle });
        const read = await readPdf(bytes, html);
        expect([...contradictions(read, detail, 'PDF'), ...missingNotes(read, detail, 'PDF')]).toEqual([]);
        expect(read.tables.map((table) => table.note)).toEqual(html.tables.map((table) => table.note));
      }),
      { numRuns: PDF_RUNS },
    );
  });
});
