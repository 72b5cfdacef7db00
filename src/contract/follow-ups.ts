/**
 * Follow-up evaluations ("Ny uppföljning"): a new evaluation of the same municipality built on a
 * published one, its baseline. The evaluators see the baseline's scores, texts and (when the
 * municipality shares its plan) the actions answering its improvement opportunities, mapped
 * through the catalogue's area map when the model version changed; they may take a record over
 * as their starting point and judge each earlier improvement opportunity.
 */
import { z } from 'zod';
import { ACTION_STATUSES, IMPROVEMENT_JUDGEMENTS } from '../domain/action-plan-values.js';
import { isStorableText } from '../domain/evaluation-texts.js';
import { evaluationIdParamsSchema, shownScoreSchema } from './evaluations.js';
import { languageQuerySchema } from './frameworks.js';
import { municipalityRefSchema } from './municipalities.js';
import { defineOperation } from './operation.js';
import { ownScoreSchema } from './scoring.js';
import { areaTextSchema, subareaTextSchema } from './texts.js';

export const REVIEW_COMMENT_MAX = 10_000;

/** How a follow-up's unit or area relates to the baseline: the same model, linked through the area map, or not at all. */
export const BASELINE_MAPPINGS = ['same', 'mapped', 'none'] as const;
export type BaselineMapping = (typeof BASELINE_MAPPINGS)[number];

/** What a take-over writes: the caller's own score of a unit, an area's text, a sub-area's text. */
export const TAKE_OVER_KINDS = ['own-score', 'area-text', 'subarea-text'] as const;
export type TakeOverKind = (typeof TAKE_OVER_KINDS)[number];

const codeSchema = z.string().min(1).max(16);
/** The version last read of the record taken over; 0 when it does not exist yet. */
const recordVersion = z.number().int().min(0, 'must be 0 (not written yet) or the version last read');

export const createFollowUpSchema = z.object({
  /** The model version of the follow-up: the baseline's or a newer one. */
  frameworkId: z.string().min(1).max(100),
});
export type CreateFollowUpInput = z.infer<typeof createFollowUpSchema>;

export const followUpCreatedSchema = z.object({ id: z.string() });

/** An action of the baseline's plan answering an improvement opportunity (only when the plan is shared). */
export const actionBriefSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(ACTION_STATUSES),
  progress: z.number().int(),
  dueDate: z.string().nullable(),
  /** Due before the server's today and neither done nor dropped. */
  overdue: z.boolean(),
  /** Why it was dropped; empty otherwise. */
  statusReason: z.string(),
});
export type ActionBrief = z.infer<typeof actionBriefSchema>;

export const improvementReviewSchema = z.object({
  /** The baseline's area and the opportunity's place (from 0) in its list of improvements. */
  areaCode: z.string(),
  index: z.number().int(),
  judgement: z.enum(IMPROVEMENT_JUDGEMENTS),
  /** Markdown; may be empty. */
  comment: z.string(),
  version: z.number().int(),
});
export type ImprovementReview = z.infer<typeof improvementReviewSchema>;

const previousUnitSchema = z.object({
  unitCode: z.string(),
  areaCode: z.string(),
  title: z.string(),
  /** The baseline's agreed score, an exact decimal ("6.50"); null where it has none. */
  score: z.string().nullable(),
  max: z.number(),
  /** Why the agreed score is what it is (Markdown); empty when none. */
  rationale: z.string(),
  /** The sub-area's analysis (Markdown); null when none is written. */
  analysis: z.string().nullable(),
});

const previousAreaSchema = z.object({
  areaCode: z.string(),
  title: z.string(),
  analysis: z.string().nullable(),
  strengths: z.array(z.string()),
  improvements: z.array(
    z.object({
      index: z.number().int(),
      text: z.string(),
      /** Empty unless the plan is shared (`planShared`). */
      actions: z.array(actionBriefSchema),
      review: improvementReviewSchema.pick({ judgement: true, comment: true, version: true }).nullable(),
    }),
  ),
});

