import { z } from 'zod';
import {
  ANALYSIS_MAX,
  GOOD_EXAMPLE_TEXT_MAX,
  isStorableText,
  LIST_ITEM_MAX,
  LIST_ITEMS_MAX,
  SUMMARY_MAX,
  TEXT_LAYOUTS,
} from '../domain/evaluation-texts.js';
import { evaluationIdParamsSchema } from './evaluations.js';
import { languageQuerySchema } from './frameworks.js';
import { municipalityIdSchema, municipalityRefSchema } from './municipalities.js';
import { defineOperation } from './operation.js';

/** Markdown of at most `max` characters. */
const markdown = (max: number) =>
  z.string().max(max, `must be at most ${max} characters`).refine(isStorableText, 'must not contain the NUL character');

/** The version last read; 0 means "I believe this text does not exist yet". */
const textVersion = z.number().int().min(0, 'must be 0 (not written yet) or the version last read');
/** The version last read of a record that exists (a good example, the summary comments). */
const rowVersion = z.number().int().min(1, 'must be the version last read (1 or more)');

const listSchema = z.array(markdown(LIST_ITEM_MAX)).max(LIST_ITEMS_MAX, `at most ${LIST_ITEMS_MAX} items`);

export const areaTextParamsSchema = evaluationIdParamsSchema.extend({ areaCode: z.string().min(1).max(16) });
export const subareaTextParamsSchema = evaluationIdParamsSchema.extend({ unitCode: z.string().min(1).max(16) });
export const goodExampleParamsSchema = evaluationIdParamsSchema.extend({
  exampleId: z.coerce
    .number()
    .int('must be a good example id (a whole number)')
    .min(1, 'must be a good example id (a whole number)')
    .max(Number.MAX_SAFE_INTEGER, 'must be a good example id (a whole number)'),
});

export const updateAreaTextSchema = z.object({
  version: textVersion,
  layout: z.enum(TEXT_LAYOUTS),
  analysis: markdown(ANALYSIS_MAX),
  strengths: listSchema,
  improvements: listSchema,
});
export type UpdateAreaTextInput = z.infer<typeof updateAreaTextSchema>;

export const updateSubareaTextSchema = z.object({ version: textVersion, analysis: markdown(ANALYSIS_MAX) });
export type UpdateSubareaTextInput = z.infer<typeof updateSubareaTextSchema>;

export const updateSummarySchema = z.object({ version: rowVersion, text: markdown(SUMMARY_MAX) });
export type UpdateSummaryInput = z.infer<typeof updateSummarySchema>;

const goodExampleFields = {
  /** The area it belongs to, or null for the evaluation as a whole. */
  areaCode: z.string().min(1).max(8).nullable(),
  /** A sub-area of that area (the framework's code, e.g. "6.4"), or null for the area as a whole. */
  unitCode: z.string().min(1).max(16).nullable(),
  /** The other municipality it points to (never the evaluated one). */
  municipalityId: municipalityIdSchema,
  text: markdown(GOOD_EXAMPLE_TEXT_MAX).refine((text) => text.trim().length > 0, 'must not be empty'),
};

/** A new good example always names the municipality it points to. */
export const createGoodExampleSchema = z.object({
  areaCode: goodExampleFields.areaCode.default(null),
  unitCode: goodExampleFields.unitCode.default(null),
  municipalityId: goodExampleFields.municipalityId,
  text: goodExampleFields.text,
});
/**
 * A change; `municipalityId` may stay null only on an older example that never had one
 * (the server refuses to remove a municipality once named).
 */
export const updateGoodExampleSchema = z.object({
  version: rowVersion,
  areaCode: goodExampleFields.areaCode,
  unitCode: goodExampleFields.unitCode.default(null),
  municipalityId: goodExampleFields.municipalityId.nullable(),
  text: goodExampleFields.text,
});
export type GoodExampleInput = z.infer<typeof createGoodExampleSchema>;
export type UpdateGoodExampleInput = z.infer<typeof updateGoodExampleSchema>;

export const deleteGoodExampleQuerySchema = z.object({ version: z.coerce.number().int().min(1, 'must be the version last read (1 or more)') });

