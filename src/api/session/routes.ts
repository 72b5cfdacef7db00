import { sessionOperations } from '../../contract/session.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inspectPasswordLink, usePasswordLink } from '../../auth/password-links.js';
import { signIn, signOut } from '../../auth/sign-in.js';
import { SESSION_COOKIE, actorOf, sessionCookieOptions } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { presentUser } from '../users/presenter.js';

/** Signing in and out, and choosing a password through a one-time link. */
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
