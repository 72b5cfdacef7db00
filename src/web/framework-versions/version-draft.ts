/**
 * The editor's draft of a model version and the pure changes made to it: adding, removing and
 * moving areas, sub-areas, criteria and levels, the live sums of maxima, and the element ids of
 * fields by the server's problem paths ("areas.2.subareas.0.criteria.1.text.nb").
 */
import type { DraftFramework, DraftMap, DraftText } from '../../domain/framework-draft.js';

export type DraftArea = DraftFramework['areas'][number];
export type DraftSubarea = DraftArea['subareas'][number];
export type DraftCriterion = DraftSubarea['criteria'][number];
export type DraftScale = DraftCriterion['scale'];
export type DraftLevel = Extract<DraftScale, { kind: 'levels' }>['levels'][number];

/** What the editor holds and saves: the definition and its maps to earlier versions. */
export interface VersionDraft {
  definition: DraftFramework;
  maps: DraftMap[];
}

/** The total every model version's area maxima add up to. */
export const FRAMEWORK_TOTAL = 800;

export const emptyText = (): DraftText => ({ sv: '', en: '', nb: '' });

/** The list with the item at `index` moved one step up (-1) or down (1); unchanged at an end. */
export function moveItem<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** The list without the item at `index`. */
export const removeItem = <T>(list: readonly T[], index: number): T[] => list.filter((_, position) => position !== index);

/** The list with the item at `index` replaced. */
export const replaceItem = <T>(list: readonly T[], index: number, item: T): T[] => list.map((existing, position) => (position === index ? item : existing));

/** The first whole number above the last part of any code in the list ("1.3" → 4), 1 for none. */
function nextNumber(codes: readonly string[]): number {
  const numbers = codes.map((code) => Number(code.split('.').at(-1))).filter((value) => Number.isInteger(value));
  return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
}

export const nextAreaCode = (definition: DraftFramework): string => String(nextNumber(definition.areas.map((area) => area.code)));
export const nextSubareaCode = (area: DraftArea): string => `${area.code}.${nextNumber(area.subareas.map((subarea) => subarea.code))}`;
export const nextCriterionCode = (subarea: DraftSubarea): string => `${subarea.code}.${nextNumber(subarea.criteria.map((criterion) => criterion.code))}`;

export const newArea = (code: string): DraftArea => ({ code, title: emptyText(), max: 0, aliases: [], subareas: [] });
export const newSubarea = (code: string): DraftSubarea => ({ code, title: emptyText(), max: 0, aliases: [], criteria: [] });
export const newCriterion = (code: string): DraftCriterion => ({ code, text: emptyText(), weight: 1, scale: { kind: 'met' } });
export const newLevel = (code: string, points: number): DraftLevel => ({ code, label: emptyText(), points });

/** A level scale to start from: three levels worth 0, 1 and 2 points. */
export const startingLevels = (): DraftLevel[] => [newLevel('0', 0), newLevel('1', 1), newLevel('2', 2)];

/** The sum of an area's sub-area maxima (those given), and whether any is given. */
export function subareaSum(area: DraftArea): { sum: number; given: boolean } {
  const given = area.subareas.filter((subarea) => subarea.max !== undefined);
  return { sum: given.reduce((total, subarea) => total + (subarea.max ?? 0), 0), given: given.length > 0 };
}

/** The sum of the area maxima. */
export const areaTotal = (definition: DraftFramework): number => definition.areas.reduce((total, area) => total + area.max, 0);

/** Whether every criterion of the sub-area has the weight 1 (then weights need not be shown). */
export const allWeightsOne = (criteria: readonly { weight: number }[]): boolean => criteria.every((criterion) => criterion.weight === 1);

/** The element id of the field at a problem path ("areas.2.max" → "fv-areas-2-max"). */
export const fieldId = (path: string): string => `fv-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The area a path lies in (its index), or null for the model's own fields and the maps. */
export function areaIndexOf(path: string): number | null {
  const match = /^areas\.(\d+)(?:\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}

/**
 * The element to focus for a problem path: the field itself, else the nearest enclosing part
 * that has an element (a whole sub-area for "areas.0.subareas.1.criteria"). `exists` says
 * whether the page has an element with an id.
 */
export function focusTarget(path: string, exists: (id: string) => boolean): string | null {
  const parts = path.split('.').filter(Boolean);
  for (let length = parts.length; length > 0; length -= 1) {
    const id = fieldId(parts.slice(0, length).join('.'));
    if (exists(id)) return id;
  }
  return null;
}

/** A text with every language trimmed empty is left out of the saved draft. */
export function optionalText(text: DraftText | undefined): DraftText | undefined {
  if (!text) return undefined;
  return text.sv.trim() || text.en.trim() || text.nb.trim() ? text : undefined;
}

/** Whether two drafts are the same (nothing to save). */
export const sameDraft = (left: VersionDraft, right: VersionDraft): boolean => JSON.stringify(left) === JSON.stringify(right);

/** The draft as the editor starts from it, from the version the server sent. */
export const draftOf = (view: { definition: DraftFramework; maps: readonly DraftMap[] }): VersionDraft => ({
  definition: structuredClone(view.definition),
  maps: view.maps.map((map) => structuredClone(map)),
});

/** Counts of a draft in brief (for the conflict view): areas, sub-areas, criteria. */
export function draftCounts(definition: DraftFramework): { areas: number; subareas: number; criteria: number } {
  const subareas = definition.areas.flatMap((area) => area.subareas);
  return { areas: definition.areas.length, subareas: subareas.length, criteria: subareas.reduce((total, subarea) => total + subarea.criteria.length, 0) };
}

/** A text of the model in the reader's language, else in Swedish (then marked as Swedish); null when empty in both. */
export function textFor(text: DraftText, language: 'sv' | 'en' | 'nb'): { text: string; lang: 'sv' | 'en' | 'nb' } | null {
  if (text[language].trim()) return { text: text[language], lang: language };
  if (text.sv.trim()) return { text: text.sv, lang: 'sv' };
  return null;
}
