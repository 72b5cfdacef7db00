import type { QueryClient } from '@tanstack/react-query';
import { questionSetsOperations } from '../../../contract/question-sets.js';
import {
  questionnairesOperations as ops,
  type InviteRespondentInput,
  type SendQuestionnaireInput,
  type TeamAnswer,
  type TeamQuestionnaire,
  type UpdateQuestionnaireInput,
} from '../../../contract/questionnaires.js';
import type { Language } from '../../../i18n/index.js';
import { apiUrl, callApi } from '../../api/call.js';
import { queryKeys } from '../../api/query-keys.js';

export type { TeamAnswer, TeamQuestionnaire };
export type QuestionnaireExportFormat = 'docx' | 'zip';

/** The team's reads of the questionnaire, keyed under the evaluation. */
export const questionnaireTeamQueries = {
  questionnaire: (evaluationId: string) => ({
    queryKey: queryKeys.evaluation(evaluationId).teamQuestionnaire(),
    queryFn: ({ signal }: { signal?: AbortSignal }) => questionnaireTeamApi.get(evaluationId, signal),
  }),
  /** The municipality's users who could answer (offered when sending). */
  candidates: (evaluationId: string) => ({
    queryKey: [...queryKeys.evaluation(evaluationId).teamQuestionnaire(), 'candidates'] as const,
    queryFn: async ({ signal }: { signal?: AbortSignal }) => (await callApi(ops.getTeamQuestionnaire, { params: { id: evaluationId } }, { signal })).candidates,
  }),
  /** Every question with its answer (no `unit`), or the questions of one sub-area. */
  answers: (evaluationId: string, unit?: string) => ({
    queryKey: queryKeys.evaluation(evaluationId).teamAnswers(unit),
    queryFn: ({ signal }: { signal?: AbortSignal }) => questionnaireTeamApi.answers(evaluationId, unit, signal),
  }),
  /** The question sets of one model version (to choose the one to send). */
  sets: (frameworkId: string) => ({
    queryKey: ['question-sets', 'list', frameworkId] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) => callApi(questionSetsOperations.listQuestionSets, { query: { framework: frameworkId } }, { signal }),
  }),
};

/** The questionnaire of one evaluation as its team (administrators, assigned evaluators) manages it. */
export const questionnaireTeamApi = {
  get: async (evaluationId: string, signal?: AbortSignal) => (await callApi(ops.getTeamQuestionnaire, { params: { id: evaluationId } }, { signal })).questionnaire,
  send: (evaluationId: string, input: SendQuestionnaireInput) => callApi(ops.sendQuestionnaire, { params: { id: evaluationId }, body: input }),
  update: (evaluationId: string, input: UpdateQuestionnaireInput) => callApi(ops.updateQuestionnaire, { params: { id: evaluationId }, body: input }),
  invite: (evaluationId: string, input: InviteRespondentInput) => callApi(ops.inviteRespondent, { params: { id: evaluationId }, body: input }),
  reopen: (evaluationId: string, version: number) => callApi(ops.reopenQuestionnaire, { params: { id: evaluationId }, body: { version } }),
  answers: (evaluationId: string, unit: string | undefined, signal?: AbortSignal) =>
    callApi(ops.listTeamAnswers, { params: { id: evaluationId }, query: unit ? { unit } : {} }, { signal }),
  /** Makes the answer (fileId null) or one of its documents an evidence item. */
  link: (evaluationId: string, questionKey: string, fileId: string | null) =>
    callApi(ops.linkAnswerEvidence, { params: { id: evaluationId, questionKey }, body: { fileId } }),
  /** Every answer as a Word document, or with the documents in a ZIP, worded in the reader's language. */
  exportUrl: (evaluationId: string, format: QuestionnaireExportFormat, language: Language) =>
    apiUrl(ops.exportAnswers, { params: { id: evaluationId }, query: { format, language } }),
  fileUrl: (questionnaireId: string, fileId: string) => apiUrl(ops.downloadAnswerFile, { params: { questionnaireId, fileId } }),
};

/** After a change of the questionnaire: the team's reads of it (answers included). */
export const invalidateQuestionnaire = (client: QueryClient, evaluationId: string): Promise<unknown> =>
  client.invalidateQueries({ queryKey: queryKeys.evaluation(evaluationId).teamQuestionnaire() });
