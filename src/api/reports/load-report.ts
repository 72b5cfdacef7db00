/**
 * Loads everything a report needs and builds its model: the evaluation as GET
 * /api/evaluations/:id shows it, its comparisons, its framework, the area-map caveat, for a
 * follow-up its baseline (`load-baseline.ts`), when the municipality chose to include it and
 * the reader may read it, the action plan and, when asked for, the agreed criteria for their annex.
 */
import type { ActionPlan } from '../../contract/action-plans.js';
import { PUBLIC, type Principal } from '../../domain/access.js';
import { findPlan } from '../action-plans/repository.js';
import { planToday, readActionPlan } from '../action-plans/queries.js';
import { loadEvaluationComparison } from '../comparisons/queries.js';
import { loadEvaluationDetail } from '../evaluations/queries.js';
import { loadReportBaseline } from './load-baseline.js';
import { and, eq, ne } from 'drizzle-orm';
import { agreedCriteria, scores } from '../../db/schema.js';
import { frameworkOf, hasCriteria, localise, type Framework } from '../../domain/framework.js';
import type { ReportCriteria } from '../../report/build-criteria-annex.js';
import type { AppContext } from '../../kernel/context.js';
import { buildReportModel } from '../../report/build-model.js';
import type { ReportModel, ReportOptions } from '../../report/model.js';

/**
 * The action plan for the report's annex: only when the municipality chose to include it in the
 * report, and only as far as the reader may read the plan (else null, and no annex).
 */
async function planForReport(context: AppContext, evaluationId: string, reader: Principal): Promise<ActionPlan | null> {
  const { db } = context.database;
  const plan = await findPlan(db, evaluationId);
  if (!plan?.includeInReport) return null;
  return readActionPlan(db, context.catalogue, evaluationId, reader, planToday());
}

/**
 * The evaluation's agreed criteria and the deviation reasons of its agreed scores, for the
 * criteria annex: only when the options ask for it and the model version has criteria (else null).
 */
async function criteriaForReport(context: AppContext, evaluationId: string, framework: Framework, options: ReportOptions): Promise<ReportCriteria | null> {
  if (!options.criteriaAnnex || !hasCriteria(framework)) return null;
  const { db } = context.database;
  const agreed = await db
    .select({ criterionCode: agreedCriteria.criterionCode, value: agreedCriteria.value })
    .from(agreedCriteria)
    .where(eq(agreedCriteria.evaluationId, evaluationId));
  const reasons = await db
    .select({ unitCode: scores.unitCode, deviationReason: scores.deviationReason })
    .from(scores)
    .where(and(eq(scores.evaluationId, evaluationId), ne(scores.deviationReason, '')));
  return { agreed, deviationReasons: Object.fromEntries(reasons.map((row) => [row.unitCode, row.deviationReason])) };
}

/**
 * The report model of one evaluation, as `reader` gets it (the action plan's annex follows the
 * plan's visibility). Access to the evaluation is the caller's (the route's) job.
 */
export async function loadReportModel(context: AppContext, evaluationId: string, options: ReportOptions, reader: Principal = PUBLIC): Promise<ReportModel> {
  const detail = await loadEvaluationDetail(context, evaluationId, options.language);
  const comparison = await loadEvaluationComparison(context, evaluationId, options.comparison, options.language);
  const baseline = await loadReportBaseline(context, evaluationId, options.language);
  const framework = frameworkOf(context.catalogue, detail.framework.id);
  return buildReportModel({
    detail,
    comparison,
    framework,
    caveat: localise(context.catalogue.caveat, options.language),
    options,
    baseline,
    actionPlan: await planForReport(context, evaluationId, reader),
    criteria: await criteriaForReport(context, evaluationId, framework, options),
  });
}
