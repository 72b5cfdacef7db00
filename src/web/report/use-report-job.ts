import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbort } from '../api/api-error.js';
import { queryKeys } from '../api/query-keys.js';
import { useJobProgress } from '../jobs/use-job-progress.js';
import { reportApi, type ReportFileFormat, type ReportJob } from './report-api.js';
import type { ReportParams } from './report-options.js';

/** A download as the page shows it: starting, the server's job while it runs, or why it failed. */
export type DownloadState =
  | { phase: 'starting' }
  | { phase: 'running'; job: ReportJob }
  | { phase: 'done'; job: ReportJob }
  | { phase: 'failed'; error: { code: string; message: string; status: number | null; reason?: string } };

type DownloadError = Extract<DownloadState, { phase: 'failed' }>['error'];

function failureOf(error: unknown): DownloadError {
  if (!(error instanceof ApiError)) return { code: 'network', message: '', status: null };
  const reason = error.textOf('reason');
  return { code: error.code, message: error.message, status: error.status, ...(reason ? { reason } : {}) };
}

/** Saves the finished file: a same-origin link with `download` keeps the page where it is. */
function saveFile(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Where one format's download stands before the job is followed: starting, a job, or refused. */
type Run = { phase: 'starting' } | { phase: 'job'; job: ReportJob } | { phase: 'failed'; error: DownloadError };

/** One format: starts its job, then follows it (`useJobProgress`) until the file is ready; a failed read ends the download. */
function useDownload(evaluationId: string, format: ReportFileFormat) {
  const [run, setRun] = useState<Run | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const first = run?.phase === 'job' ? run.job : null;
  const poll = useJobProgress(
    first ? { queryKey: queryKeys.reports.job(first.id), fetchJob: (signal) => reportApi.getJob(first.id, signal), initial: first } : null,
  );

  const job = first ? (poll.data ?? first) : null;
  const saved = useRef(new Set<string>());
  useEffect(() => {
    if (!job || job.status !== 'done' || !job.fileUrl || saved.current.has(job.id)) return;
    saved.current.add(job.id);
    saveFile(job.fileUrl);
  }, [job]);

  const start = useCallback(
    async (params: ReportParams) => {
      controller.current?.abort();
      const next = new AbortController();
      controller.current = next;
      setRun({ phase: 'starting' });
      try {
        const { job: started } = await reportApi.startJob(evaluationId, format, params, next.signal);
        if (!next.signal.aborted) setRun({ phase: 'job', job: started });
      } catch (error) {
        if (!isAbort(error) && !next.signal.aborted) setRun({ phase: 'failed', error: failureOf(error) });
      }
    },
    [evaluationId, format],
  );

  let state: DownloadState | undefined;
  if (!run || run.phase !== 'job') state = run ?? undefined;
  else if (poll.isError) state = { phase: 'failed', error: failureOf(poll.error) };
  else if (job && (job.status === 'failed' || (job.status === 'done' && !job.fileUrl))) {
    const reason = job.error?.reason;
    state = { phase: 'failed', error: { code: job.error?.code ?? 'internal', message: job.error?.message ?? '', status: null, ...(reason ? { reason } : {}) } };
  } else if (job) state = job.status === 'done' ? { phase: 'done', job } : { phase: 'running', job };
  return { state, start };
}

/**
 * Starts Word and PDF jobs and follows them until the file is ready, then downloads it. One
 * download per format at a time; leaving the page stops the polling.
 */
export function useReportDownloads(evaluationId: string) {
  const docx = useDownload(evaluationId, 'docx');
  const pdf = useDownload(evaluationId, 'pdf');
  const states: Partial<Record<ReportFileFormat, DownloadState>> = { docx: docx.state, pdf: pdf.state };
  const startDocx = docx.start;
  const startPdf = pdf.start;
  const start = useCallback((format: ReportFileFormat, params: ReportParams) => (format === 'docx' ? startDocx(params) : startPdf(params)), [startDocx, startPdf]);
  return { states, start };
}
