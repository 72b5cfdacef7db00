import { evaluationsOperations } from '../../contract/evaluations.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Principal } from '../../domain/access.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { assignEvaluator, unassignEvaluator } from './assignment-commands.js';
import { listAssignedEvaluators } from './assignment-repository.js';

/** Who evaluates an evaluation. Adding and removing are idempotent, so concurrent admins cannot lose each other's change. */
export const assignmentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  /** E-mail addresses are shown to signed-in users only, never to the public. */
  const list = async (id: string, principal: Principal) => ({
    items: (await listAssignedEvaluators(db, id)).map((entry) => ({
      ...entry,
      email: principal.kind === 'user' ? entry.email : null,
      assignedAt: entry.assignedAt.toISOString(),
    })),
  });

  app.get(
    evaluationsOperations.listEvaluators.path,
    {
      config: { access: { evaluation: 'read' } },
      schema: routeSchema(evaluationsOperations.listEvaluators),
    },
    async (request) => list(request.params.id, request.principal),
  );

  app.post(
    evaluationsOperations.assignEvaluator.path,
    {
      config: { access: { evaluation: 'assign' } },
      schema: routeSchema(evaluationsOperations.assignEvaluator),
    },
    async (request) => {
      const { id } = request.params;
      await assignEvaluator(db, id, request.body.userId, actorOf(request));
      return list(id, request.principal);
    },
  );

  app.delete(
    evaluationsOperations.unassignEvaluator.path,
    {
      config: { access: { evaluation: 'assign' } },
      schema: routeSchema(evaluationsOperations.unassignEvaluator),
    },
    async (request) => {
      const { id, userId } = request.params;
      await unassignEvaluator(db, id, userId, actorOf(request));
      return list(id, request.principal);
    },
  );
};
