/**
 * A new model version from an existing one: the base's definition (criteria included) under a new
 * id and title, based on the base, current from this year, with a map back to the base (identity
 * for areas and for every sub-area code both have, no caveat of its own: the catalogue's general
 * caveat applies) and, when the base was authored, the base's own maps, now from the new version.
 */
import type { DraftFramework, DraftMap, DraftText } from './framework-draft.js';

export interface NewVersionInput {
  id: string;
  title: DraftText;
  /** The year it is used from (the current year). */
  year: number;
}

export function draftFromBase(base: { definition: DraftFramework; maps: readonly DraftMap[]; authored: boolean }, input: NewVersionInput): { definition: DraftFramework; maps: DraftMap[] } {
  const definition: DraftFramework = {
    ...structuredClone(base.definition),
    id: input.id,
    title: { ...input.title },
    basedOn: base.definition.id,
    current: false,
    usedFrom: input.year,
    usedTo: null,
  };
  const areaCodes = base.definition.areas.map((area) => area.code);
  const subareaCodes = new Set(base.definition.areas.flatMap((area) => area.subareas.map((subarea) => subarea.code)));
  const toBase: DraftMap = {
    from: input.id,
    to: base.definition.id,
    areas: Object.fromEntries(areaCodes.map((code) => [code, code])),
    subareas: Object.fromEntries(definition.areas.flatMap((area) => area.subareas.map((subarea) => subarea.code)).filter((code) => subareaCodes.has(code)).map((code) => [code, code])),
  };
  const earlier = base.authored
    ? base.maps.filter((map) => map.to !== input.id && map.to !== base.definition.id).map((map) => ({ ...structuredClone(map), from: input.id }))
    : [];
  return { definition, maps: [toBase, ...earlier] };
}
