import { criteriaOperations } from '../../contract/criteria.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../kernel/request.js';
import type { RouteOptions } from '../../kernel/context.js';
import { notAssignedEvaluator } from '../scoring/commands.js';
import { saveAgreedCriterion, saveCriterionAssessment } from './commands.js';
import { loadCriteriaStatistics, loadMyCriteria } from './queries.js';

/** The caller's user id, when the caller is one of the evaluation's assigned evaluators; 403 otherwise. */
function assignedCaller(request: FastifyRequest): string {
  const id = request.principal.kind === 'user' ? request.principal.user.id : null;
  if (!id || !request.evaluationRef?.evaluatorIds.includes(id)) throw notAssignedEvaluator();
  return id;
}

/** Scoring by criteria: own assessments, agreed ones, and agreement statistics. */
export const criteriaRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;

  app.get(
    criteriaOperations.getMyCriteria.path,
    { config: { access: { evaluation: 'workspace' } }, schema: routeSchema(criteriaOperations.getMyCriteria) },
    async (request) => loadMyCriteria(db, context.catalogue, request.params.id, assignedCaller(request)),
  );

  app.put(
    criteriaOperations.saveMyCriterion.path,
    { config: { access: { evaluation: 'workspace' } }, schema: routeSchema(criteriaOperations.saveMyCriterion) },
    async (request) => {
      const userId = assignedCaller(request);
      return saveCriterionAssessment(
        db,
        context.catalogue,
        { evaluationId: request.params.id, userId, criterionCode: request.params.criterionCode },
        request.body,
        actorOf(request),
      );
    },
  );

  app.put(
    criteriaOperations.saveAgreedCriterion.path,
    { config: { access: { evaluation: 'edit' } }, schema: routeSchema(criteriaOperations.saveAgreedCriterion) },
    async (request) =>
      saveAgreedCriterion(db, context.catalogue, { evaluationId: request.params.id, criterionCode: request.params.criterionCode }, request.body, actorOf(request)),
  );

  app.get(
    criteriaOperations.getCriteriaStatistics.path,
    { config: { access: { global: 'read-criteria-statistics' } }, schema: routeSchema(criteriaOperations.getCriteriaStatistics) },
    async (request) => loadCriteriaStatistics(db, context.catalogue, request.query.framework, request.query.lang),
  );
};
