/**
 * The open-data catalogue: the published datasets described in DCAT-AP-SE (RDF/XML), the Swedish
 * profile of DCAT-AP that dataportal.se harvests. The datasets, their formats and licence are the
 * open data's own (src/contract/open-data.ts); this adds what a catalogue says about them.
 */
import { defineOperation } from './operation.js';

/** Where the catalogue is served (under the API prefix), and its media type. */
export const OPEN_DATA_CATALOG_PATH = '/open-data/catalog.rdf';
export const RDF_XML_MEDIA_TYPE = 'application/rdf+xml';

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
    tags: ['open data'],
    summary: 'The open-data catalogue in DCAT-AP-SE (RDF/XML), for data portals such as dataportal.se to harvest',
    description:
      'One dcat:Catalog with a dcat:Dataset per published dataset and a dcat:Distribution per format (CSV, Excel CSV, XLSX, JSON), ' +
      'with the licence (CC BY 4.0), publisher, contact point, the years the data covers and when it last changed. Only published evaluations count.',
  }),
};
