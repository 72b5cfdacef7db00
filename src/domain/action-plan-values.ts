/**
 * The values of a municipality's action plan, shared by the database's checks, the API contract
 * and the web app. The plan's rules (summaries, overdue, proposals) live in `action-plan.ts`.
 */

/** Where an action stands. A dropped action carries the reason it was dropped. */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

/**
 * Who reads the plan besides the municipality's own users and the administrators:
 * nobody else, evaluators as well, or everyone (the public read-only view).
 */
export const PLAN_VISIBILITIES = ['municipality', 'evaluators', 'public'] as const;
export type PlanVisibility = (typeof PLAN_VISIBILITIES)[number];

/** Evidence attached to an action: an uploaded file or a link. */
export const ACTION_EVIDENCE_KINDS = ['file', 'link'] as const;
export type ActionEvidenceKind = (typeof ACTION_EVIDENCE_KINDS)[number];

/** The follow-up evaluators' judgement of an earlier improvement opportunity. */
export const IMPROVEMENT_JUDGEMENTS = ['addressed', 'partly', 'not_addressed'] as const;
export type ImprovementJudgement = (typeof IMPROVEMENT_JUDGEMENTS)[number];

/** Progress is a whole percent. */
export const PROGRESS_MIN = 0;
export const PROGRESS_MAX = 100;
