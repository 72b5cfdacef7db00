/**
 * Changes to an action plan. Every change goes through `versionedWrite` on the published
 * evaluation (locked, not refused for being published) and is refused unless the evaluation is
 * published; the plan and each action carry their own version, and every change is audited.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../db/audit.js';
import type { Database, Executor } from '../../db/client.js';
import type { Principal } from '../../domain/access.js';
import { PLAN_ACTIONS_MAX, proposeActions, settledProgress, type ImprovementItem } from '../../domain/action-plan.js';
import { mediaTypeOf } from '../../domain/evidence.js';
import { frameworkOf, type Catalogue, type Framework } from '../../domain/framework.js';
import { countryOf, WRITTEN_LANGUAGE } from '../../domain/municipality.js';
import { AppError, invalid, notFound, staleVersion } from '../../kernel/errors.js';
import { versionedWrite, type LockedEvaluation } from '../../kernel/versioned-write.js';
import { presentEvidence } from './presenter.js';
import { planToday, readAction, readActionPlan } from './queries.js';
import {
  countActions,
  deleteActionAtVersion,
  deleteEvidence,
  deleteNote,
  findAction,
  findEvidence,
  findNote,
  findPlan,
  insertActions,
  insertEvidence,
  insertNote,
  insertPlan,
  listImprovementTexts,
  updateActionAtVersion,
  updatePlanAtVersion,
  type ActionFields,
  type ActionRow,
  type PlanRow,
} from './repository.js';
import type { Action, ActionPlan, CreateActionInput, CreateLinkInput, CreateNoteInput, UpdateActionInput, UpdateActionPlanInput } from '../../contract/action-plans.js';

/** Who makes a change: the principal (for what the answer shows), the audit actor and the name on notes. */
export interface PlanEditor {
  principal: Principal;
  actor: string;
  name: string;
}

/** The evaluation's identity, as a change targets it: locked, and never refused for being published. */
const target = (evaluationId: string) => ({ id: evaluationId, editable: false as const });

const entry = (editor: PlanEditor, action: string, evaluationId: string, values: Pick<AuditEntry, 'oldValue' | 'newValue'>): AuditEntry => ({
  actor: editor.actor,
  action: `evaluation.action-plan.${action}`,
  entityType: 'evaluation',
  entityId: evaluationId,
  ...values,
});

function requirePublished(evaluation: LockedEvaluation): void {
  if (evaluation.status !== 'published') {
    throw new AppError('evaluation_not_published', `The evaluation is ${evaluation.status}: an action plan is kept only for a published evaluation`, [], {
      status: evaluation.status,
    });
  }
}

/** The plan of a published evaluation, or 404. */
async function requirePlan(tx: Executor, evaluation: LockedEvaluation): Promise<PlanRow> {
  requirePublished(evaluation);
  const plan = await findPlan(tx, evaluation.id);
  if (!plan) throw notFound(`The action plan of evaluation ${evaluation.id}`);
  return plan;
}

async function requireAction(tx: Executor, evaluationId: string, actionId: string): Promise<ActionRow> {
  const row = await findAction(tx, evaluationId, actionId);
  if (!row) throw notFound(`Action ${actionId}`);
  return row;
}

/** The action as answered, read in the change's transaction. */
async function currentAction(tx: Executor, evaluationId: string, actionId: string): Promise<Action> {
  const action = await readAction(tx, evaluationId, actionId, planToday());
  if (!action) throw notFound(`Action ${actionId}`);
  return action;
}

/** The plan as the editor sees it, read in the change's transaction. */
async function currentPlan(tx: Executor, catalogue: Catalogue, evaluationId: string, editor: PlanEditor): Promise<ActionPlan> {
  const plan = await readActionPlan(tx, catalogue, evaluationId, editor.principal, planToday());
  if (!plan) throw new Error(`The action plan of ${evaluationId} was written but its editor cannot read it`);
  return plan;
}

/** Every improvement opportunity of the report, area by area in framework order. */
async function improvementItems(tx: Executor, framework: Framework, evaluationId: string): Promise<ImprovementItem[]> {
  const texts = await listImprovementTexts(tx, evaluationId);
  return framework.areas.flatMap((area) => (texts.find((text) => text.areaCode === area.code)?.improvements ?? []).map((text, index) => ({ areaCode: area.code, index, text })));
}

