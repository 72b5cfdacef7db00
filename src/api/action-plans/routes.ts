import { actionPlansOperations as ops } from '../../contract/action-plans.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../kernel/context.js';
import { createAction, createActionPlan, createLink, createNote, deleteAction, deleteActionEvidence, deleteActionNote, updateAction, updateActionPlan } from './commands.js';
import { editorOf } from './editor.js';
import { actionPlanFileRoutes } from './file-routes.js';
import { loadActionPlan } from './queries.js';

/**
 * The municipality's action plan of a published evaluation. Reading follows the evaluation's
 * rule and then the plan's visibility (a plan one may not read is answered 404); changes are the
 * municipality's own users' and the administrators' (`edit-plan`).
 */
export const actionPlanRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const { catalogue } = context;
  const actionUrl = (id: string, actionId: string) => `/api/evaluations/${id}/action-plan/actions/${actionId}`;

  app.get(ops.getActionPlan.path, { config: { access: { evaluation: 'read' } }, schema: routeSchema(ops.getActionPlan) }, async (request) =>
    loadActionPlan(db, catalogue, request.params.id, request.principal),
  );

  app.post(ops.createActionPlan.path, { config: { access: { evaluation: 'edit-plan' } }, schema: routeSchema(ops.createActionPlan) }, async (request, reply) => {
    const plan = await createActionPlan(db, catalogue, request.params.id, request.body.fromImprovements, editorOf(request));
    reply.status(201).header('location', `/api/evaluations/${request.params.id}/action-plan`);
    return plan;
  });

  app.patch(ops.updateActionPlan.path, { config: { access: { evaluation: 'edit-plan' } }, schema: routeSchema(ops.updateActionPlan) }, async (request) =>
    updateActionPlan(db, catalogue, request.params.id, request.body, editorOf(request)),
  );

  app.post(ops.createAction.path, { config: { access: { evaluation: 'edit-plan' } }, schema: routeSchema(ops.createAction) }, async (request, reply) => {
    const action = await createAction(db, catalogue, request.params.id, request.body, editorOf(request));
    reply.status(201).header('location', actionUrl(request.params.id, action.id));
    return action;
  });

  app.put(ops.updateAction.path, { config: { access: { evaluation: 'edit-plan' } }, schema: routeSchema(ops.updateAction) }, async (request) =>
    updateAction(db, catalogue, request.params.id, request.params.actionId, request.body, editorOf(request)),
  );

  app.delete(ops.deleteAction.path, { config: { access: { evaluation: 'edit-plan' } }, schema: routeSchema(ops.deleteAction) }, async (request, reply) => {
    await deleteAction(db, request.params.id, request.params.actionId, request.query.version, editorOf(request));
    reply.status(204);
    return null;
  });

  app.post(ops.createActionNote.path, { config: { access: { evaluation: 'edit-plan' } }, schema: routeSchema(ops.createActionNote) }, async (request, reply) => {
    const action = await createNote(db, request.params.id, request.params.actionId, request.body, editorOf(request));
    reply.status(201).header('location', actionUrl(request.params.id, action.id));
    return action;
  });

  app.delete(ops.deleteActionNote.path, { config: { access: { evaluation: 'edit-plan' } }, schema: routeSchema(ops.deleteActionNote) }, async (request, reply) => {
    await deleteActionNote(db, request.params.id, request.params.actionId, request.params.noteId, editorOf(request));
    reply.status(204);
    return null;
  });

  app.post(ops.createActionLink.path, { config: { access: { evaluation: 'edit-plan' } }, schema: routeSchema(ops.createActionLink) }, async (request, reply) => {
    const action = await createLink(db, request.params.id, request.params.actionId, request.body, editorOf(request));
    reply.status(201).header('location', actionUrl(request.params.id, action.id));
    return action;
  });

  app.delete(ops.deleteActionEvidence.path, { config: { access: { evaluation: 'edit-plan' } }, schema: routeSchema(ops.deleteActionEvidence) }, async (request, reply) => {
    await deleteActionEvidence(db, request.params.id, request.params.evidenceId, editorOf(request));
    reply.status(204);
    return null;
  });

  await app.register(actionPlanFileRoutes, { context });
};
