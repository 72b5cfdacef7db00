import { workflowOperations } from '../../contract/workflow.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { changeComment, createComment } from './commands.js';
import { presentComment } from './presenter.js';
import { listComments } from './repository.js';
import { refOf, signedInOf } from './principal.js';

/**
 * The fact check's comments: the municipality comments on facts, the evaluators answer or
 * resolve each. Everyone with the `comment` right reads them all.
 */
export const commentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    workflowOperations.listFactComments.path,
    {
      config: { access: { evaluation: 'comment' } },
      schema: routeSchema(workflowOperations.listFactComments),
    },
    async (request) => ({ items: (await listComments(db, request.params.id)).map(presentComment) }),
  );

  app.post(
    workflowOperations.createFactComment.path,
    {
      config: { access: { evaluation: 'comment' } },
      schema: routeSchema(workflowOperations.createFactComment),
    },
    async (request, reply) => {
      const comment = await createComment(db, context.catalogue, request.params.id, request.body, signedInOf(request).user, actorOf(request));
      return reply.status(201).send(comment);
    },
  );

  app.put(
    workflowOperations.updateFactComment.path,
    {
      config: { access: { evaluation: 'comment' } },
      schema: routeSchema(workflowOperations.updateFactComment),
    },
    async (request) =>
      changeComment(db, request.params.id, request.params.commentId, request.body, signedInOf(request), refOf(request).evaluatorIds, actorOf(request)),
  );
};
