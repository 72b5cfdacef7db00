/**
 * Recognising the model version from the names a report prints (never from its date), and
 * tying printed area and sub-area names to framework codes.
 */
import type { Area, Catalogue, Framework, Subarea } from '../domain/framework.js';
import { matchName, type NameCandidate, type NameMatchResult } from './names.js';

/** Names found in a report, with the code printed beside them when there was one. */
export interface NameEvidence {
  areas: Array<{ code: string; title: string }>;
  subareas: Array<{ areaCode: string; code: string | null; name: string; max: number | null }>;
}

export interface FrameworkChoice {
  framework: Framework;
  score: number;
  /** Score of the runner-up; equal scores mean the names could not tell the versions apart. */
  runnerUp: number;
  /** Every version with the best score, in catalogue order (more than one: a tie). */
  tied: Framework[];
}

// Candidate lists are built once per catalogue area; matchName caches its answers per list.
const areaCandidateCache = new WeakMap<Area, NameCandidate<Area>[]>();
const subareaCandidateCache = new WeakMap<Area, NameCandidate<Subarea>[]>();

function areaCandidates(area: Area): NameCandidate<Area>[] {
  let candidates = areaCandidateCache.get(area);
  if (!candidates) {
    candidates = [{ value: area, names: [{ name: area.title.sv, kind: 'title' }, ...area.aliases.map((name) => ({ name, kind: 'alias' as const }))] }];
    areaCandidateCache.set(area, candidates);
  }
  return candidates;
}

function subareaCandidates(area: Area): NameCandidate<Subarea>[] {
  let candidates = subareaCandidateCache.get(area);
  if (!candidates) {
    candidates = area.subareas.map((subarea) => ({
      value: subarea,
      names: [{ name: subarea.title.sv, kind: 'title' as const }, ...subarea.aliases.map((name) => ({ name, kind: 'alias' as const }))],
    }));
    subareaCandidateCache.set(area, candidates);
  }
  return candidates;
}

/** Matches a printed area title against the framework's area with that code. */
export function matchAreaTitle(framework: Framework, code: string, printed: string): NameMatchResult<Area> | null {
  const area = framework.areas.find((candidate) => candidate.code === code);
  return area ? matchName(printed, areaCandidates(area)) : null;
}

/** Matches a printed sub-area name among the sub-areas of one area. */
export function matchSubareaName(area: Area, printed: string): NameMatchResult<Subarea> | null {
  return matchName(printed, subareaCandidates(area));
}

const POINTS = { title: 3, alias: 2, fuzzy: 1 } as const;

/** Scores how well a framework explains the names a report prints. */
function scoreFramework(framework: Framework, evidence: NameEvidence): number {
  let score = 0;
  for (const printed of evidence.areas) {
    const match = matchAreaTitle(framework, printed.code, printed.title);
    if (match) score += POINTS[match.kind];
  }
  for (const printed of evidence.subareas) {
    const area = framework.areas.find((candidate) => candidate.code === printed.areaCode);
    if (!area) continue;
    const match = matchSubareaName(area, printed.name);
    if (!match) continue;
    // A printed code must agree with the matched sub-area to count fully.
    const codeAgrees = printed.code === null || printed.code === match.value.code;
    score += codeAgrees ? POINTS[match.kind] - 1 : 0;
    if (codeAgrees && printed.max !== null && match.value.max === printed.max) score += 1;
  }
  return score;
}

/**
 * Picks the framework whose names fit best. Returns null when no framework explains any name.
 * The caller decides what to do with a tie (runnerUp === score).
 */
export function detectFramework(catalogue: Catalogue, evidence: NameEvidence): FrameworkChoice | null {
  const ranked = [...catalogue.frameworks.values()]
    .map((framework) => ({ framework, score: scoreFramework(framework, evidence) }))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || best.score <= 0) return null;
  const tied = ranked.filter((entry) => entry.score === best.score).map((entry) => entry.framework);
  return { framework: best.framework, score: best.score, runnerUp: ranked[1]?.score ?? 0, tied };
}

/** The other frameworks' area with the same code whose title matches (an "old area name"). */
export function areaTitleFromOtherFramework(catalogue: Catalogue, current: Framework, code: string, printed: string): Framework | null {
  for (const framework of catalogue.frameworks.values()) {
    if (framework.id === current.id) continue;
    const match = matchAreaTitle(framework, code, printed);
    if (match && match.kind !== 'fuzzy') return framework;
  }
  return null;
}
