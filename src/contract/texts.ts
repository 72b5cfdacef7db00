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
import { municipalityCodeSchema } from './municipalities.js';

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
  /** Another municipality (not the evaluated one), or null. */
  municipalityCode: municipalityCodeSchema.nullable(),
  text: markdown(GOOD_EXAMPLE_TEXT_MAX).refine((text) => text.trim().length > 0, 'must not be empty'),
};

export const createGoodExampleSchema = z.object({
  areaCode: goodExampleFields.areaCode.default(null),
  municipalityCode: goodExampleFields.municipalityCode.default(null),
  text: goodExampleFields.text,
});
export const updateGoodExampleSchema = z.object({ version: rowVersion, ...goodExampleFields });
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
});

export const subareaTextSchema = z.object({
  unitCode: z.string(),
  title: z.string(),
  analysis: z.string(),
  version: z.number().int(),
});

export const summarySchema = z.object({ text: z.string(), version: z.number().int() });

export const goodExampleSchema = z.object({
  id: z.number().int(),
  areaCode: z.string().nullable(),
  municipality: z.object({ code: z.string(), name: z.string() }).nullable(),
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
