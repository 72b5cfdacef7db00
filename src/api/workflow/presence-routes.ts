import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../kernel/context.js';
import { evaluationIdParamsSchema } from '../../contract/evaluations.js';
import { signedInOf } from './principal.js';
import { presentPresence } from './presenter.js';
import { listPresentOthers, upsertPresence } from './repository.js';
import { presenceInputSchema, presenceSchema } from '../../contract/workflow.js';

/**
 * Who else has the evaluation open, and which part of it. A heartbeat, not a change of the
 * evaluation: not audited, and it keeps the read cache (`keepsReadCache`).
 */
export const presenceRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.put(
    '/evaluations/:id/presence',
    {
      config: { access: { evaluation: 'comment' }, keepsReadCache: true },
      schema: {
        tags: ['workflow'],
        summary: 'Say which section the caller has open; answers with the others seen within the last minute',
        params: evaluationIdParamsSchema,
        body: presenceInputSchema,
        response: { 200: presenceSchema },
      },
    },
    async (request) => {
      const { user } = signedInOf(request);
      await upsertPresence(db, request.params.id, user.id, request.body.section);
      return presentPresence(await listPresentOthers(db, request.params.id, user.id));
    },
  );

  app.get(
    '/evaluations/:id/presence',
    {
      config: { access: { evaluation: 'comment' } },
      schema: { tags: ['workflow'], summary: 'The others seen on the evaluation within the last minute', params: evaluationIdParamsSchema, response: { 200: presenceSchema } },
    },
    async (request) => presentPresence(await listPresentOthers(db, request.params.id, signedInOf(request).user.id)),
  );
};
