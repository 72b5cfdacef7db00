import type { FastifyInstance } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
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

/**
 * What Node's HTTP parser refuses before the app sees a request (a request over its time limit,
 * headers over their size limit, bytes that are not HTTP), answered in the app's error format
 * like every other refusal, and the connection closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request_timeout', 'The request did not arrive whole within the time limit']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers_too_large', 'The request headers are larger than the server accepts']
        : [400, 'bad_request', 'The request is not valid HTTP'];
  const body = JSON.stringify({ error: { code, message, details: [] } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
