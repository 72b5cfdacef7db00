import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { evaluationIdParamsSchema } from '../evaluations/schemas.js';
import { writeAreaText, writeSubareaText, writeSummary } from './commands.js';
import { goodExampleRoutes } from './good-example-routes.js';
import { loadTexts } from './queries.js';
import {
  areaTextParamsSchema,
  areaTextSchema,
  evaluationTextsSchema,
  subareaTextParamsSchema,
  subareaTextSchema,
  summarySchema,
  updateAreaTextSchema,
  updateSubareaTextSchema,
  updateSummarySchema,
} from './schemas.js';

/** The written parts of an evaluation: area and sub-area texts, the summary comments, good examples. */
export const textRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    '/evaluations/:id/texts',
    {
      config: { access: { evaluation: 'read' } },
      schema: {
        tags: ['texts'],
        summary: 'Every text of the evaluation, in framework order (empty, version 0, where nothing is written yet)',
        params: evaluationIdParamsSchema,
        response: { 200: evaluationTextsSchema },
      },
    },
    async (request) => loadTexts(db, context.catalogue, request.params.id),
  );

  app.put(
    '/evaluations/:id/areas/:areaCode/text',
    {
      config: { access: { evaluation: 'edit' } },
      schema: {
        tags: ['texts'],
        summary: "Write an area's analysis, strengths and improvements; needs the version last read (0: new; 409 when stale)",
        params: areaTextParamsSchema,
        body: updateAreaTextSchema,
        response: { 200: areaTextSchema },
      },
    },
    async (request) => writeAreaText(db, context.catalogue, request.params.id, request.params.areaCode, request.body, actorOf(request)),
  );

  app.put(
    '/evaluations/:id/subareas/:unitCode/text',
    {
      config: { access: { evaluation: 'edit' } },
      schema: {
        tags: ['texts'],
        summary: "Write a sub-area's analysis; needs the version last read (0: new; 409 when stale)",
        params: subareaTextParamsSchema,
        body: updateSubareaTextSchema,
        response: { 200: subareaTextSchema },
      },
    },
    async (request) => writeSubareaText(db, context.catalogue, request.params.id, request.params.unitCode, request.body, actorOf(request)),
  );

  app.put(
    '/evaluations/:id/summary',
    {
      config: { access: { evaluation: 'edit' } },
      schema: {
        tags: ['texts'],
        summary: 'Write the summary comments; needs their version last read (409 when stale)',
        params: evaluationIdParamsSchema,
        body: updateSummarySchema,
        response: { 200: summarySchema },
      },
    },
    async (request) => writeSummary(db, request.params.id, request.body, actorOf(request)),
  );

  await app.register(goodExampleRoutes, { context });
};
