/** Human-readable names and warnings of comparison groups, in the asked language. */
import { formatNumber } from './format.js';
import type { Language } from './language.js';
import { translate } from './translate.js';
import type { PopulationClass } from '../domain/comparison/peer-groups.js';
import type { GroupWording, PeerGroupFilter } from '../domain/comparison/types.js';

/** The population class in words: "högst 20 000 invånare", "20 001–50 000 invånare", … */
export function populationClassLabel(entry: PopulationClass, language: Language): string {
  const min = formatNumber(entry.min, language, 0);
  if (entry.max === null) return translate(language, 'comparison.peer.populationOver', { min: formatNumber(entry.min - 1, language, 0) });
  const max = formatNumber(entry.max, language, 0);
  return entry.min === 0
    ? translate(language, 'comparison.peer.populationUpTo', { max })
    : translate(language, 'comparison.peer.populationBetween', { min, max });
}

const sinceSuffix = (since: number | null, language: Language) => (since === null ? '' : ` (${translate(language, 'comparison.since', { year: since })})`);

/** "Riksgenomsnitt", with the first year when the comparison is limited to recent evaluations. */
export function nationalLabel(since: number | null, language: Language): string {
  return `${translate(language, 'comparison.national')}${sinceSuffix(since, language)}`;
}

/** The group of every country's municipalities (asked for explicitly): "Norden (Sverige och Norge)". */
export function nordicLabel(since: number | null, language: Language): string {
  return `${translate(language, 'comparison.nordic')}${sinceSuffix(since, language)}`;
}

/**
 * The peer group in words, criteria in a fixed order (population, first time, county, group):
 * "Jämförelsegrupp: högst 20 000 invånare, Jämtlands län, kommungrupp B5".
 */
export function peerLabel(
  filter: PeerGroupFilter,
  context: { classes: readonly PopulationClass[]; countyName: string | null; since: number | null },
  language: Language,
): string {
  const criteria: string[] = [];
  if (filter.populationClass !== undefined) {
    const entry = context.classes.find((candidate) => candidate.id === filter.populationClass);
    criteria.push(entry ? populationClassLabel(entry, language) : filter.populationClass);
  }
  if (filter.firstTime !== undefined) criteria.push(translate(language, filter.firstTime ? 'comparison.peer.firstTime' : 'comparison.peer.notFirstTime'));
  if (filter.countyId !== undefined) criteria.push(translate(language, 'comparison.peer.county', { county: context.countyName ?? filter.countyId }));
  if (filter.municipalityGroup !== undefined) criteria.push(translate(language, 'comparison.peer.group', { group: filter.municipalityGroup }));
  return `${translate(language, 'comparison.peer', { criteria: criteria.join(', ') })}${sinceSuffix(context.since, language)}`;
}

/** The warning a group carries: none, too few evaluations (n < minN), or none at all. */
export function groupWarning(n: number, minN: number, language: Language): string | null {
  if (n === 0) return translate(language, 'comparison.empty');
  return n < minN ? translate(language, 'comparison.belowMinimum', { n, minN }) : null;
}

/** Points the reader from a thin archive (national n < minN) to a stored reference average. */
export function thinArchiveWarning(n: number, minN: number, reference: string, language: Language): string {
  return translate(language, 'comparison.thinArchive', { n, minN, reference });
}

/** A reference average's name with its source and date. */
function referenceLabel(label: string, source: string, date: string, language: Language): string {
  return translate(language, 'comparison.reference', { label, source, date });
}

/** The words of comparison groups in `language`, for the domain's builders. */
export const groupWording = (language: Language): GroupWording => ({
  warning: (n, minN) => groupWarning(n, minN, language),
  reference: (label, source, date) => referenceLabel(label, source, date, language),
});

const SKR_GROUP_KEYS = {
  A1: 'comparison.skrGroup.A1',
  A2: 'comparison.skrGroup.A2',
  B3: 'comparison.skrGroup.B3',
  B4: 'comparison.skrGroup.B4',
  B5: 'comparison.skrGroup.B5',
  C6: 'comparison.skrGroup.C6',
  C7: 'comparison.skrGroup.C7',
  C8: 'comparison.skrGroup.C8',
  C9: 'comparison.skrGroup.C9',
} as const;

/** An SKR municipality group with SKR's name for it ("C9 Landsbygdskommun med besöksnäring"); other codes as they are. */
export function skrGroupLabel(code: string, language: Language): string {
  const key = SKR_GROUP_KEYS[code as keyof typeof SKR_GROUP_KEYS];
  return key ? `${code} ${translate(language, key)}` : code;
}
