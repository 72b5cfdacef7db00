/**
 * Scoring by criteria: each assigned evaluator assesses a sub-area's criteria (a value on the
 * criterion's scale, a note, links to evidence); the proposed score follows (src/domain/criteria.ts).
 * An own or agreed score without a deviation reason follows its criteria's proposal; a score that
 * departs from it needs a reason. In calibration the pair agrees criterion by criterion. The
 * programme owner sees agreement statistics across evaluations.
 */
import { z } from 'zod';
import { evaluationIdParamsSchema } from './evaluations.js';
import { languageQuerySchema } from './frameworks.js';
import { defineOperation } from './operation.js';

export const CRITERION_NOTE_MAX = 10_000;
export const CRITERION_EVIDENCE_MAX = 20;

export const criterionParamsSchema = evaluationIdParamsSchema.extend({
  criterionCode: z.string().min(1, 'must be a criterion code such as 1.1.2').max(24, 'must be a criterion code such as 1.1.2'),
});

const versionSchema = z.number().int('must be a whole number').min(0, 'must be 0 (not saved yet) or the version last read');
/** "met", "partly", "not_met", a level's code, or "na"; null clears the assessment. */
const valueSchema = z.string().min(1).max(24).nullable();
const noteSchema = z.string().max(CRITERION_NOTE_MAX, `must be at most ${CRITERION_NOTE_MAX} characters`);

export const saveCriterionAssessmentSchema = z.object({
  version: versionSchema,
  value: valueSchema,
  note: noteSchema.default(''),
  /** Evidence items of this evaluation. */
  evidenceIds: z.array(z.uuid('must be evidence item ids')).max(CRITERION_EVIDENCE_MAX, `must link at most ${CRITERION_EVIDENCE_MAX} evidence items`).default([]),
});
export type SaveCriterionAssessmentInput = z.input<typeof saveCriterionAssessmentSchema>;

export const criterionAssessmentSchema = z.object({
  criterionCode: z.string(),
  unitCode: z.string(),
  value: z.string().nullable(),
  note: z.string(),
  evidenceIds: z.array(z.string()),
  /** 0 when nothing is saved yet. */
  version: z.number().int(),
});
export type CriterionAssessment = z.infer<typeof criterionAssessmentSchema>;

/**
 * What saving an assessment did: the assessment, and the unit's own score when it followed the new
 * proposal (null when it did not change).
 */
export const savedCriterionAssessmentSchema = z.object({
  assessment: criterionAssessmentSchema,
  followedScore: z.object({ unitCode: z.string(), score: z.string().nullable(), version: z.number().int() }).nullable(),
});

export const myCriteriaSchema = z.object({ items: z.array(criterionAssessmentSchema) });

export const saveAgreedCriterionSchema = z.object({ version: versionSchema, value: valueSchema, note: noteSchema.default('') });
export type SaveAgreedCriterionInput = z.input<typeof saveAgreedCriterionSchema>;

export const agreedCriterionSchema = z.object({
  criterionCode: z.string(),
  unitCode: z.string(),
  value: z.string().nullable(),
  note: z.string(),
  version: z.number().int(),
  /** The evaluation's version after the change. */
  evaluationVersion: z.number().int(),
  /** The unit's agreed score when it followed the new proposal (null when it did not change). */
  followedScore: z.object({ score: z.string().nullable(), version: z.number().int() }).nullable(),
});

/** Agreement between evaluators over criteria both assessed (not-applicable counts as a value). */
export const criteriaAgreementSchema = z.object({
  /** Criteria both (all) evaluators assessed. */
  pairs: z.number().int(),
  /** Of those, assessed alike. */
  agreements: z.number().int(),
  /** agreements / pairs as a decimal string with two decimals ("0.75"); null with no pairs. */
  agreementRate: z.string().nullable(),
  /** Mean |share a − share b| (met 1, partly 0.5, a level its points' share) over pairs both found applicable; "0.25"; null when none. */
  meanAbsoluteDifference: z.string().nullable(),
});
export type CriteriaAgreement = z.infer<typeof criteriaAgreementSchema>;

/** The calibration view's criteria of one unit (added to each unit of GET …/calibration). */
export const calibrationCriterionSchema = z.object({
  code: z.string(),
  own: z.object({ value: z.string().nullable(), note: z.string() }).nullable(),
  /** Empty until revealed. */
  others: z.array(z.object({ evaluatorId: z.string(), value: z.string().nullable(), note: z.string() })),
  /** True when revealed and the evaluators' values differ. */
  differs: z.boolean(),
  agreed: z.object({ value: z.string().nullable(), note: z.string(), version: z.number().int() }).nullable(),
});

export const criteriaStatisticsQuerySchema = languageQuerySchema.extend({
  framework: z.string().trim().min(1, 'must name a model version').max(64),
});

export const criteriaStatisticsSchema = z.object({
  frameworkId: z.string(),
  frameworkTitle: z.string(),
  overall: criteriaAgreementSchema.extend({ evaluations: z.number().int() }),
  evaluations: z.array(
    criteriaAgreementSchema.extend({
      evaluationId: z.string(),
      municipalityId: z.string(),
      municipalityName: z.string(),
      status: z.string(),
    }),
  ),
  /** Criteria by how often evaluators disagree on them, most first (at most 20, only those with pairs). */
  criteria: z.array(
    z.object({
      code: z.string(),
      unitCode: z.string(),
      text: z.string(),
      pairs: z.number().int(),
      disagreements: z.number().int(),
      /** disagreements / pairs, "0.50". */
      disagreementRate: z.string(),
    }),
  ),
});
export type CriteriaStatistics = z.infer<typeof criteriaStatisticsSchema>;

/** The criteria API's operations. */
export const criteriaOperations = {
  getMyCriteria: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/my-criteria',
    tags: ['scoring'],
    summary: "The caller's own criterion assessments (assigned evaluators only)",
    params: evaluationIdParamsSchema,
    response: { 200: myCriteriaSchema },
  }),
  saveMyCriterion: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/my-criteria/:criterionCode',
    tags: ['scoring'],
    summary: "Save the caller's assessment of one criterion; needs the version last read, 0 when new (409 when stale or submitted). The own score follows the proposal unless it has a deviation reason",
    params: criterionParamsSchema,
    body: saveCriterionAssessmentSchema,
    response: { 200: savedCriterionAssessmentSchema },
  }),
  saveAgreedCriterion: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/agreed-criteria/:criterionCode',
    tags: ['scoring'],
    summary: 'Set the agreed assessment of one criterion; the agreed score follows the proposal unless it has a deviation reason (409 when stale)',
    params: criterionParamsSchema,
    body: saveAgreedCriterionSchema,
    response: { 200: agreedCriterionSchema },
  }),
  getCriteriaStatistics: defineOperation({
    method: 'GET',
    path: '/criteria-statistics',
    tags: ['scoring'],
    summary: 'How often evaluators agree on criteria, per evaluation and across evaluations of one model version, and the criteria disagreed on most (administrators)',
    query: criteriaStatisticsQuerySchema,
    response: { 200: criteriaStatisticsSchema },
  }),
};
