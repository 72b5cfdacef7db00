/**
 * The evaluation workspace's flow: status changes and the moves open to the caller, the
 * overview (previous evaluation, completeness), fact-check comments and presence.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canOnEvaluation } from '../../domain/access.js';
import { workflowRoleOf } from '../../domain/workflow.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { languageQuerySchema } from '../frameworks/schemas.js';
import { evaluationIdParamsSchema } from '../evaluations/schemas.js';
import { commentRoutes } from './comment-routes.js';
import { changeStatus } from './commands.js';
import { loadOverview, loadTransitions } from './queries.js';
import { presenceRoutes } from './presence-routes.js';
import { refOf } from './principal.js';
import { overviewSchema, statusChangeSchema, statusResultSchema, transitionListSchema } from './schemas.js';

export const workflowRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.post(
    '/evaluations/:id/status',
    {
      // Reading is the door; the status flow decides by role and assignment (403), state (409).
      config: { access: { evaluation: 'read' } },
      schema: {
        tags: ['workflow'],
        summary: 'Move the evaluation to another status; `from` is the status the client saw (409 when it has changed)',
        params: evaluationIdParamsSchema,
        body: statusChangeSchema,
        response: { 200: statusResultSchema },
      },
    },
    async (request) => changeStatus(db, context.catalogue, request.params.id, request.body, request.principal, actorOf(request)),
  );

  app.get(
    '/evaluations/:id/transitions',
    {
      config: { access: { evaluation: 'read' } },
      schema: {
        tags: ['workflow'],
        summary: 'The status changes the caller may make now, each with whether it is allowed and why not',
        params: evaluationIdParamsSchema,
        response: { 200: transitionListSchema },
      },
    },
    async (request) => {
      return loadTransitions(db, context.catalogue, request.params.id, workflowRoleOf(request.principal, refOf(request)));
    },
  );

  app.get(
    '/evaluations/:id/overview',
    {
      config: { access: { evaluation: 'read' } },
      schema: {
        tags: ['workflow'],
        summary: 'Status, position, the comparison with the previous evaluation, and completeness (working material: admins and its evaluators)',
        params: evaluationIdParamsSchema,
        querystring: languageQuerySchema,
        response: { 200: overviewSchema },
      },
    },
    async (request) =>
      loadOverview(db, context.catalogue, request.params.id, request.principal, {
        withCompleteness: canOnEvaluation(request.principal, 'workspace', refOf(request)),
        language: request.query.lang,
      }),
  );

  await app.register(commentRoutes, { context });
  await app.register(presenceRoutes, { context });
};
