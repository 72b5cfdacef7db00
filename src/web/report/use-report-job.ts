import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbort } from '../api/api-error.js';
import { reportApi, type ReportFileFormat, type ReportJob } from './report-api.js';
import type { ReportParams } from './report-options.js';

/** How often a running job is asked for its progress. */
const POLL_MS = 500;

/** A download as the page shows it: starting, the server's job while it runs, or why it failed. */
export type DownloadState =
  | { phase: 'starting' }
  | { phase: 'running'; job: ReportJob }
  | { phase: 'done'; job: ReportJob }
  | { phase: 'failed'; error: { code: string; message: string; status: number | null } };

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });

/** Saves the finished file: a same-origin link with `download` keeps the page where it is. */
export function saveFile(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Starts Word and PDF jobs and follows them until the file is ready, then downloads it. One
 * download per format at a time; leaving the page stops the polling.
 */
export function useReportDownloads(evaluationId: string) {
  const [states, setStates] = useState<Partial<Record<ReportFileFormat, DownloadState>>>({});
  const controllers = useRef(new Map<ReportFileFormat, AbortController>());

  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const start = useCallback(
    async (format: ReportFileFormat, params: ReportParams) => {
      controllers.current.get(format)?.abort();
      const controller = new AbortController();
      controllers.current.set(format, controller);
      const { signal } = controller;
      const set = (state: DownloadState) => {
        if (!signal.aborted) setStates((current) => ({ ...current, [format]: state }));
      };
      set({ phase: 'starting' });
      try {
        let { job } = await reportApi.startJob(evaluationId, format, params, signal);
        while (job.status !== 'done' && job.status !== 'failed') {
          set({ phase: 'running', job });
          await wait(POLL_MS, signal);
          job = await reportApi.getJob(job.id, signal);
        }
        if (job.status === 'failed' || !job.fileUrl) {
          set({ phase: 'failed', error: { code: job.error?.code ?? 'internal', message: job.error?.message ?? '', status: null } });
          return;
        }
        set({ phase: 'done', job });
        if (!signal.aborted) saveFile(job.fileUrl);
      } catch (error) {
        if (isAbort(error)) return;
        set({
          phase: 'failed',
          error: error instanceof ApiError ? { code: error.code, message: error.message, status: error.status } : { code: 'network', message: '', status: null },
        });
      }
    },
    [evaluationId],
  );

  return { states, start };
}
