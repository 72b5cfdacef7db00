import { scoringOperations } from '../../contract/scoring.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listScoringUnits, frameworkOf } from '../../domain/framework.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { notFound } from '../../kernel/errors.js';
import { notAssignedEvaluator, saveAgreedScore, saveOwnScore, submitOwnScores } from './commands.js';
import { isRevealed, presentCalibration, presentOwnScore } from './presenter.js';
import { findAgreedScores, findFrameworkId, findIndividualScores, findSubmission, listEvaluatorsWithSubmissions } from './repository.js';

const SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

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
      const { id } = request.params;
      return db.transaction(async (tx) => {
        const frameworkId = await findFrameworkId(tx, id);
        if (!frameworkId) throw notFound(`Evaluation ${id}`);
        const [submittedAt, scores] = await Promise.all([findSubmission(tx, id, userId), findIndividualScores(tx, id, [userId])]);
        const own = scores.get(userId);
        return {
          submittedAt: submittedAt?.toISOString() ?? null,
          items: listScoringUnits(frameworkOf(context.catalogue, frameworkId)).map((unit) => presentOwnScore(unit.code, own?.get(unit.code))),
        };
      }, SNAPSHOT);
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
      const { id } = request.params;
      const caller = callerId(request);
      return db.transaction(async (tx) => {
        const frameworkId = await findFrameworkId(tx, id);
        if (!frameworkId) throw notFound(`Evaluation ${id}`);
        const evaluators = await listEvaluatorsWithSubmissions(tx, id);
        const ownId = evaluators.some((evaluator) => evaluator.id === caller) ? caller : null;
        // Before every evaluator has submitted, nobody's scores but the caller's own are even read.
        const readable = isRevealed(evaluators) ? evaluators.map((evaluator) => evaluator.id) : ownId ? [ownId] : [];
        const [individual, agreed] = await Promise.all([findIndividualScores(tx, id, readable), findAgreedScores(tx, id)]);
        return presentCalibration({ framework: frameworkOf(context.catalogue, frameworkId), evaluators, callerId: ownId, individual, agreed });
      }, SNAPSHOT);
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
