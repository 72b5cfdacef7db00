/**
 * The open-data page's filters as they stand in its address (`?country=se&model=…&since=2018&until=2023`,
 * the open-data API's own parameter names), and the download addresses they give. Values the API
 * would refuse are left out, so a hand-edited address never yields links that answer 400.
 */
import { COUNTRIES, type Country } from '../../domain/municipality.js';
import { API_PREFIX } from '../../contract/operation.js';
import { openDataPath, type OpenDataDataset, type OpenDataFormat, type OpenDataLanguage } from '../../contract/open-data.js';

export interface OpenDataFilter {
  country?: Country;
  model?: string;
  since?: number;
  until?: number;
}

export const FILTER_KEYS = ['country', 'model', 'since', 'until'] as const;

const YEAR = /^\d{4}$/;
const MODEL = /^[a-z0-9-]{1,60}$/;

const yearOf = (value: string | null): number | undefined => (value && YEAR.test(value) && Number(value) >= 1900 && Number(value) <= 2200 ? Number(value) : undefined);

/** The filter an address holds (unknown or malformed values dropped; an end before the start dropped). */
export function filterFromSearch(search: URLSearchParams): OpenDataFilter {
  const country = search.get('country');
  const model = search.get('model');
  const since = yearOf(search.get('since'));
  let until = yearOf(search.get('until'));
  if (since !== undefined && until !== undefined && until < since) until = undefined;
  return {
    ...((COUNTRIES as readonly string[]).includes(country ?? '') ? { country: country as Country } : {}),
    ...(model && MODEL.test(model) ? { model } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
  };
}

/** The address's query with the filter in place of the old one (other parameters kept). */
export function searchWithFilter(current: URLSearchParams, filter: OpenDataFilter): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** The query string of the filter (and the language where it is not Swedish, the files' default). */
function queryOf(filter: OpenDataFilter, language: OpenDataLanguage, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key] !== undefined) query.set(key, String(filter[key]));
  if (language !== 'sv') query.set('lang', language);
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Where a dataset is downloaded in a format with the filter (a path on this site). */
export function downloadUrl(dataset: OpenDataDataset, format: OpenDataFormat, filter: OpenDataFilter, language: OpenDataLanguage, extra?: Record<string, string>): string {
  return `${API_PREFIX}${openDataPath(dataset, format)}${queryOf(filter, language, extra)}`;
}

/** The file name a download address ends in (`evaluations-excel.csv`). */
export const fileNameOf = (dataset: OpenDataDataset, format: OpenDataFormat): string => openDataPath(dataset, format).split('/').pop()!;
