/**
 * How many evaluations each peer-group choice would hold, so no choice with n = 0 is offered
 * silently. Counted like facets of a search: a choice's n is that of the group the user would
 * get by picking it while keeping the other criteria already chosen.
 */
import { peerPredicate, type PeerFacts, type PopulationClass } from './peer-groups.js';
import type { PeerGroupFilter } from './types.js';

/** SKR's kommungruppsindelning 2023: the nine groups, in SKR's order. */
export const SKR_GROUPS = ['A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9'] as const;

/** The n of every choice (see the file comment); `peer` is null when no criterion is chosen. */
export interface PeerChoiceCounts {
  peer: number | null;
  populationClasses: Array<{ id: string; n: number }>;
  firstTime: number;
  counties: Array<{ code: string; n: number }>;
  groups: Array<{ code: string; n: number }>;
}

/** The filter without one criterion (the one whose choices are being counted). */
function without(filter: PeerGroupFilter, key: keyof PeerGroupFilter): PeerGroupFilter {
  const rest = { ...filter };
  delete rest[key];
  return rest;
}

/**
 * Counts the groups behind every choice over `members` (the national group of the comparison:
 * published, complete, within its years). `counties` and `groups` are the codes to offer.
 */
export function countPeerChoices(
  members: readonly PeerFacts[],
  filter: PeerGroupFilter | null,
  classes: readonly PopulationClass[],
  choices: { counties: readonly string[]; groups: readonly string[] },
): PeerChoiceCounts {
  const chosen = filter ?? {};
  const base = (key: keyof PeerGroupFilter) => members.filter(peerPredicate(without(chosen, key), classes));
  const count = (pool: readonly PeerFacts[], criterion: PeerGroupFilter) => pool.filter(peerPredicate(criterion, classes)).length;
  const byClass = base('populationClass');
  const byCounty = base('countyId');
  const byGroup = base('municipalityGroup');
  const criteria = Object.keys(chosen).filter((key) => chosen[key as keyof PeerGroupFilter] !== undefined);
  return {
    peer: criteria.length === 0 ? null : count(members, chosen),
    populationClasses: classes.map((entry) => ({ id: entry.id, n: count(byClass, { populationClass: entry.id }) })),
    firstTime: count(base('firstTime'), { firstTime: true }),
    counties: choices.counties.map((code) => ({ code, n: count(byCounty, { countyId: code }) })),
    groups: choices.groups.map((code) => ({ code, n: count(byGroup, { municipalityGroup: code }) })),
  };
}

/** The SKR groups to offer: SKR's nine, then any other code found in the data, in code order. */
export function groupChoices(found: ReadonlyArray<string | null>): string[] {
  const known = new Set<string>(SKR_GROUPS);
  const others = [...new Set(found.filter((code): code is string => code !== null && !known.has(code)))].sort();
  return [...SKR_GROUPS, ...others];
}
