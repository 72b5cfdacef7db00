import { describe, expect, it } from 'vitest';
import { CsvError, parseCsvRecords } from './csv-records.js';
import { loadReferenceData } from './load-reference.js';
import { parseMunicipalityAttributes } from './parse-municipality-attributes.js';

const reference = loadReferenceData();
const known = new Set(reference.municipalities.map((municipality) => municipality.id));
const swedish = new Set(reference.municipalities.filter((municipality) => municipality.country === 'se').map((municipality) => municipality.id));
const norwegian = new Set(reference.municipalities.filter((municipality) => municipality.country === 'no').map((municipality) => municipality.id));
const byId = (id: string) => reference.municipalities.find((municipality) => municipality.id === id);

describe('reference data', () => {
  it('has Sweden’s 290 municipalities and 21 counties with leading zeros kept', () => {
    expect(swedish.size).toBe(290);
    expect(reference.counties.filter((county) => county.country === 'se')).toHaveLength(21);
    expect(byId('se-0114')?.shortName).toBe('Upplands Väsby');
    expect(byId('se-2284')?.countyId).toBe('se-22');
  });

  it('has Norway’s 357 municipalities (2024 division) in 15 fylker', () => {
    expect(norwegian.size).toBe(357);
    expect(reference.counties.filter((county) => county.country === 'no')).toHaveLength(15);
    expect(byId('no-0301')).toEqual({ id: 'no-0301', country: 'no', code: '0301', name: 'Oslo', shortName: 'Oslo', countyId: 'no-03' });
    expect(byId('no-4601')?.countyId).toBe('no-46');
    expect(reference.counties.find((county) => county.id === 'no-46')?.name).toBe('Vestland');
  });

  it('keeps a Swedish and a Norwegian municipality with the same four-digit code apart (1860: Laxå and Vestvågøy)', () => {
    expect(byId('se-1860')?.shortName).toBe('Laxå');
    expect(byId('no-1860')?.shortName).toBe('Vestvågøy');
    expect(new Set(reference.municipalities.map((municipality) => municipality.id)).size).toBe(290 + 357);
  });
});

describe('the shipped population and SKR groups (catalogue/reference)', () => {
  const sweden = reference.attributes.find((file) => file.country === 'se')!;
  const { rows, problems } = parseMunicipalityAttributes(sweden.text, known, 'se');

  it('parse without a problem: every municipality for 2022, 2023 and 2024', () => {
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(870);
    for (const year of [2022, 2023, 2024]) expect(new Set(rows.filter((row) => row.year === year).map((row) => row.municipalityId))).toEqual(swedish);
  });

  it('add up to SCB’s national totals and SKR’s group sizes, each figure credited to its publisher', () => {
    const sum = (year: number) => rows.filter((row) => row.year === year).reduce((total, row) => total + (row.population ?? 0), 0);
    expect([sum(2022), sum(2023), sum(2024)]).toEqual([10_521_556, 10_551_707, 10_587_710]);
    const sizes: Record<string, number> = {};
    for (const row of rows.filter((entry) => entry.year === 2023)) sizes[row.group!] = (sizes[row.group!] ?? 0) + 1;
    expect(sizes).toEqual({ A1: 3, A2: 43, B3: 23, B4: 63, B5: 24, C6: 27, C7: 51, C8: 35, C9: 21 });
    expect(new Set(rows.map((row) => row.populationSource))).toEqual(new Set(['SCB (folkmängd 31 dec)']));
    expect(new Set(rows.map((row) => row.groupSource))).toEqual(new Set(['SKR (kommungruppsindelning 2023)']));
  });
});

describe('the shipped Norwegian population (SSB, catalogue/reference)', () => {
  const norway = reference.attributes.find((file) => file.country === 'no')!;
  const { rows, problems } = parseMunicipalityAttributes(norway.text, known, 'no');

  it('gives every municipality its population on 1 January 2023–2026, adding up to SSB’s national totals, without SKR groups', () => {
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(357 * 4);
    for (const year of [2023, 2024, 2025, 2026]) expect(new Set(rows.filter((row) => row.year === year).map((row) => row.municipalityId))).toEqual(norwegian);
    const sum = (year: number) => rows.filter((row) => row.year === year).reduce((total, row) => total + (row.population ?? 0), 0);
    expect([sum(2024), sum(2025), sum(2026)]).toEqual([5_550_203, 5_594_340, 5_627_400]);
    expect(rows.every((row) => row.group === null)).toBe(true);
    expect(rows.find((row) => row.municipalityId === 'no-0301' && row.year === 2025)?.population).toBe(724_290);
  });
});

