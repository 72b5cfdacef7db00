/**
 * The national statistics' contract (GET /api/statistics, public): per model version the
 * distribution of totals and areas, every municipality's latest published evaluation with a
 * rank class within its model, and trends over the years. Only published evaluations count;
 * an evaluation with unscored units is left out of every distribution, trend and rank class,
 * and the answer says how many were. Evaluations of different model versions are never
 * averaged together: the one cross-version view goes through the area map and carries its caveat.
 */
import { z } from 'zod';
import { languageSchema } from './frameworks.js';
import { defineOperation } from './operation.js';
import { countrySchema, countyIdSchema } from './municipalities.js';

/** The number of rank classes (quintiles of the chosen model's totals). */
export const RANK_CLASS_COUNT = 5;

export const statisticsQuerySchema = z.object({
  /** Whose municipalities (default se). */
  country: countrySchema.optional(),
  /** The model version of the distribution and rank classes (default: the newest with data). */
  model: z.string().regex(/^[a-z0-9-]{1,100}$/, 'must be a framework id, e.g. kommunkompassen-2020').optional(),
  /** Only this county's municipalities ("se-22"). */
  county: countyIdSchema.optional(),
  /** Only municipalities of this SKR group (as of each evaluation's year), e.g. B5. */
  group: z.string().regex(/^[A-Za-z0-9]{1,8}$/, 'must be an SKR municipality group code, e.g. B5').optional(),
  /** Only municipalities of this population class (as of each evaluation's year), e.g. upto-20000. */
  populationClass: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'must be the id of a configured population class, e.g. upto-20000')
    .optional(),
  lang: languageSchema,
});
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

/** Min, quartiles, max and mean of one figure, in points. */
const fiveNumbersSchema = z.object({
  min: z.number(),
  q1: z.number(),
  median: z.number(),
  q3: z.number(),
  max: z.number(),
  mean: z.number(),
});

/**
 * The distribution of one figure (the total, or an area) over n evaluations: `exact` in points
 * with two decimals (quartiles and mean rounded once, half-up), `shown` as the display figures
 * give them (one decimal; min and max rounded outward, the area means apportioned so they add up
 * to the shown total mean). Null figures when n = 0.
 */
const distributionFigureSchema = z.object({
  /** 'total' or the area's code. */
  code: z.string(),
  title: z.string(),
  /** Whole points. */
  max: z.number().int(),
  n: z.number().int(),
  exact: fiveNumbersSchema.nullable(),
  shown: fiveNumbersSchema.nullable(),
  /** True when a shown figure differs from the exact one (the page says so, once). */
  rounded: z.boolean(),
});

/** A score as shown beside its exact value (src/domain/display-figures.ts). */
const shownScoreSchema = z.object({
  /** Exact points (two decimals). */
  exact: z.number(),
  /** Whole points as reports show them (areas add up to the total). */
  shown: z.number().int(),
  max: z.number().int(),
  /** `shown` of `max` in whole percent. */
  percent: z.number().int(),
  rounded: z.boolean(),
});

const rankClassSchema = z.number().int().min(1).max(RANK_CLASS_COUNT);

export const statisticsModelSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Municipalities counted in this model's distribution (each one's latest complete published evaluation of it, within the filters). */
  n: z.number().int(),
  /** Published evaluations of the model within the filters (complete or not, every year). */
  evaluations: z.number().int(),
  max: z.number().int(),
  areas: z.array(z.object({ code: z.string(), title: z.string(), max: z.number().int() })),
});

