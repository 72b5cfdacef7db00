/**
 * Who may do what: the one place where Kompass decides access. Pure functions over the
 * signed-in principal and the evaluation concerned; the server's access hook and the
 * repositories' visibility filters both follow these rules.
 */
import type { PlanVisibility } from './action-plan-values.js';
import type { EvaluationStatus } from './evaluation-status.js';

export const ROLES = ['admin', 'evaluator', 'municipality'] as const;
export type Role = (typeof ROLES)[number];

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Set for municipality users only. */
  municipalityId: string | null;
}

/** Anonymous visitors are the public. */
export type Principal = { kind: 'public' } | { kind: 'user'; user: SignedInUser };

export const PUBLIC: Principal = { kind: 'public' };

/** What access decisions about one evaluation need to know. */
export interface EvaluationRef {
  id: string;
  municipalityId: string;
  status: EvaluationStatus;
  /** User ids of the evaluators assigned to it. */
  evaluatorIds: readonly string[];
}

/** Statuses in which a municipality reads its own evaluation (from the fact check on). */
const MUNICIPALITY_VISIBLE_STATUSES: readonly EvaluationStatus[] = ['fact_check', 'final', 'published'];

/** Statuses in which the evaluation's content may still change (final locks it). */
export const EDITABLE_STATUSES: readonly EvaluationStatus[] = ['draft', 'review', 'fact_check'];

export const isEditableStatus = (status: EvaluationStatus): boolean => EDITABLE_STATUSES.includes(status);

export type EvaluationAction =
  | 'read'
  /** Scores and texts (whether the evaluation is still open for changes is checked with the change). */
  | 'edit'
  /** Its audit trail. */
  | 'read-audit'
  /** The working material: evidence, each evaluator's own scores, calibration, presence. */
  | 'workspace'
  /** Comments on facts (the municipality during the fact check; evaluators answer them). */
  | 'comment'
  /** Who evaluates it. */
  | 'assign'
  /** The municipality's action plan of a published evaluation (whether it is published is checked with the change). */
  | 'edit-plan';

const userOf = (principal: Principal): SignedInUser | null => (principal.kind === 'user' ? principal.user : null);

export const isAdmin = (principal: Principal): boolean => userOf(principal)?.role === 'admin';

function isAssigned(user: SignedInUser, evaluation: EvaluationRef): boolean {
  return user.role === 'evaluator' && evaluation.evaluatorIds.includes(user.id);
}

export function canReadEvaluation(principal: Principal, evaluation: EvaluationRef): boolean {
  if (evaluation.status === 'published') return true;
  const user = userOf(principal);
  if (!user) return false;
  if (user.role === 'admin' || isAssigned(user, evaluation)) return true;
  return (
    user.role === 'municipality' &&
    user.municipalityId === evaluation.municipalityId &&
    MUNICIPALITY_VISIBLE_STATUSES.includes(evaluation.status)
  );
}

/** Decides one action on one evaluation. Reading is a precondition of everything else. */
export function canOnEvaluation(principal: Principal, action: EvaluationAction, evaluation: EvaluationRef): boolean {
  if (action === 'read') return canReadEvaluation(principal, evaluation);
  const user = userOf(principal);
  if (!user) return false;
  switch (action) {
    case 'edit':
    case 'read-audit':
    case 'workspace':
      return user.role === 'admin' || isAssigned(user, evaluation);
    case 'comment':
      return user.role === 'admin' || isAssigned(user, evaluation) || (user.role === 'municipality' && user.municipalityId === evaluation.municipalityId);
    case 'assign':
      return user.role === 'admin';
    case 'edit-plan':
      return user.role === 'admin' || isOwnMunicipality(user, evaluation);
  }
}

const isOwnMunicipality = (user: SignedInUser, evaluation: EvaluationRef): boolean =>
  user.role === 'municipality' && user.municipalityId === evaluation.municipalityId;

/**
 * Whether a principal reads an evaluation's action plan: its municipality's users and the
 * administrators always; evaluators when the municipality shares it with them or with everyone;
 * everyone, anonymous visitors too, when it is public. Only a published evaluation has a plan.
 */
export function canReadActionPlan(principal: Principal, evaluation: EvaluationRef, visibility: PlanVisibility): boolean {
  if (evaluation.status !== 'published') return false;
  if (visibility === 'public') return true;
  const user = userOf(principal);
  if (!user) return false;
  if (user.role === 'admin' || isOwnMunicipality(user, evaluation)) return true;
  return user.role === 'evaluator' && visibility === 'evaluators';
}

/** Actions that concern no single evaluation. */
export type GlobalAction =
  /** Start a new evaluation (an evaluator becomes one of its evaluators). */
  | 'create-evaluation'
  /** Bring published reports into the archive. */
  | 'import'
  /** Users, roles and password links. */
  | 'manage-users'
  /** The whole audit log. */
  | 'read-audit-log'
  /** Store and remove reference averages from published sources (comparisons). */
  | 'manage-reference-averages'
  /** Read the pre-visit question sets (to choose one for an evaluation). */
  | 'read-question-sets'
  /** Write, import and version the question sets (the programme owner). */
  | 'manage-question-sets'
  /** Author, import and publish model versions with their criteria and maps (the programme owner). */
  | 'manage-frameworks'
  /** Criterion agreement statistics across evaluations (the programme owner). */
  | 'read-criteria-statistics';

export function canDo(principal: Principal, action: GlobalAction): boolean {
  const user = userOf(principal);
  if (!user) return false;
  if (user.role === 'admin') return true;
  return (action === 'create-evaluation' || action === 'read-question-sets') && user.role === 'evaluator';
}

/**
 * Which evaluations a principal may list: the filter the repositories turn into SQL, so a
 * listing never shows what the detail route would refuse.
 */
export type EvaluationVisibility =
  | { kind: 'all' }
  | { kind: 'published-or'; assignedTo?: string; municipality?: { code: string; statuses: readonly EvaluationStatus[] } };

export function evaluationVisibility(principal: Principal): EvaluationVisibility {
  const user = userOf(principal);
  if (!user) return { kind: 'published-or' };
  switch (user.role) {
    case 'admin':
      return { kind: 'all' };
    case 'evaluator':
      return { kind: 'published-or', assignedTo: user.id };
    case 'municipality':
      return user.municipalityId
        ? { kind: 'published-or', municipality: { code: user.municipalityId, statuses: MUNICIPALITY_VISIBLE_STATUSES } }
        : { kind: 'published-or' };
  }
}
