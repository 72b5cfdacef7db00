import { z } from 'zod';
import { COUNTRIES, COUNTY_ID_PATTERN, MUNICIPALITY_ID_PATTERN } from '../domain/municipality.js';
import { defineOperation } from './operation.js';

/** Enough for every country's municipalities in one page (Sweden 290 + Norway 357). */
export const MUNICIPALITY_SEARCH_LIMIT_MAX = 1000;

/** A municipality's id: country and the country's code ("se-2284", "no-0301"; src/domain/municipality.ts). */
export const municipalityIdSchema = z
  .string()
  .regex(MUNICIPALITY_ID_PATTERN, 'must be a municipality id such as "se-2284" (Sweden) or "no-0301" (Norway)');

/** A county's id: "se-22" (län), "no-46" (fylke). */
export const countyIdSchema = z.string().regex(COUNTY_ID_PATTERN, 'must be a county id such as "se-22" or "no-46"');

export const countrySchema = z.enum(COUNTRIES);

/** A municipality as other records name it: id, country, the country's code and the name. */
export const municipalityRefSchema = z.object({ id: municipalityIdSchema, country: countrySchema, code: z.string(), name: z.string() });

export const municipalitySearchQuerySchema = z.object({
  q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
  country: countrySchema.optional(),
  county: countyIdSchema.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1, `must be between 1 and ${MUNICIPALITY_SEARCH_LIMIT_MAX}`)
    .max(MUNICIPALITY_SEARCH_LIMIT_MAX, `must be between 1 and ${MUNICIPALITY_SEARCH_LIMIT_MAX}`)
    .default(50),
  offset: z.coerce.number().int().min(0, 'must be 0 or more').default(0),
});
export type MunicipalitySearchQuery = z.infer<typeof municipalitySearchQuerySchema>;

const yearValue = <T extends z.ZodTypeAny>(value: T) => z.object({ year: z.number().int(), value, source: z.string().nullable() });

export const municipalitySummarySchema = z.object({
  id: municipalityIdSchema,
  country: countrySchema,
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  county: z.object({ id: z.string(), country: countrySchema, code: z.string(), name: z.string() }),
  population: yearValue(z.number().int()).nullable(),
  group: yearValue(z.string()).nullable(),
  evaluationCount: z.number().int(),
});

export const municipalityListSchema = z.object({
  items: z.array(municipalitySummarySchema),
  total: z.number().int(),
});

export const municipalityDetailSchema = municipalitySummarySchema.extend({
  populations: z.array(yearValue(z.number().int())),
  groups: z.array(yearValue(z.string())),
});

export type MunicipalitySummary = z.infer<typeof municipalitySummarySchema>;
export type MunicipalityDetail = z.infer<typeof municipalityDetailSchema>;

/** The municipalities API's operations. */
export const municipalitiesOperations = {
  searchMunicipalities: defineOperation({
    method: 'GET',
    path: '/municipalities',
    tags: ['municipalities'],
    summary: 'List or search municipalities (Sweden and Norway) by name, code or id',
    query: municipalitySearchQuerySchema,
    response: { 200: municipalityListSchema },
  }),
  getMunicipality: defineOperation({
    method: 'GET',
    path: '/municipalities/:id',
    tags: ['municipalities'],
    summary: 'One municipality ("se-2029", "no-0301") with its population and SKR group history',
    params: z.object({ id: municipalityIdSchema }),
    response: { 200: municipalityDetailSchema },
  }),
};

export type MunicipalityList = z.output<typeof municipalityListSchema>;
