/**
 * The comparison API's contract: the query string of every comparison (also used by the report
 * routes), the response shapes, and the reference averages' requests.
 */
import { z } from 'zod';
import { DEFAULT_COMPARISON_OPTIONS, type ComparisonOptions } from '../domain/comparison/types.js';
import { isoDateSchema } from './dates.js';
import { languageSchema } from './frameworks.js';
import { evaluationIdParamsSchema } from './evaluations.js';
import { defineOperation } from './operation.js';
import { countrySchema, countyIdSchema } from './municipalities.js';

const flag = z.enum(['true', 'false'], { message: 'must be true or false' });
export const MIN_N_MAX = 1000;

/**
 * The comparison options as query parameters: `since` (earliest year), `all=true` (every
 * published evaluation, not only each municipality's latest), `peer.populationClass`,
 * `peer.firstTime`, `peer.county`, `peer.group` (combined: all must hold), `minN` (default 5),
 * `scope` (`country`, the default: the municipality's own country; `nordic`: every country's,
 * labelled so) and `lang` (labels and warnings; default sv).
 */
export const comparisonQuerySchema = z.object({
  scope: z.enum(['country', 'nordic'], { message: 'must be country or nordic' }).optional(),
  since: z.coerce.number().int().min(1900, 'must be a year such as 2018').max(2200, 'must be a year such as 2018').optional(),
  all: flag.optional(),
  'peer.populationClass': z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'must be the id of a configured population class, e.g. upto-20000')
    .optional(),
  'peer.firstTime': flag.optional(),
  'peer.county': countyIdSchema.optional(),
  'peer.group': z.string().regex(/^[A-Za-z0-9]{1,8}$/, 'must be an SKR municipality group code, e.g. B5').optional(),
  minN: z.coerce.number().int().min(1, `must be between 1 and ${MIN_N_MAX}`).max(MIN_N_MAX, `must be between 1 and ${MIN_N_MAX}`).optional(),
  lang: languageSchema,
});
export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>;

/** The options a parsed query asks for (absent parameters take the defaults). */
export function toComparisonOptions(query: ComparisonQuery): ComparisonOptions {
  const peer = {
    ...(query['peer.populationClass'] !== undefined ? { populationClass: query['peer.populationClass'] } : {}),
    ...(query['peer.firstTime'] !== undefined ? { firstTime: query['peer.firstTime'] === 'true' } : {}),
    ...(query['peer.county'] !== undefined ? { countyId: query['peer.county'] } : {}),
    ...(query['peer.group'] !== undefined ? { municipalityGroup: query['peer.group'] } : {}),
  };
  return {
    scope: query.scope ?? DEFAULT_COMPARISON_OPTIONS.scope,
    since: query.since ?? DEFAULT_COMPARISON_OPTIONS.since,
    latestOnly: query.all !== 'true',
    peer: Object.keys(peer).length > 0 ? peer : null,
    minN: query.minN ?? DEFAULT_COMPARISON_OPTIONS.minN,
  };
}

/** Parses a raw query object into options; throws the zod error on bad input. */
export const parseComparisonQuery = (query: unknown): ComparisonOptions => toComparisonOptions(comparisonQuerySchema.parse(query));

export const nationalQuerySchema = comparisonQuerySchema.extend({
  /** Whose national average (default se); scope=nordic counts every country's. */
  country: countrySchema.optional(),
  framework: z.string().regex(/^[a-z0-9-]{1,100}$/, 'must be a framework id, e.g. kommunkompassen-2020'),
});

