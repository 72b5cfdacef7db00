import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { evaluationIdParamsSchema } from '../evaluations/schemas.js';
import { notAssignedEvaluator, saveAgreedScore, saveOwnScore, submitOwnScores } from './commands.js';
import { loadCalibration, loadOwnScores } from './queries.js';
import {
  agreedScoreSchema,
  calibrationSchema,
  ownScoreSchema,
  ownScoresSchema,
  saveAgreedScoreSchema,
  saveOwnScoreSchema,
  submittedSchema,
  unitParamsSchema,
} from './schemas.js';

const callerId = (request: FastifyRequest): string | null => (request.principal.kind === 'user' ? request.principal.user.id : null);

/** The caller's user id, when the caller is one of the evaluation's assigned evaluators; 403 otherwise. */
function assignedCaller(request: FastifyRequest): string {
  const id = callerId(request);
  if (!id || !request.evaluationRef?.evaluatorIds.includes(id)) throw notAssignedEvaluator();
  return id;
}

/** Independent scoring by each evaluator, the calibration view, and the agreed scores unit by unit. */
export const scoringRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    '/evaluations/:id/my-scores',
    {
      config: { access: { evaluation: 'workspace' } },
      schema: {
        tags: ['scoring'],
        summary: "The caller's own independent score and rationale for every scoring unit (assigned evaluators only)",
        params: evaluationIdParamsSchema,
        response: { 200: ownScoresSchema },
      },
    },
    async (request) => {
      const userId = assignedCaller(request);
      return loadOwnScores(db, context.catalogue, request.params.id, userId);
    },
  );

  app.put(
    '/evaluations/:id/my-scores/:unitCode',
    {
      config: { access: { evaluation: 'workspace' } },
      schema: {
        tags: ['scoring'],
        summary: "Save the caller's own score and rationale of one unit; needs the version last read, 0 when new (409 when stale or submitted)",
        params: unitParamsSchema,
        body: saveOwnScoreSchema,
        response: { 200: ownScoreSchema },
      },
    },
    async (request) => {
      const userId = assignedCaller(request);
      return saveOwnScore(db, context.catalogue, { evaluationId: request.params.id, userId, unitCode: request.params.unitCode }, request.body, actorOf(request));
    },
  );

  app.post(
    '/evaluations/:id/my-scores/submit',
    {
      config: { access: { evaluation: 'workspace' } },
      schema: {
        tags: ['scoring'],
        summary: "Submit the caller's own scores (every unit needs a score and a rationale); they are locked afterwards",
        params: evaluationIdParamsSchema,
        response: { 200: submittedSchema },
      },
    },
    async (request) => {
      const userId = assignedCaller(request);
      const submittedAt = await submitOwnScores(db, context.catalogue, request.params.id, userId, actorOf(request));
      return { submittedAt: submittedAt.toISOString() };
    },
  );

  app.get(
    '/evaluations/:id/calibration',
    {
      config: { access: { evaluation: 'workspace' } },
      schema: {
        tags: ['scoring'],
        summary: "Individual scores side by side (the others' only once every evaluator has submitted), differences and agreed scores",
        params: evaluationIdParamsSchema,
        response: { 200: calibrationSchema },
      },
    },
    async (request) => {
      return loadCalibration(db, context.catalogue, request.params.id, callerId(request));
    },
  );

  app.put(
    '/evaluations/:id/scores/:unitCode',
    {
      config: { access: { evaluation: 'edit' } },
      schema: {
        tags: ['scoring'],
        summary: 'Set (or with null remove) the agreed score and rationale of one unit; needs the version last read, 0 when none (409 when stale)',
        params: unitParamsSchema,
        body: saveAgreedScoreSchema,
        response: { 200: agreedScoreSchema },
      },
    },
    async (request) =>
      saveAgreedScore(db, context.catalogue, { evaluationId: request.params.id, unitCode: request.params.unitCode }, request.body, actorOf(request)),
  );
};
