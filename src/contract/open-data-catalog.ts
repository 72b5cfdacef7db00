/**
 * The open-data catalogue: the published datasets described in DCAT-AP-SE (RDF/XML), the Swedish
 * profile of DCAT-AP that dataportal.se harvests. The datasets, their formats and licence are the
 * open data's own (src/contract/open-data.ts); this adds what a catalogue says about them.
 */
import { z } from 'zod';
import { COUNTRIES } from '../domain/municipality.js';
import { defineOperation, type FileResponse } from './operation.js';

/** Where the catalogue is served (under the API prefix), and its media type. */
export const OPEN_DATA_CATALOG_PATH = '/open-data/catalog.rdf';
export const RDF_XML_MEDIA_TYPE = 'application/rdf+xml';

/** The web page about the open data (the catalogue's homepage and the datasets' landing page). */
export const OPEN_DATA_PAGE_PATH = '/oppna-data';

/** What the published data holds as a whole: the open-data page shows it and offers its years and models as filters. */
export const openDataSummarySchema = z.object({
  /** Published evaluations (rows of the evaluations dataset without filters). */
  evaluations: z.number().int().min(0),
  /** When the data last changed (the latest publication), ISO date-time; null when nothing is published. */
  modified: z.string().nullable(),
  /** The first and last year the data covers; null when no published evaluation is dated. */
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  /** The countries of the published evaluations' municipalities. */
  countries: z.array(z.enum(COUNTRIES)),
  /** The model version ids of the published evaluations. */
  models: z.array(z.string()),
});
export type OpenDataSummary = z.output<typeof openDataSummarySchema>;

const rdfFile: FileResponse = {
  description: 'RDF/XML: one dcat:Catalog with its dcat:Dataset and dcat:Distribution descriptions',
  content: { [RDF_XML_MEDIA_TYPE]: { schema: z.string() } },
};

/** The kinds of publisher of the ADMS publisher-type vocabulary (http://purl.org/adms/publishertype/). */
export const ADMS_PUBLISHER_TYPES = [
  'Academia-ScientificOrganisation',
  'Company',
  'IndustryConsortium',
  'LocalAuthority',
  'NationalAuthority',
  'NonGovernmentalOrganisation',
  'NonProfitOrganisation',
  'PrivateIndividual(s)',
  'RegionalAuthority',
  'StandardisationBody',
  'SupraNationalAuthority',
] as const;
export type AdmsPublisherType = (typeof ADMS_PUBLISHER_TYPES)[number];

/** The open-data catalogue's operation. */
export const openDataCatalogOperations = {
  getOpenDataCatalog: defineOperation({
    method: 'GET',
    path: OPEN_DATA_CATALOG_PATH,
    tags: ['open-data'],
    summary: 'The open-data catalogue in DCAT-AP-SE (RDF/XML), for data portals such as dataportal.se to harvest',
    description:
      'One dcat:Catalog with a dcat:Dataset per published dataset and a dcat:Distribution per format (CSV, Excel CSV, XLSX, JSON), ' +
      'with the licence (CC BY 4.0), publisher, contact point, the years the data covers and when it last changed. Only published evaluations count.',
    response: { 200: rdfFile },
  }),
  getOpenDataSummary: defineOperation({
    method: 'GET',
    path: '/open-data/summary',
    tags: ['open-data'],
    summary: 'What the open data holds: published evaluations, the years, countries and model versions they cover, and when it last changed',
    response: { 200: openDataSummarySchema },
  }),
};