/** Starts the plan of a published evaluation, optionally with one proposed action per improvement opportunity. */
export async function createActionPlan(db: Database, catalogue: Catalogue, evaluationId: string, fromImprovements: boolean, editor: PlanEditor): Promise<ActionPlan> {
  return versionedWrite(db, {
    evaluation: target(evaluationId),
    read: async (tx, evaluation) => {
      requirePublished(evaluation);
      if (await findPlan(tx, evaluationId)) throw new AppError('plan_exists', `Evaluation ${evaluationId} already has an action plan`);
      return { current: null };
    },
    write: async ({ tx, evaluation }) => {
      await insertPlan(tx, evaluationId, editor.actor);
      let proposed = 0;
      if (fromImprovements) {
        const framework = frameworkOf(catalogue, evaluation.frameworkId);
        const language = WRITTEN_LANGUAGE[countryOf(evaluation.municipalityId)];
        const units = new Map(framework.areas.map((area) => [area.code, area.subareas.map((subarea) => ({ unitCode: subarea.code, title: subarea.title[language] }))]));
        const proposals = proposeActions(await improvementItems(tx, framework, evaluationId), units).slice(0, PLAN_ACTIONS_MAX);
        await insertActions(
          tx,
          evaluationId,
          proposals.map((proposal, index) => ({ ...proposal, position: index + 1 })),
          editor.actor,
        );
        proposed = proposals.length;
      }
      return { result: await currentPlan(tx, catalogue, evaluationId, editor), audit: entry(editor, 'create', evaluationId, { newValue: { fromImprovements, proposedActions: proposed } }) };
    },
  });
}

/** Changes the plan's visibility, its place in the report and the next follow-up; 409 with the current plan when stale. */
export async function updateActionPlan(db: Database, catalogue: Catalogue, evaluationId: string, input: UpdateActionPlanInput, editor: PlanEditor): Promise<ActionPlan> {
  const { version, ...fields } = input;
  return versionedWrite(db, {
    evaluation: target(evaluationId),
    read: async (tx, evaluation) => {
      const plan = await requirePlan(tx, evaluation);
      return { current: plan, check: { what: 'The action plan', sent: version, current: plan.version, refuse: async () => staleVersion('The action plan', version, plan.version, await currentPlan(tx, catalogue, evaluationId, editor)) } };
    },
    write: async ({ tx, current: before }) => {
      if (!(await updatePlanAtVersion(tx, evaluationId, version, fields))) throw new Error(`The action plan of ${evaluationId} moved under the evaluation's lock`);
      const old = { visibility: before.visibility, includeInReport: before.includeInReport, nextFollowUp: before.nextFollowUp };
      return { result: await currentPlan(tx, catalogue, evaluationId, editor), audit: entry(editor, 'update', evaluationId, { oldValue: old, newValue: fields }) };
    },
  });
}

/** The columns an action's input sets, its area, sub-area and improvement checked against the framework and the report. */
async function fieldsOf(tx: Executor, catalogue: Catalogue, evaluation: LockedEvaluation, input: CreateActionInput): Promise<ActionFields> {
  const framework = frameworkOf(catalogue, evaluation.frameworkId);
  const area = input.areaCode === null ? null : framework.areas.find((one) => one.code === input.areaCode);
  if (area === undefined) throw invalid('body.areaCode', `is not an area of the model (${framework.areas.map((one) => one.code).join(', ')})`);
  if (input.unitCode !== null && !area?.subareas.some((subarea) => subarea.code === input.unitCode)) {
    throw invalid('body.unitCode', `is not a sub-area of area ${input.areaCode} (${area?.subareas.map((subarea) => subarea.code).join(', ')})`);
  }
  let improvementText: string | null = null;
  if (input.improvement !== null) {
    const { areaCode, index } = input.improvement;
    const texts = (await listImprovementTexts(tx, evaluation.id)).find((text) => text.areaCode === areaCode)?.improvements ?? [];
    improvementText = texts[index] ?? null;
    if (improvementText === null) throw invalid('body.improvement.index', `area ${areaCode} of the report has ${texts.length} improvement opportunities (0–${texts.length - 1})`);
  }
  return {
    areaCode: input.areaCode,
    unitCode: input.unitCode,
    improvementIndex: input.improvement?.index ?? null,
    improvementText,
    title: input.title,
    description: input.description,
    responsible: input.responsible,
    startDate: input.startDate,
    dueDate: input.dueDate,
    status: input.status,
    statusReason: input.statusReason,
    progress: settledProgress(input.status, input.progress),
    priority: input.priority,
  };
}

