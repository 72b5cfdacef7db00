/**
 * Authoring model versions: administrators (the programme owner) make a new version from an
 * existing one, edit its areas, sub-areas, maxima, criteria and maps to earlier versions, see what
 * keeps it from being published, and publish it. Published versions (and the versions shipped in
 * catalogue/) never change; a new version is made instead. A JSON and XLSX round trip makes
 * spreadsheet authoring possible. The draft's shape is in src/domain/framework-draft.ts.
 */
import { z } from 'zod';
import {
  draftFrameworkSchema,
  draftMapSchema,
  FRAMEWORK_ID_PATTERN,
  FRAMEWORK_PROBLEM_CODES,
  FRAMEWORK_TITLE_MAX,
} from '../domain/framework-draft.js';
import { defineOperation, type FileResponse } from './operation.js';

const rowVersion = z.number().int().min(1, 'must be the version last read (1 or more)');

export const frameworkVersionIdSchema = z
  .string()
  .trim()
  .regex(FRAMEWORK_ID_PATTERN, 'must be 3–63 lower-case letters, digits and hyphens, such as kommunkompassen-2024');

export const frameworkVersionParamsSchema = z.object({ id: z.string().trim().min(1).max(64) });

export const frameworkProblemSchema = z.object({
  path: z.string(),
  code: z.enum(FRAMEWORK_PROBLEM_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/**
 * The versions an administrator can author from or edit: the shipped ones (origin `catalogue`,
 * always published) and the authored ones, drafts included.
 */
export const frameworkVersionSummarySchema = z.object({
  id: z.string(),
  /** The title in the asked language (the Swedish one while a draft lacks it). */
  title: z.string(),
  origin: z.enum(['catalogue', 'authored']),
  status: z.enum(['draft', 'published']),
  basedOn: z.string().nullable(),
  /** Evaluations that use it (then it is frozen in any case). */
  usedBy: z.number().int(),
  /** Sub-areas that carry criteria, and the criteria in all. */
  subareasWithCriteria: z.number().int(),
  criteria: z.number().int(),
  example: z.boolean(),
  /** 0 for shipped versions. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type FrameworkVersionSummary = z.infer<typeof frameworkVersionSummarySchema>;

export const frameworkVersionSchema = frameworkVersionSummarySchema.extend({
  /** Every text in every language, as authored. */
  definition: draftFrameworkSchema,
  /** Maps from this version to earlier ones. */
  maps: z.array(draftMapSchema),
  /** What keeps a draft from being published (empty when it can be); [] for published versions. */
  problems: z.array(frameworkProblemSchema),
  createdBy: z.string().nullable(),
});
export type FrameworkVersionView = z.infer<typeof frameworkVersionSchema>;

export const createFrameworkVersionSchema = z.object({
  /** The version to start from (shipped or authored, draft or published). */
  basedOn: z.string().trim().min(1, 'must name a model version').max(64),
  id: frameworkVersionIdSchema,
  title: z.object({
    sv: z.string().trim().min(1, 'must not be empty').max(FRAMEWORK_TITLE_MAX),
    en: z.string().trim().max(FRAMEWORK_TITLE_MAX).default(''),
    nb: z.string().trim().max(FRAMEWORK_TITLE_MAX).default(''),
  }),
});
export type CreateFrameworkVersionInput = z.input<typeof createFrameworkVersionSchema>;

/** Replaces a draft's definition and maps; the definition's `id` must stay the draft's id. */
export const saveFrameworkVersionSchema = z.object({
  version: rowVersion,
  definition: draftFrameworkSchema,
  maps: z.array(draftMapSchema).max(20, 'must have at most 20 maps'),
});
export type SaveFrameworkVersionInput = z.input<typeof saveFrameworkVersionSchema>;

export const publishFrameworkVersionSchema = z.object({ version: rowVersion });
export const deleteFrameworkVersionQuerySchema = z.object({ version: z.coerce.number().int().min(1, 'must be the version last read (1 or more)') });

export const FRAMEWORK_FILE_FORMATS = ['json', 'xlsx'] as const;
export type FrameworkFileFormat = (typeof FRAMEWORK_FILE_FORMATS)[number];
const fileFormatSchema = z.enum(FRAMEWORK_FILE_FORMATS, `must be one of ${FRAMEWORK_FILE_FORMATS.join(', ')}`);

export const exportFrameworkVersionQuerySchema = z.object({ format: fileFormatSchema });
/**
 * An import: the file's bytes as the body. It becomes a new draft under the file's id; with
 * `replaces` (a draft's id, which must equal the file's) and `version`, it replaces that draft.
 */
export const importFrameworkVersionQuerySchema = z.object({
  format: fileFormatSchema,
  replaces: z.string().trim().min(1).max(64).optional(),
  version: z.coerce.number().int().min(1).optional(),
});

/** A file that cannot be read as a version: each problem with where it is (a cell "Kriterier!C4" or a JSON path). */
export const frameworkImportProblemSchema = z.object({ where: z.string(), message: z.string() });

const versionFile: FileResponse = {
  description: 'The version with its maps as a JSON document or an XLSX workbook (an attachment)',
  content: {
    'application/json': { schema: z.string() },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().meta({ format: 'binary' }) },
  },
};

/** The framework authoring API's operations (administrators). */
export const frameworkVersionsOperations = {
  listFrameworkVersions: defineOperation({
    method: 'GET',
    path: '/framework-versions',
    tags: ['framework-versions'],
    summary: 'Every model version, shipped and authored (drafts included), with use and criteria counts',
    query: z.object({ lang: z.enum(['sv', 'en', 'nb']).default('sv') }),
    response: { 200: z.object({ items: z.array(frameworkVersionSummarySchema) }) },
  }),
  getFrameworkVersion: defineOperation({
    method: 'GET',
    path: '/framework-versions/:id',
    tags: ['framework-versions'],
    summary: 'One model version as authored, with its maps and what keeps a draft from being published',
    params: frameworkVersionParamsSchema,
    query: z.object({ lang: z.enum(['sv', 'en', 'nb']).default('sv') }),
    response: { 200: frameworkVersionSchema },
  }),
  createFrameworkVersion: defineOperation({
    method: 'POST',
    path: '/framework-versions',
    tags: ['framework-versions'],
    summary: 'Make a new draft version from an existing one (its areas, sub-areas, criteria, and maps to it); 409 framework_exists when the id is taken',
    body: createFrameworkVersionSchema,
    response: { 201: frameworkVersionSchema },
  }),
  saveFrameworkVersion: defineOperation({
    method: 'PUT',
    path: '/framework-versions/:id',
    tags: ['framework-versions'],
    summary: 'Save a draft (409 when stale, 409 framework_published when published or shipped)',
    params: frameworkVersionParamsSchema,
    body: saveFrameworkVersionSchema,
    response: { 200: frameworkVersionSchema },
  }),
  deleteFrameworkVersion: defineOperation({
    method: 'DELETE',
    path: '/framework-versions/:id',
    tags: ['framework-versions'],
    summary: 'Remove a draft (409 when stale or published)',
    params: frameworkVersionParamsSchema,
    query: deleteFrameworkVersionQuerySchema,
    response: { 204: z.null() },
  }),
  publishFrameworkVersion: defineOperation({
    method: 'POST',
    path: '/framework-versions/:id/publish',
    tags: ['framework-versions'],
    summary: 'Publish a draft: evaluations can use it from then on and it never changes (409 framework_invalid with the problems)',
    params: frameworkVersionParamsSchema,
    body: publishFrameworkVersionSchema,
    response: { 200: frameworkVersionSchema },
  }),
  exportFrameworkVersion: defineOperation({
    method: 'GET',
    path: '/framework-versions/:id/file',
    tags: ['framework-versions'],
    summary: 'A version with its maps as JSON or XLSX, for spreadsheet authoring',
    params: frameworkVersionParamsSchema,
    query: exportFrameworkVersionQuerySchema,
    response: { 200: versionFile },
  }),
  importFrameworkVersion: defineOperation({
    method: 'POST',
    path: '/framework-versions/import',
    tags: ['framework-versions'],
    summary: 'A JSON or XLSX file as a new draft (201; 409 framework_exists when its id is taken), or as the new content of a draft (replaces, with version; 200); 400 validation listing each problem by cell or path',
    query: importFrameworkVersionQuerySchema,
    response: { 201: frameworkVersionSchema, 200: frameworkVersionSchema },
  }),
};
