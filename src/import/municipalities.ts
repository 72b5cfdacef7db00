/**
 * Finding municipalities in report text: the evaluated municipality on the cover, and other
 * municipalities named as good examples. Names are matched against the official list of the
 * report's country (SCB's for Sweden, Kartverket's for Norway), never guessed.
 */
import type { Country, MunicipalityRef } from '../domain/municipality.js';

/**
 * The country whose municipalities a report is about: a report that names the Norwegian
 * "Kommunekompasset" is Norwegian; every other report (Kommunkompassen) is Swedish.
 */
export function reportCountry(text: string): Country {
  return /kommunekompasset/i.test(text) ? 'no' : 'se';
}

const byCountryCache = new WeakMap<readonly MunicipalityRef[], Map<Country, readonly MunicipalityRef[]>>();

/** The municipalities of one country in a list (the same array for the same list and country, so its index is built once). */
export function municipalitiesOf(municipalities: readonly MunicipalityRef[], country: Country): readonly MunicipalityRef[] {
  let byCountry = byCountryCache.get(municipalities);
  if (!byCountry) {
    byCountry = new Map();
    byCountryCache.set(municipalities, byCountry);
  }
  let list = byCountry.get(country);
  if (!list) {
    list = municipalities.filter((municipality) => municipality.country === country);
    byCountry.set(country, list);
  }
  return list;
}

/** Short names that are also ordinary Swedish words; they count only as "X kommun". */
const COMMON_WORD_NAMES = new Set(['Berg', 'Mark', 'Vara', 'Kil', 'Boden', 'Nora', 'Salem', 'Eda', 'Åre', 'Ale', 'Hjo', 'Habo', 'Sala', 'Flen', 'Orust', 'Gotland', 'Lund']);

interface MunicipalityIndex {
  byLowerShort: Map<string, MunicipalityRef>;
  byLowerFull: Map<string, MunicipalityRef>;
  /** Matches any short name, optionally genitive, optionally followed by "kommun"/"stad" (Norwegian "kommune"). */
  mention: RegExp;
}

const indexCache = new WeakMap<readonly MunicipalityRef[], MunicipalityIndex>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds (once per list) the lookup tables and the mention pattern. */
function municipalityIndex(municipalities: readonly MunicipalityRef[]): MunicipalityIndex {
  const cached = indexCache.get(municipalities);
  if (cached) return cached;
  const byLowerShort = new Map<string, MunicipalityRef>();
  const byLowerFull = new Map<string, MunicipalityRef>();
  for (const municipality of municipalities) {
    byLowerShort.set(municipality.shortName.toLowerCase(), municipality);
    byLowerFull.set(municipality.name.toLowerCase(), municipality);
  }
  const names = municipalities.map((municipality) => municipality.shortName).sort((a, b) => b.length - a.length);
  const alternation = names.map(escapeRegExp).join('|');
  // Letters may not touch the name on either side ("Leksandsbostäder" is not Leksand).
  const mention = new RegExp(`(?<![\\p{L}\\p{N}-])(${alternation})(s)?(?![\\p{L}\\p{N}])(\\s+(?:kommunes?|kommuns?|stads?))?`, 'gu');
  const index = { byLowerShort, byLowerFull, mention };
  indexCache.set(municipalities, index);
  return index;
}

/**
 * The municipality a report is about: a full name ("Leksands kommun", any case) on the cover
 * wins; otherwise the full name named most often in the text. Null when none is found.
 */
export function findSubjectMunicipality(cover: string, wholeText: string, municipalities: readonly MunicipalityRef[]): MunicipalityRef | null {
  const index = municipalityIndex(municipalities);
  const find = (text: string): Map<MunicipalityRef, number> => {
    const counts = new Map<MunicipalityRef, number>();
    const lower = text.toLowerCase().replace(/\s+/g, ' ');
    for (const match of lower.matchAll(/([\p{L}][\p{L} -]{0,30}?)s? (?:kommune|kommun|stad)\b/gu)) {
      const candidate = (match[1] ?? '').trim();
      // Try the longest tail that is a known name ("analys av leksand" → "leksand").
      const words = candidate.split(' ');
      for (let from = 0; from < words.length; from += 1) {
        const tail = words.slice(from).join(' ');
        const municipality =
          index.byLowerShort.get(tail) ?? index.byLowerFull.get(tail) ?? index.byLowerFull.get(`${tail} kommun`) ?? index.byLowerFull.get(`${tail}s kommun`);
        if (municipality) {
          counts.set(municipality, (counts.get(municipality) ?? 0) + 1);
          break;
        }
      }
    }
    return counts;
  };
  const best = (counts: Map<MunicipalityRef, number>) => [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return best(find(cover)) ?? best(find(wholeText.length > 200_000 ? wholeText.slice(0, 200_000) : wholeText));
}

/** Municipalities named in a sentence (other than `exclude`), in order of appearance, each once. */
export function municipalitiesIn(sentence: string, municipalities: readonly MunicipalityRef[], exclude: MunicipalityRef | null): MunicipalityRef[] {
  const index = municipalityIndex(municipalities);
  const found: MunicipalityRef[] = [];
  index.mention.lastIndex = 0;
  for (const match of sentence.matchAll(index.mention)) {
    const short = match[1] ?? '';
    const municipality = index.byLowerShort.get(short.toLowerCase());
    if (!municipality || municipality === exclude || found.includes(municipality)) continue;
    if (COMMON_WORD_NAMES.has(short) && !match[3]) continue;
    found.push(municipality);
  }
  return found;
}
