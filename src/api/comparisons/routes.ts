/**
 * Comparisons: an evaluation against the national average, a peer group, reference averages
 * and its earlier evaluations; the national averages alone; and the stored reference averages.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { evaluationIdParamsSchema } from '../evaluations/schemas.js';
import { loadPeerGroupChoices } from './peer-choices.js';
import { changeReferenceAverage, createReferenceAverage, presentReferenceAverage, removeReferenceAverage } from './reference-commands.js';
import { listReferenceAverages } from './repository.js';
import {
  comparisonQuerySchema,
  createReferenceAverageSchema,
  deleteReferenceQuerySchema,
  evaluationComparisonSchema,
  nationalComparisonSchema,
  nationalQuerySchema,
  peerGroupChoicesSchema,
  referenceAverageSchema,
  referenceIdParamsSchema,
  referenceListQuerySchema,
  toComparisonOptions,
  updateReferenceAverageSchema,
} from './schemas.js';
import { loadEvaluationComparison, loadNationalComparison } from './queries.js';

export const comparisonRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const manage = { global: 'manage-reference-averages' } as const;

  app.get(
    '/evaluations/:id/comparison',
    {
      config: { access: { evaluation: 'read' } },
      schema: {
        tags: ['comparisons'],
        summary: 'The evaluation against the national average, a peer group, reference averages and its earlier evaluations',
        params: evaluationIdParamsSchema,
        querystring: comparisonQuerySchema,
        response: { 200: evaluationComparisonSchema },
      },
    },
    async (request) => loadEvaluationComparison(context, request.params.id, toComparisonOptions(request.query), request.query.lang),
  );

  app.get(
    '/evaluations/:id/peer-groups',
    {
      config: { access: { evaluation: 'read' } },
      schema: {
        tags: ['comparisons'],
        summary: 'The peer groups the evaluation can be compared with, each choice with its n (given the other criteria of the query)',
        description:
          'Takes the comparison query (since, all, peer.*). Every population class, county and SKR group, and the first-time criterion, ' +
          'carries n: the number of published, complete evaluations in the group that choosing it would form while keeping the other ' +
          'criteria of the query. A choice with n = 0 forms an empty group. `own` marks the choices the evaluated municipality belongs to.',
        params: evaluationIdParamsSchema,
        querystring: comparisonQuerySchema,
        response: { 200: peerGroupChoicesSchema },
      },
    },
    async (request) => loadPeerGroupChoices(context, request.params.id, toComparisonOptions(request.query), request.query.lang),
  );

  app.get(
    '/comparisons/national',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['comparisons'],
        summary: 'National (and peer-group) averages of a framework version over its published evaluations',
        querystring: nationalQuerySchema,
        response: { 200: nationalComparisonSchema },
      },
    },
    async (request) => loadNationalComparison(context, request.query.framework, toComparisonOptions(request.query), request.query.lang),
  );

  app.get(
    '/reference-averages',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['comparisons'],
        summary: 'Stored reference averages from published sources (all, or of one framework)',
        querystring: referenceListQuerySchema,
        response: { 200: z.object({ items: z.array(referenceAverageSchema) }) },
      },
    },
    async (request) => ({ items: (await listReferenceAverages(db, request.query.framework)).map(presentReferenceAverage) }),
  );

  app.post(
    '/reference-averages',
    {
      config: { access: manage },
      schema: {
        tags: ['comparisons'],
        summary: 'Store a reference average (an area mean, or the total mean when areaCode is null) with its source and date',
        body: createReferenceAverageSchema,
        response: { 201: referenceAverageSchema },
      },
    },
    async (request, reply) => {
      const created = await createReferenceAverage(db, context.catalogue, request.body, actorOf(request));
      reply.status(201).header('location', `/api/reference-averages/${created.id}`);
      return created;
    },
  );

  app.put(
    '/reference-averages/:id',
    {
      config: { access: manage },
      schema: {
        tags: ['comparisons'],
        summary: 'Replace a reference average; needs its version last read in the body (409 with the current one when stale)',
        params: referenceIdParamsSchema,
        body: updateReferenceAverageSchema,
        response: { 200: referenceAverageSchema },
      },
    },
    async (request) => changeReferenceAverage(db, context.catalogue, request.params.id, request.body, actorOf(request)),
  );

  app.delete(
    '/reference-averages/:id',
    {
      config: { access: manage },
      schema: {
        tags: ['comparisons'],
        summary: 'Remove a reference average; needs its version last read as ?version= (409 when stale)',
        params: referenceIdParamsSchema,
        querystring: deleteReferenceQuerySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeReferenceAverage(db, request.params.id, request.query.version, actorOf(request));
      reply.status(204);
      return null;
    },
  );
};
