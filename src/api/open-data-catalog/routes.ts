/**
 * The open-data catalogue (DCAT-AP-SE, RDF/XML) and the summary the open-data page shows. Public;
 * both describe published evaluations only.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { openDataCatalogOperations, RDF_XML_MEDIA_TYPE } from '../../contract/open-data-catalog.js';
import type { RouteOptions } from '../../kernel/context.js';
import { DEFAULT_OPEN_DATA_SETTINGS } from '../../kernel/open-data-settings.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { describeCatalog } from './catalog-description.js';
import { catalogToRdfXml } from './dcat.js';
import { findPublishedDataFacts, type PublishedDataFacts } from './repository.js';

/** A Host header that is a host name or address with an optional port, nothing else. */
const PLAIN_HOST = /^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/;

const summaryOf = ({ firstPublished: _, ...facts }: PublishedDataFacts) => ({
  ...facts,
  countries: facts.countries.filter((country): country is 'se' | 'no' => country === 'se' || country === 'no'),
});

export const openDataCatalogRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const settings = context.openData ?? DEFAULT_OPEN_DATA_SETTINGS;

  /** The public address: the configured one, else the one the request came to (when it is a plain host). */
  const baseUrlOf = (request: FastifyRequest): string =>
    settings.publicUrl ?? (PLAIN_HOST.test(request.host) ? `${request.protocol}://${request.host}` : context.auth.publicUrl);

  app.get(
    openDataCatalogOperations.getOpenDataCatalog.path,
    { config: { access: { public: true } }, schema: routeSchema(openDataCatalogOperations.getOpenDataCatalog) },
    async (request, reply) => {
      const facts = await findPublishedDataFacts(context.database.db);
      const xml = catalogToRdfXml(describeCatalog(baseUrlOf(request), settings, { ...summaryOf(facts), firstPublished: facts.firstPublished }));
      return reply.type(`${RDF_XML_MEDIA_TYPE}; charset=utf-8`).send(xml);
    },
  );

  app.get(
    openDataCatalogOperations.getOpenDataSummary.path,
    { config: { access: { public: true } }, schema: routeSchema(openDataCatalogOperations.getOpenDataSummary) },
    async () => summaryOf(await findPublishedDataFacts(context.database.db)),
  );
};
