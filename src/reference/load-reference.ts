import { readFileSync } from 'node:fs';
import { countyId, municipalityId, type Country, type MunicipalityRef } from '../domain/municipality.js';
import { projectPath } from '../paths.js';
import { parseCsvRecords } from './csv-records.js';

export interface CountyRef {
  /** "se-22", "no-46". */
  id: string;
  country: Country;
  code: string;
  name: string;
  shortName: string;
}

/**
 * A shipped file of population (and, for Sweden, SKR groups) per municipality and year, as the
 * file's text: it is parsed only when the start-up sync finds it changed (see syncReferenceData).
 * Its codes are bare codes of `country`.
 */
export interface AttributeFile {
  file: string;
  country: Country;
  text: string;
}

export interface ReferenceData {
  counties: CountyRef[];
  municipalities: MunicipalityRef[];
  attributes: AttributeFile[];
}

function required(values: Record<string, string>, column: string, file: string, line: number): string {
  const value = values[column];
  if (!value) throw new Error(`${file}: line ${line}: column "${column}" is empty or missing`);
  return value;
}

/**
 * Sweden: SCB's municipalities and counties (CC0, from sjbrg/swedish-geodata; codes keep their
 * leading zeros) and the attribute file (population from SCB, SKR's kommungruppsindelning 2023).
 */
function loadSweden(directory: string): ReferenceData {
  const countyFile = 'se-counties.csv';
  const municipalityFile = 'se-municipalities.csv';
  const counties = parseCsvRecords(readFileSync(`${directory}/${countyFile}`, 'utf8')).map(({ line, values }) => {
    const code = required(values, 'county_code', countyFile, line);
    return {
      id: countyId('se', code),
      country: 'se' as const,
      code,
      name: required(values, 'county_name', countyFile, line),
      shortName: required(values, 'county_name_short', countyFile, line),
    };
  });
  const municipalities = parseCsvRecords(readFileSync(`${directory}/${municipalityFile}`, 'utf8')).map(({ line, values }) => {
    const code = required(values, 'municipality_code', municipalityFile, line);
    return {
      id: municipalityId('se', code),
      country: 'se' as const,
      code,
      name: required(values, 'municipality_name', municipalityFile, line),
      shortName: required(values, 'municipality_name_short', municipalityFile, line),
      countyId: countyId('se', required(values, 'county_code', municipalityFile, line)),
    };
  });
  const file = 'se-municipality-attributes.csv';
  return { counties, municipalities, attributes: [{ file, country: 'se', text: readFileSync(`${directory}/${file}`, 'utf8') }] };
}

/**
 * Norway: Kartverket's 2024 division, 357 municipalities in 15 fylker (official names, Sámi and
 * Kven names included), and SSB's population on 1 January per year. No SKR groups.
 */
function loadNorway(directory: string): ReferenceData {
  const municipalityFile = 'no-municipalities.csv';
  const counties = new Map<string, CountyRef>();
  const municipalities = parseCsvRecords(readFileSync(`${directory}/${municipalityFile}`, 'utf8')).map(({ line, values }) => {
    const code = required(values, 'kommunenummer', municipalityFile, line);
    const name = required(values, 'navn', municipalityFile, line);
    const county = countyId('no', required(values, 'fylkesnummer', municipalityFile, line));
    const countyName = required(values, 'fylke', municipalityFile, line);
    counties.set(county, { id: county, country: 'no', code: county.slice(3), name: countyName, shortName: countyName });
    return { id: municipalityId('no', code), country: 'no' as const, code, name, shortName: name, countyId: county };
  });
  const file = 'no-municipality-population.csv';
  return {
    counties: [...counties.values()].sort((a, b) => a.code.localeCompare(b.code)),
    municipalities,
    attributes: [{ file, country: 'no', text: readFileSync(`${directory}/${file}`, 'utf8') }],
  };
}

/**
 * Reads the reference lists shipped in catalogue/reference, every country's (see
 * catalogue/reference/README.md for the sources and licences).
 */
export function loadReferenceData(directory = projectPath('catalogue', 'reference')): ReferenceData {
  const countries = [loadSweden(directory), loadNorway(directory)];
  return {
    counties: countries.flatMap((country) => country.counties),
    municipalities: countries.flatMap((country) => country.municipalities),
    attributes: countries.flatMap((country) => country.attributes),
  };
}
