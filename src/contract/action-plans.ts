/**
 * The municipality's action plan of a published evaluation: its actions (many answering the
 * report's improvement opportunities), their dated progress notes and their evidence (files and
 * links). The municipality's users and administrators edit it; who else reads it is the plan's
 * visibility. Its rules live in src/domain/action-plan.ts.
 */
import { z } from 'zod';
import {
  ACTION_DESCRIPTION_MAX,
  ACTION_NOTE_MAX,
  ACTION_RESPONSIBLE_MAX,
  ACTION_STATUS_REASON_MAX,
  ACTION_TITLE_MAX,
} from '../domain/action-plan.js';
import {
  ACTION_EVIDENCE_KINDS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  PLAN_VISIBILITIES,
  PROGRESS_MAX,
  PROGRESS_MIN,
} from '../domain/action-plan-values.js';
import { isStorableText } from '../domain/evaluation-texts.js';
import { EVIDENCE_TITLE_MAX, EVIDENCE_URL_MAX, MAX_EVIDENCE_FILE_BYTES } from '../domain/evidence.js';
import { isoDateSchema, monthOrDateSchema } from './dates.js';
import { evaluationIdParamsSchema } from './evaluations.js';
import { uploadQuerySchema } from './evidence.js';
import { municipalityRefSchema } from './municipalities.js';
import { defineOperation, type FileResponse } from './operation.js';

/** Markdown of at most `max` characters. */
const markdown = (max: number) =>
  z.string().max(max, `must be at most ${max} characters`).refine(isStorableText, 'must not contain the NUL character');

const line = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).refine(isStorableText, 'must not contain the NUL character');

const rowVersion = z.number().int().min(1, 'must be the version last read (1 or more)');
const progressSchema = z
  .number()
  .int('must be a whole percent')
  .min(PROGRESS_MIN, `must be between ${PROGRESS_MIN} and ${PROGRESS_MAX}`)
  .max(PROGRESS_MAX, `must be between ${PROGRESS_MIN} and ${PROGRESS_MAX}`);
const areaCodeSchema = z.string().trim().min(1, 'must not be empty').max(8, 'must be at most 8 characters');
const unitCodeSchema = z.string().trim().min(1, 'must not be empty').max(16, 'must be at most 16 characters');

const urlSchema = z
  .string()
  .trim()
  .max(EVIDENCE_URL_MAX, `must be at most ${EVIDENCE_URL_MAX} characters`)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }));

export const actionPlanParamsSchema = evaluationIdParamsSchema;
export const actionParamsSchema = evaluationIdParamsSchema.extend({ actionId: z.uuid('must be an action id (a UUID)') });
export const actionNoteParamsSchema = actionParamsSchema.extend({ noteId: z.uuid('must be a note id (a UUID)') });
export const planEvidenceParamsSchema = evaluationIdParamsSchema.extend({ evidenceId: z.uuid('must be an evidence id (a UUID)') });

export const createActionPlanSchema = z.object({
  /** Start with one proposed action per improvement opportunity of the report. */
  fromImprovements: z.boolean(),
});
export type CreateActionPlanInput = z.infer<typeof createActionPlanSchema>;

export const updateActionPlanSchema = z.object({
  version: rowVersion,
  visibility: z.enum(PLAN_VISIBILITIES, `must be one of ${PLAN_VISIBILITIES.join(', ')}`),
  includeInReport: z.boolean(),
  /** When the municipality plans its follow-up: a month or a date. */
  nextFollowUp: monthOrDateSchema.nullable(),
});
export type UpdateActionPlanInput = z.infer<typeof updateActionPlanSchema>;

/** The improvement opportunity an action answers: its area and its place (from 0) in that area's list. */
const improvementRefSchema = z.object({
  areaCode: areaCodeSchema,
  index: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(1000, 'must be at most 1000'),
});

const actionFields = {
  title: line(ACTION_TITLE_MAX).pipe(z.string().min(1, 'must not be empty')),
  description: markdown(ACTION_DESCRIPTION_MAX).default(''),
  /** The responsible person or unit. */
  responsible: line(ACTION_RESPONSIBLE_MAX).default(''),
  startDate: isoDateSchema.nullable().default(null),
  dueDate: isoDateSchema.nullable().default(null),
  status: z.enum(ACTION_STATUSES, `must be one of ${ACTION_STATUSES.join(', ')}`).default('planned'),
  /** Why it was dropped: required (not blank) when the status is dropped. */
  statusReason: line(ACTION_STATUS_REASON_MAX).default(''),
  /** A whole percent; the server sets 100 when the status is done. */
  progress: progressSchema.default(0),
  priority: z.enum(ACTION_PRIORITIES, `must be one of ${ACTION_PRIORITIES.join(', ')}`).default('medium'),
  /** The area it belongs to (null: the plan as a whole); the improvement's area when it answers one. */
  areaCode: areaCodeSchema.nullable().default(null),
  /** A sub-area of that area, or null. */
  unitCode: unitCodeSchema.nullable().default(null),
  improvement: improvementRefSchema.nullable().default(null),
};

