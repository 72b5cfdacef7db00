import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../domain/access.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { assignEvaluator, unassignEvaluator } from './assignment-commands.js';
import { listAssignedEvaluators } from './assignment-repository.js';
import { evaluationIdParamsSchema } from './schemas.js';

const assignedSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), organisation: z.string(), assignedAt: z.string() })),
});

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
    '/evaluations/:id/evaluators',
    {
      config: { access: { evaluation: 'read' } },
      schema: { tags: ['evaluations'], summary: 'The evaluators assigned to an evaluation', params: evaluationIdParamsSchema, response: { 200: assignedSchema } },
    },
    async (request) => list(request.params.id, request.principal),
  );

  app.post(
    '/evaluations/:id/evaluators',
    {
      config: { access: { evaluation: 'assign' } },
      schema: {
        tags: ['evaluations'],
        summary: 'Assign an evaluator (a user with the evaluator role) to the evaluation',
        params: evaluationIdParamsSchema,
        body: z.object({ userId: z.string().uuid('must be a user id (UUID)') }),
        response: { 200: assignedSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      await assignEvaluator(db, id, request.body.userId, actorOf(request));
      return list(id, request.principal);
    },
  );

  app.delete(
    '/evaluations/:id/evaluators/:userId',
    {
      config: { access: { evaluation: 'assign' } },
      schema: {
        tags: ['evaluations'],
        summary: 'Remove an evaluator from the evaluation',
        params: evaluationIdParamsSchema.extend({ userId: z.string().uuid('must be a user id (UUID)') }),
        response: { 200: assignedSchema },
      },
    },
    async (request) => {
      const { id, userId } = request.params;
      await unassignEvaluator(db, id, userId, actorOf(request));
      return list(id, request.principal);
    },
  );
};
