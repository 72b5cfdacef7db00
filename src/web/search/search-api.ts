import { searchOperations, type SearchResponse } from '../../contract/search.js';
import type { Language } from '../../i18n/index.js';
import { callApi } from '../api/call.js';
import { searchApiQuery, type SearchState } from './search-state.js';

export type { SearchResponse };

/** One page of hits of a search in the reports' texts, with the filters' counts. */
export function searchReports(search: SearchState, lang: Language, signal?: AbortSignal): Promise<SearchResponse> {
  return callApi(searchOperations.searchReports, { query: searchApiQuery(search, lang) }, { signal });
}
