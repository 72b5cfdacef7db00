import { evidenceOperations } from '../../contract/evidence.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { readThrough } from '../../kernel/read-cache.js';
import { createEvidence, deleteEvidence, updateEvidence } from './commands.js';
import { evidenceFileRoutes } from './file-routes.js';
import { loadEvidenceList, loadEvidenceSummary } from './queries.js';

/** The evidence register of an evaluation: interviews, documents and observations, each linked to sub-areas. */
export const evidenceRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    evidenceOperations.listEvidence.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(evidenceOperations.listEvidence),
    },
    async (request) => {
      return readThrough(context.readCache, `evidence:${request.params.id}:${JSON.stringify(request.query)}`, () => loadEvidenceList(db, request.params.id, request.query), request.arrivedAt);
    },
  );

  app.get(
    evidenceOperations.getEvidenceSummary.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(evidenceOperations.getEvidenceSummary),
    },
    async (request) => {
      return loadEvidenceSummary(db, context.catalogue, request.params.id);
    },
  );

  app.post(
    evidenceOperations.createEvidence.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(evidenceOperations.createEvidence),
    },
    async (request, reply) => {
      const item = await createEvidence(db, context.catalogue, request.params.id, request.body, actorOf(request));
      reply.status(201).header('location', `/api/evaluations/${request.params.id}/evidence/${item.id}`);
      return item;
    },
  );

  app.put(
    evidenceOperations.updateEvidence.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(evidenceOperations.updateEvidence),
    },
    async (request) => updateEvidence(db, context.catalogue, request.params.id, request.params.evidenceId, request.body, actorOf(request)),
  );

  app.delete(
    evidenceOperations.deleteEvidence.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(evidenceOperations.deleteEvidence),
    },
    async (request, reply) => {
      await deleteEvidence(db, request.params.id, request.params.evidenceId, request.query.version, actorOf(request));
      return reply.status(204).send();
    },
  );

  await app.register(evidenceFileRoutes, { context });
};
