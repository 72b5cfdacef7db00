import type { JobFailure } from '../../contract/jobs.js';
import type { MessageKey, MessageParams } from '../../i18n/index.js';
import { errorCodeText } from '../api/error-text.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Why a report download failed, as the page keeps it (the API's code, and the PDF engine's reason). */
export interface ReportFailure {
  code: string;
  status: number | null;
  reason?: string;
}

const PDF_REASONS: Readonly<Record<string, MessageKey>> = {
  missing: 'reports.error.pdf.missing',
  'launch-failed': 'reports.error.pdf.launch-failed',
  closed: 'reports.error.pdf.closed',
};

/**
 * Why a download (or, while a retry waits, its last attempt) failed, in words the user can act
 * on, in the UI language (never the server's message). `interrupted`: the job's server process
 * stopped and no attempt was left.
 */
export function reportFailureText(failure: ReportFailure, t: Translate): string {
  if (failure.code === 'pdf_unavailable') {
    const key = failure.reason && Object.hasOwn(PDF_REASONS, failure.reason) ? PDF_REASONS[failure.reason] : undefined;
    return key ? t(key) : errorCodeText(failure.code, t);
  }
  if (failure.code === 'network') return t('reports.error.network');
  if (failure.status === 404) return t('reports.error.expired');
  if (failure.code === 'internal') return t('reports.error.internal');
  if (failure.code === 'interrupted') return t('reports.error.interrupted');
  return errorCodeText(failure.code, t);
}

/**
 * While a retry waits: that the attempt failed (n of m), why, and that Kompass tries again by
 * itself. `format` is the file as the page names it ("The PDF").
 */
export function reportRetryText(format: string, job: { attempts: number; maxAttempts: number; error: JobFailure }, t: Translate): string {
  const { code, reason } = job.error;
  const why = reportFailureText({ code, status: null, ...(reason ? { reason } : {}) }, t);
  return t('reports.status.retrying', { format, attempt: job.attempts, max: job.maxAttempts, reason: why });
}