/** What the audit log keeps of an action: its content, not its bookkeeping. */
function auditView(row: ActionRow): Record<string, unknown> {
  const { id, areaCode, unitCode, improvementIndex, title, description, responsible, startDate, dueDate, status, statusReason, progress, priority } = row;
  return { id, areaCode, unitCode, improvementIndex, title, description, responsible, startDate, dueDate, status, statusReason, progress, priority };
}

/** The fields that differ, before and after (with the action's id). */
function changes(before: ActionRow, after: ActionRow): Pick<AuditEntry, 'oldValue' | 'newValue'> {
  const old = auditView(before);
  const now = auditView(after);
  const changed = Object.keys(now).filter((key) => key !== 'id' && JSON.stringify(old[key]) !== JSON.stringify(now[key]));
  const pick = (view: Record<string, unknown>) => Object.fromEntries([['id', view.id], ...changed.map((key) => [key, view[key]])]);
  return { oldValue: pick(old), newValue: pick(now) };
}

export async function createAction(db: Database, catalogue: Catalogue, evaluationId: string, input: CreateActionInput, editor: PlanEditor): Promise<Action> {
  return versionedWrite(db, {
    evaluation: target(evaluationId),
    read: async (tx, evaluation) => ({ current: await requirePlan(tx, evaluation) }),
    write: async ({ tx, evaluation }) => {
      const fields = await fieldsOf(tx, catalogue, evaluation, input);
      const { count, lastPosition } = await countActions(tx, evaluationId);
      if (count >= PLAN_ACTIONS_MAX) throw new AppError('conflict', `An action plan holds at most ${PLAN_ACTIONS_MAX} actions`, [], { maxActions: PLAN_ACTIONS_MAX });
      const [id] = await insertActions(tx, evaluationId, [{ ...fields, position: lastPosition + 1 }], editor.actor);
      const created = await requireAction(tx, evaluationId, id!);
      return { result: await currentAction(tx, evaluationId, created.id), audit: entry(editor, 'action.create', evaluationId, { newValue: auditView(created) }) };
    },
  });
}

/** The action's version against the one the client read; a stale one gets 409 with the current action. */
const actionCheck = (tx: Executor, evaluationId: string, row: ActionRow, sent: number) => ({
  what: 'The action',
  sent,
  current: row.version,
  refuse: async () => staleVersion('The action', sent, row.version, await currentAction(tx, evaluationId, row.id)),
});

/** Replaces an action if it is still at the version the client read. */
export async function updateAction(db: Database, catalogue: Catalogue, evaluationId: string, actionId: string, input: UpdateActionInput, editor: PlanEditor): Promise<Action> {
  const { version, ...content } = input;
  return versionedWrite(db, {
    evaluation: target(evaluationId),
    read: async (tx, evaluation) => {
      await requirePlan(tx, evaluation);
      const before = await requireAction(tx, evaluationId, actionId);
      return { current: before, check: actionCheck(tx, evaluationId, before, version) };
    },
    write: async ({ tx, evaluation, current: before }) => {
      const fields = await fieldsOf(tx, catalogue, evaluation, content);
      if (!(await updateActionAtVersion(tx, evaluationId, actionId, version, fields))) throw new Error(`Action ${actionId} moved under the evaluation's lock`);
      const after = await requireAction(tx, evaluationId, actionId);
      return { result: await currentAction(tx, evaluationId, actionId), audit: entry(editor, 'action.update', evaluationId, changes(before, after)) };
    },
  });
}

/** Removes an action with its notes and evidence if it is still at the version the client read. */
export async function deleteAction(db: Database, evaluationId: string, actionId: string, version: number, editor: PlanEditor): Promise<void> {
  await versionedWrite(db, {
    evaluation: target(evaluationId),
    read: async (tx, evaluation) => {
      await requirePlan(tx, evaluation);
      const before = await requireAction(tx, evaluationId, actionId);
      return { current: before, check: actionCheck(tx, evaluationId, before, version) };
    },
    write: async ({ tx, current: before }) => {
      if (!(await deleteActionAtVersion(tx, evaluationId, actionId, version))) throw new Error(`Action ${actionId} moved under the evaluation's lock`);
      return { result: undefined, audit: entry(editor, 'action.delete', evaluationId, { oldValue: auditView(before) }) };
    },
  });
}

/** The plan's action that a note or evidence change concerns. */
async function requirePlanAction(tx: Executor, evaluation: LockedEvaluation, actionId: string): Promise<ActionRow> {
  await requirePlan(tx, evaluation);
  return requireAction(tx, evaluation.id, actionId);
}

