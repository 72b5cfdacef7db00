import { z } from 'zod';
import {
  DOCUMENT_KINDS,
  EVIDENCE_FILE_NAME_MAX,
  EVIDENCE_KINDS,
  EVIDENCE_NOTES_MAX,
  EVIDENCE_TITLE_MAX,
  EVIDENCE_URL_MAX,
  INTERVIEW_PEOPLE_MAX,
  INTERVIEWEE_GROUPS,
  isPlainFileName,
  MAX_EVIDENCE_FILE_BYTES,
  OBSERVATION_CHANNELS,
} from '../domain/evidence.js';
import { evaluationIdParamsSchema } from './evaluations.js';
import { defineOperation } from './operation.js';

/** At most this many sub-areas per item (every framework has fewer scoring units). */
export const EVIDENCE_UNITS_MAX = 100;

function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date: YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

const titleSchema = z.string().trim().max(EVIDENCE_TITLE_MAX, `must be at most ${EVIDENCE_TITLE_MAX} characters`);
const requiredTitleSchema = titleSchema.min(1, 'must not be empty');

const urlSchema = z
  .string()
  .trim()
  .max(EVIDENCE_URL_MAX, `must be at most ${EVIDENCE_URL_MAX} characters`)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }));

const notesSchema = z.string().max(EVIDENCE_NOTES_MAX, `must be at most ${EVIDENCE_NOTES_MAX} characters`).default('');

const unitCodesSchema = z
  .array(z.string().trim().min(1, 'must not be empty').max(16, 'must be at most 16 characters'))
  .min(1, 'must link at least one sub-area')
  .max(EVIDENCE_UNITS_MAX, `must link at most ${EVIDENCE_UNITS_MAX} sub-areas`)
  .refine((codes) => new Set(codes).size === codes.length, 'must not name a sub-area twice');

const interviewSchema = z.object({
  kind: z.literal('interview'),
  occurredOn: isoDateSchema,
  intervieweeGroup: z.enum(INTERVIEWEE_GROUPS, `must be one of ${INTERVIEWEE_GROUPS.join(', ')}`),
  people: z
    .number()
    .int('must be a whole number')
    .min(1, `must be between 1 and ${INTERVIEW_PEOPLE_MAX}`)
    .max(INTERVIEW_PEOPLE_MAX, `must be between 1 and ${INTERVIEW_PEOPLE_MAX}`),
  title: titleSchema.optional(),
  notes: notesSchema,
  unitCodes: unitCodesSchema,
});

const documentSchema = z.object({
  kind: z.literal('document'),
  title: requiredTitleSchema,
  documentKind: z.enum(DOCUMENT_KINDS, `must be one of ${DOCUMENT_KINDS.join(', ')}`),
  occurredOn: isoDateSchema.optional(),
  url: urlSchema.optional(),
  /** An evidence file uploaded to this evaluation (POST …/evidence-files). */
  fileId: z.uuid('must be the id of an uploaded evidence file (a UUID)').optional(),
  notes: notesSchema,
  unitCodes: unitCodesSchema,
});

const observationSchema = z.object({
  kind: z.literal('observation'),
  channel: z.enum(OBSERVATION_CHANNELS, `must be one of ${OBSERVATION_CHANNELS.join(', ')}`),
  title: requiredTitleSchema,
  url: urlSchema.optional(),
  occurredOn: isoDateSchema,
  notes: notesSchema,
  unitCodes: unitCodesSchema,
});

const versionSchema = z.number().int().min(1, 'must be the version last read (1 or more)');

export const createEvidenceSchema = z.discriminatedUnion('kind', [interviewSchema, documentSchema, observationSchema]);
export type CreateEvidenceInput = z.infer<typeof createEvidenceSchema>;

/** Replaces an item (its kind may change); `version` is the version last read. */
export const updateEvidenceSchema = z.discriminatedUnion('kind', [
  interviewSchema.extend({ version: versionSchema }),
  documentSchema.extend({ version: versionSchema }),
  observationSchema.extend({ version: versionSchema }),
]);
export type UpdateEvidenceInput = z.infer<typeof updateEvidenceSchema>;

export const evidenceListQuerySchema = z.object({
  unit: z.string().regex(/^\d+(\.\d+)?$/, 'must be a sub-area or area code such as 1.2').optional(),
  kind: z.enum(EVIDENCE_KINDS, `must be one of ${EVIDENCE_KINDS.join(', ')}`).optional(),
});
export type EvidenceListQuery = z.infer<typeof evidenceListQuerySchema>;

