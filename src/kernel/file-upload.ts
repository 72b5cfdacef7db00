/**
 * Files sent as the raw request body (evidence files of the workspace and of action plans) and
 * their download: one set of limits and checks for every route that takes or serves such a file.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canOnEvaluation, canReadEvaluation, type EvaluationAction } from '../domain/access.js';
import { attachmentDisposition, downloadMediaType, MAX_EVIDENCE_FILE_BYTES } from '../domain/evidence.js';
import type { Executor } from '../db/client.js';
import { findEvaluationRef } from '../db/evaluation-ref.js';
import { AppError, forbidden, notFound, unauthorized } from './errors.js';

/** Room above the limit, so a slightly larger file is read and refused with a message naming it and the limit. */
export const UPLOAD_BODY_LIMIT = MAX_EVIDENCE_FILE_BYTES + 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Makes a plugin's routes take any content type as raw bytes: whatever the client calls the
 * file's type (even JSON or text), its bytes are stored as sent. Only for a plugin of upload
 * routes, as it changes how every route of the plugin reads its body.
 */
export function acceptRawUploads(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_request, body, done) => done(null, body));
}

/**
 * The access hook decides evaluation rules after the body is read; an upload is large, so the
 * route's rule is applied first and a refused upload is answered before its bytes are read.
 */
export function refuseUploadEarly(db: Executor, action: EvaluationAction) {
  return async (request: FastifyRequest): Promise<void> => {
    const id = (request.params as { id?: unknown }).id;
    if (typeof id !== 'string' || !UUID.test(id)) return; // the params schema answers 400
    const ref = await findEvaluationRef(db, id);
    if (!ref || !canReadEvaluation(request.principal, ref)) throw notFound(`Evaluation ${id}`);
    if (!canOnEvaluation(request.principal, action, ref)) throw request.principal.kind === 'public' ? unauthorized() : forbidden();
  };
}

/** The uploaded file's bytes, refused when empty or larger than an evidence file may be. */
export function uploadedBytes(body: unknown, fileName: string): Uint8Array {
  if (!Buffer.isBuffer(body) || body.byteLength === 0) {
    throw new AppError('validation', `${fileName}: the upload is empty; send the file's bytes as the request body`, [{ field: 'body', message: 'must contain the file' }]);
  }
  if (body.byteLength > MAX_EVIDENCE_FILE_BYTES) {
    throw new AppError(
      'payload_too_large',
      `${fileName} is ${megabytes(body.byteLength)} (${body.byteLength} bytes); evidence files may be at most ${megabytes(MAX_EVIDENCE_FILE_BYTES)} (${MAX_EVIDENCE_FILE_BYTES} bytes)`,
      [{ field: 'body', message: `must be at most ${MAX_EVIDENCE_FILE_BYTES} bytes` }],
      { maxBytes: MAX_EVIDENCE_FILE_BYTES },
    );
  }
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

/** Sends a stored file as an attachment, never as a type a browser would render as a page. */
export function sendAttachment(reply: FastifyReply, file: { fileName: string; mediaType: string; content: Uint8Array }) {
  return reply
    .header('content-type', downloadMediaType(file.mediaType))
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('content-length', String(file.content.byteLength))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
