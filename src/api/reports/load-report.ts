/**
 * Loads everything a report needs and builds its model: the evaluation as GET
 * /api/evaluations/:id shows it, its comparisons, its framework, the area-map caveat, for a
 * follow-up its baseline (`load-baseline.ts`) and, when the municipality chose to include it and
 * the reader may read it, the action plan.
 */
import type { ActionPlan } from '../../contract/action-plans.js';
import { PUBLIC, type Principal } from '../../domain/access.js';
import { findPlan } from '../action-plans/repository.js';
import { planToday, readActionPlan } from '../action-plans/queries.js';
import { loadEvaluationComparison } from '../comparisons/queries.js';
import { loadEvaluationDetail } from '../evaluations/queries.js';
import { loadReportBaseline } from './load-baseline.js';
import { frameworkOf, localise } from '../../domain/framework.js';
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
 * The report model of one evaluation, as `reader` gets it (the action plan's annex follows the
 * plan's visibility). Access to the evaluation is the caller's (the route's) job.
 */
export async function loadReportModel(context: AppContext, evaluationId: string, options: ReportOptions, reader: Principal = PUBLIC): Promise<ReportModel> {
  const detail = await loadEvaluationDetail(context, evaluationId, options.language);
  const comparison = await loadEvaluationComparison(context, evaluationId, options.comparison, options.language);
  const baseline = await loadReportBaseline(context, evaluationId, options.language);
  return buildReportModel({
    detail,
    comparison,
    framework: frameworkOf(context.catalogue, detail.framework.id),
    caveat: localise(context.catalogue.caveat, options.language),
    options,
    baseline,
    actionPlan: await planForReport(context, evaluationId, reader),
  });
}
