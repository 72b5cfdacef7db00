/**
 * The rules of a follow-up evaluation built on a published one, its baseline: which model
 * versions may follow it, how the follow-up's scoring units and areas correspond to the
 * baseline's (the same model: one to one; a newer one: through the catalogue's area map, whose
 * caveat the caller shows), and what a take-over copies as the follow-up's starting point.
 * Nothing is copied unless an evaluator asks for it.
 */
import type { Hundredths } from './decimal.js';
import { LIST_ITEMS_MAX, type TextLayout } from './evaluation-texts.js';
import { listScoringUnits, type AreaMap, type Framework, type ScoringUnit } from './framework.js';
import { mapAreas } from './previous-comparison.js';

/** How a unit or area of the follow-up relates to the baseline's. */
export type BaselineMapping = 'same' | 'mapped' | 'none';

/**
 * Whether an evaluation in `candidate` may follow up one in `baseline`: the same model version or
 * a newer one, by the year each came into use.
 */
/** What the rule needs of a model version. */
type Dated = Pick<Framework, 'id' | 'usedFrom'>;

export function mayFollow(baseline: Dated, candidate: Dated): boolean {
  return candidate.id === baseline.id || candidate.usedFrom > baseline.usedFrom;
}

/** The model versions a follow-up of `baseline` may use, newest first. */
export function followUpFrameworks<T extends Dated>(baseline: Dated, frameworks: Iterable<T>): T[] {
  return [...frameworks].filter((framework) => mayFollow(baseline, framework)).sort((a, b) => b.usedFrom - a.usedFrom || a.id.localeCompare(b.id));
}

export interface UnitLink {
  unitCode: string;
  areaCode: string;
  mapping: BaselineMapping;
  /** The baseline's units it corresponds to, in the baseline's framework order. */
  previous: ScoringUnit[];
}

export interface AreaLink {
  areaCode: string;
  mapping: BaselineMapping;
  /** The baseline's areas linked to it (by theme when the model changed). */
  previous: string[];
}

/** Each area of the follow-up's framework with the baseline's areas it corresponds to. */
export function linkAreas(current: Framework, baseline: Framework, maps: readonly AreaMap[]): AreaLink[] {
  const links = mapAreas(current, baseline, maps);
  const same = current.id === baseline.id;
  return current.areas.map((area) => {
    const previous = links.get(area.code) ?? [];
    return { areaCode: area.code, mapping: previous.length === 0 ? 'none' : same ? 'same' : 'mapped', previous };
  });
}

/**
 * Each scoring unit of the follow-up's framework with the baseline's units it corresponds to: the
 * same unit within one model; across models, the sub-areas the authored map links it to where the
 * map gives sub-areas, else every unit of the baseline's areas linked to its area.
 */
export function linkUnits(current: Framework, baseline: Framework, maps: readonly AreaMap[]): UnitLink[] {
  const previousUnits = listScoringUnits(baseline);
  if (current.id === baseline.id) {
    return previousUnits.map((unit) => ({ unitCode: unit.code, areaCode: unit.areaCode, mapping: 'same', previous: [unit] }));
  }
  const areas = new Map(linkAreas(current, baseline, maps).map((link) => [link.areaCode, link.previous]));
  const subareas = subareaLinks(current.id, baseline.id, maps);
  return listScoringUnits(current).map((unit) => {
    const mapped = subareas.get(unit.code);
    const linked = areas.get(unit.areaCode) ?? [];
    const previous = mapped
      ? previousUnits.filter((candidate) => mapped.has(candidate.code))
      : previousUnits.filter((candidate) => linked.includes(candidate.areaCode));
    return { unitCode: unit.code, areaCode: unit.areaCode, mapping: previous.length === 0 ? 'none' : 'mapped', previous };
  });
}

/** The sub-area maps between two versions, either way round, as current code → the baseline's codes. */
export function subareaLinks(currentId: string, baselineId: string, maps: readonly AreaMap[]): Map<string, Set<string>> {
  const links = new Map<string, Set<string>>();
  const add = (from: string, to: string) => links.set(from, (links.get(from) ?? new Set()).add(to));
  for (const map of maps) {
    const pairs = Object.entries(map.subareas ?? {});
    if (map.from === currentId && map.to === baselineId) for (const [from, to] of pairs) add(from, to);
    if (map.from === baselineId && map.to === currentId) for (const [from, to] of pairs) add(to, from);
  }
  return links;
}

/** A baseline's agreed score of a unit and why. */
export interface PreviousScore {
  score: Hundredths;
  rationale: string;
}

/**
 * What taking over a unit's own score starts from: the baseline's agreed score and rationale of
 * the same unit. Only within one model version (a mapped unit's scale and content differ), and
 * only where the baseline has a score; null otherwise.
 */
export function ownScoreTakeOver(link: UnitLink, scores: ReadonlyMap<string, PreviousScore>): PreviousScore | null {
  const unit = link.previous[0];
  if (link.mapping !== 'same' || !unit) return null;
  return scores.get(unit.code) ?? null;
}

/** What taking over a sub-area's analysis starts from: the same sub-area's analysis (one model version), or null. */
export function subareaTextTakeOver(link: UnitLink, analyses: ReadonlyMap<string, string>): string | null {
  const unit = link.previous[0];
  if (link.mapping !== 'same' || !unit) return null;
  const analysis = analyses.get(unit.code) ?? '';
  return analysis.trim() === '' ? null : analysis;
}

/** An area's written text in the baseline. */
export interface PreviousAreaText {
  layout: TextLayout;
  analysis: string | null;
  strengths: readonly string[];
  improvements: readonly string[];
}

export interface AreaTextTakeOver {
  /** The baseline's layout within one model version; null across versions (the follow-up keeps its own). */
  layout: TextLayout | null;
  analysis: string | null;
  strengths: string[];
  improvements: string[];
}

const written = (text: PreviousAreaText): boolean =>
  (text.analysis ?? '').trim() !== '' || text.strengths.length > 0 || text.improvements.length > 0;

/**
 * What taking over an area's text starts from: the text of the baseline's areas linked to it, in
 * order (analyses one after the other, the lists joined, at most as many items as a list holds).
 * Null when the area has no counterpart or nothing is written there.
 */
export function areaTextTakeOver(link: AreaLink, texts: ReadonlyMap<string, PreviousAreaText>): AreaTextTakeOver | null {
  const found = link.previous.flatMap((code) => {
    const text = texts.get(code);
    return text && written(text) ? [text] : [];
  });
  if (found.length === 0) return null;
  const analyses = found.map((text) => text.analysis ?? '').filter((analysis) => analysis.trim() !== '');
  return {
    layout: link.mapping === 'same' && found.length === 1 ? (found[0]?.layout ?? null) : null,
    analysis: analyses.length === 0 ? null : analyses.join('\n\n'),
    strengths: found.flatMap((text) => text.strengths).slice(0, LIST_ITEMS_MAX),
    improvements: found.flatMap((text) => text.improvements).slice(0, LIST_ITEMS_MAX),
  };
}
