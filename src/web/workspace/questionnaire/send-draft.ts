import { z } from 'zod';
import { isoDateSchema } from '../../../contract/dates.js';
import type { QuestionSetSummary } from '../../../contract/question-sets.js';

/** Days between sending and the due date the form proposes. */
export const DEFAULT_ANSWER_DAYS = 21;

/** A local calendar date as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The date `days` after an ISO date (calendar days, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The dates of a questionnaire as the team writes them (the server checks them again). */
export const datesSchema = z
  .object({ opensOn: isoDateSchema, dueOn: isoDateSchema })
  .refine((input) => input.dueOn >= input.opensOn, { path: ['dueOn'], message: 'must not be before the open date' });

export const sendDraftSchema = z
  .object({ questionSetId: z.string().min(1, 'choose a question set'), opensOn: isoDateSchema, dueOn: isoDateSchema })
  .refine((input) => input.dueOn >= input.opensOn, { path: ['dueOn'], message: 'must not be before the open date' });

/**
 * The sets offered to send, latest versions first (then by title and newest version): every
 * version may be sent, but the latest is what the team usually means.
 */
export function offeredSets(sets: readonly QuestionSetSummary[], compare: (a: string, b: string) => number): QuestionSetSummary[] {
  return [...sets].sort((a, b) => Number(b.latest) - Number(a.latest) || compare(a.title, b.title) || b.versionNo - a.versionNo);
}
