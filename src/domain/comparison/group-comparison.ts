/**
 * Building the comparison of one group (national, peer) from its members' exact scores.
 *
 * Only complete evaluations count: an evaluation with any scoring unit left unscored has a
 * total that is not comparable (deriveScores counts a missing unit as zero), so it is excluded
 * from every average, distribution and rank rather than pulling the mean down.
 */
import type { Hundredths } from '../decimal.js';
import type { ScoringUnit } from '../framework.js';
import { averageFigureOf } from './statistics.js';
import type { GroupComparison, GroupWording } from './types.js';

/** An evaluation of the group with its exact scores per area (hundredths) and in total. */
export interface GroupMember {
  id: string;
  total: Hundredths;
  areas: ReadonlyMap<string, Hundredths>;
}

/**
 * The evaluation as a group member with its per-area and total sums, or null when it is
 * incomplete: every scoring unit of the framework (sub-area, or whole area where the model
 * scores per area) must have a score. Codes that are not units of the framework are ignored.
 */
export function completeMember(id: string, scores: ReadonlyMap<string, Hundredths>, units: readonly ScoringUnit[]): GroupMember | null {
  const areas = new Map<string, Hundredths>();
  let total = 0;
  for (const unit of units) {
    const score = scores.get(unit.code);
    if (score === undefined) return null;
    areas.set(unit.areaCode, (areas.get(unit.areaCode) ?? 0) + score);
    total += score;
  }
  return { id, total, areas };
}

/** The municipality's own exact scores, to place it within the group. */
export interface OwnScores {
  id: string;
  total: Hundredths;
  areas: ReadonlyMap<string, Hundredths>;
}

/**
 * One group's comparison: mean, n, distribution per area and in total, and the municipality's
 * rank and percentile. The evaluation itself counts when it is one of the members; otherwise
 * its own score is placed among the members' (see placeWithin). `wording` gives the
 * group's warning in the reader's language.
 */
export function buildGroupComparison(
  input: {
    kind: 'national' | 'peer';
    label: string;
    frameworkId: string;
    areaCodes: readonly string[];
    members: readonly GroupMember[];
    minN: number;
    own: OwnScores | null;
  },
  wording: Pick<GroupWording, 'warning'>,
): GroupComparison {
  const { members, minN, own } = input;
  const included = own !== null && members.some((member) => member.id === own.id);
  const ownOf = (value: Hundredths | undefined) => (own && value !== undefined ? { value, included } : null);
  return {
    kind: input.kind,
    label: input.label,
    frameworkId: input.frameworkId,
    n: members.length,
    total: averageFigureOf(
      members.map((member) => member.total),
      minN,
      ownOf(own?.total),
    ),
    areas: input.areaCodes.map((code) => ({
      code,
      average: averageFigureOf(
        members.map((member) => member.areas.get(code) ?? 0),
        minN,
        ownOf(own?.areas.get(code)),
      ),
    })),
    source: null,
    caveat: null,
    warning: wording.warning(members.length, minN),
  };
}
