/**
 * Per area, an evaluation against the previous one of the same municipality. Across framework
 * versions the areas are linked through the catalogue's area maps (by theme), which makes the
 * figures comparable only in part: the caller shows the catalogue's caveat with them.
 */
import type { Hundredths } from './decimal.js';
import type { AreaMap, Framework } from './framework.js';
import type { DerivedArea, DerivedScores } from './scoring.js';

/** An area figure: exact (hundredths) and as shown (largest-remainder rounding of the whole evaluation). */
export interface AreaFigure {
  score: Hundredths;
  shown: number;
}

export interface ComparedArea {
  /** The area of the current evaluation's framework. */
  code: string;
  /** Null when no unit of the area has a score yet. */
  current: AreaFigure | null;
  /** The previous evaluation's mapped areas together; null when none of them has a score (or none maps here). */
  previous: AreaFigure | null;
  /** current.shown − previous.shown: the difference of the figures the page shows. */
  difference: number | null;
  /** The previous framework's areas linked to this one (several add up). */
  mappedFrom: string[];
}

/**
 * Which areas of the previous framework correspond to each area of the current one: the
 * identity within one framework; otherwise a catalogue map in either direction (maps run from
 * the older version to the newer). Areas without a counterpart get an empty list.
 */
export function mapAreas(current: Framework, previous: Framework, maps: readonly AreaMap[]): Map<string, string[]> {
  const links = new Map<string, string[]>(current.areas.map((area) => [area.code, []]));
  const add = (currentCode: string, previousCode: string) => {
    const list = links.get(currentCode);
    if (list && !list.includes(previousCode) && previous.areas.some((area) => area.code === previousCode)) list.push(previousCode);
  };
  if (current.id === previous.id) {
    for (const area of current.areas) add(area.code, area.code);
    return links;
  }
  const forward = maps.find((map) => map.from === previous.id && map.to === current.id);
  const backward = maps.find((map) => map.from === current.id && map.to === previous.id);
  if (forward) for (const [previousCode, currentCode] of Object.entries(forward.areas)) add(currentCode, previousCode);
  else if (backward) for (const [currentCode, previousCode] of Object.entries(backward.areas)) add(currentCode, previousCode);
  for (const list of links.values()) list.sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  return links;
}

/** True when at least one unit of the area is scored. */
export function hasAnyScore(area: DerivedArea): boolean {
  return area.subareas.length === 0 ? area.complete : area.subareas.some((unit) => unit.score !== null);
}

const figureOf = (area: DerivedArea): AreaFigure | null => (hasAnyScore(area) ? { score: area.score, shown: area.shown } : null);

/** Compares the current evaluation's areas with the previous evaluation's, through the area links. */
export function compareWithPrevious(
  current: { framework: Framework; derived: DerivedScores },
  previous: { framework: Framework; derived: DerivedScores },
  maps: readonly AreaMap[],
): ComparedArea[] {
  const links = mapAreas(current.framework, previous.framework, maps);
  const previousAreas = new Map(previous.derived.areas.map((area) => [area.code, area]));
  return current.derived.areas.map((area) => {
    const mappedFrom = links.get(area.code) ?? [];
    const figures = mappedFrom.flatMap((code) => {
      const previousArea = previousAreas.get(code);
      const figure = previousArea ? figureOf(previousArea) : null;
      return figure ? [figure] : [];
    });
    const previousFigure =
      figures.length === 0
        ? null
        : figures.reduce((sum, figure) => ({ score: sum.score + figure.score, shown: sum.shown + figure.shown }), { score: 0, shown: 0 });
    const currentFigure = figureOf(area);
    return {
      code: area.code,
      current: currentFigure,
      previous: previousFigure,
      difference: currentFigure && previousFigure ? currentFigure.shown - previousFigure.shown : null,
      mappedFrom,
    };
  });
}
