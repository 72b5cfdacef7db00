import { readFileSync } from 'node:fs';
import type { MunicipalityRef } from '../domain/municipality.js';
import { projectPath } from '../paths.js';
import { parseCsvRecords } from './csv.js';

export interface CountyRef {
  code: string;
  name: string;
  shortName: string;
}

export interface ReferenceData {
  counties: CountyRef[];
  municipalities: MunicipalityRef[];
}

function required(values: Record<string, string>, column: string, file: string, line: number): string {
  const value = values[column];
  if (!value) throw new Error(`${file}: line ${line}: column "${column}" is empty or missing`);
  return value;
}

/**
 * Reads the SCB reference lists shipped in catalogue/reference (CC0, from sjbrg/swedish-geodata).
 * Codes keep their leading zeros.
 */
export function loadReferenceData(directory = projectPath('catalogue', 'reference')): ReferenceData {
  const countyFile = 'se-counties.csv';
  const municipalityFile = 'se-municipalities.csv';
  const counties = parseCsvRecords(readFileSync(`${directory}/${countyFile}`, 'utf8')).map(({ line, values }) => ({
    code: required(values, 'county_code', countyFile, line),
    name: required(values, 'county_name', countyFile, line),
    shortName: required(values, 'county_name_short', countyFile, line),
  }));
  const municipalities = parseCsvRecords(readFileSync(`${directory}/${municipalityFile}`, 'utf8')).map(
    ({ line, values }) => ({
      code: required(values, 'municipality_code', municipalityFile, line),
      name: required(values, 'municipality_name', municipalityFile, line),
      shortName: required(values, 'municipality_name_short', municipalityFile, line),
      countyCode: required(values, 'county_code', municipalityFile, line),
    }),
  );
  return { counties, municipalities };
}
