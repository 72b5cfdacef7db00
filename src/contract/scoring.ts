import { z } from 'zod';
import type { EvaluationStatus } from '../domain/evaluation-status.js';
import { evaluationIdParamsSchema } from './evaluations.js';
import { languageQuerySchema } from './frameworks.js';
import { calibrationCriterionSchema, criteriaAgreementSchema } from './criteria.js';
import { defineOperation } from './operation.js';

export const RATIONALE_MAX = 20_000;

/** Statuses in which evaluators score independently (from the fact check on, only agreed scores change). */
export const INDEPENDENT_SCORING_STATUSES: readonly EvaluationStatus[] = ['draft', 'review'];

export const unitParamsSchema = evaluationIdParamsSchema.extend({
  unitCode: z.string().min(1, 'must be a scoring unit code such as 1.1').max(16, 'must be a scoring unit code such as 1.1'),
});

const versionSchema = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be 0 (not saved yet) or the version last read');

/** Exact decimal: a JSON number (6.5) or a string ("6.5", "6,5"); null for no score. */
const scoreValueSchema = z.union([z.number(), z.string().max(12, 'must be a decimal number such as 6.5')]).nullable();

const rationaleSchema = z.string().max(RATIONALE_MAX, `must be at most ${RATIONALE_MAX} characters`);
/**
 * Why the score departs from the one its criteria propose (Markdown). Required (409
 * deviation_unexplained) when the unit's criteria are all assessed and the score differs from their
 * proposal; '' lets the score follow the proposal whenever the criteria change.
 */
const deviationReasonSchema = z.string().max(RATIONALE_MAX, `must be at most ${RATIONALE_MAX} characters`).default('');

/** One evaluator's own score of one unit. */
export const saveOwnScoreSchema = z.object({
  /** The version last read; 0 when the unit has no own score yet. */
  version: versionSchema,
  score: scoreValueSchema,
  rationale: rationaleSchema,
  deviationReason: deviationReasonSchema,
});
export type SaveOwnScoreInput = z.infer<typeof saveOwnScoreSchema>;

/** The agreed score of one unit. */
export const saveAgreedScoreSchema = z.object({
  /** The version last read; 0 when the unit has no agreed score yet. */
  version: versionSchema,
  /** null removes the agreed score (then the rationale must be empty). */
  score: scoreValueSchema,
  /** The whole rationale as it should be (Markdown); an empty string for none. */
  rationale: rationaleSchema,
  deviationReason: deviationReasonSchema,
});
export type SaveAgreedScoreInput = z.infer<typeof saveAgreedScoreSchema>;

export const ownScoreSchema = z.object({
  unitCode: z.string(),
  /** Exact decimal with two decimals ("7.50"), or null when not scored yet. */
  score: z.string().nullable(),
  rationale: z.string(),
  deviationReason: z.string(),
  /** 0 when nothing is saved for the unit yet. */
  version: z.number().int(),
  /** Taken over from the baseline evaluation and not edited since. */
  takenOver: z.boolean(),
});
export type OwnScore = z.infer<typeof ownScoreSchema>;

export const ownScoresSchema = z.object({
  /** When the caller submitted their scores (then they are locked); null before. */
  submittedAt: z.string().nullable(),
  items: z.array(ownScoreSchema),
});

export const submittedSchema = z.object({ submittedAt: z.string() });

export const agreedScoreSchema = z.object({
  unitCode: z.string(),
  score: z.string().nullable(),
  rationale: z.string(),
  deviationReason: z.string(),
  /** 0 when the unit has no agreed score. */
  version: z.number().int(),
  /** The evaluation's version after the change. */
  evaluationVersion: z.number().int(),
});
export type AgreedScore = z.infer<typeof agreedScoreSchema>;

const differenceSummarySchema = z.object({
  /** Exact decimals ("1.25"); null until the scores are revealed. */
  meanAbsoluteDifference: z.string().nullable(),
  maxDifference: z.string().nullable(),
  /** Units whose individual scores differ. */
  unitsApart: z.number().int(),
});

const individualSchema = z.object({ score: z.string().nullable(), rationale: z.string() });

export const calibrationSchema = z.object({
  /** The assigned evaluators (by name), and when each submitted. */
  evaluators: z.array(z.object({ id: z.string(), name: z.string(), submittedAt: z.string().nullable() })),
  /** True once every assigned evaluator has submitted: only then are the others' scores shown. */
  revealed: z.boolean(),
  units: z.array(
    z.object({
      code: z.string(),
      areaCode: z.string(),
      title: z.string(),
      max: z.number(),
      /** The caller's own score, when the caller is an assigned evaluator. */
      own: individualSchema.nullable(),
      /** The other evaluators' scores; empty until revealed. */
      others: z.array(individualSchema.extend({ evaluatorId: z.string() })),
      /** Largest minus smallest individual score (|a − b| for a pair); null until revealed. */
      difference: z.string().nullable(),
      agreed: z.object({ score: z.string(), rationale: z.string(), deviationReason: z.string(), version: z.number().int() }).nullable(),
      /** The unit's criteria with each evaluator's and the agreed assessment; empty for units without criteria. */
      criteria: z.array(calibrationCriterionSchema),
      /** The score the agreed criteria propose ("12.50"); null without criteria or until all are agreed. */
      proposal: z.string().nullable(),
    }),
  ),
  areas: z.array(differenceSummarySchema.extend({ code: z.string(), title: z.string() })),
  overall: differenceSummarySchema.extend({
    /** Units with an agreed score. */
    unitsAgreed: z.number().int(),
    /** All scoring units of the framework. */
    units: z.number().int(),
    /** Agreement over criteria (zero pairs until revealed or without criteria). */
    criteria: criteriaAgreementSchema,
  }),
});
export type CalibrationView = z.infer<typeof calibrationSchema>;

/** The scoring API's operations. */
export const scoringOperations = {
  getMyScores: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/my-scores',
    tags: ['scoring'],
    summary: "The caller's own independent score and rationale for every scoring unit (assigned evaluators only)",
    params: evaluationIdParamsSchema,
    response: { 200: ownScoresSchema },
  }),
  saveMyScore: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/my-scores/:unitCode',
    tags: ['scoring'],
    summary: "Save the caller's own score and rationale of one unit; needs the version last read, 0 when new (409 when stale or submitted)",
    params: unitParamsSchema,
    body: saveOwnScoreSchema,
    response: { 200: ownScoreSchema },
  }),
  submitMyScores: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/my-scores/submit',
    tags: ['scoring'],
    summary: "Submit the caller's own scores (every unit needs a score and a rationale); they are locked afterwards",
    params: evaluationIdParamsSchema,
    response: { 200: submittedSchema },
  }),
  getCalibration: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/calibration',
    tags: ['scoring'],
    summary: "Individual scores side by side (the others' only once every evaluator has submitted), differences and agreed scores",
    params: evaluationIdParamsSchema,
    query: languageQuerySchema,
    response: { 200: calibrationSchema },
  }),
  saveAgreedScore: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/scores/:unitCode',
    tags: ['scoring'],
    summary: 'Set (or with null remove) the agreed score and rationale of one unit; needs the version last read, 0 when none (409 when stale)',
    params: unitParamsSchema,
    body: saveAgreedScoreSchema,
    response: { 200: agreedScoreSchema },
  }),
};

export type OwnScores = z.output<typeof ownScoresSchema>;
/** A score as sent: a number or the text typed (the server accepts "6,5"), or null for none. */
export type ScoreChange = z.input<typeof saveOwnScoreSchema>;
