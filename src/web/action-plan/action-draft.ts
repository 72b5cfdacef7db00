/**
 * An action as its form holds it (every field as typed), what the form checks before sending (a
 * whole percent, then the API's request schema: the title, the dates, the reason of a dropped
 * action) and where the server's validation details belong.
 */
import { z } from 'zod';
import { createActionSchema, type Action, type ActionInput } from '../../contract/action-plans.js';
import { ACTION_PRIORITIES, ACTION_STATUSES, type ActionPriority, type ActionStatus } from '../../domain/action-plan-values.js';

export interface ActionDraft {
  title: string;
  description: string;
  responsible: string;
  /** YYYY-MM-DD or ''. */
  startDate: string;
  dueDate: string;
  status: ActionStatus;
  statusReason: string;
  /** A whole percent as typed. */
  progress: string;
  priority: ActionPriority;
  /** An area code, or '' for the plan as a whole. */
  areaCode: string;
  /** A sub-area code, or ''. */
  unitCode: string;
  /** The improvement opportunity it answers (not changed in the form). */
  improvement: { areaCode: string; index: number } | null;
}

export type ActionField = Exclude<keyof ActionDraft, 'improvement'>;

/** Fields in the order of the form (the first with a problem takes focus). */
export const ACTION_FIELD_ORDER: readonly ActionField[] = [
  'title',
  'description',
  'areaCode',
  'unitCode',
  'responsible',
  'priority',
  'startDate',
  'dueDate',
  'status',
  'statusReason',
  'progress',
];

/** A new action, perhaps answering an improvement opportunity of `areaCode`. */
export const emptyActionDraft = (improvement: { areaCode: string; index: number } | null = null, title = ''): ActionDraft => ({
  title,
  description: '',
  responsible: '',
  startDate: '',
  dueDate: '',
  status: 'planned',
  statusReason: '',
  progress: '0',
  priority: 'medium',
  areaCode: improvement?.areaCode ?? '',
  unitCode: '',
  improvement,
});

/** The stored action as the form shows it. */
export const actionDraftOf = (action: Action): ActionDraft => ({
  title: action.title,
  description: action.description,
  responsible: action.responsible,
  startDate: action.startDate ?? '',
  dueDate: action.dueDate ?? '',
  status: action.status,
  statusReason: action.statusReason,
  progress: String(action.progress),
  priority: action.priority,
  areaCode: action.areaCode ?? '',
  unitCode: action.unitCode ?? '',
  improvement: action.improvement ? { areaCode: action.improvement.areaCode, index: action.improvement.index } : null,
});

const PERCENT = /^\d{1,3}$/;

/** The request of a draft (a dropped action keeps its reason; any other status sends none). */
export const actionInputOf = (draft: ActionDraft): ActionInput => ({
  title: draft.title.trim(),
  description: draft.description,
  responsible: draft.responsible.trim(),
  startDate: draft.startDate.trim() === '' ? null : draft.startDate.trim(),
  dueDate: draft.dueDate.trim() === '' ? null : draft.dueDate.trim(),
  status: draft.status,
  statusReason: draft.status === 'dropped' ? draft.statusReason.trim() : '',
  progress: Number(draft.progress.trim()),
  priority: draft.priority,
  areaCode: draft.areaCode === '' ? null : draft.areaCode,
  unitCode: draft.areaCode === '' || draft.unitCode === '' ? null : draft.unitCode,
  improvement: draft.improvement,
});

/**
 * The form's fields as typed (the progress a whole percent from 0 to 100), then the request of
 * `actionInputOf` checked by the API's create schema (the title, real dates, due not before the
 * start, the reason of a dropped action).
 */
export const actionDraftSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    responsible: z.string(),
    startDate: z.string(),
    dueDate: z.string(),
    status: z.enum(ACTION_STATUSES),
    statusReason: z.string(),
    progress: z.string().refine((value) => PERCENT.test(value.trim()) && Number(value.trim()) <= 100, 'must be a whole percent from 0 to 100'),
    priority: z.enum(ACTION_PRIORITIES),
    areaCode: z.string(),
    unitCode: z.string(),
    improvement: z.object({ areaCode: z.string(), index: z.number() }).nullable(),
  })
  .transform((draft): ActionInput => actionInputOf(draft))
  .pipe(createActionSchema);

/** What went wrong with a field, as the form words it. */
export type ActionProblem = 'titleMissing' | 'tooLong' | 'dateInvalid' | 'dueBeforeStart' | 'reasonMissing' | 'progressInvalid' | 'areaMismatch' | 'other';

/** The problem of `field` given the schema's (English) message. */
export function actionProblemOf(field: ActionField, message: string): ActionProblem {
  if (message.includes('at most')) return 'tooLong';
  switch (field) {
    case 'title':
      return 'titleMissing';
    case 'startDate':
      return 'dateInvalid';
    case 'dueDate':
      return message.includes('before the start') ? 'dueBeforeStart' : 'dateInvalid';
    case 'statusReason':
      return 'reasonMissing';
    case 'progress':
      return 'progressInvalid';
    case 'areaCode':
    case 'unitCode':
      return 'areaMismatch';
    default:
      return 'other';
  }
}

/** The form field a path of the draft or of the request ("dueDate", "body.progress") is about; null for others. */
export function actionFieldOf(path: string): ActionField | null {
  const name = (path.startsWith('body.') ? path.slice('body.'.length) : path).split('.')[0];
  if (name === 'improvement') return 'areaCode';
  return ACTION_FIELD_ORDER.find((field) => field === name) ?? null;
}
