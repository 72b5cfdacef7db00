import { z } from 'zod';
import { EVALUATION_STATUSES } from '../domain/evaluation-status.js';
import { evaluationIdParamsSchema } from './evaluations.js';
import { languageQuerySchema } from './frameworks.js';
import { defineOperation } from './operation.js';

export const COMMENT_MAX = 10_000;
export const SECTION_MAX = 32;
export const COMMENT_STATUSES = ['open', 'answered', 'resolved'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

const statusSchema = z.enum(EVALUATION_STATUSES);
const markdown = (what: string) => z.string().trim().min(1, `${what} must not be empty`).max(COMMENT_MAX, `${what} must be at most ${COMMENT_MAX} characters`);

// ---- Status flow ----

export const statusChangeSchema = z.object({
  /** The status the client saw; 409 when the evaluation has moved on since. */
  from: statusSchema,
  to: statusSchema,
});
export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

export const statusResultSchema = z.object({ status: statusSchema, version: z.number().int() });

export const REFUSAL_REASONS = ['forbidden', 'not-a-transition', 'missing-scores', 'open-comments'] as const;

export const transitionListSchema = z.object({
  status: statusSchema,
  version: z.number().int(),
  /** The moves the caller's role may make from the current status (empty for those who may make none). */
  items: z.array(
    z.object({
      to: statusSchema,
      /** Moves a final evaluation back into work (administrators; audited as evaluation.reopen). */
      reopen: z.boolean(),
      allowed: z.boolean(),
      /** Why not, when not allowed now. */
      reason: z.object({ code: z.enum(REFUSAL_REASONS), message: z.string() }).nullable(),
      /** For reason missing-scores: the units without an agreed score, by code and name (in framework order). */
      missingUnits: z.array(z.object({ code: z.string(), name: z.string() })),
      /** For reason open-comments: how many comments are open. */
      openComments: z.number().int(),
    }),
  ),
});
export type TransitionList = z.infer<typeof transitionListSchema>;

// ---- Fact-check comments ----

export const commentParamsSchema = evaluationIdParamsSchema.extend({ commentId: z.uuid('must be a comment id (a UUID)') });

export const createCommentSchema = z.object({
  /** The area or scoring unit commented on ("3" or "3.2"); null for the evaluation as a whole. */
  unitCode: z.string().max(16, 'must be at most 16 characters').nullable().default(null),
  body: markdown('body'),
});
export type CreateCommentInput = z.infer<typeof createCommentSchema>;

export const updateCommentSchema = z
  .object({
    /** The comment's version the client last read. */
    version: z.number().int().min(1, 'must be 1 or more'),
    /** The comment's text: only its author, only while it is open. */
    body: markdown('body').optional(),
    /** The evaluators' answer (evaluators and administrators); answering an open comment marks it answered. */
    answer: markdown('answer').optional(),
    /** answered / resolved: evaluators and administrators; open (reopen): the author, evaluators and administrators. */
    status: z.enum(COMMENT_STATUSES).optional(),
  })
  .refine((value) => value.body !== undefined || value.answer !== undefined || value.status !== undefined, {
    message: 'must change at least one of body, answer, status',
    path: ['body'],
  });
export type UpdateCommentInput = z.infer<typeof updateCommentSchema>;

export const commentSchema = z.object({
  id: z.string(),
  unitCode: z.string().nullable(),
  author: z.object({ id: z.string(), name: z.string(), organisation: z.string() }),
  body: z.string(),
  status: z.enum(COMMENT_STATUSES),
  answer: z.string().nullable(),
  answeredBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CommentView = z.infer<typeof commentSchema>;

export const commentListSchema = z.object({ items: z.array(commentSchema) });

// ---- Presence ----

export const presenceInputSchema = z.object({
  /** What the user has open, e.g. "area:3", "evidence", "calibration". */
  section: z.string().trim().min(1, 'must not be empty').max(SECTION_MAX, `must be at most ${SECTION_MAX} characters`),
});

export const presenceSchema = z.object({
  /** The other users seen on the evaluation within the last minute. */
  others: z.array(z.object({ userId: z.string(), name: z.string(), section: z.string(), seenAt: z.string() })),
});

// ---- Overview ----

const figureSchema = z.object({
  /** Exact, two decimals ("72.00"). */
  score: z.string(),
  /** Whole number as the evaluation page shows it (largest-remainder rounding). */
  shown: z.number().int(),
});

export const overviewSchema = z.object({
  status: statusSchema,
  version: z.number().int(),
  /** Order among the municipality's evaluations (1 = earliest). */
  position: z.number().int(),
  previous: z
    .object({
      id: z.string(),
      year: z.number().int().nullable(),
      frameworkId: z.string(),
      sameFramework: z.boolean(),
      /** The catalogue's comparability caveat, whenever the framework versions differ. */
      caveat: z.string().nullable(),
      areas: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          current: figureSchema.nullable(),
          previous: figureSchema.nullable(),
          /** current.shown − previous.shown. */
          difference: z.number().int().nullable(),
          /** The previous framework's areas compared with this one. */
          mappedFrom: z.array(z.string()),
        }),
      ),
    })
    .nullable(),
  /** Working material: only for administrators and the assigned evaluators (null for others). */
  completeness: z
    .object({
      units: z.array(z.object({ code: z.string(), areaCode: z.string(), hasScore: z.boolean(), hasRationale: z.boolean(), evidenceCount: z.number().int() })),
      missingScores: z.array(z.string()),
      missingRationales: z.array(z.string()),
      withoutEvidence: z.array(z.string()),
    })
    .nullable(),
});
export type Overview = z.infer<typeof overviewSchema>;

