import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, toAppError, type ErrorDetail } from './errors.js';

/** The body of every error response. */
interface ErrorBody {
  error: { code: string; message: string; details: ErrorDetail[] } & Record<string, unknown>;
}

function toDotted(context: string | undefined, instancePath: string | undefined): string {
  const path = (instancePath ?? '').split('/').filter(Boolean).join('.');
  const prefix = context === 'querystring' ? 'query' : (context ?? 'request');
  return path ? `${prefix}.${path}` : prefix;
}

/**
 * Maps every error to one response format. Validation errors name each field; AppErrors keep
 * their code; anything unknown becomes a 500 without internals (it is logged instead).
 */
export function handleError(thrown: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  const error = toAppError(thrown) as FastifyError | AppError | Error;
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, details: error.details, ...error.extra } };
    const retryAfter = error.extra.retryAfterSeconds;
    if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
    return reply.status(error.status).send(body);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((issue) => ({
      field: toDotted(error.validationContext, issue.instancePath),
      message: issue.message,
    }));
    const summary = details.map((detail) => `${detail.field}: ${detail.message}`).join('; ');
    return reply.status(400).send({ error: { code: 'validation', message: `Invalid input: ${summary}`, details } });
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.statusCode === 413) {
    // Uploads name their file in the query; say which file was refused.
    const file = (request.query as { filename?: unknown } | undefined)?.filename;
    const subject = typeof file === 'string' && file ? `${file}: the document` : 'The request body';
    return reply.status(413).send({ error: { code: 'payload_too_large', message: `${subject} is larger than this server accepts`, details: [] } });
  }
  if (fastifyError.statusCode === 415) {
    const type = request.headers['content-type'];
    const sent = typeof type === 'string' && type ? `content type ${type.split(';')[0]!.trim().slice(0, 100)}` : 'no content type';
    return reply.status(415).send({
      error: { code: 'unsupported_media_type', message: `This request does not take a body of ${sent}: send application/json`, details: [{ field: 'headers.content-type', message: 'is not supported here' }] },
    });
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Fastify's own client errors (bad JSON, wrong content type): their messages hold no internals.
    return reply
      .status(fastifyError.statusCode)
      .send({ error: { code: 'bad_request', message: fastifyError.message, details: [] } });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'internal', message: 'An internal error occurred', details: [] } });
}
