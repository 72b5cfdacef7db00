import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { evaluationIdParamsSchema } from '../../contract/evaluations.js';
import { changeComment, createComment } from './commands.js';
import { presentComment } from './presenter.js';
import { listComments } from './repository.js';
import { commentListSchema, commentParamsSchema, commentSchema, createCommentSchema, updateCommentSchema } from '../../contract/workflow.js';
import { refOf, signedInOf } from './principal.js';

/**
 * The fact check's comments: the municipality comments on facts, the evaluators answer or
 * resolve each. Everyone with the `comment` right reads them all.
 */
export const commentRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    '/evaluations/:id/fact-comments',
    {
      config: { access: { evaluation: 'comment' } },
      schema: { tags: ['workflow'], summary: 'The fact-check comments, oldest first', params: evaluationIdParamsSchema, response: { 200: commentListSchema } },
    },
    async (request) => ({ items: (await listComments(db, request.params.id)).map(presentComment) }),
  );

  app.post(
    '/evaluations/:id/fact-comments',
    {
      config: { access: { evaluation: 'comment' } },
      schema: {
        tags: ['workflow'],
        summary: 'Comment on facts (only during the fact check: 409 otherwise)',
        params: evaluationIdParamsSchema,
        body: createCommentSchema,
        response: { 201: commentSchema },
      },
    },
    async (request, reply) => {
      const comment = await createComment(db, context.catalogue, request.params.id, request.body, signedInOf(request).user, actorOf(request));
      return reply.status(201).send(comment);
    },
  );

  app.put(
    '/evaluations/:id/fact-comments/:commentId',
    {
      config: { access: { evaluation: 'comment' } },
      schema: {
        tags: ['workflow'],
        summary: "Change a comment's text (its author, while open), answer it or set its status (409 with the current comment when stale)",
        params: commentParamsSchema,
        body: updateCommentSchema,
        response: { 200: commentSchema },
      },
    },
    async (request) =>
      changeComment(db, request.params.id, request.params.commentId, request.body, signedInOf(request), refOf(request).evaluatorIds, actorOf(request)),
  );
};
