import { auditOperations } from '../../contract/audit.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAudit } from '../../db/audit-repository.js';
import type { RouteOptions } from '../../kernel/context.js';
import { presentAuditEntry } from './presenter.js';

/** Reading the audit log. There is deliberately no route that changes it. */
export const auditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    auditOperations.listAudit.path,
    {
      config: { access: { global: 'read-audit-log' } },
      schema: routeSchema(auditOperations.listAudit),
    },
    async (request) => {
      const { rows, total } = await listAudit(db, request.query);
      return { items: rows.map(presentAuditEntry), total };
    },
  );

  app.get(
    auditOperations.listEvaluationAudit.path,
    {
      config: { access: { evaluation: 'read-audit' } },
      schema: routeSchema(auditOperations.listEvaluationAudit),
    },
    async (request) => {
      const { rows, total } = await listAudit(db, { ...request.query, entityType: 'evaluation', entityId: request.params.id });
      return { items: rows.map(presentAuditEntry), total };
    },
  );
};
