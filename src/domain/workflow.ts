/**
 * The status flow of an evaluation: which moves exist, who may make them, and what must hold
 * first. Pure: the caller gathers the facts (missing agreed scores, open comments) and the
 * caller's standing on the evaluation; this module decides.
 *
 *   draft ⇄ review ⇄ fact_check → final → published
 *   final → fact_check, final → review (reopening, administrators only)
 *
 * Published is terminal. Reopening a final evaluation (back to fact_check or review) needs an
 * administrator and is audited as `evaluation.reopen`. Every move into fact_check, final or
 * published needs an agreed score for every scoring unit (src/domain/complete-scores.ts): the
 * precondition follows from the target status, so no move into those statuses can lack it.
 */
import { isAdmin, type EvaluationRef, type Principal } from './access.js';
import { incompleteScoresMessage, requiresCompleteScores, type MissingUnit } from './complete-scores.js';
import type { EvaluationOrigin, EvaluationStatus } from './evaluation-status.js';

/** The caller's standing on one evaluation: administrator, one of its assigned evaluators, or neither. */
export type WorkflowRole = 'admin' | 'evaluator' | 'none';

/** Who may make a transition: the evaluation's team (administrators and its assigned evaluators), or administrators only. */
type Mover = 'team' | 'admin';

/** What must hold before a transition. */
type Precondition =
  /** Every scoring unit of the framework has an agreed score (every move into fact_check, final or published). */
  | 'agreed-scores'
  /** No fact-check comment has the status `open` (answered and resolved comments do not block). */
  | 'no-open-comments';

export interface Transition {
  from: EvaluationStatus;
  to: EvaluationStatus;
  who: Mover;
  /** What must hold first, in the order it is checked. */
  requires: readonly Precondition[];
  /** Moves a final evaluation back into work. */
  reopen: boolean;
}

/** A move; the agreed-scores precondition is added for every target the completeness rule binds. */
const move = (from: EvaluationStatus, to: EvaluationStatus, who: Mover, options: { requires?: Precondition; reopen?: boolean } = {}): Transition => ({
  from,
  to,
  who,
  requires: [...(requiresCompleteScores(to, 'workspace') ? (['agreed-scores'] as const) : []), ...(options.requires ? [options.requires] : [])],
  reopen: options.reopen ?? false,
});

/** Every transition there is; nothing else is allowed. */
export const TRANSITIONS: readonly Transition[] = [
  move('draft', 'review', 'team'),
  move('review', 'draft', 'team'),
  move('review', 'fact_check', 'team'),
  move('fact_check', 'review', 'team'),
  move('fact_check', 'final', 'team', { requires: 'no-open-comments' }),
  move('final', 'published', 'admin'),
  move('final', 'fact_check', 'admin', { reopen: true }),
  move('final', 'review', 'admin', { reopen: true }),
];

/** What the preconditions look at, gathered by the caller. */
export interface WorkflowFacts {
  /** Where the evaluation came from: archived reports are not bound by the agreed-scores rule. */
  origin: EvaluationOrigin;
  /** The scoring units without an agreed score, in framework order. */
  unitsWithoutAgreedScore: readonly MissingUnit[];
  /** How many scoring units the framework has. */
  unitCount: number;
  /** Number of fact-check comments with the status `open`. */
  openComments: number;
}

type RefusalReason = 'forbidden' | 'not-a-transition' | 'missing-scores' | 'open-comments';

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | { ok: false; reason: RefusalReason; message: string; transition: Transition | null };

/** The caller's standing on an evaluation (only assigned evaluators count as evaluators). */
export function workflowRoleOf(principal: Principal, evaluation: Pick<EvaluationRef, 'evaluatorIds'>): WorkflowRole {
  if (principal.kind !== 'user') return 'none';
  if (isAdmin(principal)) return 'admin';
  const { user } = principal;
  return user.role === 'evaluator' && evaluation.evaluatorIds.includes(user.id) ? 'evaluator' : 'none';
}

export const MAY_NOT_MOVE = "Only an administrator or the evaluation's assigned evaluators may change its status";

const mayMake = (transition: Transition, role: WorkflowRole): boolean =>
  role === 'admin' || (role === 'evaluator' && transition.who === 'team');

function failedPrecondition(transition: Transition, precondition: Precondition, facts: WorkflowFacts): TransitionCheck | null {
  if (precondition === 'agreed-scores') {
    const missing = facts.unitsWithoutAgreedScore;
    if (missing.length === 0 || !requiresCompleteScores(transition.to, facts.origin)) return null;
    return { ok: false, reason: 'missing-scores', transition, message: incompleteScoresMessage(transition.to, missing, facts.unitCount) };
  }
  const count = facts.openComments;
  if (count === 0) return null;
  return {
    ok: false,
    reason: 'open-comments',
    transition,
    message: `${count} fact-check ${count === 1 ? 'comment is' : 'comments are'} still open: answer or resolve ${count === 1 ? 'it' : 'them'} before the evaluation becomes final`,
  };
}

function checkPrecondition(transition: Transition, facts: WorkflowFacts): TransitionCheck {
  for (const precondition of transition.requires) {
    const failed = failedPrecondition(transition, precondition, facts);
    if (failed) return failed;
  }
  return { ok: true, transition };
}

/**
 * Decides one move from the evaluation's current status. Checks, in order: that the caller may
 * move this evaluation at all, that the move exists, that the caller's role may make it, and
 * its precondition.
 */
export function checkTransition(from: EvaluationStatus, to: EvaluationStatus, role: WorkflowRole, facts: WorkflowFacts): TransitionCheck {
  if (role === 'none') {
    return { ok: false, reason: 'forbidden', transition: null, message: MAY_NOT_MOVE };
  }
  const transition = TRANSITIONS.find((candidate) => candidate.from === from && candidate.to === to);
  if (!transition) {
    const possible = TRANSITIONS.filter((candidate) => candidate.from === from).map((candidate) => candidate.to);
    return {
      ok: false,
      reason: 'not-a-transition',
      transition: null,
      message: `An evaluation cannot move from ${from} to ${to}; from ${from} it can move to ${possible.length > 0 ? possible.join(', ') : 'nothing (it is final)'}`,
    };
  }
  if (!mayMake(transition, role)) {
    return {
      ok: false,
      reason: 'forbidden',
      transition,
      message: transition.reopen ? 'Only an administrator may reopen a final evaluation' : `Only an administrator may move an evaluation from ${from} to ${to}`,
    };
  }
  return checkPrecondition(transition, facts);
}

/**
 * The moves the caller's role may make from the current status, each decided against the
 * facts (so a move whose precondition fails is listed with its reason). Empty for callers who
 * may not move the evaluation at all.
 */
export function availableTransitions(from: EvaluationStatus, role: WorkflowRole, facts: WorkflowFacts): Array<{ transition: Transition; check: TransitionCheck }> {
  return TRANSITIONS.filter((transition) => transition.from === from && mayMake(transition, role)).map((transition) => ({
    transition,
    check: checkTransition(from, transition.to, role, facts),
  }));
}
