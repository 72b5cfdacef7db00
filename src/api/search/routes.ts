/** The report search: public, over the texts of published evaluations only. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchOperations } from '../../contract/search.js';
import type { RouteOptions } from '../../kernel/context.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { searchReports } from './queries.js';

export const searchRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  app.get(
    searchOperations.searchReports.path,
    { config: { access: { public: true } }, schema: routeSchema(searchOperations.searchReports) },
    async (request) => searchReports(context, request.query),
  );
};
