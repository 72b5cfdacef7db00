import { followUpsOperations } from '../../contract/follow-ups.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { createFollowUp, judgeImprovement, takeOverFromBaseline } from './commands.js';
import { loadBaseline } from './queries.js';

/** Follow-ups: starting one from a published evaluation, its baseline, take-overs and judgements of earlier improvements. */
export const followUpRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.post(
    followUpsOperations.createFollowUp.path,
    {
      // Like starting any evaluation; the baseline must be one the caller reads (else 404).
      config: { access: { global: 'create-evaluation' } },
      schema: routeSchema(followUpsOperations.createFollowUp),
    },
    async (request, reply) => {
      const created = await createFollowUp(db, context.catalogue, request.principal, request.params.id, request.body, actorOf(request));
      reply.status(201).header('location', `/api/evaluations/${created.id}`);
      return created;
    },
  );

  app.get(
    followUpsOperations.getBaseline.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(followUpsOperations.getBaseline),
    },
    async (request) => loadBaseline(db, context.catalogue, request.params.id, request.query.lang),
  );

  app.post(
    followUpsOperations.takeOverFromBaseline.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(followUpsOperations.takeOverFromBaseline),
    },
    async (request) => {
      const userId = request.principal.kind === 'user' ? request.principal.user.id : null;
      return takeOverFromBaseline(db, context.catalogue, request.params.id, userId, request.body, actorOf(request));
    },
  );

  app.put(
    followUpsOperations.saveImprovementReview.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(followUpsOperations.saveImprovementReview),
    },
    async (request) =>
      judgeImprovement(db, context.catalogue, { evaluationId: request.params.id, areaCode: request.params.areaCode, index: request.params.index }, request.body, actorOf(request)),
  );
};
