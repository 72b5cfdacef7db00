import { workflowOperations } from '../../contract/workflow.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../kernel/context.js';
import { signedInOf } from './principal.js';
import { presentPresence } from './presenter.js';
import { listPresentOthers, upsertPresence } from './repository.js';

/**
 * Who else has the evaluation open, and which part of it. A heartbeat, not a change of the
 * evaluation: not audited, and it keeps the read cache (`keepsReadCache`).
 */
export const presenceRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.put(
    workflowOperations.reportPresence.path,
    {
      config: { access: { evaluation: 'comment' }, keepsReadCache: true },
      schema: routeSchema(workflowOperations.reportPresence),
    },
    async (request) => {
      const { user } = signedInOf(request);
      await upsertPresence(db, request.params.id, user.id, request.body.section);
      return presentPresence(await listPresentOthers(db, request.params.id, user.id));
    },
  );

  app.get(
    workflowOperations.getPresence.path,
    {
      config: { access: { evaluation: 'comment' } },
      schema: routeSchema(workflowOperations.getPresence),
    },
    async (request) => presentPresence(await listPresentOthers(db, request.params.id, signedInOf(request).user.id)),
  );
};
