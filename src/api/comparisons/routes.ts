import { comparisonsOperations } from '../../contract/comparisons.js';
import { routeSchema } from '../../kernel/route-schema.js';
/**
 * Comparisons: an evaluation against the national average, a peer group, reference averages
 * and its earlier evaluations; the national averages alone; and the stored reference averages.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { loadPeerGroupChoices } from './peer-choices.js';
import { changeReferenceAverage, createReferenceAverage, presentReferenceAverage, removeReferenceAverage } from './reference-commands.js';
import { listReferenceAverages } from './reference-repository.js';
import { toComparisonOptions } from '../../contract/comparisons.js';
import { loadEvaluationComparison, loadNationalComparison } from './queries.js';

export const comparisonRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const manage = { global: 'manage-reference-averages' } as const;

  app.get(
    comparisonsOperations.getEvaluationComparison.path,
    {
      config: { access: { evaluation: 'read' } },
      schema: routeSchema(comparisonsOperations.getEvaluationComparison),
    },
    async (request) => loadEvaluationComparison(context, request.params.id, toComparisonOptions(request.query), request.query.lang),
  );

  app.get(
    comparisonsOperations.getPeerGroupChoices.path,
    {
      config: { access: { evaluation: 'read' } },
      schema: routeSchema(comparisonsOperations.getPeerGroupChoices),
    },
    async (request) => loadPeerGroupChoices(context, request.params.id, toComparisonOptions(request.query), request.query.lang),
  );

  app.get(
    comparisonsOperations.getNationalComparison.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(comparisonsOperations.getNationalComparison),
    },
    async (request) => loadNationalComparison(context, request.query.framework, toComparisonOptions(request.query), request.query.country ?? 'se', request.query.lang),
  );

  app.get(
    comparisonsOperations.listReferenceAverages.path,
    {
      config: { access: { public: true } },
      schema: routeSchema(comparisonsOperations.listReferenceAverages),
    },
    async (request) => ({ items: (await listReferenceAverages(db, request.query.framework)).map(presentReferenceAverage) }),
  );

  app.post(
    comparisonsOperations.createReferenceAverage.path,
    {
      config: { access: manage },
      schema: routeSchema(comparisonsOperations.createReferenceAverage),
    },
    async (request, reply) => {
      const created = await createReferenceAverage(db, context.catalogue, request.body, actorOf(request));
      reply.status(201).header('location', `/api/reference-averages/${created.id}`);
      return created;
    },
  );

  app.put(
    comparisonsOperations.updateReferenceAverage.path,
    {
      config: { access: manage },
      schema: routeSchema(comparisonsOperations.updateReferenceAverage),
    },
    async (request) => changeReferenceAverage(db, context.catalogue, request.params.id, request.body, actorOf(request)),
  );

  app.delete(
    comparisonsOperations.deleteReferenceAverage.path,
    {
      config: { access: manage },
      schema: routeSchema(comparisonsOperations.deleteReferenceAverage),
    },
    async (request, reply) => {
      await removeReferenceAverage(db, request.params.id, request.query.version, actorOf(request));
      reply.status(204);
      return null;
    },
  );
};
