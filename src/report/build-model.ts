/**
 * Builds the report model from an evaluation, its comparisons and its framework. Pure: the same
 * input gives the same model, with every figure rounded and formatted in the asked language.
 */
import type { ActionPlan } from '../contract/action-plans.js';
import type { EvaluationDetail } from '../contract/evaluations.js';
import type { EvaluationComparison } from '../domain/comparison/types.js';
import type { Framework } from '../domain/framework.js';
import { formatList, LOCALES } from '../i18n/format.js';
import type { ReportBaseline } from './baseline.js';
import { buildPlanContent } from './action-plan/plan-content.js';
import { planAnnex } from './action-plan/plan-sections.js';
import { areasChapter } from './build-areas.js';
import { criteriaAnnex, type ReportCriteria } from './build-criteria-annex.js';
import { createBuildContext, type BuildContext } from './build-context.js';
import { developmentChapter } from './build-development.js';
import { overviewChapter } from './build-overview.js';
import { summaryChapter } from './build-summary.js';
import { asciiSlug } from './file-name.js';
import { formatDate } from './format.js';
import type { ReportCover, ReportFact, ReportModel, ReportOptions, ReportSection } from './model.js';

export interface ReportModelInput {
  detail: EvaluationDetail;
  comparison: EvaluationComparison;
  framework: Framework;
  /** The area-map caveat in the asked language, for comparisons across model versions. */
  caveat: string;
  options: ReportOptions;
  /** The evaluation this one follows up (with the follow-up's judgements); absent or null when there is none. */
  baseline?: ReportBaseline | null;
  /**
   * The municipality's action plan, as its reader may read it; the report gets its annex when
   * the municipality chose to include it. Absent or null: no annex.
   */
  actionPlan?: ActionPlan | null;
  /**
   * The evaluation's agreed criteria and deviation reasons, for the criteria annex (asked for by
   * `options.criteriaAnnex`, and only where the model version has criteria). Absent or null: no annex.
   */
  criteria?: ReportCriteria | null;
}

function aboutChapter(context: BuildContext): ReportSection {
  return {
    id: 'chapter-about',
    number: '1',
    title: context.t.chapters.about,
    pageBreak: true,
    blocks: context.t.about(context.frameworkTitle).map((markdown) => ({ kind: 'markdown', markdown })),
    sections: [],
  };
}

function cover(context: BuildContext): ReportCover {
  const { t, language, detail, options } = context;
  const evaluators = (options.cover.evaluators ?? detail.evaluators).filter((name) => name.trim() !== '');
  const dateSource = options.cover.date ?? detail.reportDate;
  const date = dateSource ? formatDate(dateSource, language) : null;
  const facts: ReportFact[] = [];
  if (evaluators.length > 0) facts.push({ label: t.cover.evaluators, value: formatList(evaluators, language) });
  if (date) facts.push({ label: t.cover.date, value: date });
  facts.push({ label: t.cover.framework, value: context.frameworkTitle });
  return {
    series: t.series,
    title: t.coverTitle(context.municipality, context.year),
    municipality: context.municipality,
    year: context.year,
    framework: context.frameworkTitle,
    evaluators,
    date,
    facts,
  };
}

export function buildReportModel(input: ReportModelInput): ReportModel {
  if (input.comparison.evaluationId !== input.detail.id) {
    throw new Error(`The comparison is for evaluation ${input.comparison.evaluationId}, not ${input.detail.id}`);
  }
  if (input.framework.id !== input.detail.framework.id) {
    throw new Error(`The evaluation follows ${input.detail.framework.id}, not ${input.framework.id}`);
  }
  const context = createBuildContext(input);
  const { t, language } = context;
  const development = developmentChapter(context);
  const chapters = [aboutChapter(context), summaryChapter(context), areasChapter(context), ...(development ? [development] : []), overviewChapter(context)];
  const plan = input.actionPlan;
  if (plan?.includeInReport) {
    if (plan.evaluationId !== input.detail.id) throw new Error(`The action plan is of evaluation ${plan.evaluationId}, not ${input.detail.id}`);
    chapters.push(planAnnex(buildPlanContent({ plan, framework: input.framework, language })));
  }
  if (input.options.criteriaAnnex && input.criteria) {
    const annex = criteriaAnnex(context, input.criteria);
    if (annex) chapters.push(annex);
  }
  const slugName = asciiSlug(input.detail.municipality.shortName || input.detail.municipality.name);
  return {
    evaluationId: input.detail.id,
    language,
    locale: LOCALES[language],
    title: `${t.series} – ${t.coverTitle(context.municipality, context.year)}`,
    fileSlug: ['kommunkompassen', slugName, context.year].filter(Boolean).join('-'),
    cover: cover(context),
    labels: { ...t.labels, runningTitle: t.runningTitle(context.municipality, context.year) },
    chapters,
    charts: context.charts,
  };
}
