/**
 * Reads a DCAT-AP-SE catalogue in RDF/XML with an XML parser and checks its shape: every class and
 * property DCAT-AP-SE (2.x) makes mandatory, and the recommended ones Kompass promises, present with
 * the right form (a literal with a language, a typed date, or a resource of the right vocabulary).
 * Returns the problems found (none: the shape holds) and the catalogue's URLs, for tests to fetch.
 */
import { DOMParser } from '@xmldom/xmldom';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

const VOCABULARY = {
  theme: 'http://publications.europa.eu/resource/authority/data-theme/',
  frequency: 'http://publications.europa.eu/resource/authority/frequency/',
  fileType: 'http://publications.europa.eu/resource/authority/file-type/',
  language: 'http://publications.europa.eu/resource/authority/language/',
  country: 'http://publications.europa.eu/resource/authority/country/',
  mediaType: 'https://www.iana.org/assignments/media-types/',
};

type Prefix = keyof typeof NS;
type Form = 'text' | 'literal' | 'resource' | 'date' | 'node';

export interface CatalogShape {
  problems: string[];
  /** Every distribution's access and download URL. */
  distributionUrls: string[];
  catalog: Element | null;
  datasets: Element[];
  distributions: Element[];
}

const childElements = (element: Element): Element[] => {
  const children: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) children.push(node as Element);
  return children;
};

const named = (element: Element, prefix: Prefix, local: string): boolean => element.namespaceURI === NS[prefix] && element.localName === local;

/** The values of a property of a node, each with its element. */
export function propertiesOf(node: Element, property: `${Prefix}:${string}`): Element[] {
  const [prefix, local] = property.split(':') as [Prefix, string];
  return childElements(node).filter((child) => named(child, prefix, local));
}

const resourceOf = (element: Element): string | null => element.getAttributeNS(NS.rdf, 'resource') || null;

/** The first node a property holds inline (rdf:Description typed, or a typed element). */
function inlineNode(element: Element): Element | undefined {
  return childElements(element)[0];
}

function typeOf(node: Element): string {
  if (named(node, 'rdf', 'Description')) {
    const type = propertiesOf(node, 'rdf:type').map(resourceOf)[0];
    return type ?? '';
  }
  return `${node.namespaceURI}${node.localName}`;
}

/** Parses the document; a malformed one throws with the parser's message. */
export function parseRdfXml(xml: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    errorHandler: { warning: () => undefined, error: (message) => errors.push(String(message)), fatalError: (message) => errors.push(String(message)) },
  }).parseFromString(xml, 'application/xml');
  if (errors.length > 0) throw new Error(`Not well-formed XML: ${errors.join('; ')}`);
  return document;
}

