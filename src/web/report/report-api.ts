/** The report API as the web app uses it (see src/api/reports). */
import { getJson, send } from '../api/http.js';
import { toSearch, type ReportParams } from './report-options.js';

export type ReportFileFormat = 'docx' | 'pdf';
export type ReportJobStep = 'queued' | 'rendering-html' | 'printing' | 'building-docx' | 'done' | 'failed';

export interface ReportJob {
  id: string;
  evaluationId: string;
  format: ReportFileFormat;
  status: 'queued' | 'running' | 'done' | 'failed';
  step: ReportJobStep;
  progress: number;
  error?: { code: string; message: string };
  fileUrl: string | null;
}

export interface ReportChoices {
  populationClasses: Array<{ id: string; min: number; max: number | null }>;
  languages: Array<'sv' | 'en' | 'nb'>;
}

const enc = encodeURIComponent;

export const reportApi = {
  /** The address of the standalone web report with these options. */
  htmlUrl: (evaluationId: string, params: ReportParams) => `/api/evaluations/${enc(evaluationId)}/report?${toSearch({ format: 'html', ...params })}`,
  startJob: (evaluationId: string, format: ReportFileFormat, options: ReportParams, signal?: AbortSignal) =>
    send<{ job: ReportJob }>('POST', `/evaluations/${enc(evaluationId)}/report-jobs`, { format, options }, { signal }),
  getJob: (jobId: string, signal?: AbortSignal) => getJson<ReportJob>(`/report-jobs/${enc(jobId)}`, {}, signal),
  choices: (signal?: AbortSignal) => getJson<ReportChoices>('/reports/choices', {}, signal),
};
