import { workflowOperations } from '../../contract/workflow.js';
import { routeSchema } from '../../kernel/route-schema.js';
/**
 * The evaluation workspace's flow: status changes and the moves open to the caller, the
 * overview (previous evaluation, completeness), fact-check comments and presence.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canOnEvaluation, evaluationVisibility } from '../../domain/access.js';
import { workflowRoleOf } from '../../domain/workflow.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { readThrough } from '../../kernel/read-cache.js';
import { commentRoutes } from './comment-routes.js';
import { changeStatus } from './commands.js';
import { loadOverview, loadTransitions } from './queries.js';
import { presenceRoutes } from './presence-routes.js';
import { refOf } from './principal.js';

export const workflowRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.post(
    workflowOperations.changeStatus.path,
    {
      // Reading is the door; the status flow decides by role and assignment (403), state (409).
      config: { access: { evaluation: 'read' } },
      schema: routeSchema(workflowOperations.changeStatus),
    },
    async (request) => changeStatus(db, context.catalogue, request.params.id, request.body, request.principal, actorOf(request)),
  );

  app.get(
    workflowOperations.getTransitions.path,
    {
      config: { access: { evaluation: 'read' } },
      schema: routeSchema(workflowOperations.getTransitions),
    },
    async (request) => {
      return loadTransitions(db, context.catalogue, request.params.id, workflowRoleOf(request.principal, refOf(request)));
    },
  );

  app.get(
    workflowOperations.getOverview.path,
    {
      config: { access: { evaluation: 'read' } },
      schema: routeSchema(workflowOperations.getOverview),
    },
    async (request) => {
      const withCompleteness = canOnEvaluation(request.principal, 'workspace', refOf(request));
      // The overview depends on the asker only through what they may see (the municipality's other evaluations).
      const key = `overview:${request.params.id}:${JSON.stringify(evaluationVisibility(request.principal))}:${withCompleteness}:${request.query.lang}`;
      return readThrough(
        context.readCache,
        key,
        () => loadOverview(db, context.catalogue, request.params.id, request.principal, { withCompleteness, language: request.query.lang }),
        request.arrivedAt,
      );
    },
  );

  await app.register(commentRoutes, { context });
  await app.register(presenceRoutes, { context });
};
