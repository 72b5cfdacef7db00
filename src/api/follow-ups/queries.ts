import type { Database } from '../../db/client.js';
import { frameworkOf, type Catalogue, type Language } from '../../domain/framework.js';
import { notFound } from '../../kernel/errors.js';
import { findEvaluationListRow, findEvaluationRecord } from '../evaluations/repository.js';
import { planToday } from '../action-plans/queries.js';
import { findAreaTexts, findSubareaTexts } from '../texts/repository.js';
import { presentBaseline } from './presenter.js';
import { findAgreedScores, findImprovementActions, findImprovementReviews, findPlanVisibility, SHARED_PLAN_VISIBILITIES } from './repository.js';
import type { Baseline } from '../../contract/follow-ups.js';

/**
 * A follow-up's baseline, read in one snapshot: the baseline's scores and texts, the follow-up's
 * judgements of its improvement opportunities and, only when the municipality shares its plan with
 * evaluators or the public, the actions answering them. 404 when the evaluation has no baseline
 * (or its baseline is no longer published).
 */
export async function loadBaseline(db: Database, catalogue: Catalogue, followUpId: string, language: Language): Promise<Baseline> {
  // One statement after the other: a transaction's connection runs one query at a time.
  const read = await db.transaction(
    async (tx) => {
      const followUp = await findEvaluationRecord(tx, followUpId);
      const baselineId = followUp?.baselineEvaluationId ?? null;
      const baseline = baselineId ? await findEvaluationListRow(tx, baselineId) : null;
      if (!followUp || !baselineId || !baseline || baseline.status !== 'published') return null;
      const visibility = await findPlanVisibility(tx, baselineId);
      const shared = visibility !== null && SHARED_PLAN_VISIBILITIES.includes(visibility);
      return {
        followUp,
        baseline,
        scores: await findAgreedScores(tx, baselineId),
        areaTexts: await findAreaTexts(tx, baselineId),
        subareaTexts: await findSubareaTexts(tx, baselineId),
        reviews: await findImprovementReviews(tx, followUpId),
        actions: shared ? await findImprovementActions(tx, baselineId) : null,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (!read) throw notFound(`The baseline of evaluation ${followUpId}`);
  return presentBaseline({
    catalogue,
    language,
    framework: frameworkOf(catalogue, read.followUp.frameworkId),
    baseline: read.baseline,
    baselineFramework: frameworkOf(catalogue, read.baseline.frameworkId),
    scores: read.scores,
    areaTexts: read.areaTexts,
    subareaTexts: read.subareaTexts,
    reviews: read.reviews,
    actions: read.actions,
    today: planToday(),
  });
}
