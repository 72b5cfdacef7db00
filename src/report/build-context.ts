import type { EvaluationDetail } from '../contract/evaluations.js';
import type { ChartCategory, ChartSpec } from '../charts/types.js';
import type { EvaluationComparison } from '../domain/comparison/types.js';
import { localise, type Framework } from '../domain/framework.js';
import { WRITTEN_LANGUAGE } from '../domain/municipality.js';
import type { Language } from '../i18n/language.js';
import { reportTexts, type ReportTexts } from '../i18n/report-texts.js';
import type { ReportBaseline } from './baseline.js';
import type { ReportOptions } from './model.js';
import { shownScores, type ShownScores } from './scores.js';

/** What every part of the model builder needs, worked out once. */
export interface BuildContext {
  language: Language;
  t: ReportTexts;
  detail: EvaluationDetail;
  comparison: EvaluationComparison;
  framework: Framework;
  caveat: string;
  options: ReportOptions;
  /** The evaluation this one follows up, when it has one (its report gets the development chapter). */
  baseline: ReportBaseline | null;
  municipality: string;
  year: string | null;
  frameworkTitle: string;
  shown: ShownScores;
  /** The evaluation's areas as chart categories, titles in the asked language. */
  categories: ChartCategory[];
  areaTitle(code: string): string;
  subareaTitle(code: string): string;
  /** Every chart, in order of appearance. */
  charts: ChartSpec[];
}

export function createBuildContext(input: {
  detail: EvaluationDetail;
  comparison: EvaluationComparison;
  framework: Framework;
  caveat: string;
  options: ReportOptions;
  baseline?: ReportBaseline | null;
}): BuildContext {
  const { detail, framework, options } = input;
  const language = options.language;
  const areaTitles = new Map(framework.areas.map((area) => [area.code, localise(area.title, language)]));
  const subareaTitles = new Map(framework.areas.flatMap((area) => area.subareas.map((subarea) => [subarea.code, localise(subarea.title, language)] as const)));
  const detailTitles = new Map(detail.areas.flatMap((area) => [[area.code, area.title] as const, ...area.subareas.map((subarea) => [subarea.code, subarea.title] as const)]));
  const areaTitle = (code: string) => areaTitles.get(code) ?? detailTitles.get(code) ?? code;
  const subareaTitle = (code: string) => subareaTitles.get(code) ?? detailTitles.get(code) ?? code;
  return {
    ...input,
    baseline: input.baseline ?? null,
    language,
    t: reportTexts(language),
    municipality: detail.municipality.name,
    year: detail.year === null ? null : String(detail.year),
    frameworkTitle: localise(framework.title, language),
    shown: shownScores(detail),
    categories: detail.areas.map((area) => ({ code: area.code, label: areaTitle(area.code), max: area.max })),
    areaTitle,
    subareaTitle,
    charts: [],
  };
}

/**
 * What a block of the evaluators' own text carries: its language (the evaluated municipality's,
 * `WRITTEN_LANGUAGE`) when the report is in another one, so readers and screen readers switch
 * language for it; nothing when the report is in the language the texts were written in.
 */
export function writtenText(context: BuildContext): { lang?: Language } {
  const written = WRITTEN_LANGUAGE[context.detail.municipality.country];
  return context.language === written ? {} : { lang: written };
}

/** Registers a chart and returns its block. */
export function chartBlock(context: BuildContext, chart: ChartSpec): { kind: 'chart'; chart: ChartSpec } {
  context.charts.push(chart);
  return { kind: 'chart', chart };
}

/** The number of the overview of points: after the development chapter when the evaluation follows up a baseline. */
export function overviewChapterNumber(context: Pick<BuildContext, 'baseline'>): string {
  return context.baseline ? '5' : '4';
}

/** The number of the overview's last section, the exact points (notes of rounded tables point there). */
export function exactSectionNumber(context: Pick<BuildContext, 'baseline'>): string {
  return `${overviewChapterNumber(context)}.1`;
}

/** The note of a table whose figures include rounded ones; nothing when every figure is exact. */
export function roundedNote(context: BuildContext, figures: ReadonlyArray<{ rounded: boolean }>): { note?: string } {
  return figures.some((figure) => figure.rounded) ? { note: context.t.notes.rounded(exactSectionNumber(context)) } : {};
}

/** A table note as a chart's `tableNote` option (nothing when there is no note). */
export function tableNote(note: { note?: string }): { tableNote?: string } {
  return note.note === undefined ? {} : { tableNote: note.note };
}
