import {
  actionPlansOperations as ops,
  type Action,
  type ActionEvidence,
  type ActionInput,
  type ActionNote,
  type ActionPlan,
  type CreateNoteInput,
  type PlanImprovement,
  type UpdateActionPlanInput,
} from '../../contract/action-plans.js';
import { actionPlanExportOperations, type ActionPlanExportFormat } from '../../contract/action-plan-export.js';
import type { Language } from '../../i18n/index.js';
import { apiUrl, callApi } from '../api/call.js';
import { queryKeys } from '../api/query-keys.js';
import type { QueryClient } from '@tanstack/react-query';

export type { Action, ActionEvidence, ActionInput, ActionNote, ActionPlan, PlanImprovement };

/** The plan's one read: the plan with every action, note and piece of evidence. */
export const actionPlanQuery = (evaluationId: string) => ({
  queryKey: queryKeys.evaluation(evaluationId).actionPlan(),
  queryFn: ({ signal }: { signal?: AbortSignal }) => actionPlanApi.get(evaluationId, signal),
});

/** The action plan of a published evaluation (its municipality's users and administrators change it). */
export const actionPlanApi = {
  get: (evaluationId: string, signal?: AbortSignal) => callApi(ops.getActionPlan, { params: { id: evaluationId } }, { signal }),
  create: (evaluationId: string, fromImprovements: boolean) => callApi(ops.createActionPlan, { params: { id: evaluationId }, body: { fromImprovements } }),
  update: (evaluationId: string, input: UpdateActionPlanInput) => callApi(ops.updateActionPlan, { params: { id: evaluationId }, body: input }),
  createAction: (evaluationId: string, input: ActionInput) => callApi(ops.createAction, { params: { id: evaluationId }, body: input }),
  updateAction: (evaluationId: string, actionId: string, input: ActionInput, version: number) =>
    callApi(ops.updateAction, { params: { id: evaluationId, actionId }, body: { ...input, version } }),
  deleteAction: (evaluationId: string, actionId: string, version: number) => callApi(ops.deleteAction, { params: { id: evaluationId, actionId }, query: { version } }),
  addNote: (evaluationId: string, actionId: string, input: CreateNoteInput) => callApi(ops.createActionNote, { params: { id: evaluationId, actionId }, body: input }),
  deleteNote: (evaluationId: string, actionId: string, noteId: string) => callApi(ops.deleteActionNote, { params: { id: evaluationId, actionId, noteId } }),
  addLink: (evaluationId: string, actionId: string, title: string, url: string) => callApi(ops.createActionLink, { params: { id: evaluationId, actionId }, body: { title, url } }),
  uploadFile: (evaluationId: string, actionId: string, file: File) =>
    callApi(ops.uploadActionFile, { params: { id: evaluationId, actionId }, query: { filename: file.name }, body: file }),
  deleteEvidence: (evaluationId: string, evidenceId: string) => callApi(ops.deleteActionEvidence, { params: { id: evaluationId, evidenceId } }),
  /** Where an attached file is downloaded (always as an attachment). */
  fileUrl: (evaluationId: string, evidenceId: string) => apiUrl(ops.downloadActionFile, { params: { id: evaluationId, evidenceId } }),
  /** The plan as a spreadsheet or a Word document, in the reader's language. */
  exportUrl: (evaluationId: string, format: ActionPlanExportFormat, language: Language) =>
    apiUrl(actionPlanExportOperations.exportActionPlan, { params: { id: evaluationId }, query: { format, language } }),
};

/** After a change of the plan: its own read and the municipality's start page, which summarises it. */
export const invalidatePlan = (client: QueryClient, evaluationId: string): Promise<unknown> =>
  Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.evaluation(evaluationId).actionPlan() }),
    client.invalidateQueries({ queryKey: queryKeys.myMunicipality.all }),
  ]);
