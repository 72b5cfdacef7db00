import { frameworksOperations } from '../../contract/frameworks.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../kernel/context.js';
import { notFound } from '../../kernel/errors.js';
import { presentFrameworkDetail, presentFrameworkSummary, sortFrameworks } from './presenter.js';

export const frameworkRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { catalogue } = context;

  app.get(
    frameworksOperations.listFrameworks.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(frameworksOperations.listFrameworks),
    },
    async (request) => ({
      items: sortFrameworks(catalogue.frameworks.values()).map((framework) =>
        presentFrameworkSummary(framework, request.query.lang),
      ),
    }),
  );

  app.get(
    frameworksOperations.getFramework.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(frameworksOperations.getFramework),
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
