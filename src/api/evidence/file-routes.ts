import { evidenceOperations } from '../../contract/evidence.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptRawUploads, refuseUploadEarly, sendAttachment, UPLOAD_BODY_LIMIT, uploadedBytes } from '../../kernel/file-upload.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { notFound } from '../../kernel/errors.js';
import { uploadEvidenceFile } from './commands.js';
import { readEvidenceFile } from './repository.js';

/**
 * Uploaded evidence files (bytes in the database, so every process serves them and they survive
 * restarts) and their download. A plugin of its own: its uploads take any content type as raw
 * bytes, which must not change how the other routes read JSON.
 */
export const evidenceFileRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  acceptRawUploads(app);

  app.post(
    evidenceOperations.uploadEvidenceFile.path,
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      onRequest: refuseUploadEarly(db, 'workspace'),
      config: { access: { evaluation: 'workspace' }, upload: true },
      schema: routeSchema(evidenceOperations.uploadEvidenceFile),
    },
    async (request, reply) => {
      const { filename } = request.query;
      const content = uploadedBytes(request.body, filename);
      const file = await uploadEvidenceFile(db, request.params.id, filename, content, actorOf(request));
      reply.status(201).header('location', `/api/evaluations/${request.params.id}/evidence-files/${file.id}`);
      return file;
    },
  );

  app.get(
    evidenceOperations.downloadEvidenceFile.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(evidenceOperations.downloadEvidenceFile),
    },
    async (request, reply) => {
      const file = await readEvidenceFile(db, request.params.id, request.params.fileId);
      if (!file) throw notFound(`Evidence file ${request.params.fileId}`);
      return sendAttachment(reply, file);
    },
  );
};