export const baselineSchema = z.object({
  evaluation: z.object({
    id: z.string(),
    municipality: municipalityRefSchema,
    frameworkId: z.string(),
    frameworkTitle: z.string(),
    reportDate: z.string().nullable(),
    total: shownScoreSchema,
  }),
  /** True when the follow-up uses the baseline's model version. */
  sameModel: z.boolean(),
  /** The area map's caveat in the asked language when the model changed; null otherwise. */
  caveat: z.string().nullable(),
  /** True when the baseline has an action plan shared with evaluators or the public. */
  planShared: z.boolean(),
  /** The follow-up's scoring units in framework order, each with the baseline's units it corresponds to. */
  units: z.array(
    z.object({
      unitCode: z.string(),
      areaCode: z.string(),
      mapping: z.enum(BASELINE_MAPPINGS),
      previous: z.array(previousUnitSchema),
      /** What a take-over of this unit may start from (the same unit of the same model, with something written). */
      takeOver: z.object({ ownScore: z.boolean(), subareaText: z.boolean() }),
    }),
  ),
  /** The follow-up's areas in framework order, each with the baseline's areas linked to it. */
  areas: z.array(
    z.object({
      areaCode: z.string(),
      mapping: z.enum(BASELINE_MAPPINGS),
      previous: z.array(previousAreaSchema),
      /** Whether the area's text may start from the baseline's (something is written there). */
      takeOverText: z.boolean(),
    }),
  ),
});
export type Baseline = z.infer<typeof baselineSchema>;

export const takeOverSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('own-score'), unitCode: codeSchema, version: recordVersion }),
  z.object({ kind: z.literal('area-text'), areaCode: codeSchema, version: recordVersion }),
  z.object({ kind: z.literal('subarea-text'), unitCode: codeSchema, version: recordVersion }),
]);
export type TakeOverInput = z.infer<typeof takeOverSchema>;

/** The record written by a take-over (marked `takenOver: true`), with its kind. */
export const takenOverSchema = z.discriminatedUnion('kind', [
  ownScoreSchema.extend({ kind: z.literal('own-score') }),
  areaTextSchema.extend({ kind: z.literal('area-text') }),
  subareaTextSchema.extend({ kind: z.literal('subarea-text') }),
]);
export type TakenOver = z.infer<typeof takenOverSchema>;

export const improvementReviewParamsSchema = evaluationIdParamsSchema.extend({
  areaCode: z.string().min(1).max(8),
  index: z.coerce
    .number()
    .int('must be the place of the improvement in its list (from 0)')
    .min(0, 'must be the place of the improvement in its list (from 0)')
    .max(1000, 'must be the place of the improvement in its list (from 0)'),
});

export const saveImprovementReviewSchema = z.object({
  /** The version last read; 0 when the opportunity has not been judged yet. */
  version: z.number().int().min(0, 'must be 0 (not judged yet) or the version last read'),
  judgement: z.enum(IMPROVEMENT_JUDGEMENTS),
  comment: z
    .string()
    .max(REVIEW_COMMENT_MAX, `must be at most ${REVIEW_COMMENT_MAX} characters`)
    .refine(isStorableText, 'must not contain the NUL character'),
});
export type SaveImprovementReviewInput = z.infer<typeof saveImprovementReviewSchema>;

/** The follow-ups API's operations. */
export const followUpsOperations = {
  createFollowUp: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/follow-ups',
    tags: ['follow-ups'],
    summary:
      'Start a follow-up of a published evaluation: a new draft of the same municipality with this one as its baseline, in the same or a newer model version (nothing is copied)',
    params: evaluationIdParamsSchema,
    body: createFollowUpSchema,
    response: { 201: followUpCreatedSchema },
  }),
  getBaseline: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/baseline',
    tags: ['follow-ups'],
    summary:
      "A follow-up's baseline: the previous scores and texts per unit and area (through the area map when the model changed), the judgements of its improvement opportunities and, when the plan is shared, their actions",
    params: evaluationIdParamsSchema,
    query: languageQuerySchema,
    response: { 200: baselineSchema },
  }),
  takeOverFromBaseline: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/baseline/take-over',
    tags: ['follow-ups'],
    summary:
      "Start a record from the baseline's: the caller's own score, an area's text or a sub-area's text (marked as taken over until edited); needs the record's version last read, 0 when new (409 when stale)",
    params: evaluationIdParamsSchema,
    body: takeOverSchema,
    response: { 200: takenOverSchema },
  }),
  saveImprovementReview: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/improvement-reviews/:areaCode/:index',
    tags: ['follow-ups'],
    summary:
      "Judge an improvement opportunity of the baseline (addressed, partly, not addressed) with a comment; needs the version last read, 0 when new (409 when stale)",
    params: improvementReviewParamsSchema,
    body: saveImprovementReviewSchema,
    response: { 200: improvementReviewSchema },
  }),
};
