import { usersOperations } from '../../contract/users.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changeAccount, createAccount, newPasswordLink } from '../../auth/user-commands.js';
import { listUsers } from '../../auth/users-repository.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { presentUser } from './presenter.js';

const presentLink = (link: { url: string; expiresAt: Date }) => ({ url: link.url, expiresAt: link.expiresAt.toISOString() });

/** Administration of users: only the programme owner's administrators. */
export const userRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const access = { global: 'manage-users' } as const;

  app.get(
    usersOperations.listUsers.path,
    { config: { access }, schema: routeSchema(usersOperations.listUsers) },
    async () => ({ items: (await listUsers(db)).map(presentUser) }),
  );

  app.post(
    usersOperations.createUser.path,
    {
      config: { access },
      schema: routeSchema(usersOperations.createUser),
    },
    async (request, reply) => {
      const { user, link } = await createAccount(db, request.body, actorOf(request), context.auth);
      reply.status(201).header('location', `/api/users/${user.id}`);
      return { user: presentUser(user), link: presentLink(link!) };
    },
  );

  app.patch(
    usersOperations.changeUser.path,
    {
      config: { access },
      schema: routeSchema(usersOperations.changeUser),
    },
    async (request) => {
      const { version, ...changes } = request.body;
      return presentUser(await changeAccount(db, request.params.userId, version, changes, actorOf(request)));
    },
  );

  app.post(
    usersOperations.newPasswordLink.path,
    {
      config: { access },
      schema: routeSchema(usersOperations.newPasswordLink),
    },
    async (request, reply) => {
      reply.status(201);
      return presentLink(await newPasswordLink(db, request.params.userId, actorOf(request), context.auth));
    },
  );
};