export const evidenceParamsSchema = evaluationIdParamsSchema.extend({ evidenceId: z.uuid('must be an evidence id (a UUID)') });
export const evidenceFileParamsSchema = evaluationIdParamsSchema.extend({ fileId: z.uuid('must be an evidence file id (a UUID)') });

export const deleteEvidenceQuerySchema = z.object({ version: z.coerce.number().int().min(1, 'must be the version last read (1 or more)') });

export const uploadQuerySchema = z.object({
  filename: z
    .string()
    .trim()
    .min(1, 'must name the uploaded file')
    .max(EVIDENCE_FILE_NAME_MAX, `must be at most ${EVIDENCE_FILE_NAME_MAX} characters`)
    .refine(isPlainFileName, 'must be a file name without a path or control characters'),
});

const fileRefSchema = z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() });

export const evidenceSchema = z.object({
  id: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  /** '' when an interview has no label. */
  title: z.string(),
  occurredOn: z.string().nullable(),
  intervieweeGroup: z.enum(INTERVIEWEE_GROUPS).nullable(),
  people: z.number().int().nullable(),
  documentKind: z.enum(DOCUMENT_KINDS).nullable(),
  channel: z.enum(OBSERVATION_CHANNELS).nullable(),
  url: z.string().nullable(),
  file: fileRefSchema.nullable(),
  /** Markdown. */
  notes: z.string(),
  unitCodes: z.array(z.string()),
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const evidenceListSchema = z.object({ items: z.array(evidenceSchema), total: z.number().int() });

export const evidenceFileSchema = fileRefSchema.extend({ sha256: z.string(), uploadedAt: z.string() });
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

const kindCountsSchema = z.object({ interview: z.number().int(), document: z.number().int(), observation: z.number().int(), total: z.number().int() });
export type KindCounts = z.infer<typeof kindCountsSchema>;

/** Every scoring unit of the framework, in framework order, with its evidence counted by kind. */
export const evidenceSummarySchema = z.object({ units: z.record(z.string(), kindCountsSchema) });

/** The evidence API's operations. */
export const evidenceOperations = {
  uploadEvidenceFile: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/evidence-files',
    tags: ['evidence'],
    summary: `Upload an evidence file (up to ${(MAX_EVIDENCE_FILE_BYTES / (1024 * 1024)).toFixed(1)} MB) as the raw request body; ?filename= names it`,
    params: evaluationIdParamsSchema,
    query: uploadQuerySchema,
    response: { 201: evidenceFileSchema },
  }),
  downloadEvidenceFile: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/evidence-files/:fileId',
    tags: ['evidence'],
    summary: 'Download an evidence file (always as an attachment)',
    params: evidenceFileParamsSchema,
  }),
  listEvidence: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/evidence',
    tags: ['evidence'],
    summary: "The evaluation's evidence, newest first; filter by linked sub-area (unit) and kind",
    params: evaluationIdParamsSchema,
    query: evidenceListQuerySchema,
    response: { 200: evidenceListSchema },
  }),
  getEvidenceSummary: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/evidence-summary',
    tags: ['evidence'],
    summary: 'Per scoring unit of the framework, how many evidence items of each kind link to it',
    params: evaluationIdParamsSchema,
    response: { 200: evidenceSummarySchema },
  }),
  createEvidence: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/evidence',
    tags: ['evidence'],
    summary: 'Add an interview, a document or an observation, linked to one or more sub-areas',
    params: evaluationIdParamsSchema,
    body: createEvidenceSchema,
    response: { 201: evidenceSchema },
  }),
  updateEvidence: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/evidence/:evidenceId',
    tags: ['evidence'],
    summary: 'Replace an evidence item; needs the version last read (409 with the current item when stale)',
    params: evidenceParamsSchema,
    body: updateEvidenceSchema,
    response: { 200: evidenceSchema },
  }),
  deleteEvidence: defineOperation({
    method: 'DELETE',
    path: '/evaluations/:id/evidence/:evidenceId',
    tags: ['evidence'],
    summary: 'Delete an evidence item at the version last read (?version=N; 409 with the current item when stale)',
    params: evidenceParamsSchema,
    query: deleteEvidenceQuerySchema,
  }),
};

export type EvidenceList = z.output<typeof evidenceListSchema>;
export type EvidenceSummary = z.output<typeof evidenceSummarySchema>;
/** What is sent to create (or, with `version`, replace) an item. */
export type EvidenceInput = z.input<typeof createEvidenceSchema>;