export const statisticsResponseSchema = z.object({
  country: countrySchema,
  filters: z.object({
    county: z.object({ id: z.string(), name: z.string() }).nullable(),
    group: z.string().nullable(),
    populationClass: z.object({ id: z.string(), min: z.number().int(), max: z.number().int().nullable() }).nullable(),
  }),
  /** Every model version with published evaluations in the country within the filters, newest first. */
  models: z.array(statisticsModelSchema),
  /** The model of `distribution` and of the rank classes; null when nothing is published. */
  model: z.string().nullable(),
  /** The population classes of the country (choices of the filter). */
  populationClasses: z.array(z.object({ id: z.string(), min: z.number().int(), max: z.number().int().nullable() })),
  /**
   * The chosen model's distribution over each municipality's latest complete published
   * evaluation of it. `incomplete` counts the published evaluations with unscored units left
   * out (newer than the one counted, or the municipality's only ones of the model).
   */
  distribution: z
    .object({
      frameworkId: z.string(),
      n: z.number().int(),
      incomplete: z.number().int(),
      total: distributionFigureSchema,
      areas: z.array(distributionFigureSchema),
      /** True when the shown area means do not add up to the shown total mean (the page says so). */
      totalIsNotSum: z.boolean(),
      /** The rank classes: 1 = the lowest fifth of the totals, 5 = the highest; each with its n and its totals' range. */
      classes: z.array(
        z.object({
          rankClass: rankClassSchema,
          n: z.number().int(),
          /** Exact points; null when the class is empty. */
          min: z.number().nullable(),
          max: z.number().nullable(),
          /** Outward to one decimal, as ranges are shown. */
          shownMin: z.number().nullable(),
          shownMax: z.number().nullable(),
        }),
      ),
    })
    .nullable(),
  /**
   * One row per municipality (within the filters) with a published evaluation: its latest, of
   * any model. Rows of other models than the chosen one have no rank class: classes compare
   * totals within one model only.
   */
  latest: z.array(
    z.object({
      municipality: z.object({
        id: z.string(),
        name: z.string(),
        shortName: z.string(),
        countyId: z.string(),
        countyName: z.string(),
        /** The SKR group as of the evaluation's year (null when unknown). */
        group: z.string().nullable(),
        /** The population as of the evaluation's year (null when unknown). */
        population: z.number().int().nullable(),
      }),
      evaluationId: z.string(),
      year: z.number().int().nullable(),
      frameworkId: z.string(),
      /** False when a scoring unit has no score: its total is no complete result (it has no rank class). */
      complete: z.boolean(),
      total: shownScoreSchema,
      areas: z.array(shownScoreSchema.extend({ code: z.string(), complete: z.boolean() })),
      /** Quintile of the total among the chosen model's distribution; null for other models and incomplete evaluations. */
      rankClass: rankClassSchema.nullable(),
    }),
  ),
  trends: z.object({
    /**
     * Per model version and year (fieldwork start, else report date): every published complete
     * evaluation of that year (not only the latest), n, mean and median of the total and of each
     * area; `incomplete` counts those left out. Undated evaluations are counted in `undated`.
     */
    byModel: z.array(
      z.object({
        frameworkId: z.string(),
        undated: z.number().int(),
        years: z.array(
          z.object({
            year: z.number().int(),
            n: z.number().int(),
            incomplete: z.number().int(),
            total: z.object({ mean: z.number(), median: z.number(), shownMean: z.number(), shownMedian: z.number() }),
            areas: z.array(z.object({ code: z.string(), mean: z.number(), median: z.number(), shownMean: z.number(), shownMedian: z.number() })),
          }),
        ),
      }),
    ),
    /**
     * The newest model's areas over the years through the area map: per area, per year and per
     * model version of the evaluations (never averaged across versions), n and the mean percent
     * of the linked areas' maximum — percent, since maxima may differ between versions. Carries
     * the caveat; null when no model maps onto the newest one.
     */
    crossVersion: z
      .object({
        frameworkId: z.string(),
        caveat: z.string(),
        note: z.string(),
        areas: z.array(
          z.object({
            code: z.string(),
            title: z.string(),
            points: z.array(
              z.object({
                year: z.number().int(),
                frameworkId: z.string(),
                /** The evaluated model's area codes linked to this area. */
                from: z.array(z.string()),
                n: z.number().int(),
                /** Percent of the linked areas' max, two decimals. */
                meanPercent: z.number(),
                /** One decimal. */
                shownPercent: z.number(),
              }),
            ),
          }),
        ),
      })
      .nullable(),
  }),
  /** The area map's caveat in `lang` whenever cross-version figures are in the answer; else null. */
  caveat: z.string().nullable(),
});
export type StatisticsResponse = z.infer<typeof statisticsResponseSchema>;

/** The statistics API's operations. */
export const statisticsOperations = {
  getStatistics: defineOperation({
    method: 'GET',
    path: '/statistics',
    tags: ['statistics'],
    summary: 'National statistics of published evaluations: distributions per model version, every municipality\'s latest evaluation, trends',
    description:
      'Public. Counts published evaluations of one country only (country, default se); county, group (SKR) and populationClass filter ' +
      'everything. The distribution and the rank classes are of one model version (model, default the newest with data); evaluations ' +
      'with unscored units are left out and counted. Figures of different model versions are never averaged together; the cross-version ' +
      'trend goes through the area map, in percent of max, with the caveat.',
    query: statisticsQuerySchema,
    response: { 200: statisticsResponseSchema },
  }),
};