export function checkCatalogShape(xml: string): CatalogShape {
  const problems: string[] = [];
  const document = parseRdfXml(xml);
  const root = document.documentElement;
  if (!root || !named(root, 'rdf', 'RDF')) return { problems: ['the document is not rdf:RDF'], distributionUrls: [], catalog: null, datasets: [], distributions: [] };

  const described = new Map<string, Element>();
  for (const node of childElements(root)) {
    const about = node.getAttributeNS(NS.rdf, 'about');
    if (about) described.set(about, node);
  }

  function need(where: string, node: Element, property: `${Prefix}:${string}`, form: Form, options: { vocabulary?: string; min?: number; languages?: string[] } = {}): Element[] {
    const values = propertiesOf(node, property);
    const min = options.min ?? 1;
    if (values.length < min) problems.push(`${where}: ${property} is missing (at least ${min})`);
    for (const value of values) {
      const resource = resourceOf(value);
      const text = value.textContent ?? '';
      const language = value.getAttributeNS(NS.xml, 'lang');
      const datatype = value.getAttributeNS(NS.rdf, 'datatype');
      if (form === 'resource') {
        if (!resource) problems.push(`${where}: ${property} must be a resource (rdf:resource)`);
        else if (options.vocabulary && !resource.startsWith(options.vocabulary)) problems.push(`${where}: ${property} ${resource} is not in ${options.vocabulary}`);
        else if (!/^(https?|mailto):/.test(resource)) problems.push(`${where}: ${property} ${resource} is not an absolute URI`);
      } else if (form === 'text') {
        if (resource || !text.trim()) problems.push(`${where}: ${property} must be a non-empty literal`);
        if (!language) problems.push(`${where}: ${property} "${text}" has no xml:lang`);
      } else if (form === 'literal') {
        if (resource || !text.trim()) problems.push(`${where}: ${property} must be a non-empty literal`);
      } else if (form === 'date') {
        const expected = /T/.test(text) ? `${NS.xsd}dateTime` : `${NS.xsd}date`;
        if (datatype !== expected) problems.push(`${where}: ${property} "${text}" must be typed ${expected}, is ${datatype || 'untyped'}`);
        if (Number.isNaN(Date.parse(text))) problems.push(`${where}: ${property} "${text}" is not a date`);
      } else if (form === 'node') {
        if (resource || !inlineNode(value)) problems.push(`${where}: ${property} must hold a node`);
      }
    }
    for (const wanted of options.languages ?? []) {
      if (!values.some((value) => value.getAttributeNS(NS.xml, 'lang') === wanted)) problems.push(`${where}: ${property} has no text in ${wanted}`);
    }
    return values;
  }

  function checkAgent(where: string, uri: string | null): void {
    const agent = uri ? described.get(uri) : undefined;
    if (!agent) {
      problems.push(`${where}: the publisher ${uri ?? '(none)'} is not described`);
      return;
    }
    if (!named(agent, 'foaf', 'Agent') && !named(agent, 'foaf', 'Organization')) problems.push(`${where}: the publisher is a ${typeOf(agent)}, not a foaf:Agent`);
    need(`${where} publisher`, agent, 'foaf:name', 'literal');
  }

  const catalogs = childElements(root).filter((node) => named(node, 'dcat', 'Catalog'));
  if (catalogs.length !== 1) problems.push(`there must be one dcat:Catalog, there are ${catalogs.length}`);
  const catalog = catalogs[0] ?? null;
  const datasets: Element[] = [];
  const distributions: Element[] = [];
  const distributionUrls: string[] = [];
  if (catalog) {
    const where = 'dcat:Catalog';
    if (!catalog.getAttributeNS(NS.rdf, 'about')) problems.push(`${where}: has no URI (rdf:about)`);
    need(where, catalog, 'dcterms:title', 'text', { languages: ['sv', 'en'] });
    need(where, catalog, 'dcterms:description', 'text', { languages: ['sv', 'en'] });
    for (const publisher of need(where, catalog, 'dcterms:publisher', 'resource')) checkAgent(where, resourceOf(publisher));
    need(where, catalog, 'foaf:homepage', 'resource');
    need(where, catalog, 'dcterms:language', 'resource', { vocabulary: VOCABULARY.language });
    need(where, catalog, 'dcterms:license', 'resource');
    need(where, catalog, 'dcterms:issued', 'date');
    need(where, catalog, 'dcterms:modified', 'date');
    for (const holder of need(where, catalog, 'dcat:dataset', 'node')) {
      const dataset = inlineNode(holder);
      if (!dataset || !named(dataset, 'dcat', 'Dataset')) {
        problems.push(`${where}: dcat:dataset holds a ${dataset ? typeOf(dataset) : 'nothing'}, not a dcat:Dataset`);
        continue;
      }
      datasets.push(dataset);
    }
  }

  for (const dataset of datasets) {
    const where = `dcat:Dataset ${dataset.getAttributeNS(NS.rdf, 'about') || '(no URI)'}`;
    if (!dataset.getAttributeNS(NS.rdf, 'about')) problems.push(`${where}: has no URI (rdf:about)`);
    need(where, dataset, 'dcterms:title', 'text', { languages: ['sv', 'en'] });
    need(where, dataset, 'dcterms:description', 'text', { languages: ['sv', 'en'] });
    need(where, dataset, 'dcterms:identifier', 'literal');
    for (const publisher of need(where, dataset, 'dcterms:publisher', 'resource')) checkAgent(where, resourceOf(publisher));
    for (const holder of need(where, dataset, 'dcat:contactPoint', 'node')) {
      const contact = inlineNode(holder);
      if (!contact || !named(contact, 'vcard', 'Organization')) {
        problems.push(`${where}: dcat:contactPoint is not a vcard:Organization`);
        continue;
      }
      need(`${where} contact point`, contact, 'vcard:fn', 'literal');
      // An e-mail address (where configured) or a page to ask on: at least one way to reach someone.
      const reach = [...propertiesOf(contact, 'vcard:hasEmail'), ...propertiesOf(contact, 'vcard:hasURL')];
      if (reach.length === 0 || reach.some((value) => !resourceOf(value))) problems.push(`${where}: the contact point has no vcard:hasEmail or vcard:hasURL resource`);
      for (const email of propertiesOf(contact, 'vcard:hasEmail')) {
        if (!resourceOf(email)?.startsWith('mailto:')) problems.push(`${where}: vcard:hasEmail must be a mailto: URI`);
      }
    }
    need(where, dataset, 'dcat:keyword', 'text', { languages: ['sv', 'en'] });
    need(where, dataset, 'dcat:theme', 'resource', { vocabulary: VOCABULARY.theme });
    need(where, dataset, 'dcterms:spatial', 'resource', { vocabulary: VOCABULARY.country });
    need(where, dataset, 'dcterms:language', 'resource', { vocabulary: VOCABULARY.language });
    need(where, dataset, 'dcterms:accrualPeriodicity', 'resource', { vocabulary: VOCABULARY.frequency });
    need(where, dataset, 'dcat:landingPage', 'resource');
    need(where, dataset, 'dcterms:modified', 'date');
    for (const holder of need(where, dataset, 'dcterms:temporal', 'node')) {
      const period = inlineNode(holder);
      if (!period || !named(period, 'dcterms', 'PeriodOfTime')) {
        problems.push(`${where}: dcterms:temporal is not a dcterms:PeriodOfTime`);
        continue;
      }
      const [start] = need(`${where} period`, period, 'dcat:startDate', 'date');
      const [end] = need(`${where} period`, period, 'dcat:endDate', 'date');
      if (start && end && (start.textContent ?? '') > (end.textContent ?? '')) problems.push(`${where}: the period ends before it starts`);
    }
    for (const holder of need(where, dataset, 'dcat:distribution', 'node')) {
      const distribution = inlineNode(holder);
      if (!distribution || !named(distribution, 'dcat', 'Distribution')) {
        problems.push(`${where}: dcat:distribution is not a dcat:Distribution`);
        continue;
      }
      distributions.push(distribution);
      const at = `dcat:Distribution ${distribution.getAttributeNS(NS.rdf, 'about') || '(no URI)'}`;
      for (const url of [...need(at, distribution, 'dcat:accessURL', 'resource'), ...propertiesOf(distribution, 'dcat:downloadURL')]) {
        const resource = resourceOf(url);
        if (resource) distributionUrls.push(resource);
        if (resource && !/^https?:\/\//.test(resource)) problems.push(`${at}: ${resource} is not an absolute http(s) URL`);
      }
      need(at, distribution, 'dcterms:title', 'text', { languages: ['sv', 'en'] });
      need(at, distribution, 'dcterms:description', 'text', { languages: ['sv', 'en'] });
      need(at, distribution, 'dcterms:format', 'resource', { vocabulary: VOCABULARY.fileType });
      need(at, distribution, 'dcat:mediaType', 'resource', { vocabulary: VOCABULARY.mediaType });
      need(at, distribution, 'dcterms:license', 'resource');
    }
  }
  return { problems, distributionUrls: [...new Set(distributionUrls)], catalog, datasets, distributions };
}
