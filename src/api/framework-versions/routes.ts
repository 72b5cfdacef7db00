import { frameworkVersionsOperations as ops } from '../../contract/framework-versions.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachmentDisposition } from '../../domain/evidence.js';
import type { RouteOptions } from '../../kernel/context.js';
import { actorOf } from '../../kernel/request.js';
import { createFrameworkVersion, deleteFrameworkVersion, publishFrameworkVersion, saveFrameworkVersion } from './commands.js';
import { exportFrameworkVersionFile } from './file-commands.js';
import { frameworkVersionImportRoutes } from './import-routes.js';
import { listFrameworkVersions, loadFrameworkVersion } from './queries.js';

const ACCESS = { access: { global: 'manage-frameworks' } } as const;

/**
 * Authoring model versions (administrators): list and read every version, make a new one from an
 * existing one, save and delete drafts, publish, and move versions to and from files.
 */
export const frameworkVersionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const { catalogue } = context;
  const versionUrl = (id: string) => `/api/framework-versions/${encodeURIComponent(id)}`;

  app.get(ops.listFrameworkVersions.path, { config: ACCESS, schema: routeSchema(ops.listFrameworkVersions) }, async (request) =>
    listFrameworkVersions(db, catalogue, request.query.lang),
  );

  app.get(ops.getFrameworkVersion.path, { config: ACCESS, schema: routeSchema(ops.getFrameworkVersion) }, async (request) =>
    loadFrameworkVersion(db, catalogue, request.params.id, request.query.lang),
  );

  app.post(ops.createFrameworkVersion.path, { config: ACCESS, schema: routeSchema(ops.createFrameworkVersion) }, async (request, reply) => {
    const view = await createFrameworkVersion(db, catalogue, request.body, actorOf(request));
    reply.status(201).header('location', versionUrl(view.id));
    return view;
  });

  app.put(ops.saveFrameworkVersion.path, { config: ACCESS, schema: routeSchema(ops.saveFrameworkVersion) }, async (request) =>
    saveFrameworkVersion(db, catalogue, request.params.id, request.body, actorOf(request)),
  );

  app.delete(ops.deleteFrameworkVersion.path, { config: ACCESS, schema: routeSchema(ops.deleteFrameworkVersion) }, async (request, reply) => {
    await deleteFrameworkVersion(db, catalogue, request.params.id, request.query.version, actorOf(request));
    reply.status(204);
    return null;
  });

  app.post(ops.publishFrameworkVersion.path, { config: ACCESS, schema: routeSchema(ops.publishFrameworkVersion) }, async (request) =>
    publishFrameworkVersion(db, catalogue, request.params.id, request.body.version, actorOf(request)),
  );

  app.get(ops.exportFrameworkVersion.path, { config: ACCESS, schema: routeSchema(ops.exportFrameworkVersion) }, async (request, reply) => {
    const file = await exportFrameworkVersionFile(db, catalogue, request.params.id, request.query.format);
    reply.header('cache-control', 'private, no-store');
    return reply.type(file.contentType).header('content-disposition', attachmentDisposition(file.fileName)).send(file.body);
  });

  await app.register(frameworkVersionImportRoutes, { context });
};
