/**
 * Who publishes the open data and whom to ask about it, as the data catalogue (DCAT-AP-SE) names
 * them; from the environment (KOMPASS_PUBLISHER_*, KOMPASS_CONTACT_EMAIL, PUBLIC_URL).
 */
export interface OpenDataSettings {
  /** The publisher's name (foaf:name of dcterms:publisher). */
  publisherName: string;
  /** The publisher's identifier, a URI (e.g. its organisation number as a URI); else one under the public address. */
  publisherUri?: string;
  /** The publisher's kind from the ADMS publisher-type vocabulary ("LocalAuthority", "NationalAuthority", …). */
  publisherType?: string;
  /** Where to send questions about the data (vcard:hasEmail of the contact point). */
  contactEmail?: string;
  /** The configured public address (no trailing slash); when absent, the address the request came to. */
  publicUrl?: string;
}

export const DEFAULT_OPEN_DATA_SETTINGS: OpenDataSettings = {
  publisherName: 'Kommunkompassen',
};
