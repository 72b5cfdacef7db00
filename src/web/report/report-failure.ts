import type { MessageKey, MessageParams } from '../../i18n/index.js';
import { errorCodeText } from '../api/error-text.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

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

/** Why a download failed, in words the user can act on, in the UI language (never the server's message). */
export function reportFailureText(failure: ReportFailure, t: Translate): string {
  if (failure.code === 'pdf_unavailable') {
    const key = failure.reason && Object.hasOwn(PDF_REASONS, failure.reason) ? PDF_REASONS[failure.reason] : undefined;
    return key ? t(key) : errorCodeText(failure.code, t);
  }
  if (failure.code === 'network') return t('reports.error.network');
  if (failure.status === 404) return t('reports.error.expired');
  if (failure.code === 'internal') return t('reports.error.internal');
  return errorCodeText(failure.code, t);
}
