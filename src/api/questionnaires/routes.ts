import { questionnairesOperations as ops } from '../../contract/questionnaires.js';
import { refOf } from '../workflow/principal.js';
import { routeSchema } from '../../kernel/route-schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../kernel/context.js';
import { linkAnswerEvidence, reopenQuestionnaire, saveAnswer, sendQuestionnaire, submitQuestionnaire, updateQuestionnaire } from './commands.js';
import { editorOf } from './editor.js';
import { questionnaireFileRoutes } from './file-routes.js';
import { inviteRespondent } from './invitation.js';
import { loadAnsweringQuestionnaire, loadMyQuestionnaires, loadTeamAnswers, loadTeamQuestionnaire } from './queries.js';

/**
 * The question set sent to an evaluation's municipality. The team's routes follow the evaluation's
 * workspace rule; the respondents' routes admit any signed-in user and the handlers decide (the
 * questionnaire's respondents answer; its team and the administrators read; anyone else gets 404).
 */
export const questionnaireRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { context }) => {
  const { db } = context.database;
  const { catalogue } = context;
  const teamUrl = (id: string) => `/api/evaluations/${id}/questionnaire`;

  app.get(ops.getTeamQuestionnaire.path, { config: { access: { evaluation: 'workspace' } }, schema: routeSchema(ops.getTeamQuestionnaire) }, async (request) =>
    loadTeamQuestionnaire(db, catalogue, { id: request.params.id, municipalityId: refOf(request).municipalityId }),
  );

  app.post(ops.sendQuestionnaire.path, { config: { access: { evaluation: 'workspace' } }, schema: routeSchema(ops.sendQuestionnaire) }, async (request, reply) => {
    const questionnaire = await sendQuestionnaire(db, catalogue, request.params.id, request.body, editorOf(request));
    reply.status(201).header('location', teamUrl(request.params.id));
    return questionnaire;
  });

  app.patch(ops.updateQuestionnaire.path, { config: { access: { evaluation: 'workspace' } }, schema: routeSchema(ops.updateQuestionnaire) }, async (request) =>
    updateQuestionnaire(db, catalogue, request.params.id, request.body, editorOf(request)),
  );

  app.post(ops.inviteRespondent.path, { config: { access: { evaluation: 'workspace' } }, schema: routeSchema(ops.inviteRespondent) }, async (request, reply) => {
    const invited = await inviteRespondent(db, catalogue, context.auth, request.params.id, request.body, editorOf(request));
    reply.status(201).header('location', teamUrl(request.params.id));
    return invited;
  });

  app.post(ops.reopenQuestionnaire.path, { config: { access: { evaluation: 'workspace' } }, schema: routeSchema(ops.reopenQuestionnaire) }, async (request) =>
    reopenQuestionnaire(db, catalogue, request.params.id, request.body.version, editorOf(request)),
  );

  app.get(ops.listTeamAnswers.path, { config: { access: { evaluation: 'workspace' } }, schema: routeSchema(ops.listTeamAnswers) }, async (request) =>
    loadTeamAnswers(db, catalogue, request.params.id, request.query.unit),
  );

  app.post(ops.linkAnswerEvidence.path, { config: { access: { evaluation: 'workspace' } }, schema: routeSchema(ops.linkAnswerEvidence) }, async (request, reply) => {
    const evidence = await linkAnswerEvidence(db, catalogue, request.params.id, request.params.questionKey, request.body.fileId, editorOf(request));
    reply.status(201).header('location', `/api/evaluations/${request.params.id}/evidence/${evidence.id}`);
    return evidence;
  });

  app.get(ops.listMyQuestionnaires.path, { config: { access: { signedIn: true } }, schema: routeSchema(ops.listMyQuestionnaires) }, async (request) =>
    loadMyQuestionnaires(db, catalogue, request.principal),
  );

  app.get(ops.getAnsweringQuestionnaire.path, { config: { access: { signedIn: true } }, schema: routeSchema(ops.getAnsweringQuestionnaire) }, async (request) =>
    loadAnsweringQuestionnaire(db, catalogue, request.params.questionnaireId, request.principal),
  );

  app.put(ops.saveAnswer.path, { config: { access: { signedIn: true } }, schema: routeSchema(ops.saveAnswer) }, async (request) =>
    saveAnswer(db, catalogue, request.params.questionnaireId, request.params.questionKey, request.body, editorOf(request)),
  );

  app.post(ops.submitQuestionnaire.path, { config: { access: { signedIn: true } }, schema: routeSchema(ops.submitQuestionnaire) }, async (request) =>
    submitQuestionnaire(db, catalogue, request.params.questionnaireId, request.body.version, editorOf(request)),
  );

  await app.register(questionnaireFileRoutes, { context });
};
