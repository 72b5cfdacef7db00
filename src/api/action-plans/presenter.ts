/** Shapes the action plan's rows as the contract answers them. */
import { isOverdue, summarisePlan } from '../../domain/action-plan.js';
import { WRITTEN_LANGUAGE, municipalityIdParts } from '../../domain/municipality.js';
import type { Framework } from '../../domain/framework.js';
import type { ActionRow, EvidenceRow, NoteRow, PlanEvaluationRow, PlanRow } from './repository.js';
import type { Action, ActionEvidence, ActionNote, ActionPlan, PlanImprovement } from '../../contract/action-plans.js';

export function presentNote(row: NoteRow): ActionNote {
  return { id: row.id, notedOn: row.notedOn, text: row.text, progress: row.progress, authorName: row.authorName, createdAt: row.createdAt.toISOString() };
}

export function presentEvidence(row: EvidenceRow): ActionEvidence {
  return {
    id: row.id,
    kind: row.kind,
    title: row.kind === 'file' ? (row.fileName ?? row.title) : row.title,
    url: row.url,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    addedAt: row.addedAt.toISOString(),
  };
}

/** One action with its own notes and evidence (in their order); `today` decides whether it is overdue. */
export function presentAction(row: ActionRow, notes: readonly NoteRow[], evidence: readonly EvidenceRow[], today: string): Action {
  return {
    id: row.id,
    areaCode: row.areaCode,
    unitCode: row.unitCode,
    improvement:
      row.improvementIndex !== null && row.areaCode !== null ? { areaCode: row.areaCode, index: row.improvementIndex, text: row.improvementText ?? '' } : null,
    title: row.title,
    description: row.description,
    responsible: row.responsible,
    startDate: row.startDate,
    dueDate: row.dueDate,
    status: row.status,
    statusReason: row.statusReason,
    progress: row.progress,
    priority: row.priority,
    position: row.position,
    version: row.version,
    overdue: isOverdue(row, today),
    notes: notes.map(presentNote),
    evidence: evidence.map(presentEvidence),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Every improvement opportunity of the report, area by area in framework order, with the actions answering it. */
export function presentImprovements(
  framework: Framework,
  language: keyof Framework['title'],
  texts: ReadonlyArray<{ areaCode: string; improvements: string[] }>,
  actions: readonly Action[],
): PlanImprovement[] {
  return framework.areas.flatMap((area) =>
    (texts.find((text) => text.areaCode === area.code)?.improvements ?? []).map((text, index) => ({
      areaCode: area.code,
      areaTitle: area.title[language],
      index,
      text,
      actionIds: actions.filter((action) => action.improvement?.areaCode === area.code && action.improvement.index === index).map((action) => action.id),
    })),
  );
}

function byAction<T extends { actionId: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.actionId, [...(grouped.get(row.actionId) ?? []), row]);
  return grouped;
}

export interface PlanParts {
  evaluation: PlanEvaluationRow;
  plan: PlanRow;
  framework: Framework;
  texts: ReadonlyArray<{ areaCode: string; improvements: string[] }>;
  actions: readonly ActionRow[];
  notes: readonly NoteRow[];
  evidence: readonly EvidenceRow[];
  canEdit: boolean;
  today: string;
}

export function presentPlan(parts: PlanParts): ActionPlan {
  const { evaluation, plan, framework, today } = parts;
  const municipality = { ...municipalityIdParts(evaluation.municipalityId), name: evaluation.municipalityName };
  const notes = byAction(parts.notes);
  const evidence = byAction(parts.evidence);
  const actions = parts.actions.map((row) => presentAction(row, notes.get(row.id) ?? [], evidence.get(row.id) ?? [], today));
  const improvements = presentImprovements(framework, WRITTEN_LANGUAGE[municipality.country], parts.texts, actions);
  return {
    evaluationId: evaluation.id,
    municipality,
    frameworkId: evaluation.frameworkId,
    reportDate: evaluation.reportDate,
    visibility: plan.visibility,
    includeInReport: plan.includeInReport,
    nextFollowUp: plan.nextFollowUp,
    version: plan.version,
    canEdit: parts.canEdit,
    today,
    improvements,
    actions,
    summary: summarisePlan(improvements, actions, today),
  };
}
