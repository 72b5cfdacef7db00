/**
 * The action plan's exports: the plan as an Excel workbook (sheets of actions, improvement
 * opportunities and notes) or a Word document (summary, a table per area, notes), in the asked
 * language. Read like the plan itself: a plan the reader may not read answers 404.
 */
import { z } from 'zod';
import { evaluationIdParamsSchema } from './evaluations.js';
import { defineOperation, type FileResponse } from './operation.js';

export const ACTION_PLAN_EXPORT_FORMATS = ['xlsx', 'docx'] as const;
export type ActionPlanExportFormat = (typeof ACTION_PLAN_EXPORT_FORMATS)[number];

/** The media type of each export format. */
export const ACTION_PLAN_EXPORT_MEDIA_TYPES: Record<ActionPlanExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const actionPlanExportQuerySchema = z.object({
  format: z.enum(ACTION_PLAN_EXPORT_FORMATS, `must be one of ${ACTION_PLAN_EXPORT_FORMATS.join(', ')}`),
  /** The language of the headings, words, dates and numbers (the municipality's own texts stay as written). */
  language: z.enum(['sv', 'en', 'nb'], 'must be one of sv, en, nb').default('sv'),
});
export type ActionPlanExportQuery = z.input<typeof actionPlanExportQuerySchema>;

const exportFile: FileResponse = {
  description: 'The plan as an attachment: an Excel workbook (xlsx) or a Word document (docx)',
  content: Object.fromEntries(Object.values(ACTION_PLAN_EXPORT_MEDIA_TYPES).map((mediaType) => [mediaType, { schema: z.string().meta({ format: 'binary' }) }])),
};

/** The action plan exports' operations. */
export const actionPlanExportOperations = {
  exportActionPlan: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/action-plan/export',
    tags: ['action-plans'],
    summary: 'The action plan as an Excel workbook or a Word document in the asked language (404 when there is none or it is not shared with the reader)',
    params: evaluationIdParamsSchema,
    query: actionPlanExportQuerySchema,
    response: { 200: exportFile },
  }),
};