export const areaTextSchema = z.object({
  areaCode: z.string(),
  /** The area's title in Swedish. */
  title: z.string(),
  layout: z.enum(TEXT_LAYOUTS),
  analysis: z.string(),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  /** 0 while nothing is written. */
  version: z.number().int(),
  /** Taken over from the baseline evaluation and not edited since. */
  takenOver: z.boolean(),
});

export const subareaTextSchema = z.object({
  unitCode: z.string(),
  title: z.string(),
  analysis: z.string(),
  version: z.number().int(),
  /** Taken over from the baseline evaluation and not edited since. */
  takenOver: z.boolean(),
});

export const summarySchema = z.object({ text: z.string(), version: z.number().int() });

export const goodExampleSchema = z.object({
  id: z.number().int(),
  areaCode: z.string().nullable(),
  unitCode: z.string().nullable(),
  municipality: municipalityRefSchema.nullable(),
  text: z.string(),
  version: z.number().int(),
});

export const evaluationTextsSchema = z.object({
  summary: summarySchema,
  areas: z.array(areaTextSchema.extend({ subareas: z.array(subareaTextSchema) })),
  goodExamples: z.array(goodExampleSchema),
});

export type AreaText = z.infer<typeof areaTextSchema>;
export type SubareaText = z.infer<typeof subareaTextSchema>;
export type SummaryText = z.infer<typeof summarySchema>;
export type GoodExample = z.infer<typeof goodExampleSchema>;
export type EvaluationTextsView = z.infer<typeof evaluationTextsSchema>;

/** The texts API's operations. */
export const textsOperations = {
  createGoodExample: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/good-examples',
    tags: ['texts'],
    summary: 'Add a good example: the other municipality it points to, optionally its area and sub-area, and what to learn there',
    params: evaluationIdParamsSchema,
    body: createGoodExampleSchema,
    response: { 201: goodExampleSchema },
  }),
  updateGoodExample: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/good-examples/:exampleId',
    tags: ['texts'],
    summary: 'Change a good example; needs its version last read (409 when stale)',
    params: goodExampleParamsSchema,
    body: updateGoodExampleSchema,
    response: { 200: goodExampleSchema },
  }),
  deleteGoodExample: defineOperation({
    method: 'DELETE',
    path: '/evaluations/:id/good-examples/:exampleId',
    tags: ['texts'],
    summary: 'Remove a good example; needs its version last read as ?version= (409 when stale)',
    params: goodExampleParamsSchema,
    query: deleteGoodExampleQuerySchema,
    response: { 204: z.null() },
  }),
  getTexts: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/texts',
    tags: ['texts'],
    summary: 'Every text of the evaluation, in framework order (empty, version 0, where nothing is written yet), titles in the asked language',
    params: evaluationIdParamsSchema,
    query: languageQuerySchema,
    response: { 200: evaluationTextsSchema },
  }),
  saveAreaText: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/areas/:areaCode/text',
    tags: ['texts'],
    summary: "Write an area's analysis, strengths and improvements; needs the version last read (0: new; 409 when stale)",
    params: areaTextParamsSchema,
    body: updateAreaTextSchema,
    response: { 200: areaTextSchema },
  }),
  saveSubareaText: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/subareas/:unitCode/text',
    tags: ['texts'],
    summary: "Write a sub-area's analysis; needs the version last read (0: new; 409 when stale)",
    params: subareaTextParamsSchema,
    body: updateSubareaTextSchema,
    response: { 200: subareaTextSchema },
  }),
  saveSummary: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/summary',
    tags: ['texts'],
    summary: 'Write the summary comments; needs their version last read (409 when stale)',
    params: evaluationIdParamsSchema,
    body: updateSummarySchema,
    response: { 200: summarySchema },
  }),
};

/** What of an area's text the user edits (the title and version are not part of it). */
export type AreaTextForm = Omit<z.input<typeof updateAreaTextSchema>, 'version'>;
/** A good example as sent: the area (or null for the whole evaluation), its sub-area (or null), another municipality and what to learn there. */
export type GoodExampleFields = Omit<z.input<typeof updateGoodExampleSchema>, 'version'>;
/** A new good example as sent: it always names its municipality. */
export type NewGoodExampleFields = z.input<typeof createGoodExampleSchema>;
