import { municipalityId, parseMunicipalityId, type Country } from '../domain/municipality.js';
import { parseCsvRecords } from './csv-records.js';

/** Population and/or SKR group of one municipality in one year. */
export interface MunicipalityAttributeRow {
  line: number;
  /** "se-2284", "no-0301". */
  municipalityId: string;
  year: number;
  population: number | null;
  group: string | null;
  /** Where the population figure comes from (a "källa folkmängd" column, else "källa"). */
  populationSource: string | null;
  /** Where the SKR group comes from (a "källa kommungrupp" column, else "källa"). */
  groupSource: string | null;
}

export interface AttributeProblem {
  line: number;
  message: string;
}

/** Column names accepted for each field (Swedish and English, as exported by SCB, Kolada or SKR). */
const COLUMNS = {
  code: ['kommunkod', 'kod', 'code', 'municipality_code', 'municipality_id', 'kommun_kod', 'kommunenummer', 'kommunenr'],
  year: ['år', 'ar', 'year', 'period'],
  population: ['folkmängd', 'folkmangd', 'invånare', 'invanare', 'population', 'befolkning', 'folketall', 'folkemengde'],
  group: ['kommungrupp', 'skr_group', 'group', 'kommungruppsindelning'],
  source: ['källa', 'kalla', 'source', 'kilde'],
  // A file with both figures may name each one's publisher (population: SCB, groups: SKR).
  populationSource: ['källa_folkmängd', 'källa folkmängd', 'kalla_folkmangd', 'population_source'],
  groupSource: ['källa_kommungrupp', 'källa kommungrupp', 'kalla_kommungrupp', 'group_source'],
} as const;

function pick(values: Record<string, string>, names: readonly string[]): string | undefined {
  for (const name of names) if (values[name] !== undefined) return values[name];
  return undefined;
}

/** "13 245", "13\u00a0245", "13245,0" → 13245; anything else → null. */
function parsePopulation(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (!/^\d+([.,]0+)?$/.test(compact)) return null;
  return Number(compact.split(/[.,]/)[0]);
}

const SKR_GROUP = /^[ABC][1-9]$/;

/**
 * The municipality id a row names: a qualified id ("no-0301") as it is, a bare code ("0301",
 * or "301" with the leading zero lost by a spreadsheet) in the file's country; null when a bare
 * code comes without a country.
 */
function rowMunicipalityId(rawCode: string, country: Country | null): string | null {
  const qualified = rawCode.toLowerCase();
  if (parseMunicipalityId(qualified)) return qualified;
  const code = /^\d{3}$/.test(rawCode) ? `0${rawCode}` : rawCode;
  if (!/^\d{4}$/.test(code) || country === null) return null;
  return municipalityId(country, code);
}

/**
 * Reads a CSV of time-stamped municipality attributes (Swedish and Norwegian conventions
 * accepted: ";" and decimal comma). The code column holds municipality ids ("se-2284",
 * "no-0301"), or bare codes when the file's `country` is given. Every row is checked; the caller
 * imports nothing unless there are no problems. One "källa" column names the source of both
 * figures; "källa_folkmängd" and "källa_kommungrupp" name each figure's own, so neither is
 * credited to the other's publisher. SKR groups exist for Swedish municipalities only.
 * @param known the ids of the known municipalities
 */
export function parseMunicipalityAttributes(
  text: string,
  known: ReadonlySet<string>,
  country: Country | null,
): { rows: MunicipalityAttributeRow[]; problems: AttributeProblem[] } {
  const records = parseCsvRecords(text);
  const header = records[0] ? Object.keys(records[0].values) : [];
  const problems: AttributeProblem[] = [];
  if (records.length === 0) return { rows: [], problems: [{ line: 1, message: 'the file has a header but no rows' }] };
  const has = (names: readonly string[]) => names.some((name) => header.includes(name));
  if (!has(COLUMNS.code)) problems.push({ line: 1, message: `no municipality code column (one of: ${COLUMNS.code.join(', ')})` });
  if (!has(COLUMNS.year)) problems.push({ line: 1, message: `no year column (one of: ${COLUMNS.year.join(', ')})` });
  if (!has(COLUMNS.population) && !has(COLUMNS.group)) {
    problems.push({ line: 1, message: `neither a population column (${COLUMNS.population.join(', ')}) nor an SKR group column (${COLUMNS.group.join(', ')})` });
  }
  if (problems.length > 0) return { rows: [], problems };

  const rows: MunicipalityAttributeRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of records) {
    const rawCode = pick(values, COLUMNS.code) ?? '';
    const id = rowMunicipalityId(rawCode, country);
    const year = Number(pick(values, COLUMNS.year));
    const populationText = pick(values, COLUMNS.population) ?? '';
    const groupText = (pick(values, COLUMNS.group) ?? '').toUpperCase();
    const population = populationText === '' ? null : parsePopulation(populationText);
    const rowProblems: string[] = [];
    if (id === null) {
      rowProblems.push(
        country === null
          ? `"${rawCode}" is not a municipality id such as "se-2284" or "no-0301" (bare codes need the file's country)`
          : `"${rawCode}" is not a municipality code or id`,
      );
    } else if (!known.has(id)) rowProblems.push(`"${rawCode}" is not a known municipality (${id})`);
    if (!Number.isInteger(year) || year < 1900 || year > 2100) rowProblems.push(`year "${pick(values, COLUMNS.year)}" must be a year between 1900 and 2100`);
    if (populationText !== '' && population === null) rowProblems.push(`population "${populationText}" must be a whole number`);
    if (groupText !== '' && !SKR_GROUP.test(groupText)) rowProblems.push(`SKR group "${groupText}" must look like A1 … C9`);
    if (groupText !== '' && id !== null && !id.startsWith('se-')) rowProblems.push(`${id} is not Swedish: SKR groups exist for Swedish municipalities only`);
    if (populationText === '' && groupText === '') rowProblems.push('neither population nor SKR group is given');
    const firstLine = seen.get(`${id}:${year}`);
    if (id !== null && firstLine !== undefined) rowProblems.push(`${id} ${year} appears twice (also on line ${firstLine})`);
    seen.set(`${id}:${year}`, line);
    if (rowProblems.length > 0 || id === null) {
      problems.push(...rowProblems.map((message) => ({ line, message })));
      continue;
    }
    const source = pick(values, COLUMNS.source) || null;
    rows.push({
      line,
      municipalityId: id,
      year,
      population,
      group: groupText || null,
      populationSource: population === null ? null : pick(values, COLUMNS.populationSource) || source,
      groupSource: groupText === '' ? null : pick(values, COLUMNS.groupSource) || source,
    });
  }
  return { rows, problems };
}
