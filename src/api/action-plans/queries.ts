/** Reading an action plan: the whole plan in one snapshot, one action, a file of its evidence. */
import type { Database, Executor } from '../../db/client.js';
import { findEvaluationRef } from '../../db/evaluation-ref.js';
import { canOnEvaluation, canReadActionPlan, type Principal } from '../../domain/access.js';
import { frameworkOf, type Catalogue } from '../../domain/framework.js';
import { notFound } from '../../kernel/errors.js';
import { presentAction, presentPlan } from './presenter.js';
import { findAction, findPlan, findPlanEvaluation, listActions, listEvidence, listImprovementTexts, listNotes, readEvidenceFile } from './repository.js';
import type { Action, ActionPlan } from '../../contract/action-plans.js';

/** The plans' calendar: Swedish and Norwegian municipalities share one time zone. */
const PLAN_TIME_ZONE = 'Europe/Stockholm';

/** Today's date (ISO) in the municipalities' time zone: the day `overdue` is reckoned from. */
export function planToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PLAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

/** Whether the principal may read the evaluation's plan (null when there is no plan). */
async function readablePlan(executor: Executor, evaluationId: string, principal: Principal) {
  const [ref, plan] = [await findEvaluationRef(executor, evaluationId), await findPlan(executor, evaluationId)];
  if (!ref || !plan || !canReadActionPlan(principal, ref, plan.visibility)) return null;
  return { ref, plan };
}

/**
 * The evaluation's action plan as the principal sees it, or null when there is none or the
 * principal may not read it. Reads within the executor given (a snapshot or a change's transaction).
 */
export async function readActionPlan(executor: Executor, catalogue: Catalogue, evaluationId: string, principal: Principal, today: string): Promise<ActionPlan | null> {
  const readable = await readablePlan(executor, evaluationId, principal);
  const evaluation = readable ? await findPlanEvaluation(executor, evaluationId) : null;
  if (!readable || !evaluation) return null;
  const actions = await listActions(executor, evaluationId);
  const actionIds = actions.map((action) => action.id);
  return presentPlan({
    evaluation,
    plan: readable.plan,
    framework: frameworkOf(catalogue, evaluation.frameworkId),
    texts: await listImprovementTexts(executor, evaluationId),
    actions,
    notes: await listNotes(executor, actionIds),
    evidence: await listEvidence(executor, actionIds),
    canEdit: canOnEvaluation(principal, 'edit-plan', readable.ref),
    today,
  });
}

/**
 * The evaluation's action plan as the principal may read it, in one read-only snapshot; 404 when
 * there is none or it is not shared with the principal (as if it did not exist). The exports and
 * the report's annex read the plan through this.
 */
export async function loadActionPlan(db: Database, catalogue: Catalogue, evaluationId: string, principal: Principal, today: string = planToday()): Promise<ActionPlan> {
  const plan = await db.transaction((tx) => readActionPlan(tx, catalogue, evaluationId, principal, today), SNAPSHOT);
  if (!plan) throw notFound(`The action plan of evaluation ${evaluationId}`);
  return plan;
}

/** One action of the plan with its notes and evidence, or null. */
export async function readAction(executor: Executor, evaluationId: string, actionId: string, today: string): Promise<Action | null> {
  const row = await findAction(executor, evaluationId, actionId);
  if (!row) return null;
  return presentAction(row, await listNotes(executor, [row.id]), await listEvidence(executor, [row.id]), today);
}

/** A file attached to an action, for a principal who may read the plan; 404 otherwise. */
export async function loadActionFile(db: Database, evaluationId: string, evidenceId: string, principal: Principal) {
  const file = await db.transaction(async (tx) => ((await readablePlan(tx, evaluationId, principal)) ? readEvidenceFile(tx, evaluationId, evidenceId) : null), SNAPSHOT);
  if (!file) throw notFound(`Evidence file ${evidenceId}`);
  return file;
}
