/** The respondents' questionnaire operations as the web app calls them (see src/contract/questionnaires.ts). */
import {
  questionnairesOperations as ops,
  type AnswerFile,
  type AnswerView,
  type AnsweringQuestionnaire,
  type MyQuestionnaire,
} from '../../contract/questionnaires.js';
import type { AnswerValue } from '../../domain/question-set-values.js';
import { apiUrl, callApi } from '../api/call.js';

export type { AnswerFile, AnswerView, AnsweringQuestionnaire, MyQuestionnaire };

export const questionnaireApi = {
  mine: (signal?: AbortSignal) => callApi(ops.listMyQuestionnaires, {}, { signal }),
  get: (questionnaireId: string, signal?: AbortSignal) => callApi(ops.getAnsweringQuestionnaire, { params: { questionnaireId } }, { signal }),
  /** Saves one answer over the version last read (0: none yet). */
  save: (questionnaireId: string, questionKey: string, value: AnswerValue, version: number) =>
    callApi(ops.saveAnswer, { params: { questionnaireId, questionKey }, body: { value, version } }),
  upload: (questionnaireId: string, questionKey: string, file: File) =>
    callApi(ops.uploadAnswerFile, { params: { questionnaireId, questionKey }, query: { filename: file.name }, body: file }),
  deleteFile: (questionnaireId: string, fileId: string) => callApi(ops.deleteAnswerFile, { params: { questionnaireId, fileId } }),
  /** Where an uploaded document is downloaded (always as an attachment). */
  fileUrl: (questionnaireId: string, fileId: string) => apiUrl(ops.downloadAnswerFile, { params: { questionnaireId, fileId } }),
  submit: (questionnaireId: string, version: number) => callApi(ops.submitQuestionnaire, { params: { questionnaireId }, body: { version } }),
};
