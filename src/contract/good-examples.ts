import { z } from 'zod';
import { languageSchema } from './frameworks.js';
import { countrySchema, municipalityIdSchema, municipalityRefSchema } from './municipalities.js';
import { defineOperation } from './operation.js';

/** Most municipalities listed per group of the good-example overview. */
export const GOOD_EXAMPLE_LIMIT_MAX = 50;
export const GOOD_EXAMPLE_LIMIT_DEFAULT = 5;

const titled = z.object({ code: z.string(), title: z.string() });

export const citedAsGoodExampleParamsSchema = z.object({ id: municipalityIdSchema });
export const citedAsGoodExampleQuerySchema = z.object({ lang: languageSchema });

/** One passage of another municipality's published evaluation that names this municipality as a good example. */
export const goodExampleCitationSchema = z.object({
  /** The municipality whose evaluation cites it. */
  citing: municipalityRefSchema,
  evaluation: z.object({
    id: z.string().uuid(),
    year: z.number().int().nullable(),
    model: z.object({ id: z.string(), title: z.string() }),
  }),
  /** Null when the example belongs to the evaluation as a whole. */
  area: titled.nullable(),
  /** Null when the example belongs to its area as a whole. */
  subarea: titled.nullable(),
  /** Markdown, in the citing evaluation's written language. */
  text: z.string(),
  /** The fragment id of the passage on the citing evaluation's page; null where the page shows no such passage. */
  anchor: z.string().nullable(),
});

export const citedAsGoodExampleSchema = z.object({
  municipality: municipalityRefSchema,
  /** Every citation in published evaluations of other municipalities, newest first. */
  citations: z.array(goodExampleCitationSchema),
  /** How many distinct published evaluations cite it. */
  evaluationCount: z.number().int(),
});

export const goodExampleOverviewQuerySchema = z.object({
  /** A model version (framework id); all when left out. */
  model: z.string().trim().min(1).max(64).optional(),
  /** An area code of that model (or of every model when no model is given). */
  area: z.string().trim().min(1).max(8).optional(),
  /** The cited municipalities' country. */
  country: countrySchema.optional(),
  lang: languageSchema,
  limit: z.coerce
    .number()
    .int(`must be a whole number between 1 and ${GOOD_EXAMPLE_LIMIT_MAX}`)
    .min(1, `must be between 1 and ${GOOD_EXAMPLE_LIMIT_MAX}`)
    .max(GOOD_EXAMPLE_LIMIT_MAX, `must be between 1 and ${GOOD_EXAMPLE_LIMIT_MAX}`)
    .default(GOOD_EXAMPLE_LIMIT_DEFAULT),
});
export type GoodExampleOverviewQuery = z.output<typeof goodExampleOverviewQuerySchema>;

export const citedMunicipalitySchema = z.object({
  municipality: municipalityRefSchema,
  /** How many good examples name it. */
  citations: z.number().int(),
  /** In how many distinct published evaluations. */
  evaluations: z.number().int(),
});

/** One sub-area (or an area, for examples tied to no sub-area) of one model version. */
export const goodExampleGroupSchema = z.object({
  model: z.object({ id: z.string(), title: z.string() }),
  area: titled,
  subarea: titled.nullable(),
  /** The most cited municipalities, at most `limit`, most cited first. */
  municipalities: z.array(citedMunicipalitySchema),
  /** How many municipalities are cited in the group in all (also those beyond the limit). */
  municipalityCount: z.number().int(),
});

export const goodExampleOverviewSchema = z.object({
  groups: z.array(goodExampleGroupSchema),
  limit: z.number().int(),
});

export type GoodExampleCitation = z.output<typeof goodExampleCitationSchema>;
export type CitedAsGoodExample = z.output<typeof citedAsGoodExampleSchema>;
export type GoodExampleGroup = z.output<typeof goodExampleGroupSchema>;
export type GoodExampleOverview = z.output<typeof goodExampleOverviewSchema>;

/** The public good-example reads: only published evaluations count, drafts never. */
export const goodExamplesOperations = {
  getCitedAsGoodExample: defineOperation({
    method: 'GET',
    path: '/municipalities/:id/cited-as-good-example',
    tags: ['good-examples'],
    summary: "Where other municipalities' published evaluations cite this municipality as a good example, with links to the passages",
    params: citedAsGoodExampleParamsSchema,
    query: citedAsGoodExampleQuerySchema,
    response: { 200: citedAsGoodExampleSchema },
  }),
  getGoodExampleOverview: defineOperation({
    method: 'GET',
    path: '/good-examples',
    tags: ['good-examples'],
    summary: 'Per model version and sub-area (or area), the municipalities most often cited as good examples in published evaluations',
    query: goodExampleOverviewQuerySchema,
    response: { 200: goodExampleOverviewSchema },
  }),
};