interface ActionRuleFields {
  startDate: string | null;
  dueDate: string | null;
  status: string;
  statusReason: string;
  areaCode: string | null;
  unitCode: string | null;
  improvement: { areaCode: string } | null;
}

/** The rules between an action's fields, reported on the field at fault. */
function checkActionFields(input: ActionRuleFields, context: z.core.$RefinementCtx<ActionRuleFields>): void {
  if (input.startDate !== null && input.dueDate !== null && input.dueDate < input.startDate) {
    context.addIssue({ code: 'custom', path: ['dueDate'], message: 'must not be before the start date' });
  }
  if (input.status === 'dropped' && input.statusReason.length === 0) {
    context.addIssue({ code: 'custom', path: ['statusReason'], message: 'must give the reason when the action is dropped' });
  }
  if (input.unitCode !== null && input.areaCode === null) {
    context.addIssue({ code: 'custom', path: ['areaCode'], message: 'must name the area of the sub-area' });
  }
  if (input.improvement !== null && input.improvement.areaCode !== input.areaCode) {
    context.addIssue({ code: 'custom', path: ['areaCode'], message: 'must be the area of the improvement opportunity it answers' });
  }
}

export const createActionSchema = z.object(actionFields).superRefine(checkActionFields);
export type CreateActionInput = z.infer<typeof createActionSchema>;
/** Replaces an action's fields; `version` is the version last read. */
export const updateActionSchema = z.object({ version: rowVersion, ...actionFields }).superRefine(checkActionFields);
export type UpdateActionInput = z.infer<typeof updateActionSchema>;
/** An action's fields as sent (defaults not yet applied). */
export type ActionInput = z.input<typeof createActionSchema>;

export const deleteActionQuerySchema = z.object({ version: z.coerce.number().int().min(1, 'must be the version last read (1 or more)') });

export const createNoteSchema = z.object({
  notedOn: isoDateSchema,
  text: markdown(ACTION_NOTE_MAX).refine((text) => text.trim().length > 0, 'must not be empty'),
  /** The action's progress as of the note; when given, it becomes the action's progress. */
  progress: progressSchema.nullable(),
});
export type CreateNoteInput = z.infer<typeof createNoteSchema>;

export const createLinkSchema = z.object({
  title: line(EVIDENCE_TITLE_MAX).pipe(z.string().min(1, 'must not be empty')),
  url: urlSchema,
});
export type CreateLinkInput = z.infer<typeof createLinkSchema>;

/** ?filename= names the uploaded file, as for the workspace's evidence files. */
export const actionFileQuerySchema = uploadQuerySchema;

