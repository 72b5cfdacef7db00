import { questionSetsOperations as ops } from '../../contract/question-sets.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import { actorOf } from '../../kernel/request.js';
import { importQuestionSetFile } from './file-commands.js';

/** The largest question set file taken (a set of the most questions is far smaller). */
export const QUESTION_SET_FILE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The import of a question set file: a plugin of its own, as it takes the file's bytes as the
 * body whatever their content type (JSON or XLSX), which must not change how the other routes
 * read JSON. Administrators only; the role rule is decided before the body is read.
 */
export const questionSetImportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: QUESTION_SET_FILE_MAX_BYTES }, (_request, body, done) => done(null, body));

  app.post(
    ops.importQuestionSet.path,
    { bodyLimit: QUESTION_SET_FILE_MAX_BYTES, config: { access: { global: 'manage-question-sets' }, upload: true }, schema: routeSchema(ops.importQuestionSet) },
    async (request, reply) => {
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.byteLength === 0) {
        throw new AppError('validation', "The import is empty: send the file's bytes as the request body", [{ field: 'body', message: 'must contain the file' }]);
      }
      const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
      const set = await importQuestionSetFile(db, context.catalogue, bytes, request.query.format, request.query.replaces, actorOf(request));
      reply.status(201).header('location', `/api/question-sets/${set.id}`);
      return set;
    },
  );
};
