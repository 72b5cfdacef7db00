import type { Hundredths } from '../../domain/decimal.js';
import { numberToHundredths } from '../../domain/decimal.js';
import type { PublishedFigures } from '../../domain/published-figures.js';
import type { Discrepancy, ImportNote, ParsedReport } from '../../import/types.js';
import { plainTextToMarkdown } from '../../markdown/escape.js';

/** Everything one archived evaluation stores, taken from a parsed report (or its annex). */
export interface ArchiveEvaluationInput {
  municipalityId: string;
  frameworkId: string;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  reportDate: string | null;
  statedOrdinal: number | null;
  evaluators: string[];
  interviewees: number | null;
  sources: string[];
  summaryComments: string | null;
  scores: Array<{ code: string; score: Hundredths }>;
  published: PublishedFigures;
  areaTexts: Array<{ areaCode: string; introduction: string | null; analysis: string | null; strengths: string[]; improvements: string[] }>;
  subareaTexts: Array<{ code: string; analysis: string }>;
  goodExamples: Array<{ areaCode: string; unitCode: string | null; municipalityId: string; text: string }>;
  importReport: { file: string; discrepancies: Discrepancy[]; notes: ImportNote[] };
}

function hundredths(points: number): Hundredths {
  // The parser reads printed decimals with at most two decimals, so this is exact.
  return numberToHundredths(points) ?? Math.round(points * 100);
}

const paragraphs = (texts: readonly string[]) => (texts.length > 0 ? texts.join('\n\n') : null);

/** A fieldwork value the parser gives as "YYYY" is a year, not a month: keep it as a report year instead. */
function monthOrNull(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}/.test(value) ? value : null;
}

/**
 * Turns a parsed report into the evaluations it holds: the report's own evaluation and one per
 * earlier evaluation in its annex. The printed figures go into `published` verbatim; the scores
 * are the overview table's sub-area scores (per area for models scored per area).
 * @throws Error when the report names no known municipality (the caller reports it)
 */
/** Texts are stored as Markdown; a report's plain text is escaped so it shows exactly as printed. */
const markdownOf = (text: string | null) => (text === null ? null : plainTextToMarkdown(text));

export function toArchiveEvaluations(report: ParsedReport): ArchiveEvaluationInput[] {
  const municipality = report.municipality;
  if (!municipality) throw new Error('the report names no municipality that Kompass knows');
  const importReport = { file: report.file, discrepancies: report.discrepancies, notes: report.notes };
  const fieldworkStart = monthOrNull(report.fieldwork);
  const scoredPerArea = report.areas.every((area) => area.subareas.length === 0);
  const main: ArchiveEvaluationInput = {
    municipalityId: municipality.id,
    frameworkId: report.framework,
    fieldworkStart,
    fieldworkEnd: monthOrNull(report.fieldworkEnd),
    reportDate: report.reportDate ?? (fieldworkStart ? null : report.fieldwork),
    statedOrdinal: report.ordinal,
    evaluators: report.evaluators,
    interviewees: report.interviewees,
    sources: report.sources,
    summaryComments: markdownOf(paragraphs(report.summaryComments)),
    scores: scoredPerArea
      ? report.areas.flatMap((area) => (area.statedScore === null ? [] : [{ code: area.code, score: hundredths(area.statedScore) }]))
      : report.areas.flatMap((area) => area.subareas.map((subarea) => ({ code: subarea.code, score: hundredths(subarea.score) }))),
    published: {
      areaTotals: Object.fromEntries(report.areas.flatMap((area) => (area.verbatim.tableTotal ? [[area.code, area.verbatim.tableTotal]] : []))),
      chapterScores: Object.fromEntries(report.areas.flatMap((area) => (area.verbatim.chapterScore ? [[area.code, area.verbatim.chapterScore]] : []))),
      ...(report.printedGrandTotal !== undefined ? { total: String(report.printedGrandTotal) } : {}),
      subareas: Object.fromEntries(report.areas.flatMap((area) => area.subareas.map((subarea) => [subarea.code, subarea.verbatim]))),
      source: 'overview-table',
    },
    areaTexts: report.areas.map((area) => ({
      areaCode: area.code,
      introduction: markdownOf(area.introduction),
      analysis: markdownOf(area.analysis),
      strengths: area.strengths.map(plainTextToMarkdown),
      improvements: area.improvements.map(plainTextToMarkdown),
    })),
    subareaTexts: report.areas.flatMap((area) => area.subareaAnalyses.map((analysis) => ({ code: analysis.code, analysis: plainTextToMarkdown(analysis.text) }))),
    goodExamples: report.areas.flatMap((area) =>
      area.goodExamples.map((example) => ({ areaCode: area.code, unitCode: example.unitCode ?? null, municipalityId: example.municipality.id, text: plainTextToMarkdown(example.sentence) })),
    ),
    importReport,
  };
  const earlier = report.earlierEvaluations.map(
    (evaluation): ArchiveEvaluationInput => ({
      municipalityId: municipality.id,
      frameworkId: evaluation.framework,
      fieldworkStart: null,
      fieldworkEnd: null,
      reportDate: String(evaluation.year),
      statedOrdinal: null,
      evaluators: [],
      interviewees: null,
      sources: [],
      summaryComments: markdownOf(paragraphs(evaluation.summaryComments)),
      scores: evaluation.areas.map((area) => ({ code: area.code, score: hundredths(area.score) })),
      published: {
        areaTotals: Object.fromEntries(evaluation.areas.map((area) => [area.code, area.verbatim])),
        chapterScores: {},
        ...(evaluation.statedTotal !== undefined ? { total: String(evaluation.statedTotal) } : {}),
        subareas: {},
        source: 'annex',
      },
      areaTexts: evaluation.areas.map((area) => ({
        areaCode: area.code,
        introduction: null,
        analysis: null,
        strengths: (area.strengths ?? []).map(plainTextToMarkdown),
        improvements: (area.improvements ?? []).map(plainTextToMarkdown),
      })),
      subareaTexts: [],
      goodExamples: evaluation.areas.flatMap((area) =>
        (area.goodExamples ?? []).map((example) => ({ areaCode: area.code, unitCode: example.unitCode ?? null, municipalityId: example.municipality.id, text: plainTextToMarkdown(example.sentence) })),
      ),
      importReport: {
        file: report.file,
        discrepancies: report.discrepancies.filter((discrepancy) => discrepancy.kind === 'annex-year'),
        notes: [],
      },
    }),
  );
  return [main, ...earlier];
}
