import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { evaluationIdParamsSchema } from '../../contract/evaluations.js';
import { changeGoodExample, createGoodExample, removeGoodExample } from './good-example-commands.js';
import { createGoodExampleSchema, deleteGoodExampleQuerySchema, goodExampleParamsSchema, goodExampleSchema, updateGoodExampleSchema } from '../../contract/texts.js';

/** Good-example references of an evaluation; they are read with the other texts (GET …/texts). */
export const goodExampleRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.post(
    '/evaluations/:id/good-examples',
    {
      config: { access: { evaluation: 'edit' } },
      schema: {
        tags: ['texts'],
        summary: 'Add a good example: another municipality (or none) and what to learn there',
        params: evaluationIdParamsSchema,
        body: createGoodExampleSchema,
        response: { 201: goodExampleSchema },
      },
    },
    async (request, reply) => {
      const saved = await createGoodExample(db, context.catalogue, request.params.id, request.body, actorOf(request));
      reply.status(201);
      return saved;
    },
  );

  app.put(
    '/evaluations/:id/good-examples/:exampleId',
    {
      config: { access: { evaluation: 'edit' } },
      schema: {
        tags: ['texts'],
        summary: 'Change a good example; needs its version last read (409 when stale)',
        params: goodExampleParamsSchema,
        body: updateGoodExampleSchema,
        response: { 200: goodExampleSchema },
      },
    },
    async (request) => changeGoodExample(db, context.catalogue, request.params.id, request.params.exampleId, request.body, actorOf(request)),
  );

  app.delete(
    '/evaluations/:id/good-examples/:exampleId',
    {
      config: { access: { evaluation: 'edit' } },
      schema: {
        tags: ['texts'],
        summary: 'Remove a good example; needs its version last read as ?version= (409 when stale)',
        params: goodExampleParamsSchema,
        querystring: deleteGoodExampleQuerySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeGoodExample(db, request.params.id, request.params.exampleId, request.query.version, actorOf(request));
      reply.status(204);
      return null;
    },
  );
};
