/**
 * Produces a report file: the model is loaded once, then rendered to HTML, Word or PDF. Word
 * files are built one at a time (a burst of requests queues instead of competing for the CPU);
 * PDFs go through the PDF engine's queue. The renderers (ECharts, resvg, docx) are loaded with the
 * first report, not at start: they would add about a second to every start of the app.
 */
import { loadReportModel } from './load-report.js';
import { reportFileName } from '../../report/file-name.js';
import type { ReportModel, ReportOptions } from '../../report/model.js';
import { PUBLIC, type Principal } from '../../domain/access.js';
import type { AppContext } from '../../kernel/context.js';
import { AppError, toAppError, type ErrorCode } from '../../kernel/errors.js';
import type { JobProgress, ReportFile } from './report-jobs.js';

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** The web report's own policy: its inline <style> and data: images, nothing else (no scripts). */
export const REPORT_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const noProgress: JobProgress = () => undefined;

/** Makes report files for one app; holds the Word queue. */
export class ReportProducer {
  private docxTail: Promise<unknown> = Promise.resolve();

  constructor(private readonly context: AppContext) {}

  /** The standalone HTML report (the web report), as `reader` gets it. */
  async html(evaluationId: string, options: ReportOptions, reader: Principal = PUBLIC): Promise<{ html: string; model: ReportModel }> {
    const model = await loadReportModel(this.context, evaluationId, options, reader);
    const { renderReportHtml } = await import('../../report/html/index.js');
    return { html: renderReportHtml(model, { standalone: true }), model };
  }

  /** A Word or PDF file as `reader` gets it; `progress` hears the job's steps. */
  async file(evaluationId: string, format: 'docx' | 'pdf', options: ReportOptions, reader: Principal = PUBLIC, progress: JobProgress = noProgress): Promise<ReportFile> {
    if (format === 'pdf') {
      const refusal = this.context.pdf.unavailable();
      if (refusal) throw refusal;
    }
    const model = await loadReportModel(this.context, evaluationId, options, reader);
    const body = format === 'docx' ? await this.docx(model, progress) : await this.pdf(model, progress);
    return { body, contentType: CONTENT_TYPES[format], fileName: reportFileName(model, format) };
  }

  private docx(model: ReportModel, progress: JobProgress): Promise<Buffer> {
    const job = this.docxTail.then(async () => {
      progress('building-docx', 30);
      const { renderReportDocx } = await import('../../report/docx/index.js');
      return renderReportDocx(model);
    });
    this.docxTail = job.catch(() => undefined);
    return job;
  }

  private pdf(model: ReportModel, progress: JobProgress): Promise<Buffer> {
    return this.context.pdf.render({
      html: async () => (await import('../../report/html/index.js')).renderReportHtml(model, { standalone: true }),
      language: model.language,
      footerTitle: model.labels.runningTitle,
      onProgress: ({ step, percent }) => progress(step, percent),
    });
  }
}

/**
 * What a failed job tells its owner: the error code (the web app words it in the reader's
 * language), our own English message where we have one, never internals, and the PDF engine's
 * `reason` when it was unavailable.
 */
export function describeReportFailure(thrown: unknown): { code: ErrorCode; message: string; reason?: string } {
  const error = toAppError(thrown);
  if (!(error instanceof AppError)) return { code: 'internal', message: 'The report could not be created because of an internal error' };
  const reason = error.extra.reason;
  return { code: error.code, message: error.message, ...(typeof reason === 'string' ? { reason } : {}) };
}

/** `Content-Disposition` of a download; the name is ASCII already, the quotes guard the rest. */
export const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/["\\\r\n]/g, '_')}"`;
