/**
 * Access control for every route: who is asking (session cookie), whether a change really
 * comes from Kompass's own pages (CSRF), and whether the route's rule lets them. Every API
 * route must declare its rule in `config.access`; the app refuses to start otherwise.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { findSession, touchSession } from '../auth/session-store.js';
import { toSignedInUser } from '../auth/users-repository.js';
import { findEvaluationRef } from '../db/evaluation-ref.js';
import {
  canDo,
  canOnEvaluation,
  canReadEvaluation,
  PUBLIC,
  type EvaluationAction,
  type EvaluationRef,
  type Principal,
} from '../domain/access.js';
import type { AppContext } from '../kernel/context.js';
import { AppError, forbidden, notFound, unauthorized } from '../kernel/errors.js';
import { checkHeaderInput } from '../kernel/input-boundary.js';
import { readThrough } from '../kernel/read-cache.js';
import { CSRF_HEADER, SESSION_COOKIE, sessionCookieOptions, type RouteAccess } from '../kernel/request.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A route and its rule, as registered (the authorisation matrix test walks these). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

const isApi = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/docs');

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Refuses changes that another site could have triggered in the user's browser. */
function checkCsrf(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new AppError('csrf', 'Changes are accepted only from Kompass itself (cross-site request refused)');
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) {
    throw new AppError('csrf', `Changes are accepted only from Kompass itself (origin ${origin} refused)`);
  }
  if (request.session) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameText(sent, request.session.csrfToken)) {
      throw new AppError('csrf', `Missing or wrong ${CSRF_HEADER} header: send the token from GET /api/session with every change`);
    }
  }
}

const refuse = (principal: Principal) => (principal.kind === 'public' ? unauthorized() : forbidden());

/** The access facts of an evaluation, from the read cache where this process is the only writer. */
async function loadEvaluationRef(context: AppContext, id: string, since: number): Promise<EvaluationRef | null> {
  return readThrough(context.readCache, `access:${id}`, () => findEvaluationRef(context.database.db, id), since);
}

async function checkEvaluationRule(context: AppContext, request: FastifyRequest, action: EvaluationAction): Promise<void> {
  const id = (request.params as { id?: string }).id;
  if (!id) throw new Error(`Route ${request.routeOptions.url} has an evaluation rule but no :id`);
  const ref = await loadEvaluationRef(context, id, request.arrivedAt);
  // An evaluation one may not read is answered as if it did not exist: drafts stay secret.
  if (!ref || !canReadEvaluation(request.principal, ref)) throw notFound(`Evaluation ${id}`);
  if (!canOnEvaluation(request.principal, action, ref)) throw refuse(request.principal);
  request.evaluationRef = ref;
}

/**
 * Installs sessions, CSRF checks and route rules on the root app. Must be called before any
 * route is registered; returns the registry of routes.
 */
export async function installAccessControl(app: FastifyInstance, context: AppContext): Promise<RegisteredRoute[]> {
  const { db } = context.database;
  const settings = context.auth;
  await app.register(fastifyCookie);
  app.decorateRequest('principal', null as never);
  app.decorateRequest('session', null);
  app.decorateRequest('evaluationRef', null);
  app.decorateRequest('arrivedAt', 0);

  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' && route.config?.access === undefined) continue;
      routes.push({ method, url: route.url, access: route.config?.access });
    }
  });
  app.addHook('onReady', async () => {
    const missing = routes.filter((route) => isApi(route.url) && !route.access);
    if (missing.length > 0) {
      throw new Error(`Routes without an access rule (config.access): ${missing.map((route) => `${route.method} ${route.url}`).join(', ')}`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.principal = PUBLIC;
    request.arrivedAt = performance.now();
    // The headers read below carry no control characters (400 naming the header, not a 500).
    checkHeaderInput(request);
    // Several processes: what the others changed holds here before this request is answered.
    if (request.url.startsWith('/api/')) await context.readCache?.sync(request.arrivedAt);
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/')) {
      const session = await findSession(db, token, settings, context.readCache, request.arrivedAt);
      if (session) {
        request.session = session;
        request.principal = { kind: 'user', user: toSignedInUser(session.user) };
        await touchSession(db, session, context.readCache);
      } else {
        reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
      }
    }
    if (UNSAFE_METHODS.has(request.method)) checkCsrf(request);
    // Rules on the role alone are decided before the body is even read.
    const access = request.routeOptions.config.access;
    if (!access || 'public' in access || 'evaluation' in access) return;
    if (request.principal.kind === 'public') throw unauthorized();
    if ('global' in access && !canDo(request.principal, access.global)) throw forbidden();
  });

  app.addHook('preHandler', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (access && 'evaluation' in access) await checkEvaluationRule(context, request, access.evaluation);
  });

  // Any change may alter what reads return (including the access facts above): a successful
  // change clears the read cache before its answer leaves, so the client's next read is fresh.
  // Routes that declare `keepsReadCache` (heartbeats that change no cached read) are the exception.
  // With several processes on PostgreSQL the change also moves the database's epoch on, so their
  // caches are cleared before their next read (src/kernel/read-cache.ts).
  const cache = context.readCache;
  if (cache) {
    app.addHook('onSend', async (request, reply, payload) => {
      if (UNSAFE_METHODS.has(request.method) && reply.statusCode < 400 && !request.routeOptions.config.keepsReadCache) await cache.changed();
      return payload;
    });
  }

  return routes;
}