export const actionNoteSchema = z.object({
  id: z.string(),
  notedOn: z.string(),
  /** Markdown. */
  text: z.string(),
  progress: z.number().int().nullable(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type ActionNote = z.infer<typeof actionNoteSchema>;

export const actionEvidenceSchema = z.object({
  id: z.string(),
  kind: z.enum(ACTION_EVIDENCE_KINDS),
  /** A link's title; a file's name. */
  title: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  addedAt: z.string(),
});
export type ActionEvidence = z.infer<typeof actionEvidenceSchema>;

export const actionSchema = z.object({
  id: z.string(),
  areaCode: z.string().nullable(),
  unitCode: z.string().nullable(),
  /** The improvement opportunity it answers, with the text it had in the report. */
  improvement: z.object({ areaCode: z.string(), index: z.number().int(), text: z.string() }).nullable(),
  title: z.string(),
  /** Markdown. */
  description: z.string(),
  responsible: z.string(),
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  statusReason: z.string(),
  progress: z.number().int(),
  priority: z.enum(ACTION_PRIORITIES),
  /** Its place in the plan (the order actions were added). */
  position: z.number().int(),
  version: z.number().int(),
  /** Due before the plan's `today` and neither done nor dropped. */
  overdue: z.boolean(),
  /** Newest first (by the date noted, then by when written). */
  notes: z.array(actionNoteSchema),
  /** In the order added. */
  evidence: z.array(actionEvidenceSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Action = z.infer<typeof actionSchema>;

export const planSummarySchema = z.object({
  improvements: z.number().int(),
  improvementsWithAction: z.number().int(),
  /** Improvement opportunities whose every action is done or dropped, with at least one done. */
  improvementsDone: z.number().int(),
  actions: z.number().int(),
  byStatus: z.object({ planned: z.number().int(), in_progress: z.number().int(), done: z.number().int(), dropped: z.number().int() }),
  overdue: z.number().int(),
  /** Mean progress of the actions not dropped, a whole percent. */
  meanProgress: z.number().int(),
});
export type PlanSummaryView = z.infer<typeof planSummarySchema>;

export const planImprovementSchema = z.object({
  areaCode: z.string(),
  /** The area's title in the language the report is written in (Swedish; bokmål in Norway). */
  areaTitle: z.string(),
  index: z.number().int(),
  text: z.string(),
  /** The actions answering it, in plan order. */
  actionIds: z.array(z.string()),
});
export type PlanImprovement = z.infer<typeof planImprovementSchema>;

export const actionPlanSchema = z.object({
  evaluationId: z.string(),
  municipality: municipalityRefSchema,
  frameworkId: z.string(),
  /** The published report's date. */
  reportDate: z.string().nullable(),
  visibility: z.enum(PLAN_VISIBILITIES),
  includeInReport: z.boolean(),
  nextFollowUp: z.string().nullable(),
  version: z.number().int(),
  /** Whether the reader may change it. */
  canEdit: z.boolean(),
  /** The server's date (ISO) that `overdue` is reckoned from. */
  today: z.string(),
  /** Every improvement opportunity of the report, area by area in framework order. */
  improvements: z.array(planImprovementSchema),
  /** In plan order. */
  actions: z.array(actionSchema),
  summary: planSummarySchema,
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

const evidenceFile: FileResponse = {
  description: 'The file as uploaded (always as an attachment)',
  content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
};

/** The action plan API's operations. */
export const actionPlansOperations = {
  getActionPlan: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/action-plan',
    tags: ['action-plans'],
    summary: "The published evaluation's action plan with its actions, notes, evidence and summary (404 when there is none or it is not shared with the reader)",
    params: actionPlanParamsSchema,
    response: { 200: actionPlanSchema },
  }),
  createActionPlan: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/action-plan',
    tags: ['action-plans'],
    summary: 'Start the action plan of a published evaluation, optionally with one proposed action per improvement opportunity (409 when it exists)',
    params: actionPlanParamsSchema,
    body: createActionPlanSchema,
    response: { 201: actionPlanSchema },
  }),
  updateActionPlan: defineOperation({
    method: 'PATCH',
    path: '/evaluations/:id/action-plan',
    tags: ['action-plans'],
    summary: "Change the plan's visibility, whether the report carries it, and the next follow-up; needs its version last read (409 when stale)",
    params: actionPlanParamsSchema,
    body: updateActionPlanSchema,
    response: { 200: actionPlanSchema },
  }),
  createAction: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/action-plan/actions',
    tags: ['action-plans'],
    summary: 'Add an action to the plan',
    params: actionPlanParamsSchema,
    body: createActionSchema,
    response: { 201: actionSchema },
  }),
  updateAction: defineOperation({
    method: 'PUT',
    path: '/evaluations/:id/action-plan/actions/:actionId',
    tags: ['action-plans'],
    summary: 'Replace an action; needs its version last read (409 with the current action when stale)',
    params: actionParamsSchema,
    body: updateActionSchema,
    response: { 200: actionSchema },
  }),
  deleteAction: defineOperation({
    method: 'DELETE',
    path: '/evaluations/:id/action-plan/actions/:actionId',
    tags: ['action-plans'],
    summary: 'Remove an action with its notes and evidence at the version last read (?version=N; 409 with the current action when stale)',
    params: actionParamsSchema,
    query: deleteActionQuerySchema,
    response: { 204: z.null() },
  }),
  createActionNote: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/action-plan/actions/:actionId/notes',
    tags: ['action-plans'],
    summary: "Add a dated progress note; a note that states a progress sets the action's progress",
    params: actionParamsSchema,
    body: createNoteSchema,
    response: { 201: actionSchema },
  }),
  deleteActionNote: defineOperation({
    method: 'DELETE',
    path: '/evaluations/:id/action-plan/actions/:actionId/notes/:noteId',
    tags: ['action-plans'],
    summary: 'Remove a progress note',
    params: actionNoteParamsSchema,
    response: { 204: z.null() },
  }),
  createActionLink: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/action-plan/actions/:actionId/links',
    tags: ['action-plans'],
    summary: 'Attach a link (http or https) as evidence of an action',
    params: actionParamsSchema,
    body: createLinkSchema,
    response: { 201: actionSchema },
  }),
  uploadActionFile: defineOperation({
    method: 'POST',
    path: '/evaluations/:id/action-plan/actions/:actionId/files',
    tags: ['action-plans'],
    summary: `Attach a file (up to ${(MAX_EVIDENCE_FILE_BYTES / (1024 * 1024)).toFixed(1)} MB, the evidence files' kinds) as evidence of an action; the raw request body, ?filename= names it`,
    params: actionParamsSchema,
    query: actionFileQuerySchema,
    response: { 201: actionSchema },
  }),
  downloadActionFile: defineOperation({
    method: 'GET',
    path: '/evaluations/:id/action-plan/evidence/:evidenceId/file',
    tags: ['action-plans'],
    summary: "Download a file attached to an action (always as an attachment; read like the plan)",
    params: planEvidenceParamsSchema,
    response: { 200: evidenceFile },
  }),
  deleteActionEvidence: defineOperation({
    method: 'DELETE',
    path: '/evaluations/:id/action-plan/evidence/:evidenceId',
    tags: ['action-plans'],
    summary: 'Remove a file or link from an action',
    params: planEvidenceParamsSchema,
    response: { 204: z.null() },
  }),
};
