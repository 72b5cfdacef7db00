/**
 * Reference averages from published sources (e.g. a national summary report), stored one
 * figure per row: an area's mean or, without an area, the total's. They stand beside the
 * archive's own averages, and in place of them when the archive is thin.
 */
import type { Hundredths } from '../decimal.js';
import { caveatBetween, localise, type Catalogue, type Framework, type Language } from '../framework.js';
import { mapAreas } from '../previous-comparison.js';
import type { AverageFigure, GroupComparison, GroupWording } from './types.js';

/** One stored reference figure. */
export interface ReferenceFigure {
  id: number;
  frameworkId: string;
  label: string;
  scope: string;
  /** Null: the total. */
  areaCode: string | null;
  mean: Hundredths;
  /** Null when the source does not state how many evaluations the mean is over. */
  n: number | null;
  source: string;
  /** ISO date. */
  publishedOn: string;
}

const figureOf = (mean: Hundredths, n: number | null, minN: number): AverageFigure => ({
  mean: mean / 100,
  n: n ?? 0,
  belowMinimum: n !== null && n < minN,
  distribution: null,
  rank: null,
  percentile: null,
  ...(n === null ? { nKnown: false } : {}),
});

/** The smallest stated n of several figures (a sum is only as well-founded as its thinnest part). */
const smallestN = (figures: readonly ReferenceFigure[]): number | null =>
  figures.some((figure) => figure.n === null) ? null : Math.min(...figures.map((figure) => figure.n!));

/**
 * The stored reference averages that apply to an evaluation of `current`, one group per
 * published source (same framework, label, source and date): figures of the same framework as
 * they are; of another version only through the catalogue's area map, with its caveat (areas
 * the map does not link stay empty). Versions without a map are left out. The caveat is the
 * catalogue's in `language`; names and warnings come from `wording`.
 */
export function applicableReferences(
  figures: readonly ReferenceFigure[],
  current: Framework,
  catalogue: Pick<Catalogue, 'frameworks' | 'areaMaps' | 'caveat'>,
  minN: number,
  language: Language,
  wording: GroupWording,
): GroupComparison[] {
  const groups = new Map<string, ReferenceFigure[]>();
  for (const figure of figures) {
    const key = JSON.stringify([figure.frameworkId, figure.label, figure.source, figure.publishedOn]);
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  const result: GroupComparison[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const framework = catalogue.frameworks.get(first.frameworkId);
    if (!framework) continue;
    const sameVersion = framework.id === current.id;
    const links = mapAreas(current, framework, catalogue.areaMaps);
    if (!sameVersion && [...links.values()].every((linked) => linked.length === 0)) continue;
    const total = group.find((figure) => figure.areaCode === null) ?? null;
    const areas = current.areas.map((area) => {
      const linked = (links.get(area.code) ?? []).map((code) => group.find((figure) => figure.areaCode === code));
      if (linked.length === 0 || linked.some((figure) => figure === undefined)) return { code: area.code, average: null };
      const parts = linked as ReferenceFigure[];
      return { code: area.code, average: figureOf(parts.reduce((sum, figure) => sum + figure.mean, 0), smallestN(parts), minN) };
    });
    const n = smallestN(group);
    result.push({
      kind: 'reference',
      label: wording.reference(first.label, first.source, first.publishedOn),
      frameworkId: framework.id,
      n: n ?? 0,
      total: total ? figureOf(total.mean, total.n, minN) : null,
      areas,
      source: { name: first.source, date: first.publishedOn },
      caveat: sameVersion ? null : localise(caveatBetween(catalogue, current.id, framework.id), language),
      warning: n === null ? null : wording.warning(n, minN),
    });
  }
  return result.sort((a, b) => b.source!.date.localeCompare(a.source!.date) || a.label.localeCompare(b.label));
}
