/**
 * Loads what a follow-up report needs of its baseline: the baseline as GET /api/evaluations/:id
 * shows it, the follow-up's judgements of its improvement opportunities and, only when the
 * municipality has made the baseline's action plan public, the plan's actions linked to them.
 */
import { frameworkOf, type Language } from '../../domain/framework.js';
import type { AppContext } from '../../kernel/context.js';
import type { ReportBaseline } from '../../report/baseline.js';
import { loadEvaluationDetail } from '../evaluations/queries.js';
import { findBaselineId, findImprovementActions, findImprovementReviews, findPlanVisibility } from './baseline-repository.js';

/** The baseline of `evaluationId` for its report; null when it follows up none or the baseline is not published. */
export async function loadReportBaseline(context: AppContext, evaluationId: string, language: Language): Promise<ReportBaseline | null> {
  const baselineId = await findBaselineId(context.database.db, evaluationId);
  if (baselineId === null) return null;
  const detail = await loadEvaluationDetail(context, baselineId, language);
  // A follow-up is made from a published evaluation; a report never shows an unpublished one.
  if (detail.status !== 'published') return null;
  // One statement after the other, in one snapshot: the judgements and the plan as they stood together.
  const { reviews, actions } = await context.database.db.transaction(
    async (tx) => {
      const reviewRows = await findImprovementReviews(tx, evaluationId);
      const visibility = await findPlanVisibility(tx, baselineId);
      return { reviews: reviewRows, actions: visibility === 'public' ? await findImprovementActions(tx, baselineId) : null };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return { detail, framework: frameworkOf(context.catalogue, detail.framework.id), areaMaps: context.catalogue.areaMaps, reviews, actions };
}
