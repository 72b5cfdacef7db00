import { scoringOperations } from '../../contract/scoring.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { readThrough } from '../../kernel/read-cache.js';
import { notAssignedEvaluator, saveAgreedScore, saveOwnScore, submitOwnScores } from './commands.js';
import { loadCalibration, loadOwnScores } from './queries.js';

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
    scoringOperations.getMyScores.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(scoringOperations.getMyScores),
    },
    async (request) => {
      const userId = assignedCaller(request);
      return readThrough(context.readCache, `my-scores:${request.params.id}:${userId}`, () => loadOwnScores(db, context.catalogue, request.params.id, userId), request.arrivedAt);
    },
  );

  app.put(
    scoringOperations.saveMyScore.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(scoringOperations.saveMyScore),
    },
    async (request) => {
      const userId = assignedCaller(request);
      return saveOwnScore(db, context.catalogue, { evaluationId: request.params.id, userId, unitCode: request.params.unitCode }, request.body, actorOf(request));
    },
  );

  app.post(
    scoringOperations.submitMyScores.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(scoringOperations.submitMyScores),
    },
    async (request) => {
      const userId = assignedCaller(request);
      const submittedAt = await submitOwnScores(db, context.catalogue, request.params.id, userId, actorOf(request));
      return { submittedAt: submittedAt.toISOString() };
    },
  );

  app.get(
    scoringOperations.getCalibration.path,
    {
      config: { access: { evaluation: 'workspace' } },
      schema: routeSchema(scoringOperations.getCalibration),
    },
    async (request) => {
      return loadCalibration(db, context.catalogue, request.params.id, callerId(request), request.query.lang);
    },
  );

  app.put(
    scoringOperations.saveAgreedScore.path,
    {
      config: { access: { evaluation: 'edit' } },
      schema: routeSchema(scoringOperations.saveAgreedScore),
    },
    async (request) =>
      saveAgreedScore(db, context.catalogue, { evaluationId: request.params.id, unitCode: request.params.unitCode }, request.body, actorOf(request)),
  );
};
