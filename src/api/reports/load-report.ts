/**
 * Loads everything a report needs and builds its model: the evaluation as GET
 * /api/evaluations/:id shows it, its comparisons, its framework, the area-map caveat and, for a
 * follow-up, its baseline (`load-baseline.ts`).
 */
import { loadEvaluationComparison } from '../comparisons/queries.js';
import { loadEvaluationDetail } from '../evaluations/queries.js';
import { loadReportBaseline } from './load-baseline.js';
import { frameworkOf, localise } from '../../domain/framework.js';
import type { AppContext } from '../../kernel/context.js';
import { buildReportModel } from '../../report/build-model.js';
import type { ReportModel, ReportOptions } from '../../report/model.js';

/** The report model of one evaluation. Access control is the caller's (the route's) job. */
export async function loadReportModel(context: AppContext, evaluationId: string, options: ReportOptions): Promise<ReportModel> {
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
  });
}
