/**
 * The date inputs of the API, one schema per precision, each checked as a real calendar date
 * (`2026-02-30` and `2026-99-99` are refused with a 400 naming the field, never thrown on later).
 */
import { z } from 'zod';

/** Whether "YYYY", "YYYY-MM" or "YYYY-MM-DD" (already of that shape) names a real year, month or day. */
export function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  if (year === undefined || !Number.isInteger(year)) return false;
  if (month === undefined) return true;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return Number.isInteger(day) && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const NOT_REAL = 'is not a real calendar date';

/** A calendar date: "2026-02-14". */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date: YYYY-MM-DD')
  .refine(isRealDate, NOT_REAL);

/** A date as precise as known: "2017", "2017-02" or "2017-02-14". */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year, month or date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, NOT_REAL);

/** A month or a date: "2017-02" or "2017-02-14". */
export const monthOrDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a month or date: YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, NOT_REAL);
