/**
 * The figures of a follow-up report's development chapter: per area (and, within one model
 * version, per sub-area) the points shown at the baseline, the points shown now and the change,
 * which is the difference of the two shown figures, so a reader who subtracts never finds a
 * contradiction. Each side is shown as its own report shows it (`showScores`); across model
 * versions the baseline's areas go through the area map and are shown as the history comparison
 * shows them (`showParts`). Pure: no words.
 */
import { sumHundredths, type Hundredths } from '../domain/decimal.js';
import { showParts, type ShownArea, type ShownFigure, type ShownScores } from '../domain/display-figures.js';
import type { AreaMap, Framework } from '../domain/framework.js';
import { mapAreas } from '../domain/previous-comparison.js';

/** One row: points then and now (null where not scored) and the change (null unless both are known). */
export interface DevelopmentFigure {
  code: string;
  previous: number | null;
  now: number | null;
  change: number | null;
  /** True when a shown figure of the row is not its exact value. */
  rounded: boolean;
}

export interface DevelopmentArea extends DevelopmentFigure {
  /** The baseline's areas this area is compared with (the same code within one model version). */
  mappedFrom: string[];
  /** Per sub-area, within one model version only (sub-areas are not mapped across versions). */
  subareas: DevelopmentFigure[];
}

export interface DevelopmentFigures {
  sameModel: boolean;
  areas: DevelopmentArea[];
  total: DevelopmentFigure;
  /** True when every area has a baseline figure but they do not add up to the baseline's shown total. */
  totalIsNotSum: boolean;
}

const changeOf = (previous: number | null, now: number | null) => (previous === null || now === null ? null : now - previous);

/** True when at least one unit of the area is scored (an unscored area shows no figure). */
function isScored(area: ShownArea): boolean {
  return area.subareas.length > 0 ? area.subareas.some((subarea) => subarea.shown !== null) : area.complete;
}

const shownOf = (area: ShownArea | undefined): number | null => (area && isScored(area) ? area.shown : null);

function subareaRows(now: ShownArea, previous: ShownArea | undefined): DevelopmentFigure[] {
  const before = new Map((previous?.subareas ?? []).map((subarea) => [subarea.code, subarea]));
  return now.subareas.map((subarea: ShownFigure) => {
    const then = before.get(subarea.code);
    const previousShown = then?.shown ?? null;
    return { code: subarea.code, previous: previousShown, now: subarea.shown, change: changeOf(previousShown, subarea.shown), rounded: subarea.rounded || (then?.rounded ?? false) };
  });
}

/**
 * The development from the baseline to the current evaluation.
 * @param current the follow-up's framework and its shown scores
 * @param baseline the baseline's framework and its shown scores
 * @param maps the catalogue's area maps (used when the frameworks differ)
 */
export function developmentFigures(
  current: { framework: Framework; shown: ShownScores },
  baseline: { framework: Framework; shown: ShownScores },
  maps: readonly AreaMap[],
): DevelopmentFigures {
  const sameModel = current.framework.id === baseline.framework.id;
  const links = mapAreas(current.framework, baseline.framework, maps);
  const before = new Map(baseline.shown.areas.map((area) => [area.code, area]));
  const linked = current.shown.areas.map((area) => links.get(area.code) ?? []);
  // Across versions: the linked areas' exact sums, shown as the history comparison shows them.
  const mapped = sameModel
    ? null
    : showParts(
        linked.map((codes) => {
          const scored = codes.map((code) => before.get(code)).filter((area): area is ShownArea => area !== undefined && isScored(area));
          return scored.length === 0 ? null : (sumHundredths(scored.map((area) => area.exact)) as Hundredths);
        }),
        baseline.shown.total.exact,
      );
  const areas = current.shown.areas.map((area, index): DevelopmentArea => {
    const mappedFrom = linked[index] ?? [];
    const then = sameModel ? before.get(area.code) : undefined;
    const previous = mapped ? (mapped.parts[index] ?? null) : shownOf(then);
    const now = shownOf(area);
    const previousRounded = mapped ? mapped.rounded : (then?.rounded ?? false);
    return {
      code: area.code,
      previous,
      now,
      change: changeOf(previous, now),
      rounded: area.rounded || (previous !== null && previousRounded),
      mappedFrom,
      subareas: sameModel ? subareaRows(area, then) : [],
    };
  });
  const previousTotal = mapped ? mapped.total : baseline.shown.total.shown;
  return {
    sameModel,
    areas,
    total: {
      code: 'total',
      previous: previousTotal,
      now: current.shown.total.shown,
      change: current.shown.total.shown - previousTotal,
      rounded: current.shown.total.rounded || baseline.shown.total.rounded,
    },
    totalIsNotSum: mapped ? mapped.totalIsNotSum : false,
  };
}
