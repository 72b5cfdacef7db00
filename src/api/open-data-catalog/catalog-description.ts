/**
 * The open-data catalogue's content: the datasets and formats of the open-data contract, its
 * licence, the publisher and contact point of the settings and the facts of the published data,
 * as the DCAT-AP-SE description that `catalogToRdfXml` writes. Pure; the catalogue's own words
 * (titles, descriptions, keywords in Swedish and English) are here, the data's are the contract's.
 */
import { API_PREFIX } from '../../contract/operation.js';
import { OPEN_DATA_CATALOG_PATH, OPEN_DATA_PAGE_PATH, type OpenDataSummary } from '../../contract/open-data-catalog.js';
import { OPEN_DATA_DATASETS, OPEN_DATA_FORMATS, OPEN_DATA_LICENCE, openDataPath, type OpenDataDataset, type OpenDataFormat } from '../../contract/open-data.js';
import type { OpenDataSettings } from '../../kernel/open-data-settings.js';
import type { DcatCatalog, DcatDataset, DcatDistribution, LanguageTexts } from './dcat.js';

const EU = 'http://publications.europa.eu/resource/authority';
const IANA = 'https://www.iana.org/assignments/media-types';

export const VOCABULARIES = {
  dataTheme: `${EU}/data-theme`,
  /** Government and public sector. */
  governmentTheme: `${EU}/data-theme/GOVE`,
  /** Evaluations are published irregularly (about ten a year). */
  irregular: `${EU}/frequency/IRREG`,
  language: (code: 'SWE' | 'NOB' | 'ENG') => `${EU}/language/${code}`,
  country: (code: 'SWE' | 'NOR') => `${EU}/country/${code}`,
  fileType: (code: 'CSV' | 'XLSX' | 'JSON') => `${EU}/file-type/${code}`,
  admsPublisherType: (type: string) => `http://purl.org/adms/publishertype/${type}`,
  /** The catalogue's own metadata carries no conditions (CC0), as DCAT-AP-SE recommends for metadata. */
  cc0: 'http://creativecommons.org/publicdomain/zero/1.0/',
  rfc4180: 'https://www.rfc-editor.org/rfc/rfc4180',
} as const;

const COUNTRY_URI: Record<string, 'SWE' | 'NOR'> = { se: 'SWE', no: 'NOR' };

/** Per format: file type, media type and what the distribution is for. */
const FORMATS: Record<OpenDataFormat, { fileType: 'CSV' | 'XLSX' | 'JSON'; mediaType: string; title: LanguageTexts; description: LanguageTexts; rfc4180?: true; paged?: true }> = {
  csv: {
    fileType: 'CSV',
    mediaType: `${IANA}/text/csv`,
    rfc4180: true,
    title: { sv: 'CSV', en: 'CSV' },
    description: {
      sv: 'CSV för maskinell läsning enligt RFC 4180: UTF-8, kommatecken som avgränsare, punkt som decimaltecken och en rubrikrad.',
      en: 'CSV for machines as in RFC 4180: UTF-8, comma-separated, a full stop as the decimal mark and a header row.',
    },
  },
  'excel-csv': {
    fileType: 'CSV',
    mediaType: `${IANA}/text/csv`,
    title: { sv: 'CSV för Excel (svenska inställningar)', en: 'CSV for Excel (Swedish settings)' },
    description: {
      sv: 'CSV som svenskt Excel öppnar direkt: UTF-8 med BOM, semikolon som avgränsare och decimalkomma.',
      en: 'CSV that Excel with Swedish settings opens directly: UTF-8 with a BOM, semicolons and a decimal comma.',
    },
  },
  xlsx: {
    fileType: 'XLSX',
    mediaType: `${IANA}/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`,
    title: { sv: 'Excel-arbetsbok (XLSX)', en: 'Excel workbook (XLSX)' },
    description: {
      sv: 'Arbetsbok med tal som tal och ett blad om datan och licensen.',
      en: 'A workbook with numbers as numbers and a sheet about the data and its licence.',
    },
  },
  json: {
    fileType: 'JSON',
    mediaType: `${IANA}/application/json`,
    paged: true,
    title: { sv: 'JSON-API', en: 'JSON API' },
    description: {
      sv: 'JSON i sidor: limit anger antal rader per sida (högst 1000), next är adressen till nästa sida och null på den sista. API:t beskrivs i OpenAPI-dokumentet.',
      en: 'JSON in pages: limit sets the rows per page (at most 1000), next is the address of the next page and null on the last one. The API is described by its OpenAPI document.',
    },
  },
};