const distributionSchema = z.object({ min: z.number(), q1: z.number(), median: z.number(), q3: z.number(), max: z.number() });
const averageFigureSchema = z.object({
  mean: z.number(),
  n: z.number().int(),
  belowMinimum: z.boolean(),
  distribution: distributionSchema.nullable(),
  rank: z.number().int().nullable(),
  percentile: z.number().nullable(),
  nKnown: z.boolean().optional(),
});
export const groupComparisonSchema = z.object({
  kind: z.enum(['national', 'peer', 'reference']),
  label: z.string(),
  frameworkId: z.string(),
  n: z.number().int(),
  total: averageFigureSchema.nullable(),
  areas: z.array(z.object({ code: z.string(), average: averageFigureSchema.nullable() })),
  source: z.object({ name: z.string(), date: z.string() }).nullable(),
  caveat: z.string().nullable(),
  warning: z.string().nullable(),
});
const optionsSchema = z.object({
  scope: z.enum(['country', 'nordic']),
  since: z.number().int().nullable(),
  latestOnly: z.boolean(),
  peer: z
    .object({ populationClass: z.string().optional(), firstTime: z.boolean().optional(), countyId: z.string().optional(), municipalityGroup: z.string().optional() })
    .nullable(),
  minN: z.number().int(),
});
const factsSchema = z.object({
  countyId: z.string(),
  countyName: z.string(),
  population: z.number().int().nullable(),
  populationClass: z.string().nullable(),
  municipalityGroup: z.string().nullable(),
  firstTime: z.boolean(),
});

/** One choice of a peer-group criterion: its n for this evaluation, and whether the evaluation's municipality belongs to it. */
const choiceFields = { n: z.number().int(), own: z.boolean() };

/**
 * The peer groups an evaluation can be compared with, each choice with its n: the size of the
 * group picking it would form, keeping the other criteria of the query (facet counts).
 */
export const peerGroupChoicesSchema = z.object({
  evaluationId: z.string(),
  frameworkId: z.string(),
  options: optionsSchema,
  /** The national group's n under the query's years (its peer criteria aside). */
  national: z.object({ n: z.number().int() }),
  /** The group the query's criteria form; null without criteria. */
  peer: z.object({ n: z.number().int(), label: z.string() }).nullable(),
  facts: factsSchema,
  populationClasses: z.array(z.object({ id: z.string(), min: z.number().int(), max: z.number().int().nullable(), label: z.string(), ...choiceFields })),
  firstTime: z.object(choiceFields),
  counties: z.array(z.object({ code: z.string(), name: z.string(), ...choiceFields })),
  groups: z.array(z.object({ code: z.string(), label: z.string(), ...choiceFields })),
  /** Years of the framework's published evaluations, newest first (choices for `since`). */
  years: z.array(z.number().int()),
  /** The sources named for the stored population figures and SKR groups. */
  sources: z.object({ population: z.array(z.string()), group: z.array(z.string()) }),
});
export type PeerGroupChoices = z.infer<typeof peerGroupChoicesSchema>;

export const evaluationComparisonSchema = z.object({
  evaluationId: z.string(),
  frameworkId: z.string(),
  options: optionsSchema,
  municipality: z.object({
    id: z.string(),
    country: countrySchema,
    code: z.string(),
    name: z.string(),
    shortName: z.string().optional(),
    total: z.number(),
    areas: z.array(z.object({ code: z.string(), score: z.number() })),
    facts: factsSchema.optional(),
  }),
  national: groupComparisonSchema,
  peer: groupComparisonSchema.nullable(),
  references: z.array(groupComparisonSchema),
  history: z.array(
    z.object({
      evaluationId: z.string(),
      year: z.number().int().nullable(),
      frameworkId: z.string(),
      total: z.number(),
      /** False when the earlier evaluation has units without a score (its total is not a complete result). */
      complete: z.boolean(),
      areas: z.array(z.object({ code: z.string(), score: z.number().nullable() })),
      caveat: z.string().nullable(),
    }),
  ),
});
export type EvaluationComparisonResponse = z.infer<typeof evaluationComparisonSchema>;

export const nationalComparisonSchema = z.object({
  frameworkId: z.string(),
  options: optionsSchema,
  national: groupComparisonSchema,
  peer: groupComparisonSchema.nullable(),
  references: z.array(groupComparisonSchema),
});

