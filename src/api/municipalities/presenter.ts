import type { MunicipalityRow, YearValueRow } from './repository.js';
import type { MunicipalityDetail, MunicipalitySummary } from '../../contract/municipalities.js';

/** Shapes a municipality row for the API. */
export function presentMunicipality(row: MunicipalityRow): MunicipalitySummary {
  return {
    id: row.id,
    country: row.country,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    county: { id: row.countyId, country: row.country, code: row.countyId.slice(3), name: row.countyName },
    population:
      row.populationYear !== null && row.population !== null
        ? { year: row.populationYear, value: row.population, source: row.populationSource }
        : null,
    group:
      row.groupYear !== null && row.groupCode !== null
        ? { year: row.groupYear, value: row.groupCode, source: row.groupSource }
        : null,
    evaluationCount: row.evaluationCount,
  };
}

export function presentMunicipalityDetail(
  row: MunicipalityRow,
  populations: Array<YearValueRow<number>>,
  groups: Array<YearValueRow<string>>,
): MunicipalityDetail {
  return { ...presentMunicipality(row), populations, groups };
}
