/**
 * Pure helpers of the writing panel: an area's editable form, comparing forms, reordering the
 * ordered lists (strengths, improvement opportunities) and reading a 409's current record.
 */
import { isEditableStatus } from '../../../domain/access.js';
import { EVALUATION_STATUSES } from '../../../domain/evaluation-status.js';
import type { AreaForm, AreaText, TextLayout } from './texts-api.js';

export const areaFormOf = (text: Pick<AreaText, 'layout' | 'analysis' | 'strengths' | 'improvements'>): AreaForm => ({
  layout: text.layout,
  analysis: text.analysis,
  strengths: [...text.strengths],
  improvements: [...text.improvements],
});

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

export function sameAreaForm(a: AreaForm, b: AreaForm): boolean {
  return a.layout === b.layout && a.analysis === b.analysis && sameList(a.strengths, b.strengths) && sameList(a.improvements, b.improvements);
}

/** The list with the item at `from` moved to `to` (both inside the list); the same list otherwise. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

export function replaceItem<T>(items: readonly T[], index: number, value: T): T[] {
  return items.map((item, position) => (position === index ? value : item));
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}

const isLayout = (value: unknown): value is TextLayout => value === 'summary' || value === 'per-subarea';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The area text a 409 version_conflict carries as `current`, when it looks like one. */
export function areaFromConflict(current: unknown): { value: AreaForm; version: number } | null {
  if (typeof current !== 'object' || current === null) return null;
  const record = current as Partial<Record<keyof AreaText, unknown>>;
  if (typeof record.version !== 'number' || typeof record.analysis !== 'string' || !isLayout(record.layout)) return null;
  if (!isTextList(record.strengths) || !isTextList(record.improvements)) return null;
  return { value: { layout: record.layout, analysis: record.analysis, strengths: record.strengths, improvements: record.improvements }, version: record.version };
}

/** A text record's current value from a 409 (`analysis` of a sub-area, `text` of the summary). */
export function textFromConflict(current: unknown, field: 'analysis' | 'text'): { value: string; version: number } | null {
  if (typeof current !== 'object' || current === null) return null;
  const record = current as Record<string, unknown>;
  const value = record[field];
  return typeof value === 'string' && typeof record.version === 'number' ? { value, version: record.version } : null;
}

/** Statuses in which the texts can no longer change (the server's rule). */
export const LOCKED_STATUSES: ReadonlySet<string> = new Set(EVALUATION_STATUSES.filter((status) => !isEditableStatus(status)));
