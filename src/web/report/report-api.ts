/** The report API as the web app uses it (see src/contract/reports.ts). */
import { reportsOperations as ops, type ReportChoices, type ReportFileFormat, type ReportJobStep, type ReportJobView } from '../../contract/reports.js';
import { callApi, pathOf } from '../api/call.js';
import { urlOf } from '../api/http.js';
import { toSearch, type ReportParams } from './report-options.js';

export type { ReportChoices, ReportFileFormat, ReportJobStep };
export type ReportJob = ReportJobView;

export const reportApi = {
  /** The address of the standalone web report with these options. */
  htmlUrl: (evaluationId: string, params: ReportParams) => `${urlOf(pathOf(ops.getReport, { id: evaluationId }))}?${toSearch({ format: 'html', ...params })}`,
  startJob: (evaluationId: string, format: ReportFileFormat, options: ReportParams, signal?: AbortSignal) =>
    callApi(ops.createReportJob, { params: { id: evaluationId }, body: { format, options } }, { signal }),
  getJob: (jobId: string, signal?: AbortSignal) => callApi(ops.getReportJob, { params: { jobId } }, { signal }),
  choices: (signal?: AbortSignal) => callApi(ops.getReportChoices, {}, { signal }),
};
