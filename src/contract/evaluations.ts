import { z } from 'zod';
import { EVALUATION_ORIGINS, EVALUATION_STATUSES } from '../domain/evaluation-status.js';
import { publishedFiguresSchema } from '../domain/published-figures.js';
import { monthOrDateSchema, partialDateSchema } from './dates.js';
import { languageQuerySchema } from './frameworks.js';
import { municipalityIdSchema, municipalityRefSchema } from './municipalities.js';
import { defineOperation } from './operation.js';

export const EVALUATORS_MAX = 10;
export const INTERVIEWEES_MAX = 1000;
export const ORDINAL_MAX = 50;
export const SCORES_PER_REQUEST_MAX = 200;

export { partialDateSchema };
export const fieldworkDateSchema = monthOrDateSchema;

export const scoreInputSchema = z.object({
  code: z.string().min(1).max(16),
  /** Exact decimal: a JSON number (6.5) or a string ("6.5", "6,5"); null clears the score. */
  score: z.union([z.number(), z.string().max(12)]).nullable(),
});

export const createEvaluationSchema = z
  .object({
    municipalityId: municipalityIdSchema,
    frameworkId: z.string().min(1).max(100),
    fieldworkStart: fieldworkDateSchema.optional(),
    fieldworkEnd: fieldworkDateSchema.optional(),
    reportDate: partialDateSchema.optional(),
    statedOrdinal: z.number().int().min(1, `must be between 1 and ${ORDINAL_MAX}`).max(ORDINAL_MAX, `must be between 1 and ${ORDINAL_MAX}`).optional(),
    evaluators: z.array(z.string().trim().min(1, 'must not be empty').max(200)).max(EVALUATORS_MAX, `at most ${EVALUATORS_MAX} evaluators`).default([]),
    interviewees: z
      .number()
      .int()
      .min(0, `must be between 0 and ${INTERVIEWEES_MAX}`)
      .max(INTERVIEWEES_MAX, `must be between 0 and ${INTERVIEWEES_MAX}`)
      .optional(),
    status: z.enum(EVALUATION_STATUSES).default('draft'),
    origin: z.enum(EVALUATION_ORIGINS).default('workspace'),
    published: publishedFiguresSchema.optional(),
    scores: z.array(scoreInputSchema).max(SCORES_PER_REQUEST_MAX).default([]),
  })
  .refine((value) => !value.fieldworkStart || !value.fieldworkEnd || value.fieldworkEnd >= value.fieldworkStart, {
    path: ['fieldworkEnd'],
    message: 'must not be before fieldworkStart',
  });
export type CreateEvaluationInput = z.infer<typeof createEvaluationSchema>;

export const updateScoresSchema = z.object({
  /** The version the client last read; a stale version is refused with 409. */
  version: z.number().int().min(1),
  scores: z.array(scoreInputSchema).min(1, 'must contain at least one score').max(SCORES_PER_REQUEST_MAX),
});
export type UpdateScoresInput = z.infer<typeof updateScoresSchema>;

export const evaluationListQuerySchema = z.object({
  municipality: municipalityIdSchema.optional(),
  framework: z.string().max(100).optional(),
  status: z.enum(EVALUATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1, 'must be between 1 and 500').max(500, 'must be between 1 and 500').default(100),
  offset: z.coerce.number().int().min(0, 'must be 0 or more').default(0),
});
export type EvaluationListQuery = z.infer<typeof evaluationListQuerySchema>;

export const evaluationIdParamsSchema = z.object({ id: z.uuid('must be an evaluation id (a UUID)') });

/** Shown figures are decided once, in src/domain/display-figures.ts (docs/decisions/0004-display-rounding.md). */
export const shownScoreSchema = z.object({
  /** Exact score as a decimal string with two decimals ("6.50"). */
  score: z.string(),
  /** Whole number shown, rounded (largest remainder) so parts add up to totals. */
  shown: z.number().int(),
  max: z.number(),
  /** The shown points of the max, in whole percent (half-up): 20 of 30 is 67, whatever the exact score. */
  percent: z.number().int(),
  /** True when `shown` is not the exact score. */
  rounded: z.boolean(),
});

/** Codes with the highest and lowest shown percent (all ties); both empty when all share one percent. */
const extremesSchema = z.object({ highest: z.array(z.string()), lowest: z.array(z.string()) });

const subareaScoreSchema = z.object({
  code: z.string(),
  title: z.string(),
  score: z.string().nullable(),
  shown: z.number().int().nullable(),
  max: z.number(),
  percent: z.number().int().nullable(),
  rounded: z.boolean(),
  /** Analysis written for this sub-area (Markdown), where the layout has one. */
  analysis: z.string().nullable(),
  /** Why the agreed score is what it is (Markdown); null when there is none. */
  rationale: z.string().nullable(),
});

const goodExampleSchema = z.object({
  /** Null only on older examples stored before every example had to name one. */
  municipality: municipalityRefSchema.nullable(),
  /** The sub-area it is tied to, or null for the area as a whole. */
  unitCode: z.string().nullable(),
  text: z.string(),
});

const refSchema = municipalityRefSchema.extend({ shortName: z.string() });

