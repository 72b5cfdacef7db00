import { textsOperations } from '../../contract/texts.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { readThrough } from '../../kernel/read-cache.js';
import { writeAreaText, writeSubareaText, writeSummary } from './commands.js';
import { goodExampleRoutes } from './good-example-routes.js';
import { loadTexts } from './queries.js';

/** The written parts of an evaluation: area and sub-area texts, the summary comments, good examples. */
export const textRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    textsOperations.getTexts.path,
    {
      config: { access: { evaluation: 'read' } },
      schema: routeSchema(textsOperations.getTexts),
    },
    async (request) => readThrough(context.readCache, `texts:${request.params.id}:${request.query.lang}`, () => loadTexts(db, context.catalogue, request.params.id, request.query.lang), request.arrivedAt),
  );

  app.put(
    textsOperations.saveAreaText.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(textsOperations.saveAreaText),
    },
    async (request) => writeAreaText(db, context.catalogue, request.params.id, request.params.areaCode, request.body, actorOf(request)),
  );

  app.put(
    textsOperations.saveSubareaText.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(textsOperations.saveSubareaText),
    },
    async (request) => writeSubareaText(db, context.catalogue, request.params.id, request.params.unitCode, request.body, actorOf(request)),
  );

  app.put(
    textsOperations.saveSummary.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(textsOperations.saveSummary),
    },
    async (request) => writeSummary(db, request.params.id, request.body, actorOf(request)),
  );

  await app.register(goodExampleRoutes, { context });
};
