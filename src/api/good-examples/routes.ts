import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { goodExamplesOperations } from '../../contract/good-examples.js';
import type { RouteOptions } from '../../kernel/context.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { loadCitations, loadOverview } from './queries.js';

/** Public reads: only published evaluations count, whoever asks. */
export const goodExampleRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    goodExamplesOperations.getCitedAsGoodExample.path,
    { config: { access: { public: true } }, schema: routeSchema(goodExamplesOperations.getCitedAsGoodExample) },
    async (request) => loadCitations(db, context.catalogue, request.params.id, request.query.lang),
  );

  app.get(
    goodExamplesOperations.getGoodExampleOverview.path,
    { config: { access: { public: true } }, schema: routeSchema(goodExamplesOperations.getGoodExampleOverview) },
    async (request) => loadOverview(db, context.catalogue, request.query),
  );
};
