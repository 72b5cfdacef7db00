/**
 * Which municipalities are most often cited as good examples: per group (a model version's
 * sub-area or area), each cited municipality's number of citations and of distinct citing
 * evaluations, most cited first (then most evaluations, then the caller's order of names).
 */
export interface CitationFact {
  group: string;
  municipalityId: string;
  evaluationId: string;
}

export interface CitedMunicipalityCount {
  municipalityId: string;
  citations: number;
  evaluations: number;
}

export interface RankedGroup {
  group: string;
  /** At most `limit`, most cited first. */
  top: CitedMunicipalityCount[];
  /** Every municipality cited in the group, also those beyond the limit. */
  municipalityCount: number;
}

/** Groups in order of their first citation; `byName` breaks ties between equally cited municipalities (ids in, as the names compare). */
export function rankCitedMunicipalities(facts: readonly CitationFact[], limit: number, byName: (a: string, b: string) => number): RankedGroup[] {
  const groups = new Map<string, Map<string, { citations: number; evaluations: Set<string> }>>();
  for (const fact of facts) {
    let group = groups.get(fact.group);
    if (!group) {
      group = new Map();
      groups.set(fact.group, group);
    }
    const counted = group.get(fact.municipalityId) ?? { citations: 0, evaluations: new Set<string>() };
    counted.citations += 1;
    counted.evaluations.add(fact.evaluationId);
    group.set(fact.municipalityId, counted);
  }
  return [...groups.entries()].map(([group, counts]) => {
    const ranked = [...counts.entries()]
      .map(([municipalityId, counted]) => ({ municipalityId, citations: counted.citations, evaluations: counted.evaluations.size }))
      .sort((a, b) => b.citations - a.citations || b.evaluations - a.evaluations || byName(a.municipalityId, b.municipalityId));
    return { group, top: ranked.slice(0, Math.max(0, limit)), municipalityCount: ranked.length };
  });
}