/** The workflow API's operations. */
export const workflowOperations = {
  listFactComments: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/fact-comments',
    tags: ['workflow'], summary: 'The fact-check comments, oldest first', params: evaluationIdParamsSchema, response: { 200: commentListSchema },
  }),
  createFactComment: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/fact-comments',
    tags: ['workflow'],
    summary: 'Comment on facts (only during the fact check: 409 otherwise)',
    params: evaluationIdParamsSchema,
    body: createCommentSchema,
    response: { 201: commentSchema },
  }),
  updateFactComment: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/fact-comments/:commentId',
    tags: ['workflow'],
    summary: "Change a comment's text (its author, while open), answer it or set its status (409 with the current comment when stale)",
    params: commentParamsSchema,
    body: updateCommentSchema,
    response: { 200: commentSchema },
  }),
  reportPresence: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/presence',
    tags: ['workflow'],
    summary: 'Say which section the caller has open; answers with the others seen within the last minute',
    params: evaluationIdParamsSchema,
    body: presenceInputSchema,
    response: { 200: presenceSchema },
  }),
  getPresence: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/presence',
    tags: ['workflow'], summary: 'The others seen on the evaluation within the last minute', params: evaluationIdParamsSchema, response: { 200: presenceSchema },
  }),
  changeStatus: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/status',
    tags: ['workflow'],
    summary: 'Move the evaluation to another status; `from` is the status the client saw (409 when it has changed)',
    params: evaluationIdParamsSchema,
    body: statusChangeSchema,
    response: { 200: statusResultSchema },
  }),
  getTransitions: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/transitions',
    tags: ['workflow'],
    summary: 'The status changes the caller may make now, each with whether it is allowed and why not',
    params: evaluationIdParamsSchema,
    response: { 200: transitionListSchema },
  }),
  getOverview: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/overview',
    tags: ['workflow'],
    summary: 'Status, position, the comparison with the previous evaluation, and completeness (working material: admins and its evaluators)',
    params: evaluationIdParamsSchema,
    query: languageQuerySchema,
    response: { 200: overviewSchema },
  }),
};

export type PresenceView = z.output<typeof presenceSchema>;
export type StatusResult = z.output<typeof statusResultSchema>;
/** A change of a comment, without the version. */
export type CommentChange = Omit<z.input<typeof updateCommentSchema>, 'version'>;
