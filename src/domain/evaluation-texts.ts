/**
 * The written parts of an evaluation: which texts a framework version has room for (an analysis,
 * strengths and improvements per area; an analysis per sub-area where points are given per
 * sub-area), their limits, and the pure rules for good-example references.
 */
import { isScoredBySubarea, type Framework, type LocalisedText } from './framework.js';

/** How an area's analysis is written: one text for the area, or one per sub-area. */
export const TEXT_LAYOUTS = ['summary', 'per-subarea'] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

/** Longest analysis (of an area or a sub-area) and longest summary comments, in characters. */
export const ANALYSIS_MAX = 100_000;
export const SUMMARY_MAX = 100_000;
/** Strengths and improvement opportunities: at most this many items of at most this many characters. */
export const LIST_ITEMS_MAX = 30;
export const LIST_ITEM_MAX = 2_000;
/** Longest good-example text (what to learn there), in characters. */
export const GOOD_EXAMPLE_TEXT_MAX = 10_000;

export interface OutlineSubarea {
  code: string;
  title: LocalisedText;
}

export interface OutlineArea {
  code: string;
  title: LocalisedText;
  /** Sub-areas with an analysis of their own; none when the area is scored as a whole (2010). */
  subareas: OutlineSubarea[];
}

/** The texts a framework version has room for, in framework order. */
export function textOutline(framework: Framework): OutlineArea[] {
  return framework.areas.map((area) => ({
    code: area.code,
    title: area.title,
    subareas: isScoredBySubarea(area) ? area.subareas.map((subarea) => ({ code: subarea.code, title: subarea.title })) : [],
  }));
}

export function findOutlineArea(outline: readonly OutlineArea[], code: string): OutlineArea | null {
  return outline.find((area) => area.code === code) ?? null;
}

export function findOutlineSubarea(outline: readonly OutlineArea[], code: string): OutlineSubarea | null {
  for (const area of outline) {
    const subarea = area.subareas.find((candidate) => candidate.code === code);
    if (subarea) return subarea;
  }
  return null;
}

/**
 * Why a good example cannot be tied to `unitCode`, or null when it can: the sub-area must be one
 * of the framework's, with a text of its own, and belong to the example's area.
 */
export function goodExampleSubareaProblem(outline: readonly OutlineArea[], areaCode: string | null, unitCode: string): string | null {
  const owner = outline.find((area) => area.subareas.some((subarea) => subarea.code === unitCode));
  if (!owner) return `"${unitCode}" is not a sub-area of this framework version`;
  if (areaCode === null) return `needs its area (${owner.code}) as areaCode`;
  if (owner.code !== areaCode) return `sub-area ${unitCode} belongs to area ${owner.code}, not to area ${areaCode}`;
  return null;
}

/** Why a layout cannot be chosen for an area, or null when it can. */
export function layoutProblem(area: OutlineArea, layout: TextLayout): string | null {
  if (layout === 'per-subarea' && area.subareas.length === 0) {
    return `area ${area.code} has no sub-areas with an analysis of their own; use "summary"`;
  }
  return null;
}

/** The layout a stored value stands for (anything unknown reads as one summary). */
export function asTextLayout(value: string): TextLayout {
  return (TEXT_LAYOUTS as readonly string[]).includes(value) ? (value as TextLayout) : 'summary';
}

/** Why a municipality cannot be named as a good example, or null when it can. */
export function goodExampleMunicipalityProblem(code: string, evaluatedCode: string, known: boolean): string | null {
  if (code === evaluatedCode) return `must be another municipality than the evaluated one (${evaluatedCode})`;
  if (!known) return `no municipality has the id ${code}`;
  return null;
}

/** True when a text can be stored as it is (PostgreSQL text and jsonb refuse the NUL character). */
export const isStorableText = (text: string): boolean => !text.includes('\u0000');
