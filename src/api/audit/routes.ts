import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAudit, type AuditRecord } from '../../db/audit-repository.js';
import type { RouteOptions } from '../../kernel/context.js';
import { evaluationIdParamsSchema } from '../../contract/evaluations.js';
import { auditListSchema, auditQuerySchema, evaluationAuditQuerySchema } from '../../contract/audit.js';

const present = (entry: AuditRecord) => ({ ...entry, at: entry.at.toISOString() });

/** Reading the audit log. There is deliberately no route that changes it. */
export const auditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    '/audit',
    {
      config: { access: { global: 'read-audit-log' } },
      schema: { tags: ['audit'], summary: 'The whole audit log, newest first (administrators)', querystring: auditQuerySchema, response: { 200: auditListSchema } },
    },
    async (request) => {
      const { rows, total } = await listAudit(db, request.query);
      return { items: rows.map(present), total };
    },
  );

  app.get(
    '/evaluations/:id/audit',
    {
      config: { access: { evaluation: 'read-audit' } },
      schema: {
        tags: ['audit'],
        summary: "One evaluation's changes, newest first (administrators and its evaluators)",
        params: evaluationIdParamsSchema,
        querystring: evaluationAuditQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listAudit(db, { ...request.query, entityType: 'evaluation', entityId: request.params.id });
      return { items: rows.map(present), total };
    },
  );
};
