import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listScoringUnits } from '../../domain/framework.js';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { notFound } from '../../kernel/errors.js';
import { evaluationIdParamsSchema } from '../../contract/evaluations.js';
import { frameworkOf } from '../../domain/framework.js';
import { notAssignedEvaluator, saveAgreedScore, saveOwnScore, submitOwnScores } from './commands.js';
import { isRevealed, presentCalibration, presentOwnScore } from './presenter.js';
import { findAgreedScores, findFrameworkId, findIndividualScores, findSubmission, listEvaluatorsWithSubmissions } from './repository.js';
import {
  agreedScoreSchema,
  calibrationSchema,
  ownScoreSchema,
  ownScoresSchema,
  saveAgreedScoreSchema,
  saveOwnScoreSchema,
  submittedSchema,
  unitParamsSchema,
} from '../../contract/scoring.js';

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