/** A stored reference average as the API shows it; mean as an exact decimal string ("512.40"). */
export const referenceAverageSchema = z.object({
  id: z.number().int(),
  frameworkId: z.string(),
  /** The country whose municipalities the source averaged over. */
  country: countrySchema,
  label: z.string(),
  scope: z.string(),
  areaCode: z.string().nullable(),
  mean: z.string(),
  n: z.number().int().nullable(),
  source: z.string(),
  publishedOn: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type ReferenceAverage = z.infer<typeof referenceAverageSchema>;

export const createReferenceAverageSchema = z.object({
  frameworkId: z.string().min(1).max(100),
  /** The country whose municipalities the source averaged over (default se). */
  country: countrySchema.default('se'),
  label: z.string().trim().min(1, 'must not be empty').max(200),
  scope: z.string().trim().max(500).default(''),
  /** The area's code; null or absent for the total. */
  areaCode: z.string().regex(/^\d{1,2}$/, 'must be an area code such as 3, or null for the total').nullable().default(null),
  /** Points: a JSON number (512.4) or a decimal string ("512,4"), at most two decimals. */
  mean: z.union([z.number(), z.string().max(12)]),
  n: z.number().int().min(1, 'must be 1 or more when given').max(100_000).nullable().default(null),
  source: z.string().trim().min(1, 'must name the published source').max(500),
  publishedOn: isoDateSchema,
});
export type CreateReferenceAverageInput = z.infer<typeof createReferenceAverageSchema>;

/** Replaces a stored reference average; `version` is the version last read (409 with the current one when stale). */
export const updateReferenceAverageSchema = createReferenceAverageSchema.extend({
  version: z.number().int().min(1, 'must be the version last read (1 or more)'),
});
export type UpdateReferenceAverageInput = z.infer<typeof updateReferenceAverageSchema>;

export const referenceListQuerySchema = z.object({ framework: z.string().max(100).optional() });
export const referenceIdParamsSchema = z.object({ id: z.coerce.number().int().min(1, 'must be a reference average id') });
export const deleteReferenceQuerySchema = z.object({ version: z.coerce.number().int().min(1, 'must be the version last read (1 or more)') });

/** The comparisons API's operations. */
export const comparisonsOperations = {
  getEvaluationComparison: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/comparison',
    tags: ['comparisons'],
    summary: 'The evaluation against the national average, a peer group, reference averages and its earlier evaluations',
    params: evaluationIdParamsSchema,
    query: comparisonQuerySchema,
    response: { 200: evaluationComparisonSchema },
  }),
  getPeerGroupChoices: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/peer-groups',
    tags: ['comparisons'],
    summary: 'The peer groups the evaluation can be compared with, each choice with its n (given the other criteria of the query)',
    description:
      'Takes the comparison query (since, all, peer.*). Every population class, county and SKR group, and the first-time criterion, ' +
      'carries n: the number of published, complete evaluations in the group that choosing it would form while keeping the other ' +
      'criteria of the query. A choice with n = 0 forms an empty group. `own` marks the choices the evaluated municipality belongs to.',
    params: evaluationIdParamsSchema,
    query: comparisonQuerySchema,
    response: { 200: peerGroupChoicesSchema },
  }),
  getNationalComparison: defineOperation({
    method: 'GET',
    path: '/comparisons/national',
    tags: ['comparisons'],
    summary: 'National (and peer-group) averages of a framework version over its published evaluations',
    query: nationalQuerySchema,
    response: { 200: nationalComparisonSchema },
  }),
  listReferenceAverages: defineOperation({
    method: 'GET',
    path: '/reference-averages',
    tags: ['comparisons'],
    summary: 'Stored reference averages from published sources (all, or of one framework)',
    query: referenceListQuerySchema,
    response: { 200: z.object({ items: z.array(referenceAverageSchema) }) },
  }),
  createReferenceAverage: defineOperation({
    method: 'POST',
    path: '/reference-averages',
    tags: ['comparisons'],
    summary: 'Store a reference average (an area mean, or the total mean when areaCode is null) with its source and date',
    body: createReferenceAverageSchema,
    response: { 201: referenceAverageSchema },
  }),
  updateReferenceAverage: defineOperation({
    method: 'PUT',
    path: '/reference-averages/:id',
    tags: ['comparisons'],
    summary: 'Replace a reference average; needs its version last read in the body (409 with the current one when stale)',
    params: referenceIdParamsSchema,
    body: updateReferenceAverageSchema,
    response: { 200: referenceAverageSchema },
  }),
  deleteReferenceAverage: defineOperation({
    method: 'DELETE',
    path: '/reference-averages/:id',
    tags: ['comparisons'],
    summary: 'Remove a reference average; needs its version last read as ?version= (409 when stale)',
    params: referenceIdParamsSchema,
    query: deleteReferenceQuerySchema,
    response: { 204: z.null() },
  }),
};
