import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inspectPasswordLink, usePasswordLink } from '../../auth/password-links.js';
import { signIn, signOut } from '../../auth/sign-in.js';
import { SESSION_COOKIE, actorOf, sessionCookieOptions } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { presentUser } from '../users/presenter.js';
import { passwordTokenSchema, sessionSchema, setPasswordSchema, signInSchema } from './schemas.js';

/** Signing in and out, and choosing a password through a one-time link. */
export const sessionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const { demoMode } = context.auth;

  app.get(
    '/session',
    {
      config: { access: { public: true } },
      schema: { tags: ['session'], summary: 'Who is signed in, and the CSRF token for changes', response: { 200: sessionSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const session = request.session;
      if (!session) return { user: null, csrfToken: null, expiresAt: null, demoMode };
      return { user: presentUser(session.user), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString(), demoMode };
    },
  );

  app.post(
    '/session',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['session'],
        summary: 'Sign in with e-mail and password; sets a new session cookie (423 when locked, 429 when rate-limited)',
        body: signInSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const signedIn = await signIn(db, { ...request.body, ip: request.ip, previousSessionHash: request.session?.tokenHash }, context.auth);
      reply.header('cache-control', 'no-store').setCookie(SESSION_COOKIE, signedIn.token, sessionCookieOptions(request, signedIn.expiresAt));
      return { user: presentUser(signedIn.user), csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt.toISOString(), demoMode };
    },
  );

  app.delete(
    '/session',
    {
      config: { access: { public: true } },
      schema: { tags: ['session'], summary: 'Sign out (ends the session on the server)', response: { 204: z.null() } },
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
    '/password-link',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['session'],
        summary: 'Whose password a one-time link sets, if the link is still valid (the token travels in the body, never in a URL)',
        body: passwordTokenSchema,
        response: { 200: z.object({ email: z.string(), name: z.string() }) },
      },
    },
    async (request) => {
      const user = await inspectPasswordLink(db, request.body.token);
      return { email: user.email, name: user.name };
    },
  );

  app.put(
    '/password',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['session'],
        summary: 'Set a password through a one-time link; ends every session of the user',
        body: setPasswordSchema,
        response: { 204: z.null() },
      },
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
