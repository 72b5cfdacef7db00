import { sessionOperations } from '../../contract/session.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inspectPasswordLink, usePasswordLink } from '../../auth/password-links.js';
import { signIn, signOut } from '../../auth/sign-in.js';
import { chooseLanguage } from '../../auth/user-commands.js';
import { SESSION_COOKIE, actorOf, sessionCookieOptions } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { presentUser } from '../users/presenter.js';

/** The signed-in user's id; the route's `signedIn` rule has already refused anyone else. */
function signedInUserId(request: FastifyRequest): string {
  if (request.principal.kind !== 'user') throw new Error('A signed-in route was reached without a signed-in user');
  return request.principal.user.id;
}

/** Signing in and out, choosing a password through a one-time link, and the signed-in user's language. */
export const sessionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const { demoMode } = context.auth;

  app.get(
    sessionOperations.getSession.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(sessionOperations.getSession),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const session = request.session;
      if (!session) return { user: null, csrfToken: null, expiresAt: null, demoMode };
      return { user: presentUser(session.user), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString(), demoMode };
    },
  );

  app.post(
    sessionOperations.signIn.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(sessionOperations.signIn),
    },
    async (request, reply) => {
      const signedIn = await signIn(db, { ...request.body, ip: request.ip, previousSessionHash: request.session?.tokenHash }, context.auth);
      reply.header('cache-control', 'no-store').setCookie(SESSION_COOKIE, signedIn.token, sessionCookieOptions(request, signedIn.expiresAt));
      return { user: presentUser(signedIn.user), csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt.toISOString(), demoMode };
    },
  );

  app.delete(
    sessionOperations.signOut.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(sessionOperations.signOut),
    },
    async (request, reply) => {
      const session = request.session;
      if (session) {
        await signOut(db, { tokenHash: session.tokenHash, userId: session.user.id }, actorOf(request));
      }
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request)).status(204);
      return null;
    },
  );

  app.put(
    sessionOperations.setMyLanguage.path,
    {
      config: { access: { signedIn: true } },
      schema: routeSchema(sessionOperations.setMyLanguage),
    },
    async (request) => presentUser(await chooseLanguage(db, signedInUserId(request), request.body.language, actorOf(request))),
  );

  app.post(
    sessionOperations.inspectPasswordLink.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(sessionOperations.inspectPasswordLink),
    },
    async (request) => {
      const user = await inspectPasswordLink(db, request.body.token);
      return { email: user.email, name: user.name };
    },
  );

  app.put(
    sessionOperations.setPassword.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(sessionOperations.setPassword),
    },
    async (request, reply) => {
      await usePasswordLink(db, request.body.token, request.body.password);
      // Whoever was signed in in this browser is signed out: the next sign-in uses the new password.
      if (request.session) reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
      reply.status(204);
      return null;
    },
  );
};
