import { evidenceOperations } from '../../contract/evidence.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canOnEvaluation, canReadEvaluation } from '../../domain/access.js';
import { attachmentDisposition, downloadMediaType, MAX_EVIDENCE_FILE_BYTES } from '../../domain/evidence.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { AppError, forbidden, notFound, unauthorized } from '../../kernel/errors.js';
import { findEvaluationRef } from '../../db/evaluation-ref.js';
import { uploadEvidenceFile } from './commands.js';
import { readEvidenceFile } from './repository.js';

/** Room above the limit, so a slightly larger file is read and refused with a message naming it and the limit. */
const UPLOAD_BODY_LIMIT = MAX_EVIDENCE_FILE_BYTES + 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Uploaded evidence files (bytes in the database, so every process serves them and they survive
 * restarts) and their download. A plugin of its own: its uploads take any content type as raw
 * bytes, which must not change how the other routes read JSON.
 */
export const evidenceFileRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  // Whatever the client calls the file's type (even JSON or text), its bytes are stored as sent.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_request, body, done) => done(null, body));

  /**
   * The access hook decides evaluation rules after the body is read; an upload is large, so the
   * same rule is applied here first and a refused upload is answered before its bytes are read.
   */
  async function refuseEarly(request: FastifyRequest): Promise<void> {
    const id = (request.params as { id?: unknown }).id;
    if (typeof id !== 'string' || !UUID.test(id)) return; // the params schema answers 400
    const ref = await findEvaluationRef(db, id);
    if (!ref || !canReadEvaluation(request.principal, ref)) throw notFound(`Evaluation ${id}`);
    if (!canOnEvaluation(request.principal, 'workspace', ref)) throw request.principal.kind === 'public' ? unauthorized() : forbidden();
  }

  app.post(
    evidenceOperations.uploadEvidenceFile.path,
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      onRequest: refuseEarly,
      config: { access: { evaluation: 'workspace' }, upload: true },
      schema: routeSchema(evidenceOperations.uploadEvidenceFile),
    },
    async (request, reply) => {
      const { filename } = request.query;
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.byteLength === 0) {
        throw new AppError('validation', `${filename}: the upload is empty; send the file's bytes as the request body`, [{ field: 'body', message: 'must contain the file' }]);
      }
      if (body.byteLength > MAX_EVIDENCE_FILE_BYTES) {
        throw new AppError(
          'payload_too_large',
          `${filename} is ${megabytes(body.byteLength)} (${body.byteLength} bytes); evidence files may be at most ${megabytes(MAX_EVIDENCE_FILE_BYTES)} (${MAX_EVIDENCE_FILE_BYTES} bytes)`,
          [{ field: 'body', message: `must be at most ${MAX_EVIDENCE_FILE_BYTES} bytes` }],
          { maxBytes: MAX_EVIDENCE_FILE_BYTES },
        );
      }
      const content = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
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
      return reply
        .header('content-type', downloadMediaType(file.mediaType))
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('content-length', String(file.content.byteLength))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
};