export const evaluationSummarySchema = z.object({
  id: z.string(),
  municipality: refSchema,
  framework: z.object({ id: z.string(), title: z.string() }),
  year: z.number().int().nullable(),
  fieldworkStart: z.string().nullable(),
  fieldworkEnd: z.string().nullable(),
  reportDate: z.string().nullable(),
  statedOrdinal: z.number().int().nullable(),
  /** Order among the municipality's evaluations in Kompass (1 = earliest). */
  position: z.number().int(),
  status: z.enum(EVALUATION_STATUSES),
  origin: z.enum(EVALUATION_ORIGINS),
  total: shownScoreSchema,
  /** False when a scoring unit has no score: the total is then not a complete result (and no average counts it). */
  complete: z.boolean(),
  /** The scoring units without a score, by code and name, in framework order. */
  missingUnits: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const evaluationListSchema = z.object({ items: z.array(evaluationSummarySchema), total: z.number().int() });

/** A follow-up of a published evaluation, as its detail lists them. */
export const followUpRefSchema = z.object({ id: z.string(), status: z.enum(EVALUATION_STATUSES) });

export const evaluationDetailSchema = evaluationSummarySchema.extend({
  /** The published evaluation this one follows up; null for a first evaluation. */
  baselineEvaluationId: z.string().nullable(),
  /** On a published evaluation: its follow-ups the reader may read (empty otherwise). */
  followUps: z.array(followUpRefSchema),
  evaluators: z.array(z.string()),
  interviewees: z.number().int().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Among the areas, by shown percent. */
  extremes: extremesSchema,
  areas: z.array(
    shownScoreSchema.extend({
      code: z.string(),
      title: z.string(),
      complete: z.boolean(),
      subareas: z.array(subareaScoreSchema),
      /** Among the sub-areas, by shown percent. */
      extremes: extremesSchema,
      introduction: z.string().nullable(),
      analysis: z.string().nullable(),
      strengths: z.array(z.string()),
      improvements: z.array(z.string()),
      goodExamples: z.array(goodExampleSchema),
    }),
  ),
  summaryComments: z.string().nullable(),
  sources: z.array(z.string()),
  published: publishedFiguresSchema.nullable(),
  /** For imported reports: what the importer found in the document (discrepancies, notes). */
  importReport: z
    .object({ file: z.string(), discrepancies: z.array(z.record(z.string(), z.unknown())), notes: z.array(z.record(z.string(), z.unknown())) })
    .nullable(),
  differences: z.array(
    z.object({
      kind: z.enum(['area-sum', 'total-sum', 'area-missing', 'chapter-vs-table']),
      area: z.string().optional(),
      stated: z.string(),
      /** What the stored scores give (all kinds but chapter-vs-table). */
      derived: z.string().optional(),
      /** The overview table's printed figure (chapter-vs-table). */
      table: z.string().optional(),
      where: z.string(),
    }),
  ),
});

export type EvaluationSummary = z.infer<typeof evaluationSummarySchema>;
export type EvaluationDetail = z.infer<typeof evaluationDetailSchema>;

/** An evaluator account assigned to an evaluation; `email` only for signed-in callers. */
export const assignedEvaluatorSchema = z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), organisation: z.string(), assignedAt: z.string() });
export type AssignedEvaluator = z.output<typeof assignedEvaluatorSchema>;
export const assignedSchema = z.object({ items: z.array(assignedEvaluatorSchema) });

/** The evaluations API's operations. */
export const evaluationsOperations = {
  listEvaluators: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/evaluators',
    tags: ['evaluations'], summary: 'The evaluators assigned to an evaluation', params: evaluationIdParamsSchema, response: { 200: assignedSchema },
  }),
  assignEvaluator: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/evaluators',
    tags: ['evaluations'],
    summary: 'Assign an evaluator (a user with the evaluator role) to the evaluation',
    params: evaluationIdParamsSchema,
    body: z.object({ userId: z.string().uuid('must be a user id (UUID)') }),
    response: { 200: assignedSchema },
  }),
  unassignEvaluator: defineOperation({
    method: 'DELETE',
    path: '/evaluations/:id/evaluators/:userId',
    tags: ['evaluations'],
    summary: 'Remove an evaluator from the evaluation',
    params: evaluationIdParamsSchema.extend({ userId: z.string().uuid('must be a user id (UUID)') }),
    response: { 200: assignedSchema },
  }),
  listEvaluations: defineOperation({
    method: 'GET',
    path: '/evaluations',
    tags: ['evaluations'],
    summary: 'List evaluations, each with its derived total',
    query: evaluationListQuerySchema.extend(languageQuerySchema.shape),
    response: { 200: evaluationListSchema },
  }),
  getEvaluation: defineOperation({
    method: 'GET',
    path: '/evaluations/:id',
    tags: ['evaluations'],
    summary: 'One evaluation with area and total scores derived from its sub-area scores',
    params: evaluationIdParamsSchema,
    query: languageQuerySchema,
    response: { 200: evaluationDetailSchema },
  }),
  createEvaluation: defineOperation({
    method: 'POST',
    path: '/evaluations',
    tags: ['evaluations'],
    summary: 'Create an evaluation (optionally with scores and published figures)',
    body: createEvaluationSchema,
    response: { 201: evaluationDetailSchema },
  }),
  updateScores: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/scores',
    tags: ['evaluations'],
    summary: 'Set or clear sub-area scores; needs the version last read (409 when stale)',
    params: evaluationIdParamsSchema,
    body: updateScoresSchema,
    response: { 200: evaluationDetailSchema },
  }),
};

export type EvaluationList = z.output<typeof evaluationListSchema>;
export type AssignedEvaluatorList = z.output<typeof assignedSchema>;
/** What starting an evaluation sends. */
export type NewEvaluation = z.input<typeof createEvaluationSchema>;
