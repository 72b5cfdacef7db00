import type { Country } from '../../domain/municipality.js';
import type { LanguageContextValue } from '../language/language-context.js';

type Translate = LanguageContextValue['t'];

/** The country's name in the reader's language ("Sverige", "Norge"; no flags). */
export function countryName(country: Country, t: Translate): string {
  return t(country === 'no' ? 'country.no' : 'country.se');
}

/** A municipality as a choice in a list of both countries: "Bergen (Norge, 4601)". */
export function municipalityOption(municipality: { name: string; country: Country; code: string }, t: Translate): string {
  return t('municipality.option', { name: municipality.name, country: countryName(municipality.country, t), code: municipality.code });
}
