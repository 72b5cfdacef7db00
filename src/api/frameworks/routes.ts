import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../../kernel/context.js';
import { notFound } from '../../kernel/errors.js';
import { presentFrameworkDetail, presentFrameworkSummary, sortFrameworks } from './presenter.js';
import { frameworkDetailSchema, frameworkSummarySchema, languageQuerySchema } from '../../contract/frameworks.js';

export const frameworkRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { catalogue } = context;

  app.get(
    '/frameworks',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['frameworks'],
        summary: 'The Kommunkompassen model versions',
        querystring: languageQuerySchema,
        response: { 200: z.object({ items: z.array(frameworkSummarySchema) }) },
      },
    },
    async (request) => ({
      items: sortFrameworks(catalogue.frameworks.values()).map((framework) =>
        presentFrameworkSummary(framework, request.query.lang),
      ),
    }),
  );

  app.get(
    '/frameworks/:id',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['frameworks'],
        summary: 'One model version with its areas, sub-areas and maps to other versions',
        params: z.object({ id: z.string().max(100) }),
        querystring: languageQuerySchema,
        response: { 200: frameworkDetailSchema },
      },
    },
    async (request) => {
      const framework = catalogue.frameworks.get(request.params.id);
      if (!framework) {
        throw notFound(`Framework "${request.params.id}" (known: ${[...catalogue.frameworks.keys()].join(', ')})`);
      }
      return presentFrameworkDetail(framework, catalogue, request.query.lang);
    },
  );
};
