/**
 * National statistics (public): distributions per model version, every municipality's latest
 * published evaluation with its rank class, and trends.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { statisticsOperations, type StatisticsResponse } from '../../contract/statistics.js';
import type { RouteOptions } from '../../kernel/context.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { loadStatisticsJson } from './queries.js';

export const statisticsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  app.get(
    statisticsOperations.getStatistics.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(statisticsOperations.getStatistics),
    },
    async (request, reply) => {
      // Served serialised, from memory while the published data stays the same.
      const json = await loadStatisticsJson(context, request.query);
      return reply
        .type('application/json; charset=utf-8')
        .serializer((payload) => payload as string)
        .send(json as unknown as StatisticsResponse);
    },
  );
};
