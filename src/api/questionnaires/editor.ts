import type { FastifyRequest } from 'fastify';
import { actorOf } from '../../kernel/request.js';
import type { QuestionnaireEditor } from './commands.js';

/** Who changes a questionnaire: the signed-in user (every questionnaire route admits only them). */
export function editorOf(request: FastifyRequest): QuestionnaireEditor {
  const { principal } = request;
  if (principal.kind !== 'user') throw new Error('A change to a questionnaire reached its handler without a signed-in user');
  return { principal, actor: actorOf(request), userId: principal.user.id, name: principal.user.name };
}
