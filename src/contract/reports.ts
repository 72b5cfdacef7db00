/**
 * The report API's contract. The options are one flat set of parameters, the same in the query
 * string of GET /api/evaluations/:id/report and in the `options` of a report job: the comparison
 * parameters (see src/contract/comparisons.ts) plus `language`, `include`, `evaluators`, `date`.
 */
import { z } from 'zod';
import { comparisonQuerySchema } from './comparisons.js';
import { isoDateSchema } from './dates.js';
import { evaluationIdParamsSchema } from './evaluations.js';
import { defineOperation } from './operation.js';
import { jobFailureSchema, jobStateSchema } from './jobs.js';

export const REPORT_INCLUDE = ['national', 'peer', 'history'] as const;
export type ReportInclude = (typeof REPORT_INCLUDE)[number];
const INCLUDE = REPORT_INCLUDE;

const nameList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).map((name) => name.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(200, 'each name must be at most 200 characters')).max(10, 'at most 10 evaluators'));

/** `include`: a comma-separated list of national, peer, history; `none` for no comparison at all. */
const includeList = z
  .string()
  .transform((text) => text.split(',').map((part) => part.trim()).filter(Boolean))
  .refine((parts) => parts.every((part) => part === 'none' || (INCLUDE as readonly string[]).includes(part)), 'must list national, peer and/or history (comma-separated), or be none');

/** The report options as flat parameters. Absent ones take the defaults (Swedish, every comparison). */
export const reportOptionsQuerySchema = comparisonQuerySchema.omit({ lang: true }).extend({
  language: z.enum(['sv', 'en', 'nb']).default('sv'),
  include: includeList.optional(),
  /** Names for the cover, repeated (`evaluators=A&evaluators=B`); absent = the evaluation's. */
  evaluators: nameList.optional(),
  /** The report's date on the cover; absent = the evaluation's. */
  date: isoDateSchema.optional(),
  /**
   * An annex per area listing the criteria met, partly met and not met (agreed assessments), for
   * the municipality; off unless asked for, and only where the model version has criteria.
   */
  criteriaAnnex: z.union([z.boolean(), z.stringbool()]).default(false),
});
export type ReportOptionsQuery = z.infer<typeof reportOptionsQuerySchema>;

export const reportFormatSchema = z.enum(['html', 'docx', 'pdf']);
export const reportQuerySchema = reportOptionsQuerySchema.extend({ format: reportFormatSchema.default('html') });

export const createReportJobSchema = z.object({
  format: z.enum(['docx', 'pdf']),
  options: reportOptionsQuerySchema.prefault({}),
});

export const reportJobParamsSchema = z.object({ jobId: z.uuid('must be a report job id (a UUID)') });

export const REPORT_JOB_STEPS = ['queued', 'rendering-html', 'printing', 'building-docx', 'done', 'failed'] as const;

export const reportJobSchema = jobStateSchema.extend({
  evaluationId: z.string(),
  format: z.enum(['docx', 'pdf']),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** PDF: queued → rendering-html → printing → done; Word: queued → building-docx → done; or failed. */
  step: z.enum(REPORT_JOB_STEPS),
  /** How many attempts the job may take: a failure that may pass (the PDF engine, an internal error) is retried. */
  maxAttempts: z.number().int(),
  /** While a retry waits: when it will be made (the job is queued again, `error` says why the last attempt failed). */
  retryAt: z.string().nullable(),
  /**
   * Why the (last attempt of the) job failed: an error code of the API (the web app words it), an
   * English message for developers and, for `pdf_unavailable`, the engine's `reason`.
   */
  error: jobFailureSchema.optional(),
  /** Where to fetch the file once the job is done. */
  fileUrl: z.string().nullable(),
});
export type ReportJobView = z.infer<typeof reportJobSchema>;

export const reportChoicesSchema = z.object({
  populationClasses: z.array(z.object({ id: z.string(), min: z.number().int(), max: z.number().int().nullable() })),
  languages: z.array(z.enum(['sv', 'en', 'nb'])),
});

/** The reports API's operations. */
export const reportsOperations = {
  getReport: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/report',
    tags: ['reports'],
    summary: 'The report as a standalone web page (html), a Word file (docx) or a PDF (pdf, waits for its turn in the PDF queue)',
    params: evaluationIdParamsSchema,
    query: reportQuerySchema,
  }),
  createReportJob: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/report-jobs',
    tags: ['reports'],
    summary:
      'Starts making a Word file or a PDF; answers at once with the job to follow. Jobs are kept in the database, so any server process answers for them (their files 15 minutes after they finish), and are visible to their creator only',
    params: evaluationIdParamsSchema,
    body: createReportJobSchema,
    response: { 202: z.object({ job: reportJobSchema }) },
  }),
  getReportJob: defineOperation({
    method: 'GET',
    path: '/report-jobs/:jobId',
    tags: ['reports'],
    summary: 'A report job of your own: status, step and progress (0–100)',
    params: reportJobParamsSchema,
    response: { 200: reportJobSchema },
  }),
  getReportJobFile: defineOperation({
    method: 'GET',
    path: '/report-jobs/:jobId/file',
    tags: ['reports'],
    summary: 'The file of a finished report job of your own (kept 15 minutes after it was made)',
    params: reportJobParamsSchema,
  }),
  getReportChoices: defineOperation({
    method: 'GET',
    path: '/reports/choices',
    tags: ['reports'],
    summary: 'What the report options offer: the configured population classes and the report languages',
    response: { 200: reportChoicesSchema },
  }),
};

export type ReportChoices = z.output<typeof reportChoicesSchema>;
export type ReportFileFormat = ReportJobView['format'];
export type ReportJobStep = ReportJobView['step'];
