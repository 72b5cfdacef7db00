/**
 * PROVISIONAL read shape of an action plan (replaced by the plan API's contract).
 */
import { z } from 'zod';
import { ACTION_EVIDENCE_KINDS, ACTION_PRIORITIES, ACTION_STATUSES, PLAN_VISIBILITIES } from '../domain/action-plan-values.js';
import { municipalityRefSchema } from './municipalities.js';

export const noteSchema = z.object({ id: z.string(), notedOn: z.string(), text: z.string(), progress: z.number().int().nullable(), authorName: z.string(), createdAt: z.string() });
export const evidenceSchema = z.object({
  id: z.string(),
  kind: z.enum(ACTION_EVIDENCE_KINDS),
  title: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  addedAt: z.string(),
});
export const actionSchema = z.object({
  id: z.string(),
  areaCode: z.string().nullable(),
  unitCode: z.string().nullable(),
  improvement: z.object({ areaCode: z.string(), index: z.number().int(), text: z.string() }).nullable(),
  title: z.string(),
  description: z.string(),
  responsible: z.string(),
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  statusReason: z.string(),
  progress: z.number().int(),
  priority: z.enum(ACTION_PRIORITIES),
  position: z.number().int(),
  version: z.number().int(),
  overdue: z.boolean(),
  notes: z.array(noteSchema),
  evidence: z.array(evidenceSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const planSummarySchema = z.object({
  improvements: z.number().int(),
  improvementsWithAction: z.number().int(),
  improvementsDone: z.number().int(),
  actions: z.number().int(),
  byStatus: z.object({ planned: z.number().int(), in_progress: z.number().int(), done: z.number().int(), dropped: z.number().int() }),
  overdue: z.number().int(),
  meanProgress: z.number().int().nullable(),
});
export const actionPlanSchema = z.object({
  evaluationId: z.string(),
  municipality: municipalityRefSchema,
  frameworkId: z.string(),
  reportDate: z.string().nullable(),
  visibility: z.enum(PLAN_VISIBILITIES),
  includeInReport: z.boolean(),
  nextFollowUp: z.string().nullable(),
  version: z.number().int(),
  canEdit: z.boolean(),
  today: z.string(),
  improvements: z.array(z.object({ areaCode: z.string(), areaTitle: z.string(), index: z.number().int(), text: z.string(), actionIds: z.array(z.string()) })),
  actions: z.array(actionSchema),
  summary: planSummarySchema,
});
export type ActionPlan = z.output<typeof actionPlanSchema>;
export type PlanAction = z.output<typeof actionSchema>;
export type PlanSummary = z.output<typeof planSummarySchema>;
