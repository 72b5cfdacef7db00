import { z } from 'zod';
import { defineOperation } from './operation.js';

export const MUNICIPALITY_SEARCH_LIMIT_MAX = 300;

export const municipalityCodeSchema = z
  .string()
  .regex(/^\d{4}$/, 'must be a four-digit SCB municipality code such as "2284"');

export const municipalitySearchQuerySchema = z.object({
  q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
  county: z.string().regex(/^\d{2}$/, 'must be a two-digit county code such as "22"').optional(),
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
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  county: z.object({ code: z.string(), name: z.string() }),
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
    summary: 'List or search municipalities by name or SCB code',
    query: municipalitySearchQuerySchema,
    response: { 200: municipalityListSchema },
  }),
  getMunicipality: defineOperation({
    method: 'GET',
    path: '/municipalities/:code',
    tags: ['municipalities'],
    summary: 'One municipality with its population and SKR group history',
    params: z.object({ code: municipalityCodeSchema }),
    response: { 200: municipalityDetailSchema },
  }),
};

export type MunicipalityList = z.output<typeof municipalityListSchema>;
