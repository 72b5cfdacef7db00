import type { Language } from './framework.js';

/**
 * Municipalities of more than one country. A municipality is identified everywhere (URLs, API,
 * imports, open data, the database) by its id: the country (ISO 3166-1 alpha-2, lower case), a
 * hyphen and the country's own code, e.g. "se-2029" (Leksand, SCB) or "no-0301" (Oslo,
 * Kartverket/SSB). The bare codes overlap between countries ("1860" is Laxå and Vestvågøy), so a
 * bare code alone never names a municipality, except in old links (see legacyMunicipalityId).
 * Counties (Swedish län, Norwegian fylker) likewise: "se-20", "no-03".
 */

/** The countries whose municipalities Kompass knows, in display order. */
export const COUNTRIES = ['se', 'no'] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * The language an evaluation of a country's municipality is written in (its analyses, rationales,
 * comments and notes), whatever language the reader has chosen: Swedish in Sweden, bokmål in Norway.
 */
export const WRITTEN_LANGUAGE: Record<Country, Language> = { se: 'sv', no: 'nb' };

/** A municipality's own code in every known country: four digits, leading zero kept. */
const MUNICIPALITY_CODE = /^\d{4}$/;
/** A county's own code in every known country: two digits. */
const COUNTY_CODE = /^\d{2}$/;
/** The form of a municipality id, for schemas and messages. */
export const MUNICIPALITY_ID_PATTERN = /^(se|no)-\d{4}$/;
export const COUNTY_ID_PATTERN = /^(se|no)-\d{2}$/;

export function isCountry(value: string): value is Country {
  return (COUNTRIES as readonly string[]).includes(value);
}

/** "se", "2029" → "se-2029". Throws on a code that is not the country's form (a programming error). */
export function municipalityId(country: Country, code: string): string {
  if (!MUNICIPALITY_CODE.test(code)) throw new Error(`"${code}" is not a four-digit municipality code`);
  return `${country}-${code}`;
}

/** "se", "20" → "se-20". */
export function countyId(country: Country, code: string): string {
  if (!COUNTY_CODE.test(code)) throw new Error(`"${code}" is not a two-digit county code`);
  return `${country}-${code}`;
}

/** "no-0301" → { country: "no", code: "0301" }; anything else → null. */
export function parseMunicipalityId(id: string): { country: Country; code: string } | null {
  if (!MUNICIPALITY_ID_PATTERN.test(id)) return null;
  return { country: id.slice(0, 2) as Country, code: id.slice(3) };
}

/** "se-20" → { country: "se", code: "20" }; anything else → null. */
export function parseCountyId(id: string): { country: Country; code: string } | null {
  if (!COUNTY_ID_PATTERN.test(id)) return null;
  return { country: id.slice(0, 2) as Country, code: id.slice(3) };
}

/** "no-0301" → { id: "no-0301", country: "no", code: "0301" }, as the API shows a municipality; throws on an id that is not one. */
export function municipalityIdParts(id: string): { id: string; country: Country; code: string } {
  const parsed = parseMunicipalityId(id);
  if (!parsed) throw new Error(`"${id}" is not a municipality id`);
  return { id, ...parsed };
}

/** The country of a municipality or county id ("no-0301" → "no"); throws on an id that is not one. */
export function countryOf(id: string): Country {
  const parsed = parseMunicipalityId(id) ?? parseCountyId(id);
  if (!parsed) throw new Error(`"${id}" is not a municipality or county id`);
  return parsed.country;
}

/**
 * Old links and files knew only Sweden's four-digit SCB codes: a bare four-digit code means the
 * Swedish municipality ("2029" → "se-2029"). Only for old links; null for anything else.
 */
export function legacyMunicipalityId(code: string): string | null {
  return MUNICIPALITY_CODE.test(code) ? municipalityId('se', code) : null;
}

/** A municipality as in its country's official classification (SCB, Kartverket). */
export interface MunicipalityRef {
  /** "se-2284". */
  id: string;
  country: Country;
  /** The country's four-digit code; in Sweden the first two digits are the county. */
  code: string;
  /** Full name, e.g. "Örnsköldsviks kommun" or "Bergen". */
  name: string;
  /** Short name, e.g. "Örnsköldsvik". */
  shortName: string;
  /** "se-22". */
  countyId: string;
}
