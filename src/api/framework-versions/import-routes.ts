import { frameworkVersionsOperations as ops } from '../../contract/framework-versions.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import { actorOf } from '../../kernel/request.js';
import { importFrameworkVersionFile } from './file-commands.js';

/** The largest model version file taken (a version with criteria on every sub-area is far smaller). */
export const FRAMEWORK_FILE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The import of a model version file: a plugin of its own, as it takes the file's bytes as the
 * body whatever their content type (JSON or XLSX), which must not change how the other routes
 * read JSON. Administrators only; the role rule is decided before the body is read.
 */
export const frameworkVersionImportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: FRAMEWORK_FILE_MAX_BYTES }, (_request, body, done) => done(null, body));

  app.post(
    ops.importFrameworkVersion.path,
    { bodyLimit: FRAMEWORK_FILE_MAX_BYTES, config: { access: { global: 'manage-frameworks' }, upload: true }, schema: routeSchema(ops.importFrameworkVersion) },
    async (request, reply) => {
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.byteLength === 0) {
        throw new AppError('validation', "The import is empty: send the file's bytes as the request body", [{ field: 'body', message: 'must contain the file' }]);
      }
      const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
      const { created, view } = await importFrameworkVersionFile(db, context.catalogue, bytes, request.query, actorOf(request));
      reply.status(created ? 201 : 200).header('location', `/api/framework-versions/${encodeURIComponent(view.id)}`);
      return view;
    },
  );
};
