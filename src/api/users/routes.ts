import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeAccount, createAccount, newPasswordLink } from '../../auth/user-commands.js';
import { listUsers } from '../../auth/users-repository.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { presentUser } from './presenter.js';
import { createUserSchema, passwordLinkSchema, updateUserSchema, userIdParamsSchema, userSchema } from '../../contract/users.js';

const presentLink = (link: { url: string; expiresAt: Date }) => ({ url: link.url, expiresAt: link.expiresAt.toISOString() });

/** Administration of users: only the programme owner's administrators. */
export const userRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const access = { global: 'manage-users' } as const;

  app.get(
    '/users',
    { config: { access }, schema: { tags: ['users'], summary: 'All users', response: { 200: z.object({ items: z.array(userSchema) }) } } },
    async () => ({ items: (await listUsers(db)).map(presentUser) }),
  );

  app.post(
    '/users',
    {
      config: { access },
      schema: {
        tags: ['users'],
        summary: 'Create a user; the answer holds a one-time link for choosing a password (shown once)',
        body: createUserSchema,
        response: { 201: z.object({ user: userSchema, link: passwordLinkSchema }) },
      },
    },
    async (request, reply) => {
      const { user, link } = await createAccount(db, request.body, actorOf(request), context.auth);
      reply.status(201).header('location', `/api/users/${user.id}`);
      return { user: presentUser(user), link: presentLink(link!) };
    },
  );

  app.patch(
    '/users/:userId',
    {
      config: { access },
      schema: {
        tags: ['users'],
        summary: 'Change a user (name, organisation, role, municipality, disabled); needs the version last read',
        params: userIdParamsSchema,
        body: updateUserSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return presentUser(await changeAccount(db, request.params.userId, version, changes, actorOf(request)));
    },
  );

  app.post(
    '/users/:userId/password-link',
    {
      config: { access },
      schema: {
        tags: ['users'],
        summary: 'A new one-time link for the user to set a password (earlier links stop working)',
        params: userIdParamsSchema,
        response: { 201: passwordLinkSchema },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return presentLink(await newPasswordLink(db, request.params.userId, actorOf(request), context.auth));
    },
  );
};
