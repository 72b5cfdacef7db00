import { readFileSync } from 'node:fs';
import type { MunicipalityRef } from '../domain/municipality.js';
import { projectPath } from '../paths.js';
import { parseCsvRecords } from './csv-records.js';

interface CountyRef {
  code: string;
  name: string;
  shortName: string;
}

/**
 * The shipped population (SCB) and SKR groups per municipality and year, as the file's text: it
 * is parsed only when the start-up sync finds it changed (see syncReferenceData).
 */
interface AttributeFile {
  file: string;
  text: string;
}

export interface ReferenceData {
  counties: CountyRef[];
  municipalities: MunicipalityRef[];
  attributes: AttributeFile;
}

/** The shipped attribute file's name in catalogue/reference. */
const ATTRIBUTE_FILE = 'se-municipality-attributes.csv';

function required(values: Record<string, string>, column: string, file: string, line: number): string {
  const value = values[column];
  if (!value) throw new Error(`${file}: line ${line}: column "${column}" is empty or missing`);
  return value;
}

/**
 * Reads the reference lists shipped in catalogue/reference: SCB's municipalities and counties
 * (CC0, from sjbrg/swedish-geodata; codes keep their leading zeros) and the attribute file
 * (population from SCB, SKR's kommungruppsindelning 2023; see catalogue/reference/README.md).
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
  const attributes = { file: ATTRIBUTE_FILE, text: readFileSync(`${directory}/${ATTRIBUTE_FILE}`, 'utf8') };
  return { counties, municipalities, attributes };
}
