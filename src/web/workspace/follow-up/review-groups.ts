/**
 * The previous improvement opportunities to judge, once each: grouped by the previous area they
 * were written for, in the baseline's order. With another model version one previous area may
 * map to several of the follow-up's areas; it is still judged once.
 */
import type { PreviousArea } from './follow-up-api.js';

export function previousAreasOnce(baseline: { areas: ReadonlyArray<{ previous: readonly PreviousArea[] }> }): PreviousArea[] {
  const seen = new Set<string>();
  const areas: PreviousArea[] = [];
  for (const area of baseline.areas) {
    for (const previous of area.previous) {
      if (seen.has(previous.areaCode)) continue;
      seen.add(previous.areaCode);
      areas.push(previous);
    }
  }
  return areas;
}
