import type { CriteriaAnnexTexts } from './criteria-types.js';
import type { DevelopmentTexts } from './development-types.js';

/**
 * The fixed texts of a report (headings, labels, sentences around the figures, chapter 1) in
 * one language. Every figure passed in is already formatted; the functions only compose.
 */
export interface ReportTexts {
  /** The series name on the cover and in running titles. */
  series: string;
  coverTitle(municipality: string, year: string | null): string;
  runningTitle(municipality: string, year: string | null): string;
  /** The labels the renderers set around the content (the report model carries them as `ReportLabels`). */
  labels: {
    skipLink: string;
    contents: string;
    figure: string;
    textAlternative: string;
    dataTable: string;
    warning: string;
    caveat: string;
    page: string;
  };
  /** The labels of the facts on the cover. */
  cover: { evaluators: string; date: string; framework: string };
  chapters: { about: string; summary: string; areas: string; overview: string };
  /** Chapter 1 in our own words, as Markdown paragraphs. */
  about(framework: string): string[];
  summary: {
    evaluation: string;
    result: string;
    national: string;
    history: string;
    peer: string;
    comments: string;
    fieldwork: string;
    reportDate: string;
    ordinal: string;
    interviewees: string;
    sources: string;
    evaluatedWhen(municipality: string, period: string): string;
    ordinalSentence(municipality: string, ordinal: string): string;
    ordinalWord(position: number): string;
    intervieweesValue(count: string): string;
    intervieweesSentence(count: string): string;
    sourcesIntro: string;
    resultSentence(municipality: string, shown: string, max: string, percent: string): string;
    incomplete: string;
    nationalSentence(framework: string, since: string | null, n: string): string;
    rankSentence(municipality: string, rank: string, n: string, percentile: string): string;
    noNational: string;
    historySentence(municipality: string, count: string): string;
    peerSentence(label: string, n: string): string;
    referenceSource(label: string, source: string, date: string): string;
    belowMinimum(n: string, minN: string): string;
  };
  area: {
    areaHeading(code: string, title: string): string;
    subareas: string;
    analysis: string;
    score: string;
    strengths: string;
    improvements: string;
    goodExamples: string;
    none: string;
    scoreValue(shown: string, max: string, percent: string): string;
    maxPoints(max: string): string;
    notScored: string;
    subareaChartTitle(area: string): string;
  };
  overview: {
    intro: string;
    subarea: string;
    area: string;
    achieved: string;
    max: string;
    percent: string;
    areaTotal: string;
    total: string;
    tableCaption(area: string): string;
    totalCaption: string;
  };
  /** Notes under tables (once per table) on how their figures are rounded. */
  notes: {
    /** Whole points are rounded; `section` holds the exact points. */
    rounded(section: string): string;
    /** Whole points in a table without percents (comparisons, history); `section` holds this evaluation's exact points, when it has rounded ones. */
    wholePoints(section: string | null): string;
    /** How averages and the range beside them are rounded. */
    averages: string;
    /** The shown areas of `label` do not add up to its stated total. */
    totalIsNotSum(label: string): string;
  };
  /** The annex of exact points (the last section of the overview of points). */
  exact: {
    heading: string;
    intro: string;
    caption(area: string): string;
    totalCaption: string;
    score: string;
  };
  comparison: {
    area: string;
    municipality: string;
    average: string;
    n: string;
    range: string;
    total: string;
    nationalCaption: string;
    peerCaption(label: string): string;
    historyCaption: string;
    evaluationOf(year: string): string;
    thisEvaluation(year: string): string;
    nationalSeries(n: string): string;
    groupSeries(label: string, n: string): string;
  };
  /** A follow-up report's chapter on the development since its baseline. */
  development: DevelopmentTexts;
  /** The annex of criteria per sub-area (when asked for and the model version has criteria). */
  criteria: CriteriaAnnexTexts;
}
