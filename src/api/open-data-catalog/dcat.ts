/**
 * A data catalogue in DCAT-AP-SE as RDF/XML (pure: no database, no words of its own). The caller
 * gives every title, description and URI; this writes them with the profile's classes, properties
 * and datatypes, and escapes every value. dataportal.se harvests this form.
 *
 * Classes: dcat:Catalog → dcat:Dataset (inline) → dcat:Distribution (inline); the publisher is one
 * foaf:Agent described once and referred to by its URI; contact points are vcard:Organization;
 * periods are dcterms:PeriodOfTime with dcat:startDate/dcat:endDate.
 */

export const NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** A text in one or more languages, by language tag ("sv", "en"). */
export type LanguageTexts = Readonly<Record<string, string>>;

export interface DcatAgent {
  uri: string;
  name: string;
  /** A URI of the ADMS publisher-type vocabulary. */
  type?: string;
}

export interface DcatContactPoint {
  name: string;
  email?: string;
  /** A page where questions can be asked. */
  url?: string;
}

export interface DcatDistribution {
  uri: string;
  title: LanguageTexts;
  description: LanguageTexts;
  accessUrl: string;
  /** Absent for a distribution reached through a service (e.g. a paged API). */
  downloadUrl?: string;
  /** An IANA media-type URI. */
  mediaType: string;
  /** A URI of the EU file-type vocabulary. */
  format: string;
  license: string;
  conformsTo?: readonly string[];
  modified?: string;
}

export interface DcatDataset {
  uri: string;
  identifier: string;
  title: LanguageTexts;
  description: LanguageTexts;
  /** Keywords by language tag. */
  keywords: Readonly<Record<string, readonly string[]>>;
  /** URIs of the EU data-theme vocabulary. */
  themes: readonly string[];
  contactPoint: DcatContactPoint;
  landingPage?: string;
  /** URIs of the EU language vocabulary. */
  languages: readonly string[];
  /** URIs of places (e.g. the EU country vocabulary). */
  spatial: readonly string[];
  /** The period the data covers, as ISO dates; absent when it holds nothing yet. */
  temporal?: { start: string; end: string };
  /** A URI of the EU frequency vocabulary. */
  accrualPeriodicity: string;
  /** ISO date-time of the last change. */
  modified?: string;
  distributions: readonly DcatDistribution[];
}

export interface DcatCatalog {
  uri: string;
  title: LanguageTexts;
  description: LanguageTexts;
  publisher: DcatAgent;
  homepage: string;
  languages: readonly string[];
  license: string;
  /** ISO date or date-time. */
  issued?: string;
  modified?: string;
  themeTaxonomy?: string;
  datasets: readonly DcatDataset[];
}

// Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF;
// unpaired surrogates) are left out: no escape can carry them.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A value as XML character data or attribute value: & < > " ' escaped, characters XML cannot hold removed. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** The xsd datatype of an ISO date ("2024-05-01") or date-time. */
function dateType(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${NAMESPACES.xsd}date`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return `${NAMESPACES.xsd}dateTime`;
  throw new Error(`Not an ISO date or date-time: ${value}`);
}

class Writer {
  private readonly lines: string[] = [];
  private depth = 0;

  private line(text: string): void {
    this.lines.push(`${'  '.repeat(this.depth)}${text}`);
  }

  open(tag: string, attributes: Record<string, string> = {}): void {
    const rendered = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');
    this.line(`<${tag}${rendered}>`);
    this.depth += 1;
  }

  close(tag: string): void {
    this.depth -= 1;
    this.line(`</${tag}>`);
  }

  resource(property: string, uri: string): void {
    this.line(`<${property} rdf:resource="${escapeXml(uri)}"/>`);
  }

  literal(property: string, value: string, attributes: Record<string, string> = {}): void {
    const rendered = Object.entries(attributes).map(([name, attribute]) => ` ${name}="${escapeXml(attribute)}"`).join('');
    this.line(`<${property}${rendered}>${escapeXml(value)}</${property}>`);
  }

  texts(property: string, texts: LanguageTexts): void {
    for (const [language, value] of Object.entries(texts)) this.literal(property, value, { 'xml:lang': language });
  }

  date(property: string, value: string | undefined): void {
    if (value !== undefined) this.literal(property, value, { 'rdf:datatype': dateType(value) });
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

function writeDistribution(out: Writer, distribution: DcatDistribution): void {
  out.open('dcat:Distribution', { 'rdf:about': distribution.uri });
  out.texts('dcterms:title', distribution.title);
  out.texts('dcterms:description', distribution.description);
  out.resource('dcat:accessURL', distribution.accessUrl);
  if (distribution.downloadUrl) out.resource('dcat:downloadURL', distribution.downloadUrl);
  out.resource('dcat:mediaType', distribution.mediaType);
  out.resource('dcterms:format', distribution.format);
  out.resource('dcterms:license', distribution.license);
  for (const standard of distribution.conformsTo ?? []) out.resource('dcterms:conformsTo', standard);
  out.date('dcterms:modified', distribution.modified);
  out.close('dcat:Distribution');
}

function writeDataset(out: Writer, dataset: DcatDataset, publisher: DcatAgent): void {
  out.open('dcat:Dataset', { 'rdf:about': dataset.uri });
  out.literal('dcterms:identifier', dataset.identifier);
  out.texts('dcterms:title', dataset.title);
  out.texts('dcterms:description', dataset.description);
  out.resource('dcterms:publisher', publisher.uri);
  out.open('dcat:contactPoint');
  out.open('vcard:Organization');
  out.literal('vcard:fn', dataset.contactPoint.name);
  if (dataset.contactPoint.email) out.resource('vcard:hasEmail', `mailto:${dataset.contactPoint.email}`);
  if (dataset.contactPoint.url) out.resource('vcard:hasURL', dataset.contactPoint.url);
  out.close('vcard:Organization');
  out.close('dcat:contactPoint');
  for (const [language, keywords] of Object.entries(dataset.keywords)) {
    for (const keyword of keywords) out.literal('dcat:keyword', keyword, { 'xml:lang': language });
  }
  for (const theme of dataset.themes) out.resource('dcat:theme', theme);
  if (dataset.landingPage) out.resource('dcat:landingPage', dataset.landingPage);
  for (const language of dataset.languages) out.resource('dcterms:language', language);
  for (const place of dataset.spatial) out.resource('dcterms:spatial', place);
  if (dataset.temporal) {
    out.open('dcterms:temporal');
    out.open('dcterms:PeriodOfTime');
    out.date('dcat:startDate', dataset.temporal.start);
    out.date('dcat:endDate', dataset.temporal.end);
    out.close('dcterms:PeriodOfTime');
    out.close('dcterms:temporal');
  }
  out.resource('dcterms:accrualPeriodicity', dataset.accrualPeriodicity);
  out.date('dcterms:modified', dataset.modified);
  for (const distribution of dataset.distributions) {
    out.open('dcat:distribution');
    writeDistribution(out, distribution);
    out.close('dcat:distribution');
  }
  out.close('dcat:Dataset');
}

/** The catalogue as an RDF/XML document (UTF-8). */
export function catalogToRdfXml(catalog: DcatCatalog): string {
  const out = new Writer();
  out.open(
    'rdf:RDF',
    Object.fromEntries(Object.entries(NAMESPACES).map(([prefix, uri]) => [`xmlns:${prefix}`, uri])),
  );
  out.open('dcat:Catalog', { 'rdf:about': catalog.uri });
  out.texts('dcterms:title', catalog.title);
  out.texts('dcterms:description', catalog.description);
  out.resource('dcterms:publisher', catalog.publisher.uri);
  out.resource('foaf:homepage', catalog.homepage);
  for (const language of catalog.languages) out.resource('dcterms:language', language);
  out.resource('dcterms:license', catalog.license);
  out.date('dcterms:issued', catalog.issued);
  out.date('dcterms:modified', catalog.modified);
  if (catalog.themeTaxonomy) out.resource('dcat:themeTaxonomy', catalog.themeTaxonomy);
  for (const dataset of catalog.datasets) {
    out.open('dcat:dataset');
    writeDataset(out, dataset, catalog.publisher);
    out.close('dcat:dataset');
  }
  out.close('dcat:Catalog');
  out.open('foaf:Agent', { 'rdf:about': catalog.publisher.uri });
  out.literal('foaf:name', catalog.publisher.name);
  if (catalog.publisher.type) out.resource('dcterms:type', catalog.publisher.type);
  out.close('foaf:Agent');
  out.close('rdf:RDF');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out.toString()}`;
}
