/**
 * Writes the demo's action plan (demo-action-plan.ts) through the plan's own commands, as the
 * municipality's demo user: the plan from the report's improvement opportunities, each demo
 * action's fields with its notes and links, then the plan's visibility and next follow-up.
 */
import { toSignedInUser, type UserRecord } from '../auth/users-repository.js';
import { createAction, createActionPlan, createLink, createNote, updateAction, updateActionPlan, type PlanEditor } from '../api/action-plans/commands.js';
import { findPlan } from '../api/action-plans/repository.js';
import { createActionSchema, updateActionSchema, type Action } from '../contract/action-plans.js';
import type { Database } from '../db/client.js';
import type { Catalogue } from '../domain/framework.js';
import type { DemoActionPlan, DemoPlanAction } from './demo-action-plan.js';

/**
 * The action's fields (a proposal's sub-area kept), then its notes and links. Its progress comes
 * from the notes, each stating how far it had come (a done action is at 100 from the start).
 */
async function workOn(db: Database, catalogue: Catalogue, evaluationId: string, proposal: Action | undefined, demo: DemoPlanAction, editor: PlanEditor): Promise<void> {
  const fields = { ...demo.action, progress: 0 };
  const action = proposal
    ? await updateAction(db, catalogue, evaluationId, proposal.id, updateActionSchema.parse({ unitCode: proposal.unitCode, ...fields, version: proposal.version }), editor)
    : await createAction(db, catalogue, evaluationId, createActionSchema.parse(fields), editor);
  for (const note of demo.notes) await createNote(db, evaluationId, action.id, note, editor);
  for (const link of demo.links) await createLink(db, evaluationId, action.id, link, editor);
}

/**
 * Seeds the plan of the published evaluation `evaluationId` unless it has one (loading the demo
 * twice must not duplicate it).
 */
export async function seedDemoActionPlan(db: Database, catalogue: Catalogue, evaluationId: string, plan: DemoActionPlan, user: UserRecord): Promise<void> {
  if (await findPlan(db, evaluationId)) return;
  const editor: PlanEditor = { principal: { kind: 'user', user: toSignedInUser(user) }, actor: user.email, name: user.name };
  const created = await createActionPlan(db, catalogue, evaluationId, true, editor);
  for (const demo of plan.actions) {
    const { improvement } = demo.action;
    const proposal = improvement ? created.actions.find((action) => action.improvement?.areaCode === improvement.areaCode && action.improvement.index === improvement.index) : undefined;
    if (improvement && !proposal) throw new Error(`The demo plan answers improvement ${improvement.areaCode}/${improvement.index}, which the report does not have`);
    await workOn(db, catalogue, evaluationId, proposal, demo, editor);
  }
  await updateActionPlan(
    db,
    catalogue,
    evaluationId,
    { version: created.version, visibility: plan.visibility, includeInReport: plan.includeInReport, nextFollowUp: plan.nextFollowUp },
    editor,
  );
}
