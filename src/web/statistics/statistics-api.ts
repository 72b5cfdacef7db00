/** The statistics API and the map's boundaries as the web app uses them (src/contract/statistics.ts, src/contract/geo.ts). */
import { geoOperations, type MunicipalityBoundaries } from '../../contract/geo.js';
import { MUNICIPALITY_SEARCH_LIMIT_MAX, municipalitiesOperations } from '../../contract/municipalities.js';
import { statisticsOperations, type StatisticsResponse } from '../../contract/statistics.js';
import type { Language } from '../../i18n/index.js';
import { callApi } from '../api/call.js';

export type { MunicipalityBoundaries, StatisticsResponse };
export type LatestEvaluation = StatisticsResponse['latest'][number];
export type DistributionFigure = NonNullable<StatisticsResponse['distribution']>['total'];

export const statisticsApi = {
  /** Distributions, every municipality's latest published evaluation and trends, for `query`'s filters. */
  statistics: (query: Record<string, string | undefined>, lang: Language, signal?: AbortSignal) =>
    callApi(statisticsOperations.getStatistics, { query: { ...query, lang } as never }, { signal }),
  /** The country's municipality boundaries; the browser keeps them (the server sends an ETag and a day's caching). */
  boundaries: (country: 'se' | 'no', signal?: AbortSignal) =>
    callApi(geoOperations.getMunicipalityBoundaries, { params: { country } }, { signal, cache: 'default' }),
  /** Every municipality of a country (the county choices and how many municipalities the map has). */
  municipalities: (country: 'se' | 'no', signal?: AbortSignal) =>
    callApi(municipalitiesOperations.searchMunicipalities, { query: { country, limit: MUNICIPALITY_SEARCH_LIMIT_MAX } }, { signal }),
};
