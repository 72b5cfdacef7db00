/**
 * Peer groups: which evaluations compare with which. Every criterion of a filter must hold
 * (AND); a criterion left out does not restrict. Pure functions over facts the query loads.
 */
import type { Country } from '../municipality.js';
import type { PeerGroupFilter } from './types.js';

/** A population class: inclusive bounds in inhabitants; `max` null = no upper bound. */
export interface PopulationClass {
  id: string;
  min: number;
  max: number | null;
}

/** The default class limits (Sweden): ≤ 20 000, 20 001–50 000, 50 001–100 000, > 100 000 inhabitants. */
export const DEFAULT_POPULATION_THRESHOLDS: readonly number[] = [20_000, 50_000, 100_000];

/**
 * The class limits per country (docs/decisions/0012): Sweden's as above; Norway has many small
 * municipalities (half have fewer than 5 000 inhabitants), so ≤ 5 000, 5 001–20 000,
 * 20 001–50 000 and > 50 000.
 */
export const POPULATION_THRESHOLDS_BY_COUNTRY: Readonly<Record<Country, readonly number[]>> = {
  se: DEFAULT_POPULATION_THRESHOLDS,
  no: [5_000, 20_000, 50_000],
};

/**
 * The classes implied by ascending upper limits: [20000, 50000] gives 'upto-20000',
 * '20001-50000' and 'over-50000'. Ids are stable as long as the limits are.
 */
export function populationClassesOf(thresholds: readonly number[]): PopulationClass[] {
  if (thresholds.length === 0) throw new Error('population classes need at least one limit');
  thresholds.forEach((limit, index) => {
    if (!Number.isInteger(limit) || limit <= 0) throw new Error(`population limit ${limit} is not a positive whole number`);
    if (index > 0 && limit <= thresholds[index - 1]!) throw new Error('population limits must be strictly ascending');
  });
  const classes: PopulationClass[] = [{ id: `upto-${thresholds[0]}`, min: 0, max: thresholds[0]! }];
  for (let index = 1; index < thresholds.length; index += 1) {
    const min = thresholds[index - 1]! + 1;
    classes.push({ id: `${min}-${thresholds[index]}`, min, max: thresholds[index]! });
  }
  const last = thresholds[thresholds.length - 1]!;
  classes.push({ id: `over-${last}`, min: last + 1, max: null });
  return classes;
}

/** The class a population falls in (classes cover every non-negative population). */
export function classOfPopulation(classes: readonly PopulationClass[], population: number): PopulationClass | null {
  return classes.find((entry) => population >= entry.min && (entry.max === null || population <= entry.max)) ?? null;
}

/** A value known for some years (populations, SKR groups). */
export interface YearValue<T> {
  year: number;
  value: T;
}

/**
 * The population for an evaluation: that of its year, else of the nearest earlier year
 * available (a later census does not describe the municipality as it was), else — when no
 * figure is as old as the evaluation — of the nearest later year, so an evaluation older than
 * the population series still falls in a class (docs/decisions/0009). Without a year, the
 * latest known. Null when the municipality has no figure at all.
 */
export function populationForYear(series: readonly YearValue<number>[], year: number | null): number | null {
  let earlier: YearValue<number> | null = null;
  let later: YearValue<number> | null = null;
  for (const entry of series) {
    if (year === null || entry.year <= year) {
      if (!earlier || entry.year > earlier.year) earlier = entry;
    } else if (!later || entry.year < later.year) later = entry;
  }
  return (earlier ?? later)?.value ?? null;
}

/** What peer criteria are decided on, per evaluation. */
export interface PeerFacts {
  countyId: string;
  population: number | null;
  groupCode: string | null;
  /** The municipality's first evaluation in the archive. */
  firstTime: boolean;
}

/** True when the filter asks for something (an empty filter is no peer group). */
export function isPeerFilterEmpty(filter: PeerGroupFilter | null): boolean {
  return (
    !filter ||
    (filter.populationClass === undefined && filter.firstTime === undefined && filter.countyId === undefined && filter.municipalityGroup === undefined)
  );
}

/**
 * A predicate for the filter: all given criteria combine (AND). An unknown population or
 * group never matches a criterion on it. Throws on a population class that is not configured.
 */
export function peerPredicate(filter: PeerGroupFilter, classes: readonly PopulationClass[]): (facts: PeerFacts) => boolean {
  const populationClass = filter.populationClass === undefined ? null : classes.find((entry) => entry.id === filter.populationClass);
  if (populationClass === undefined) {
    throw new Error(`unknown population class ${filter.populationClass}; configured: ${classes.map((entry) => entry.id).join(', ')}`);
  }
  return (facts) =>
    (populationClass === null ||
      (facts.population !== null && facts.population >= populationClass.min && (populationClass.max === null || facts.population <= populationClass.max))) &&
    (filter.firstTime === undefined || facts.firstTime === filter.firstTime) &&
    (filter.countyId === undefined || facts.countyId === filter.countyId) &&
    (filter.municipalityGroup === undefined || facts.groupCode === filter.municipalityGroup);
}

/** Comparison settings from the configuration (KOMPASS_POPULATION_CLASSES). */
export interface ComparisonSettings {
  populationClasses: readonly PopulationClass[];
}
