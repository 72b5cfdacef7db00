import { z } from 'zod';
import { defineOperation } from './operation.js';

export const languageSchema = z.enum(['sv', 'en', 'nb']).default('sv');
export const languageQuerySchema = z.object({ lang: languageSchema });

export const frameworkSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  revision: z.string(),
  usedFrom: z.number().int(),
  usedTo: z.number().int().nullable(),
  current: z.boolean(),
  max: z.number().int(),
  areaCount: z.number().int(),
  /** "subarea" when points are given per sub-area, "area" when only per area (2010). */
  scoredBy: z.enum(['subarea', 'area']),
});

/** A criterion in the asked language. */
export const criterionViewSchema = z.object({
  code: z.string(),
  text: z.string(),
  guidance: z.string().nullable(),
  typicalEvidence: z.string().nullable(),
  weight: z.number().int(),
  scale: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('met') }),
    z.object({ kind: z.literal('levels'), levels: z.array(z.object({ code: z.string(), label: z.string(), points: z.number().int() })) }),
  ]),
});
export type CriterionView = z.infer<typeof criterionViewSchema>;

const subareaSchema = z.object({
  code: z.string(),
  title: z.string(),
  max: z.number().int().nullable(),
  aliases: z.array(z.string()),
  /** Empty when the sub-area is scored as a whole. */
  criteria: z.array(criterionViewSchema),
});

const areaSchema = z.object({
  code: z.string(),
  title: z.string(),
  max: z.number().int(),
  aliases: z.array(z.string()),
  scoredBy: z.enum(['subarea', 'area']),
  subareas: z.array(subareaSchema),
});

export const frameworkDetailSchema = frameworkSummarySchema.extend({
  note: z.string().nullable(),
  scoreStep: z.string(),
  basedOn: z.string().nullable(),
  criteriaRule: z.enum(['weighted-share']),
  /** Its criteria are an example written by the Kompass team, not the programme's own. */
  example: z.boolean(),
  areas: z.array(areaSchema),
  areaMaps: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      areas: z.record(z.string(), z.string()),
      /** Sub-area to sub-area, where the author gave them. */
      subareas: z.record(z.string(), z.string()),
      caveat: z.string(),
    }),
  ),
});

export type FrameworkSummary = z.infer<typeof frameworkSummarySchema>;
export type FrameworkDetail = z.infer<typeof frameworkDetailSchema>;

/** The frameworks API's operations. */
export const frameworksOperations = {
  listFrameworks: defineOperation({
    method: 'GET',
    path: '/frameworks',
    tags: ['frameworks'],
    summary: 'The Kommunkompassen model versions',
    query: languageQuerySchema,
    response: { 200: z.object({ items: z.array(frameworkSummarySchema) }) },
  }),
  getFramework: defineOperation({
    method: 'GET',
    path: '/frameworks/:id',
    tags: ['frameworks'],
    summary: 'One model version with its areas, sub-areas and maps to other versions',
    params: z.object({ id: z.string().max(100) }),
    query: languageQuerySchema,
    response: { 200: frameworkDetailSchema },
  }),
};

export type FrameworkList = z.output<typeof frameworksOperations.listFrameworks.response[200]>;
