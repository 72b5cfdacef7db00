import type { FastifyInstance } from 'fastify';
import { AppError } from '../kernel/errors.js';

/** What a refused upload is told to wait before it tries again. */
const UPLOAD_RETRY_AFTER_SECONDS = 5;
/** helmet's own HSTS value: a year, subdomains included. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * At most `max` uploads (routes with `config.upload`) are received at once: each holds a slot
 * from before its body is read until its answer is sent or its connection closes, and an upload
 * beyond them is answered 503 `busy` with Retry-After before any of its bytes are read. Slow
 * clients thus hold at most `max` upload buffers, and the other routes are not affected.
 */
export function limitConcurrentUploads(app: FastifyInstance, max: number): void {
  let receiving = 0;
  // preParsing: after the access checks (a refused request takes no slot), before the body is read.
  app.addHook('preParsing', async (request, reply) => {
    if (!request.routeOptions.config.upload) return;
    if (receiving >= max) {
      throw new AppError('busy', `The server is receiving ${max} uploads already; try again in ${UPLOAD_RETRY_AFTER_SECONDS} seconds`, [], {
        retryAfterSeconds: UPLOAD_RETRY_AFTER_SECONDS,
      });
    }
    receiving += 1;
    let done = false;
    reply.raw.once('close', () => {
      if (done) return;
      done = true;
      receiving -= 1;
    });
  });
}

/**
 * Headers of every answer that depend on the request:
 * - `Cache-Control: no-store` on every API answer and every error (they depend on the session,
 *   or may: public reads are not declared cacheable either), unless the route set its own;
 *   the web app's files keep theirs (hashed assets are immutable).
 * - `Strict-Transport-Security` only on answers over HTTPS (`request.protocol`, which follows
 *   X-Forwarded-Proto when TRUST_PROXY is on): over plain HTTP a browser ignores it anyway, and
 *   a server reached over plain HTTP on a local network must not promise HTTPS for its host.
 */
export function setPrivacyHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.url.startsWith('/api/') || reply.statusCode >= 400) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    else reply.removeHeader('strict-transport-security');
    return payload;
  });
}
