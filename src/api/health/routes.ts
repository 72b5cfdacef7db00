import { healthOperations } from '../../contract/health.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { RouteOptions } from '../../kernel/context.js';

export const healthRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  app.get(
    healthOperations.health.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(healthOperations.health),
    },
    async () => {
      await context.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: context.database.engine };
    },
  );
};
