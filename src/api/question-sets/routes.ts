import { questionSetsOperations as ops } from '../../contract/question-sets.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachmentDisposition } from '../../domain/evidence.js';
import type { RouteOptions } from '../../kernel/context.js';
import { actorOf } from '../../kernel/request.js';
import { createQuestionSet, createQuestionSetVersion, deleteQuestionSet, updateQuestionSet } from './commands.js';
import { exportQuestionSetFile } from './file-commands.js';
import { questionSetImportRoutes } from './import-routes.js';
import { listQuestionSets, loadQuestionSet } from './queries.js';

/**
 * The pre-visit question sets: administrators and evaluators read them (to choose one for an
 * evaluation), administrators write, version, import and delete them.
 */
export const questionSetRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const { catalogue } = context;
  const setUrl = (id: string) => `/api/question-sets/${id}`;

  app.get(ops.listQuestionSets.path, { config: { access: { global: 'read-question-sets' } }, schema: routeSchema(ops.listQuestionSets) }, async (request) =>
    listQuestionSets(db, catalogue, request.query.framework),
  );

  app.get(ops.getQuestionSet.path, { config: { access: { global: 'read-question-sets' } }, schema: routeSchema(ops.getQuestionSet) }, async (request) =>
    loadQuestionSet(db, catalogue, request.params.setId),
  );

  app.post(ops.createQuestionSet.path, { config: { access: { global: 'manage-question-sets' } }, schema: routeSchema(ops.createQuestionSet) }, async (request, reply) => {
    const set = await createQuestionSet(db, catalogue, request.body, actorOf(request));
    reply.status(201).header('location', setUrl(set.id));
    return set;
  });

  app.put(ops.updateQuestionSet.path, { config: { access: { global: 'manage-question-sets' } }, schema: routeSchema(ops.updateQuestionSet) }, async (request) =>
    updateQuestionSet(db, catalogue, request.params.setId, request.body, actorOf(request)),
  );

  app.post(
    ops.createQuestionSetVersion.path,
    { config: { access: { global: 'manage-question-sets' } }, schema: routeSchema(ops.createQuestionSetVersion) },
    async (request, reply) => {
      const set = await createQuestionSetVersion(db, catalogue, request.params.setId, actorOf(request));
      reply.status(201).header('location', setUrl(set.id));
      return set;
    },
  );

  app.delete(ops.deleteQuestionSet.path, { config: { access: { global: 'manage-question-sets' } }, schema: routeSchema(ops.deleteQuestionSet) }, async (request, reply) => {
    await deleteQuestionSet(db, catalogue, request.params.setId, request.query.version, actorOf(request));
    reply.status(204);
    return null;
  });

  app.get(ops.exportQuestionSet.path, { config: { access: { global: 'read-question-sets' } }, schema: routeSchema(ops.exportQuestionSet) }, async (request, reply) => {
    const file = await exportQuestionSetFile(db, request.params.setId, request.query.format);
    reply.header('cache-control', 'private, no-store');
    return reply.type(file.contentType).header('content-disposition', attachmentDisposition(file.fileName)).send(file.body);
  });

  await app.register(questionSetImportRoutes, { context });
};
