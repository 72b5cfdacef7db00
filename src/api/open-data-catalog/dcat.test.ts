import { describe, expect, it } from 'vitest';
import { checkCatalogShape, parseRdfXml, propertiesOf } from '../../../tests/support/dcat-ap-se.js';
import { OPEN_DATA_DATASETS, OPEN_DATA_FORMATS, OPEN_DATA_LICENCE, openDataPath } from '../../contract/open-data.js';
import { describeCatalog, VOCABULARIES } from './catalog-description.js';
import { catalogToRdfXml, escapeXml } from './dcat.js';

const BASE = 'https://kompass.example.se';
const FACTS = {
  evaluations: 12,
  modified: '2024-05-02T10:11:12Z',
  firstPublished: '2023-01-09T08:00:00Z',
  firstYear: 2010,
  lastYear: 2023,
  countries: ['no', 'se'] as Array<'se' | 'no'>,
  models: ['kommunkompassen-2016', 'kommunkompassen-2020'],
};
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

describe('escapeXml', () => {
  it('escapes the five XML specials and drops what XML 1.0 cannot hold', () => {
    expect(escapeXml(`Kommun & Region <"SKR"> 'x'`)).toBe('Kommun &amp; Region &lt;&quot;SKR&quot;&gt; &apos;x&apos;');
    expect(escapeXml('a\u0000b\u0007c\u001fd\tok\n')).toBe('abcd\tok\n');
    expect(escapeXml('lone \ud800 high, pair \ud83d\ude00 kept')).toBe('lone  high, pair \ud83d\ude00 kept');
  });
});

describe('the DCAT-AP-SE catalogue', () => {
  const settings = { publisherName: 'Sveriges Kommuner & Regioner <SKR> "test"', contactEmail: 'oppna.data@example.se', publisherType: 'NonProfitOrganisation' };
  const xml = catalogToRdfXml(describeCatalog(BASE, settings, FACTS));

  it('has every mandatory and recommended class and property in its proper form', () => {
    const shape = checkCatalogShape(xml);
    expect(shape.problems).toEqual([]);
    expect(shape.datasets).toHaveLength(OPEN_DATA_DATASETS.length);
    expect(shape.distributions).toHaveLength(OPEN_DATA_DATASETS.length * OPEN_DATA_FORMATS.length);
  });

  it('carries names with & < > " verbatim through the XML', () => {
    const document = parseRdfXml(xml);
    const agent = Array.from({ length: document.documentElement.childNodes.length }, (_, index) => document.documentElement.childNodes.item(index)).find(
      (node) => node.nodeType === 1 && (node as Element).localName === 'Agent',
    ) as Element;
    expect(propertiesOf(agent, 'foaf:name')[0]!.textContent).toBe(settings.publisherName);
    expect(propertiesOf(agent, 'dcterms:type')[0]!.getAttributeNS(RDF, 'resource')).toBe('http://purl.org/adms/publishertype/NonProfitOrganisation');
    expect(xml).toContain('mailto:oppna.data@example.se');
  });

  it('gives every format of every dataset at its absolute address, with licence, file type and media type', () => {
    const shape = checkCatalogShape(xml);
    const expected = OPEN_DATA_DATASETS.flatMap((dataset) => OPEN_DATA_FORMATS.map((format) => `${BASE}/api${openDataPath(dataset, format)}`));
    expect(shape.distributionUrls.sort()).toEqual(expected.sort());
    for (const distribution of shape.distributions) {
      expect(propertiesOf(distribution, 'dcterms:license')[0]!.getAttributeNS(RDF, 'resource')).toBe(OPEN_DATA_LICENCE.url);
    }
    const byUri = new Map(shape.distributions.map((distribution) => [distribution.getAttributeNS(RDF, 'about'), distribution]));
    const resources = (uri: string, property: `${string}:${string}`) =>
      propertiesOf(byUri.get(`${BASE}/api/open-data/catalog.rdf#${uri}`)!, property as 'dcat:x').map((element) => element.getAttributeNS(RDF, 'resource'));
    expect(resources('evaluations-csv', 'dcterms:conformsTo')).toEqual([VOCABULARIES.rfc4180]);
    expect(resources('evaluations-excel-csv', 'dcterms:conformsTo')).toEqual([]);
    expect(resources('scores-xlsx', 'dcterms:format')).toEqual([VOCABULARIES.fileType('XLSX')]);
    expect(resources('scores-json', 'dcat:downloadURL')).toEqual([]);
    expect(resources('scores-json', 'dcat:accessURL')).toEqual([`${BASE}/api/open-data/scores.json`]);
    expect(resources('scores-json', 'dcterms:conformsTo')).toEqual([`${BASE}/api/docs/json`]);
  });

  it('covers the published years and countries and changed with the latest publication', () => {
    expect(xml).toContain('<dcat:startDate rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2010-01-01</dcat:startDate>');
    expect(xml).toContain('<dcat:endDate rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2023-12-31</dcat:endDate>');
    expect(xml).toContain('<dcterms:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#dateTime">2024-05-02T10:11:12Z</dcterms:modified>');
    expect(xml).toContain(`<dcterms:spatial rdf:resource="${VOCABULARIES.country('NOR')}"/>`);
    expect(xml).toContain(`<dcterms:spatial rdf:resource="${VOCABULARIES.country('SWE')}"/>`);
  });

  it('points to a page to ask on when no contact e-mail is configured, and to the public address given', () => {
    const plain = catalogToRdfXml(describeCatalog('http://127.0.0.1:3000', { publisherName: 'Kommunkompassen' }, FACTS));
    expect(checkCatalogShape(plain).problems).toEqual([]);
    expect(plain).not.toContain('mailto:');
    expect(plain).toContain('<vcard:hasURL rdf:resource="http://127.0.0.1:3000/oppna-data"/>');
    expect(plain).toContain('<foaf:Agent rdf:about="http://127.0.0.1:3000/oppna-data#publisher">');
  });

  it('leaves out the period and dates while nothing is published, and the shape check says so', () => {
    const empty = catalogToRdfXml(describeCatalog(BASE, settings, { ...FACTS, evaluations: 0, modified: null, firstPublished: null, firstYear: null, lastYear: null, countries: [], models: [] }));
    expect(empty).not.toContain('dcterms:temporal');
    const problems = checkCatalogShape(empty).problems;
    expect(problems).toContain('dcat:Catalog: dcterms:modified is missing (at least 1)');
    expect(problems.some((problem) => problem.endsWith('dcterms:temporal is missing (at least 1)'))).toBe(true);
    // Sweden is the default place while no country is published.
    expect(empty).toContain(`<dcterms:spatial rdf:resource="${VOCABULARIES.country('SWE')}"/>`);
  });

  it('stays well-formed whatever the configured name holds', () => {
    const odd = catalogToRdfXml(describeCatalog(BASE, { publisherName: ']]> <!-- & \u0001 \ud800 </rdf:RDF>' }, FACTS));
    expect(() => parseRdfXml(odd)).not.toThrow();
    expect(checkCatalogShape(odd).problems).toEqual([]);
  });

  it('refuses a date that is not ISO', () => {
    expect(() => catalogToRdfXml(describeCatalog(BASE, settings, { ...FACTS, modified: '2. Mai 2024' }))).toThrow(/ISO/);
  });
});