/** The datasets' titles, descriptions and keywords as the catalogue gives them. */
const DATASETS: Record<OpenDataDataset, { title: LanguageTexts; description: LanguageTexts; keywords: Readonly<Record<string, readonly string[]>> }> = {
  evaluations: {
    title: { sv: 'Kommunkompassen – publicerade utvärderingar', en: 'Kommunkompassen – published evaluations' },
    description: {
      sv: 'En rad per publicerad utvärdering med Kommunkompassen: kommun, län, år, modellversion, exakt poäng för vart och ett av de åtta områdena och totalt, och de poäng som arkiverade rapporter tryckte. Kommunkompassen utvärderar hur en kommun styrs och leds, inte resultaten av dess verksamheter.',
      en: 'One row per published evaluation with Kommunkompassen (the Municipal Compass): municipality, county, year, model version, the exact score of each of the eight areas and the total, and the figures archived reports printed. Kommunkompassen evaluates how a municipality is governed and led, not the results of its services.',
    },
    keywords: {
      sv: ['Kommunkompassen', 'kommuner', 'styrning', 'ledning', 'utvärdering', 'demokrati'],
      en: ['Kommunkompassen', 'municipalities', 'governance', 'leadership', 'evaluation', 'democracy'],
    },
  },
  scores: {
    title: { sv: 'Kommunkompassen – poäng per bedömningsenhet', en: 'Kommunkompassen – scores per scoring unit' },
    description: {
      sv: 'En rad per delområde (eller område, i modeller som poängsätts per område) i varje publicerad utvärdering med Kommunkompassen: exakt poäng, maxpoäng och de poäng som arkiverade rapporter tryckte.',
      en: 'One row per sub-area (or area, in models scored per area) of every published evaluation with Kommunkompassen: the exact score, the maximum and the figures archived reports printed.',
    },
    keywords: {
      sv: ['Kommunkompassen', 'kommuner', 'styrning', 'poäng', 'delområden'],
      en: ['Kommunkompassen', 'municipalities', 'governance', 'scores', 'sub-areas'],
    },
  },
};

const CATALOG_TEXTS = {
  title: { sv: 'Kommunkompassen – öppna data', en: 'Kommunkompassen – open data' },
  description: {
    sv: 'Öppna data om publicerade utvärderingar med Kommunkompassen, en metod för att utvärdera hur kommuner styrs och leds. Datan är licensierad med CC BY 4.0.',
    en: 'Open data on published evaluations with Kommunkompassen (the Municipal Compass), a method for evaluating how municipalities are governed and led. The data is licensed under CC BY 4.0.',
  },
} as const;

const dateOf = (year: number, end: boolean) => `${String(year).padStart(4, '0')}-${end ? '12-31' : '01-01'}`;

/**
 * The catalogue at `baseUrl` (the public address, no trailing slash). Facts with nothing published
 * leave out the period and the dates; every URL is absolute.
 */
export function describeCatalog(baseUrl: string, settings: OpenDataSettings, facts: OpenDataSummary & { firstPublished: string | null }): DcatCatalog {
  const page = `${baseUrl}${OPEN_DATA_PAGE_PATH}`;
  const catalogUrl = `${baseUrl}${API_PREFIX}${OPEN_DATA_CATALOG_PATH}`;
  const publisher = {
    uri: settings.publisherUri ?? `${page}#publisher`,
    name: settings.publisherName,
    ...(settings.publisherType ? { type: VOCABULARIES.admsPublisherType(settings.publisherType) } : {}),
  };
  const contactPoint = { name: settings.publisherName, ...(settings.contactEmail ? { email: settings.contactEmail } : {}), url: page };
  const countries = facts.countries.length > 0 ? facts.countries : ['se'];
  const modified = facts.modified ?? undefined;

  const distribution = (dataset: OpenDataDataset, format: OpenDataFormat): DcatDistribution => {
    const info = FORMATS[format];
    const url = `${baseUrl}${API_PREFIX}${openDataPath(dataset, format)}`;
    return {
      uri: `${catalogUrl}#${dataset}-${format}`,
      title: info.title,
      description: info.description,
      accessUrl: url,
      ...(info.paged ? {} : { downloadUrl: url }),
      mediaType: info.mediaType,
      format: VOCABULARIES.fileType(info.fileType),
      license: OPEN_DATA_LICENCE.url,
      conformsTo: [...(info.rfc4180 ? [VOCABULARIES.rfc4180] : []), ...(info.paged ? [`${baseUrl}${API_PREFIX}/docs/json`] : [])],
      ...(modified ? { modified } : {}),
    };
  };

  const datasets: DcatDataset[] = OPEN_DATA_DATASETS.map((dataset) => ({
    uri: `${page}#${dataset}`,
    identifier: `${page}#${dataset}`,
    ...DATASETS[dataset],
    themes: [VOCABULARIES.governmentTheme],
    contactPoint,
    landingPage: page,
    languages: [VOCABULARIES.language('SWE'), VOCABULARIES.language('NOB'), VOCABULARIES.language('ENG')],
    spatial: countries.flatMap((country) => (COUNTRY_URI[country] ? [VOCABULARIES.country(COUNTRY_URI[country])] : [])),
    ...(facts.firstYear !== null && facts.lastYear !== null ? { temporal: { start: dateOf(facts.firstYear, false), end: dateOf(facts.lastYear, true) } } : {}),
    accrualPeriodicity: VOCABULARIES.irregular,
    ...(modified ? { modified } : {}),
    distributions: OPEN_DATA_FORMATS.map((format) => distribution(dataset, format)),
  }));

  return {
    uri: catalogUrl,
    title: CATALOG_TEXTS.title,
    description: CATALOG_TEXTS.description,
    publisher,
    homepage: page,
    languages: [VOCABULARIES.language('SWE'), VOCABULARIES.language('ENG')],
    license: VOCABULARIES.cc0,
    ...(facts.firstPublished ? { issued: facts.firstPublished } : {}),
    ...(modified ? { modified } : {}),
    themeTaxonomy: VOCABULARIES.dataTheme,
    datasets,
  };
}
