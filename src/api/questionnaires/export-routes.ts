import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { questionnairesOperations as ops } from '../../contract/questionnaires.js';
import type { RouteOptions } from '../../kernel/context.js';
import { routeSchema } from '../../kernel/route-schema.js';
import { attachment } from '../reports/produce-report.js';
import { produceAnswersExport } from './export.js';

/**
 * The questionnaire's answers as a Word document or a ZIP with every uploaded document, for the
 * evaluation's team (its assigned evaluators and administrators; 404 for anyone else, and when
 * no questionnaire was sent).
 */
export const questionnaireExportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  app.get(ops.exportAnswers.path, { config: { access: { evaluation: 'workspace' } }, schema: routeSchema(ops.exportAnswers) }, async (request, reply) => {
    const file = await produceAnswersExport(context.database.db, context.catalogue, request.params.id, request.query.format, request.query.language);
    reply.header('cache-control', 'private, no-store');
    return reply.type(file.contentType).header('content-disposition', attachment(file.fileName)).send(file.body);
  });
};
