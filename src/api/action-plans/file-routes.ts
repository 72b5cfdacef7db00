import { actionPlansOperations as ops } from '../../contract/action-plans.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptRawUploads, refuseUploadEarly, sendAttachment, UPLOAD_BODY_LIMIT, uploadedBytes } from '../../kernel/file-upload.js';
import type { RouteOptions } from '../../kernel/context.js';
import { attachFile } from './commands.js';
import { editorOf } from './editor.js';
import { loadActionFile } from './queries.js';

/**
 * Files attached to actions: uploaded with the workspace evidence files' limits and checks, and
 * downloaded by whoever may read the plan. A plugin of its own: its upload takes any content type
 * as raw bytes, which must not change how the other routes read JSON.
 */
export const actionPlanFileRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  acceptRawUploads(app);

  app.post(
    ops.uploadActionFile.path,
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      onRequest: refuseUploadEarly(db, 'edit-plan'),
      config: { access: { evaluation: 'edit-plan' }, upload: true },
      schema: routeSchema(ops.uploadActionFile),
    },
    async (request, reply) => {
      const { filename } = request.query;
      const action = await attachFile(db, request.params.id, request.params.actionId, filename, uploadedBytes(request.body, filename), editorOf(request));
      reply.status(201).header('location', `/api/evaluations/${request.params.id}/action-plan/actions/${action.id}`);
      return action;
    },
  );

  app.get(ops.downloadActionFile.path, { config: { access: { evaluation: 'read' } }, schema: routeSchema(ops.downloadActionFile) }, async (request, reply) =>
    sendAttachment(reply, await loadActionFile(db, request.params.id, request.params.evidenceId, request.principal)),
  );
};
