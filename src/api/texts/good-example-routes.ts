import { textsOperations } from '../../contract/texts.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { changeGoodExample, createGoodExample, removeGoodExample } from './good-example-commands.js';

/** Good-example references of an evaluation; they are read with the other texts (GET …/texts). */
export const goodExampleRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.post(
    textsOperations.createGoodExample.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(textsOperations.createGoodExample),
    },
    async (request, reply) => {
      const saved = await createGoodExample(db, context.catalogue, request.params.id, request.body, actorOf(request));
      reply.status(201);
      return saved;
    },
  );

  app.put(
    textsOperations.updateGoodExample.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(textsOperations.updateGoodExample),
    },
    async (request) => changeGoodExample(db, context.catalogue, request.params.id, request.params.exampleId, request.body, actorOf(request)),
  );

  app.delete(
    textsOperations.deleteGoodExample.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(textsOperations.deleteGoodExample),
    },
    async (request, reply) => {
      await removeGoodExample(db, request.params.id, request.params.exampleId, request.query.version, actorOf(request));
      reply.status(204);
      return null;
    },
  );
};
