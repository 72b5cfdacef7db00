/**
 * A model version while it is authored: the framework's shape (src/domain/framework.ts) with texts
 * that may still be empty, so a draft can be saved half-written. What keeps a draft from being
 * published is listed as problems (src/domain/framework-problems.ts), each with a path and a code
 * the web words in the reader's language.
 */
import { z } from 'zod';

export const FRAMEWORK_TEXT_MAX = 4_000;
export const FRAMEWORK_TITLE_MAX = 300;
export const FRAMEWORK_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,62}$/;

const draftText = (max: number) =>
  z.object({
    sv: z.string().max(max, `must be at most ${max} characters`).default(''),
    en: z.string().max(max, `must be at most ${max} characters`).default(''),
    nb: z.string().max(max, `must be at most ${max} characters`).default(''),
  });

export const draftTextSchema = draftText(FRAMEWORK_TEXT_MAX);
export type DraftText = z.infer<typeof draftTextSchema>;

const shortCode = z.string().trim().max(24, 'must be at most 24 characters');

const draftLevelSchema = z.object({
  code: shortCode,
  label: draftText(FRAMEWORK_TITLE_MAX),
  points: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(100, 'must be at most 100'),
});

export const draftCriterionSchema = z.object({
  code: shortCode,
  text: draftTextSchema,
  guidance: draftTextSchema.optional(),
  typicalEvidence: draftTextSchema.optional(),
  weight: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(1),
  scale: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('met') }),
      z.object({ kind: z.literal('levels'), levels: z.array(draftLevelSchema).max(10, 'must have at most 10 levels') }),
    ])
    .default({ kind: 'met' }),
});

export const draftSubareaSchema = z.object({
  code: shortCode,
  title: draftText(FRAMEWORK_TITLE_MAX),
  max: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(800, 'must be at most 800').optional(),
  aliases: z.array(z.string().max(FRAMEWORK_TITLE_MAX)).max(20).default([]),
  criteria: z.array(draftCriterionSchema).max(100, 'must have at most 100 criteria').default([]),
});

export const draftAreaSchema = z.object({
  code: shortCode,
  title: draftText(FRAMEWORK_TITLE_MAX),
  max: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(800, 'must be at most 800'),
  aliases: z.array(z.string().max(FRAMEWORK_TITLE_MAX)).max(20).default([]),
  subareas: z.array(draftSubareaSchema).max(40, 'must have at most 40 sub-areas'),
});

export const draftFrameworkSchema = z.object({
  id: z.string().trim().max(64, 'must be at most 64 characters'),
  title: draftText(FRAMEWORK_TITLE_MAX),
  revision: z.string().trim().max(40, 'must be at most 40 characters'),
  usedFrom: z.number().int('must be a whole number').min(1990).max(2100),
  usedTo: z.number().int('must be a whole number').min(1990).max(2100).nullable(),
  current: z.boolean(),
  scoreStep: z.enum(['0.01', '0.5', '1'], 'must be 0.01, 0.5 or 1'),
  note: draftTextSchema.optional(),
  basedOn: z.string().max(64).optional(),
  criteriaRule: z.enum(['weighted-share']).default('weighted-share'),
  example: z.boolean().default(false),
  areas: z.array(draftAreaSchema).max(20, 'must have at most 20 areas'),
});
export type DraftFramework = z.infer<typeof draftFrameworkSchema>;

/** A map from the authored version (`from`) to an earlier one (`to`). */
export const draftMapSchema = z.object({
  from: z.string().max(64),
  to: z.string().max(64),
  areas: z.record(z.string().max(24), z.string().max(24)),
  subareas: z.record(z.string().max(24), z.string().max(24)).default({}),
  caveat: draftTextSchema.optional(),
});
export type DraftMap = z.infer<typeof draftMapSchema>;

/** Why a draft cannot be published yet; the web words each code (params fill the text). */
export const FRAMEWORK_PROBLEM_CODES = [
  /** A text is empty in a language (params.language). */
  'text_missing',
  /** A code does not have the expected form (params.expected: area, subarea, criterion, level, id). */
  'code_format',
  /** Two entries share a code (params.code). */
  'code_duplicate',
  /** A sub-area's or criterion's code does not start with its parent's (params.parent). */
  'code_parent',
  /** The framework id is taken by another version. */
  'id_taken',
  /** Some sub-areas of an area have a max and others not. */
  'max_partial',
  /** An area's sub-area maxima do not add up to its max (params.sum, params.max). */
  'max_sum',
  /** The area maxima do not add up to 800 (params.sum). */
  'total_max',
  /** A max of 0, or an area without sub-areas. */
  'empty',
  /** A level scale's top level gives no points, or has fewer than two levels. */
  'levels',
  /** Criteria on a sub-area without a max. */
  'criteria_without_max',
  /** A map's target version is unknown (params.framework). */
  'map_framework',
  /** A map names an area the version does not have (params.code, params.framework). */
  'map_area',
  /** A map names a sub-area the version does not have (params.code, params.framework). */
  'map_subarea',
  /** Any other shape problem (params.message, in English). */
  'invalid',
] as const;
export type FrameworkProblemCode = (typeof FRAMEWORK_PROBLEM_CODES)[number];

export interface FrameworkProblem {
  /** Where: "areas.2.subareas.0.criteria.1.text.nb", "maps.0.areas.3", "id". */
  path: string;
  code: FrameworkProblemCode;
  params: Record<string, string | number>;
}
