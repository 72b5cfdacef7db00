/**
 * PDF contract: the engine that prints report HTML to PDF with Chromium (one warm browser, jobs
 * serialised through a queue, progress per job). The report API and the bench use it through
 * `context.pdf` (see src/kernel/context.ts).
 */
import type { Language } from '../../i18n/index.js';

/** What a PDF job is doing; the percentage grows monotonically to 100 at `done`. */
export type PdfStep = 'queued' | 'rendering-html' | 'printing' | 'done';

export interface PdfProgress {
  step: PdfStep;
  /** 0–100. */
  percent: number;
}

/** One document to print. */
export interface PdfRequest {
  /**
   * Produces the standalone report HTML. Called when the job's turn comes, so a queued job holds
   * no large string while it waits.
   */
  html: () => Promise<string> | string;
  /** Language of the page numbers in the footer ("Sida 3 av 41"). */
  language: Language;
  /** Running title shown in the footer beside the page numbers (plain text). */
  footerTitle?: string;
  onProgress?: (progress: PdfProgress) => void;
}

export interface PdfEngine {
  /** Queues the document and resolves with the PDF bytes when it has been printed. */
  render(request: PdfRequest): Promise<Buffer>;
  /**
   * Why a job would be refused right now (Chromium missing, engine closed), or null. Lets the
   * API answer 503 before it accepts a job instead of failing it later.
   */
  unavailable(): PdfUnavailableError | null;
  /** Jobs waiting or printing right now. */
  readonly pending: number;
  /** Closes the browser (idempotent); jobs queued after this are refused. */
  close(): Promise<void>;
}

/** Chromium is missing or cannot start; the API answers 503 `pdf_unavailable` with `reason` (the web app words it) and an English `message`. */
export class PdfUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: 'missing' | 'launch-failed' | 'closed',
  ) {
    super(message);
    this.name = 'PdfUnavailableError';
  }
}
