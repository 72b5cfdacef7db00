/**
 * What routes need to know of a request beside its body: the access rule they declare, who is
 * asking (set by the server's access control, src/server/access.ts), the session cookie's name and
 * options, and who to write in the audit log.
 */
import type { FastifyRequest } from 'fastify';
import type { EvaluationAction, EvaluationRef, GlobalAction, Principal } from '../domain/access.js';

/** The rule a route declares. */
export type RouteAccess =
  /** Anyone; what the handler shows is filtered by the principal where it matters. */
  | { public: true }
  /** Any signed-in user. */
  | { signedIn: true }
  /** An action on no single evaluation (see domain/access). */
  | { global: GlobalAction }
  /** An action on the evaluation named by the route's `:id`. */
  | { evaluation: EvaluationAction };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * The route receives large bodies (file uploads): only so many are received at once
     * (`maxConcurrentUploads`), further ones are answered 503 `busy` before their bytes are read.
     */
    upload?: boolean;
    /**
     * The route's changes never alter what a cached read returns (e.g. presence heartbeats):
     * its successful answers leave the read cache as it is instead of clearing it.
     */
    keepsReadCache?: boolean;
  }
  interface FastifyRequest {
    principal: Principal;
    /** Set by evaluation rules: the evaluation the route concerns, already checked. */
    evaluationRef: EvaluationRef | null;
    /**
     * When the request arrived (`performance.now()`): its cached reads share the database epoch
     * learnt after that moment (src/kernel/read-cache.ts).
     */
    arrivedAt: number;
  }
}

export const SESSION_COOKIE = 'kompass_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Who made a change, as written to the audit log. */
export const actorOf = (request: FastifyRequest): string =>
  request.principal.kind === 'user' ? request.principal.user.email : `anonymous@${request.ip}`;

export function sessionCookieOptions(request: FastifyRequest, expires?: Date) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https', ...(expires ? { expires } : {}) };
}
