/**
 * What a report job's work produces and how it reports its steps. The jobs themselves are kept in
 * the database (job-repository.ts) and run by every app process's job loop (report-job-runner.ts).
 */
import type { PdfStep } from '../../report/pdf/types.js';

/** PDF: queued → rendering-html → printing → done; Word: queued → building-docx → done. */
export type ReportJobStep = PdfStep | 'building-docx' | 'failed';

/** What a finished job produced. */
export interface ReportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** Reports progress of one job; the step and percentage only move forward. */
export type JobProgress = (step: ReportJobStep, percent: number) => void;
