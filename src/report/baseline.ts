/**
 * What a follow-up report needs of the evaluation it follows up (its baseline): the baseline as
 * the API shows it, its framework and the area maps, the follow-up evaluators' judgements of the
 * baseline's improvement opportunities and — only when the municipality has made its action plan
 * public — the plan's actions linked to those opportunities.
 */
import type { EvaluationDetail } from '../contract/evaluations.js';
import type { ActionStatus, ImprovementJudgement } from '../domain/action-plan-values.js';
import type { AreaMap, Framework } from '../domain/framework.js';

/** Which improvement opportunity: its area of the baseline and its index in that area's list (as stored). */
export interface ImprovementRef {
  areaCode: string;
  index: number;
}

export interface ReportImprovementReview extends ImprovementRef {
  judgement: ImprovementJudgement;
  /** Plain text written by the follow-up's evaluators; empty when none. */
  comment: string;
}

export interface ReportPlanAction extends ImprovementRef {
  title: string;
  status: ActionStatus;
  /** Whole percent. */
  progress: number;
  /** Why it was dropped (empty unless dropped). */
  statusReason: string;
}

export interface ReportBaseline {
  detail: EvaluationDetail;
  framework: Framework;
  areaMaps: readonly AreaMap[];
  reviews: readonly ReportImprovementReview[];
  /** The public plan's actions linked to an improvement opportunity, in the plan's order; null when the plan is not public (or there is none). */
  actions: readonly ReportPlanAction[] | null;
}