/** Adds a dated note; one that states a progress sets the action's (a done action stays at 100). */
export async function createNote(db: Database, evaluationId: string, actionId: string, input: CreateNoteInput, editor: PlanEditor): Promise<Action> {
  return versionedWrite(db, {
    evaluation: target(evaluationId),
    read: async (tx, evaluation) => ({ current: await requirePlanAction(tx, evaluation, actionId) }),
    write: async ({ tx, current: action }) => {
      const note = await insertNote(tx, { actionId, notedOn: input.notedOn, text: input.text, progress: input.progress, author: editor.actor, authorName: editor.name });
      const audit: AuditEntry[] = [entry(editor, 'note.create', evaluationId, { newValue: { actionId, noteId: note.id, notedOn: note.notedOn, text: note.text, progress: note.progress } })];
      const progress = input.progress === null ? action.progress : settledProgress(action.status, input.progress);
      if (progress !== action.progress) {
        await updateActionAtVersion(tx, evaluationId, actionId, action.version, { progress });
        audit.push(entry(editor, 'action.update', evaluationId, { oldValue: { id: actionId, progress: action.progress }, newValue: { id: actionId, progress } }));
      }
      return { result: await currentAction(tx, evaluationId, actionId), audit };
    },
  });
}

export async function deleteActionNote(db: Database, evaluationId: string, actionId: string, noteId: string, editor: PlanEditor): Promise<void> {
  await versionedWrite(db, {
    evaluation: target(evaluationId),
    read: async (tx, evaluation) => {
      await requirePlanAction(tx, evaluation, actionId);
      const note = await findNote(tx, actionId, noteId);
      if (!note) throw notFound(`Note ${noteId}`);
      return { current: note };
    },
    write: async ({ tx, current: note }) => {
      await deleteNote(tx, noteId);
      const oldValue = { actionId, noteId, notedOn: note.notedOn, text: note.text, progress: note.progress, authorName: note.authorName };
      return { result: undefined, audit: entry(editor, 'note.delete', evaluationId, { oldValue }) };
    },
  });
}

export async function createLink(db: Database, evaluationId: string, actionId: string, input: CreateLinkInput, editor: PlanEditor): Promise<Action> {
  return versionedWrite(db, {
    evaluation: target(evaluationId),
    read: async (tx, evaluation) => ({ current: await requirePlanAction(tx, evaluation, actionId) }),
    write: async ({ tx }) => {
      const link = await insertEvidence(tx, { actionId, kind: 'link', title: input.title, url: input.url, addedBy: editor.actor });
      return { result: await currentAction(tx, evaluationId, actionId), audit: entry(editor, 'evidence.create', evaluationId, { newValue: { actionId, ...presentEvidence(link) } }) };
    },
  });
}

/** Attaches an uploaded file (its bytes in the database), audited without the bytes. */
export async function attachFile(db: Database, evaluationId: string, actionId: string, fileName: string, content: Uint8Array, editor: PlanEditor): Promise<Action> {
  const sha256 = createHash('sha256').update(content).digest('hex');
  const mediaType = mediaTypeOf(fileName);
  return versionedWrite(db, {
    evaluation: target(evaluationId),
    read: async (tx, evaluation) => ({ current: await requirePlanAction(tx, evaluation, actionId) }),
    write: async ({ tx }) => {
      const file = await insertEvidence(tx, { actionId, kind: 'file', title: fileName, fileName, mediaType, sizeBytes: content.byteLength, sha256, content, addedBy: editor.actor });
      const newValue = { actionId, evidenceId: file.id, fileName, mediaType, sizeBytes: content.byteLength, sha256 };
      return { result: await currentAction(tx, evaluationId, actionId), audit: entry(editor, 'evidence.create', evaluationId, { newValue }) };
    },
  });
}

export async function deleteActionEvidence(db: Database, evaluationId: string, evidenceId: string, editor: PlanEditor): Promise<void> {
  await versionedWrite(db, {
    evaluation: target(evaluationId),
    read: async (tx, evaluation) => {
      await requirePlan(tx, evaluation);
      const evidence = await findEvidence(tx, evaluationId, evidenceId);
      if (!evidence) throw notFound(`Evidence ${evidenceId}`);
      return { current: evidence };
    },
    write: async ({ tx, current: evidence }) => {
      await deleteEvidence(tx, evidenceId);
      const { sha256, actionId } = evidence;
      return { result: undefined, audit: entry(editor, 'evidence.delete', evaluationId, { oldValue: { actionId, sha256, ...presentEvidence(evidence) } }) };
    },
  });
}
