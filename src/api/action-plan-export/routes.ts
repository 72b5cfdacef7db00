import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionPlanExportOperations as ops } from '../../contract/action-plan-export.js';
import type { RouteOptions } from '../../kernel/context.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { attachment } from '../reports/produce-report.js';
import { produceActionPlanExport } from './produce-export.js';

/**
 * The action plan's exports (Excel, Word). Reading follows the evaluation's rule and then the
 * plan's visibility, as the plan itself does: a plan the reader may not read answers 404.
 */
export const actionPlanExportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  app.get(ops.exportActionPlan.path, { config: { access: { evaluation: 'read' } }, schema: routeSchema(ops.exportActionPlan) }, async (request, reply) => {
    const file = await produceActionPlanExport(context, request.params.id, request.principal, request.query.format, request.query.language);
    reply.header('cache-control', 'private, no-store');
    return reply.type(file.contentType).header('content-disposition', attachment(file.fileName)).send(file.body);
  });
};
