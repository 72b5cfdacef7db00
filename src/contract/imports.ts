import { z } from 'zod';
import { defineOperation } from './operation.js';
import { JOB_STATUSES, jobStateSchema } from './jobs.js';
import { municipalityRefSchema } from './municipalities.js';

export const IMPORT_FILE_NAME_MAX = 255;

export const uploadQuerySchema = z.object({
  filename: z
    .string()
    .trim()
    .min(1, 'must name the uploaded file')
    .max(IMPORT_FILE_NAME_MAX, `must be at most ${IMPORT_FILE_NAME_MAX} characters`)
    .refine((name) => !name.includes('/') && !name.includes('\\') && !name.includes('\0'), 'must be a file name without a path'),
});

export const importJobParamsSchema = z.object({ id: z.uuid('must be an import id (a UUID)') });

export const importListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, 'must be between 1 and 200').max(200, 'must be between 1 and 200').default(50),
  offset: z.coerce.number().int().min(0, 'must be 0 or more').default(0),
});

/** An import job's statuses: queued and running ones can be cancelled; the others are final. */
export const IMPORT_JOB_STATUSES = JOB_STATUSES;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

export const importJobSchema = jobStateSchema.extend({
  fileName: z.string(),
  sizeBytes: z.number().int(),
  status: z.enum(IMPORT_JOB_STATUSES),
  /** queued, extracting, parsing, saving, done, failed or cancelled */
  stage: z.string(),
  /** How often a server process started the job (a job that stopped the server is not started again). */
  attempts: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** Ids of the evaluations the document was saved as: its own first, then those of its annex. */
  evaluationIds: z.array(z.string()),
  evaluations: z.array(
    z.object({ id: z.string(), municipalityId: z.string(), frameworkId: z.string(), year: z.number().int(), created: z.boolean() }),
  ),
  /** Summary of what was found; the full parse is in `report` of GET /api/imports/:id. */
  summary: z
    .object({
      municipality: municipalityRefSchema.nullable(),
      framework: z.string(),
      statedTotal: z.number().nullable(),
      derivedTotal: z.number().nullable(),
      discrepancyCount: z.number().int(),
    })
    .nullable(),
});

export const importJobDetailSchema = importJobSchema.extend({
  /** The full import report: the dry-run JSON of the document (figures, texts, discrepancies, notes). */
  report: z.unknown().nullable(),
});

export type ImportJob = z.infer<typeof importJobSchema>;
export type ImportJobDetail = z.infer<typeof importJobDetailSchema>;

/** The imports API's operations. */
export const importsOperations = {
  uploadImport: defineOperation({
    method: 'POST',
    path: '/imports',
    tags: ['imports'],
    summary: 'Upload one published report (text, .docx or .pdf) as the raw request body; the import runs as a job',
    query: uploadQuerySchema,
    response: { 202: z.object({ job: importJobSchema }) },
  }),
  listImports: defineOperation({
    method: 'GET',
    path: '/imports',
    tags: ['imports'],
    summary: 'Recent imports, newest first',
    query: importListQuerySchema,
    response: { 200: z.object({ items: z.array(importJobSchema), total: z.number().int() }) },
  }),
  getImport: defineOperation({
    method: 'GET',
    path: '/imports/:id',
    tags: ['imports'],
    summary: 'One import: progress while it runs, then the import report',
    params: importJobParamsSchema,
    response: { 200: importJobDetailSchema },
  }),
  cancelImport: defineOperation({
    method: 'POST',
    path: '/imports/:id/cancel',
    tags: ['imports'],
    summary: 'Cancel a queued or running import (a running one is stopped at once; nothing is saved); 409 when it has already finished',
    params: importJobParamsSchema,
    response: { 200: z.object({ job: importJobSchema }) },
  }),
};

export type ImportJobList = z.output<typeof importsOperations.listImports.response[200]>;
