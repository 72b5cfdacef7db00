import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { evaluationIdParamsSchema } from '../evaluations/schemas.js';
import { createEvidence, deleteEvidence, updateEvidence } from './commands.js';
import { evidenceFileRoutes } from './file-routes.js';
import { loadEvidenceList, loadEvidenceSummary } from './queries.js';
import {
  createEvidenceSchema,
  deleteEvidenceQuerySchema,
  evidenceListQuerySchema,
  evidenceListSchema,
  evidenceParamsSchema,
  evidenceSchema,
  evidenceSummarySchema,
  updateEvidenceSchema,
} from './schemas.js';

/** The evidence register of an evaluation: interviews, documents and observations, each linked to sub-areas. */
export const evidenceRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    '/evaluations/:id/evidence',
    {
      config: { access: { evaluation: 'workspace' } },
      schema: {
        tags: ['evidence'],
        summary: "The evaluation's evidence, newest first; filter by linked sub-area (unit) and kind",
        params: evaluationIdParamsSchema,
        querystring: evidenceListQuerySchema,
        response: { 200: evidenceListSchema },
      },
    },
    async (request) => {
      return loadEvidenceList(db, request.params.id, request.query);
    },
  );

  app.get(
    '/evaluations/:id/evidence-summary',
    {
      config: { access: { evaluation: 'workspace' } },
      schema: {
        tags: ['evidence'],
        summary: 'Per scoring unit of the framework, how many evidence items of each kind link to it',
        params: evaluationIdParamsSchema,
        response: { 200: evidenceSummarySchema },
      },
    },
    async (request) => {
      return loadEvidenceSummary(db, context.catalogue, request.params.id);
    },
  );

  app.post(
    '/evaluations/:id/evidence',
    {
      config: { access: { evaluation: 'workspace' } },
      schema: {
        tags: ['evidence'],
        summary: 'Add an interview, a document or an observation, linked to one or more sub-areas',
        params: evaluationIdParamsSchema,
        body: createEvidenceSchema,
        response: { 201: evidenceSchema },
      },
    },
    async (request, reply) => {
      const item = await createEvidence(db, context.catalogue, request.params.id, request.body, actorOf(request));
      reply.status(201).header('location', `/api/evaluations/${request.params.id}/evidence/${item.id}`);
      return item;
    },
  );

  app.put(
    '/evaluations/:id/evidence/:evidenceId',
    {
      config: { access: { evaluation: 'workspace' } },
      schema: {
        tags: ['evidence'],
        summary: 'Replace an evidence item; needs the version last read (409 with the current item when stale)',
        params: evidenceParamsSchema,
        body: updateEvidenceSchema,
        response: { 200: evidenceSchema },
      },
    },
    async (request) => updateEvidence(db, context.catalogue, request.params.id, request.params.evidenceId, request.body, actorOf(request)),
  );

  app.delete(
    '/evaluations/:id/evidence/:evidenceId',
    {
      config: { access: { evaluation: 'workspace' } },
      schema: {
        tags: ['evidence'],
        summary: 'Delete an evidence item at the version last read (?version=N; 409 with the current item when stale)',
        params: evidenceParamsSchema,
        querystring: deleteEvidenceQuerySchema,
      },
    },
    async (request, reply) => {
      await deleteEvidence(db, request.params.id, request.params.evidenceId, request.query.version, actorOf(request));
      return reply.status(204).send();
    },
  );

  await app.register(evidenceFileRoutes, { context });
};