describe('parseCsvRecords', () => {
  it('detects ";" and handles quotes, CRLF and a BOM', () => {
    expect(parseCsvRecords('\uFEFFA;b\r\n"x;1";"say ""hi"""\r\n')).toEqual([{ line: 2, values: { a: 'x;1', b: 'say "hi"' } }]);
    expect(parseCsvRecords('a,b\n1,2\n')).toEqual([{ line: 2, values: { a: '1', b: '2' } }]);
    expect(parseCsvRecords('a\tb\n1\t2')).toEqual([{ line: 2, values: { a: '1', b: '2' } }]);
  });

  it('keeps commas, newlines and quotes inside quoted fields and counts lines as the file has them', () => {
    const text = 'namn,anteckning\n"Öster, väst","rad ett\nrad två"\n\n ,\nsist,"citat ""x"" slut"\nkort\n';
    expect(parseCsvRecords(text)).toEqual([
      { line: 2, values: { namn: 'Öster, väst', anteckning: 'rad ett\nrad två' } },
      { line: 6, values: { namn: 'sist', anteckning: 'citat "x" slut' } },
      { line: 7, values: { namn: 'kort', anteckning: '' } },
    ]);
  });

  it('names the line where an unclosed quoted field opens, and an empty file', () => {
    expect(() => parseCsvRecords('a;b\n1;2\n3;"open\n')).toThrow(new CsvError(3, 'a quoted field is not closed'));
    expect(() => parseCsvRecords('a;b\n1;2\n3;"open\n')).toThrow('line 3: a quoted field is not closed');
    expect(() => parseCsvRecords('\n \n')).toThrow('line 1: the file is empty');
  });
});

describe('parseMunicipalityAttributes', () => {
  it('reads Swedish CSV: ";" separator, spaces in thousands, decimal comma, missing leading zero', () => {
    const text = 'Kommunkod;År;Folkmängd;Kommungrupp;Källa\n2284;2023;56\u00a0000;b5;SCB\n114;2023;48 000,0;;SCB\n';
    const { rows, problems } = parseMunicipalityAttributes(text, known, 'se');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, municipalityId: 'se-2284', year: 2023, population: 56000, group: 'B5', populationSource: 'SCB', groupSource: 'SCB' },
      { line: 3, municipalityId: 'se-0114', year: 2023, population: 48000, group: null, populationSource: 'SCB', groupSource: null },
    ]);
  });

  it('credits each figure to its own source when the file names them apart', () => {
    const text = 'kommunkod;år;folkmängd;kommungrupp;källa_folkmängd;källa_kommungrupp\n2284;2023;56000;B5;SCB;SKR\n2284;2024;56100;;SCB;\n';
    const { rows, problems } = parseMunicipalityAttributes(text, known, 'se');
    expect(problems).toEqual([]);
    expect(rows.map(({ populationSource, groupSource }) => [populationSource, groupSource])).toEqual([
      ['SCB', 'SKR'],
      ['SCB', null],
    ]);
  });

  it('lists every problem with its line and imports nothing', () => {
    const text = 'kommunkod;år;folkmängd;kommungrupp\n9999;2023;10;\n2284;20;12,5;Z9\n2284;2023;;\n2284;2024;1;\n2284;2024;2;\n';
    const { problems } = parseMunicipalityAttributes(text, known, 'se');
    expect(problems).toEqual([
      { line: 2, message: '"9999" is not a known municipality (se-9999)' },
      { line: 3, message: 'year "20" must be a year between 1900 and 2100' },
      { line: 3, message: 'population "12,5" must be a whole number' },
      { line: 3, message: 'SKR group "Z9" must look like A1 … C9' },
      { line: 4, message: 'neither population nor SKR group is given' },
      { line: 6, message: 'se-2284 2024 appears twice (also on line 5)' },
    ]);
  });

  it('takes municipality ids of both countries, bare codes only with the file’s country, and SKR groups for Sweden only', () => {
    const text = 'kommunkod;år;folkmängd;kommungrupp\nno-1860;2025;11000;\nse-1860;2024;11000;C9\nNO-0301;2025;724290;\n';
    const { rows, problems } = parseMunicipalityAttributes(text, known, null);
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.municipalityId)).toEqual(['no-1860', 'se-1860', 'no-0301']);
    expect(parseMunicipalityAttributes('kommunenummer;år;folketall;kilde\n1860;2025;11000;SSB\n', known, 'no').rows[0]).toMatchObject({ municipalityId: 'no-1860', populationSource: 'SSB' });
    expect(parseMunicipalityAttributes('kommunkod;år;folkmängd\n1860;2025;11000\n', known, null).problems).toEqual([
      { line: 2, message: '"1860" is not a municipality id such as "se-2284" or "no-0301" (bare codes need the file\'s country)' },
    ]);
    expect(parseMunicipalityAttributes('kommunkod;år;kommungrupp\nno-0301;2025;A1\n', known, null).problems).toEqual([
      { line: 2, message: 'no-0301 is not Swedish: SKR groups exist for Swedish municipalities only' },
    ]);
  });

  it('says which columns are missing', () => {
    const { problems } = parseMunicipalityAttributes('namn;värde\nx;1\n', known, 'se');
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('no municipality code column'),
      expect.stringContaining('no year column'),
      expect.stringContaining('neither a population column'),
    ]);
  });
});
